package org.sdg16.jobs.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * Contract §1.6 and §2 against hostile files in an inbox's {@code published/} folder: every file
 * goes through the same intake as the returns (the size limit, links out of the inbox refused, the
 * header and row width limits, the cell limit), then the published-series rules (a malformed
 * SDMX-CSV, a duplicate key). Each gives its finding, with its file and row, and nothing is dropped
 * without one ({@link HostilePublishedCorpus}).
 */
class HostilePublishedTest {

  @TempDir static Path dir;

  /** 1 MB files, cells of at most 100 characters (the rows of the sample have at most 70). */
  static final PipelineConfig.Limits LIMITS = new PipelineConfig.Limits(1, 100, null);

  static Path inbox;
  static List<String> sample;
  static List<PublishedFile> files;

  static HostilePublishedCorpus corpus;

  /** relative path → the findings it must give, as {@code CODE@row} ({@code @-} for the file). */
  static Map<String, List<String>> expected;

  @BeforeAll
  static void readThePublishedFolder() throws Exception {
    corpus = new HostilePublishedCorpus(dir.resolve("inbox")).write(LIMITS);
    inbox = corpus.inbox;
    sample = corpus.sample;
    expected = corpus.expected;
    files = new Intake(M49.standard(), LocalDate.of(2026, 12, 2), LIMITS).published(inbox);
  }

  static Map<String, PublishedFile> byFile() {
    Map<String, PublishedFile> m = new TreeMap<>();
    for (PublishedFile f : files) {
      assertThat(m.put(f.outcome().source().relative(), f)).isNull();
    }
    return m;
  }

  @Test
  void everyEntryOfThePublishedFolderHasItsOutcome() throws IOException {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> s = Files.walk(inbox.resolve("published"))) {
      s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> entries.add("published/" + p.getFileName()));
    }
    assertThat(entries).hasSize(expected.size());
    assertThat(byFile().keySet()).containsExactlyInAnyOrderElementsOf(entries);
  }

  @Test
  void everyHostileFileGivesItsFindingWithItsFileAndRow() {
    Map<String, List<String>> got = new TreeMap<>();
    for (Map.Entry<String, PublishedFile> e : byFile().entrySet()) {
      List<String> found = new ArrayList<>();
      for (Finding f : e.getValue().findings()) {
        assertThat(f.file()).as(e.getKey()).isEqualTo(e.getKey());
        assertThat(f.dataset()).as(e.getKey()).isEqualTo(PublishedReader.DATASET);
        found.add(f.code() + "@" + (f.row() == null ? "-" : f.row()));
      }
      got.put(e.getKey(), found);
    }
    assertThat(got).isEqualTo(new TreeMap<>(expected));
  }

  @Test
  void nothingIsDroppedWithoutAFinding() {
    for (Map.Entry<String, PublishedFile> e : byFile().entrySet()) {
      PublishedFile f = e.getValue();
      assertThat(f.outcome().reconciles()).as(e.getKey()).isTrue();
      if (f.rejected()) {
        // a file rejected whole: no row read, one file-level finding
        assertThat(f.rowsRead()).as(e.getKey()).isZero();
        assertThat(f.findings()).as(e.getKey()).hasSize(1);
        assertThat(f.findings().get(0).row()).as(e.getKey()).isNull();
      }
      for (Validator.Quarantined q : f.quarantined()) {
        assertThat(q.findings()).as(e.getKey() + " row " + q.raw().row()).isNotEmpty();
      }
    }
    Map<String, PublishedFile> m = byFile();
    assertThat(m.get("published/good.csv").rowsAccepted()).isEqualTo(sample.size() - 1);
    // the good rows of a file with a bad row are kept
    for (String f :
        List.of(
            "published/long_cell.csv",
            "published/row_width.csv",
            "published/bad_value.csv",
            "published/duplicate_key.csv")) {
      assertThat(m.get(f).rejected()).as(f).isFalse();
      assertThat(m.get(f).rowsAccepted()).as(f).isEqualTo(1);
    }
    assertThat(m.get("published/duplicate_key.csv").rowsQuarantined()).isEqualTo(2);
  }

  @Test
  void theFindingsSayWhatIsWrong() throws IOException {
    Map<String, PublishedFile> m = byFile();
    assertThat(message(m, "big.csv")).endsWith("above the limit of 1 MB (limits.max_file_mb)");
    assertThat(message(m, "link_out.csv"))
        .isEqualTo(
            "the file is a symbolic link to "
                + corpus.outside().toRealPath()
                + ", outside the inbox; it was not read");
    assertThat(message(m, "link_dir")).contains("links to folders are not followed");
    assertThat(message(m, "wide_header.csv"))
        .isEqualTo(
            "the file is refused: the header has 1,034 cells, more than the 1,000 a return may"
                + " have");
    assertThat(message(m, "wide_row.csv")).startsWith("the file is refused: row 1 has 1,034 cells");
    assertThat(message(m, "long_cell.csv"))
        .isEqualTo(
            "data_last_update has 101 characters, above the limit of 100 (limits.max_cell_chars)");
    assertThat(message(m, "duplicate_key.csv")).endsWith("appears in rows [1, 3]");
  }

  @Test
  void nothingFromOutsideTheInboxIsRead() {
    for (PublishedFile f : files) {
      assertThat(String.valueOf(f.rows())).doesNotContain("SECRET");
      assertThat(String.valueOf(f.quarantined())).doesNotContain("SECRET");
    }
    assertThat(byFile().get("published/good.csv").rows().get(0).source()).contains("UNODC");
  }

  static String message(Map<String, PublishedFile> m, String name) {
    return m.get("published/" + name).findings().get(0).message();
  }
}
