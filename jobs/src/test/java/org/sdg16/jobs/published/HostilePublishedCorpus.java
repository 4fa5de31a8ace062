package org.sdg16.jobs.published;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.jobs.Fixtures;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * Hostile and broken files for an inbox's {@code published/} folder (contract §1.6, §2), written by
 * code from the shipped UN SDG API sample ({@code
 * samples/inbox/published/unsd_sdg_VC_ARM_SZTRACE.csv}, 11 rows), with the findings each must give.
 * The style of {@code HostileCorpus}, for the folder that the corpus of the returns leaves out.
 */
final class HostilePublishedCorpus {

  /** relative path → the findings it must give, as {@code CODE@row} ({@code @-} for the file). */
  final Map<String, List<String>> expected = new LinkedHashMap<>();

  final Path inbox;

  /** The lines of the sample: the header, then 11 rows. */
  final List<String> sample;

  HostilePublishedCorpus(Path inbox) throws IOException {
    this.inbox = inbox;
    this.sample =
        Files.readAllLines(
            Fixtures.resource("samples/inbox/published/unsd_sdg_VC_ARM_SZTRACE.csv"));
  }

  /** A file outside the inbox, beside it, that links lead to: the sample with SECRET in it. */
  Path outside() {
    return inbox.resolveSibling("outside.csv");
  }

  private void write(String name, String content, String... findings) throws IOException {
    Files.writeString(inbox.resolve("published").resolve(name), content, StandardCharsets.UTF_8);
    expected.put("published/" + name, List.of(findings));
  }

  private static String lines(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /**
   * Writes the files for an inbox that will be read with the given limits (cells of 100 at most).
   */
  HostilePublishedCorpus write(PipelineConfig.Limits limits) throws Exception {
    String header = sample.get(0);
    String row1 = sample.get(1);
    Path pub = Files.createDirectories(inbox.resolve("published"));

    write("good.csv", lines(sample));
    // the refusals: size, links out of the inbox, entries that are not files, names
    StringBuilder big = new StringBuilder(header).append('\n');
    while (big.length() <= limits.maxFileBytes() + 1024) {
      big.append(row1).append('\n');
    }
    write("big.csv", big.toString(), "FILE_TOO_LARGE@-");
    Path outside = Files.writeString(outside(), lines(sample).replace("UNODC", "SECRET"));
    Files.createSymbolicLink(pub.resolve("link_out.csv"), outside);
    expected.put("published/link_out.csv", List.of("OUTSIDE_INBOX@-"));
    Files.createSymbolicLink(pub.resolve("link_dir"), inbox.getParent());
    expected.put("published/link_dir", List.of("OUTSIDE_INBOX@-"));
    new ProcessBuilder("mkfifo", pub.resolve("fifo.csv").toString()).start().waitFor();
    expected.put("published/fifo.csv", List.of("UNREADABLE_FILE@-"));
    write("back\\slash.csv", lines(sample), "BAD_FILE_NAME@-");
    write("notes.txt", "not data\n", "UNSUPPORTED_FORMAT@-");
    // the width limits of a header and a row, the cell limit
    write(
        "wide_header.csv", header + ",x".repeat(1_000) + "\n" + row1 + "\n", "TOO_MANY_COLUMNS@-");
    write("wide_row.csv", header + "\n" + row1 + ",".repeat(1_000) + "\n", "TOO_MANY_COLUMNS@-");
    write(
        "long_cell.csv",
        lines(List.of(header, row1, sample.get(2).replace("2025-03-31", "x".repeat(101)))),
        "CELL_TOO_LONG@2");
    // malformed SDMX-CSV
    write("empty.csv", "", "EMPTY_FILE@-");
    write(
        "broken_quote.csv",
        lines(List.of(header, row1.replace("\"", "").replace(",2016,", ",\"2016,"))),
        "UNREADABLE_FILE@-");
    Files.write(
        pub.resolve("latin1.csv"),
        lines(List.of(header, row1.replace("national", "nación")))
            .getBytes(StandardCharsets.ISO_8859_1));
    expected.put("published/latin1.csv", List.of("NOT_UTF8@-"));
    write(
        "no_value.csv",
        lines(List.of(header.replace("OBS_VALUE", "OBS_VALEU"), row1)),
        "MISSING_COLUMN@-");
    write("no_header.csv", lines(List.of("a,b,c", "1,2,3")), "MISSING_COLUMN@-");
    write(
        "duplicate_column.csv",
        lines(List.of(header + ",obs_value", row1 + ",1")),
        "DUPLICATE_COLUMN@-");
    write("row_width.csv", lines(List.of(header, row1, sample.get(2) + ",extra")), "ROW_WIDTH@2");
    write(
        "bad_value.csv",
        lines(List.of(header, row1, sample.get(2).replace(",24.39,", ",many,"))),
        "BAD_NUMBER@2");
    // the same observation twice: both rows quarantined
    write(
        "duplicate_key.csv",
        lines(List.of(header, row1, sample.get(2), row1)),
        "DUPLICATE_KEY@1",
        "DUPLICATE_KEY@3");

    return this;
  }
}
