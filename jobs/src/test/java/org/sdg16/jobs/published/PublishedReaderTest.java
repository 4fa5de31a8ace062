package org.sdg16.jobs.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.ingest.Rows;
import org.sdg16.jobs.published.PublishedFile.Format;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Validator;

class PublishedReaderTest {

  @TempDir Path dir;

  static Path fixture(String name) {
    return Fixtures.resource("fixtures/published/" + name);
  }

  static Map<Integer, List<FindingCode>> findingsByRow(PublishedFile f) {
    return f.findings().stream()
        .collect(
            Collectors.groupingBy(
                Finding::row, Collectors.mapping(Finding::code, Collectors.toList())));
  }

  @Test
  void theSampleUnSdgApiFileGivesItsElevenObservations() {
    Path sample = Fixtures.resource("samples/inbox/published/unsd_sdg_VC_ARM_SZTRACE.csv");
    PublishedFile f = PublishedReader.read(sample, "published/unsd_sdg_VC_ARM_SZTRACE.csv");
    assertThat(f.format()).isEqualTo(Format.SDMX_CSV_1);
    assertThat(f.dataflow()).isEqualTo("IAEG-SDGs:DF_SDG_GLH(1.24)");
    assertThat(f.findings()).isEmpty();
    assertThat(f.rowsRead()).isEqualTo(11);
    assertThat(f.rowsAccepted()).isEqualTo(11);
    assertThat(f.rowsQuarantined()).isZero();
    List<PublishedRow> rows = f.rows();
    assertThat(rows).hasSize(11);
    assertThat(rows.stream().filter(r -> r.refArea() == 484)).hasSize(6);
    assertThat(rows.stream().filter(r -> r.refArea() == 170)).hasSize(5);
    PublishedRow first = rows.get(0);
    assertThat(first)
        .isEqualTo(
            new PublishedRow(
                "VC_ARM_SZTRACE",
                484,
                2016,
                "_T",
                "_T",
                22.91,
                "PT",
                "A",
                "C",
                null,
                "unsd_sdg_VC_ARM_SZTRACE.csv | IAEG-SDGs:DF_SDG_GLH(1.24) | "
                    + "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response",
                1));
    assertThat(rows.get(10).refArea()).isEqualTo(170);
    assertThat(rows.get(10).timePeriod()).isEqualTo(2021);
    assertThat(rows.get(10).value()).isEqualTo(37.66);
    Map<String, Object> json = f.outcome().toJson();
    assertThat(json)
        .containsEntry("path", "published/unsd_sdg_VC_ARM_SZTRACE.csv")
        .containsEntry("dataset", "published")
        .containsEntry("status", "accepted")
        .containsEntry("rows_read", 11)
        .containsEntry("rows_accepted", 11)
        .containsEntry("rows_quarantined", 0);
    assertThat((String) json.get("sha256")).hasSize(64);
  }

  @Test
  void acceptedRowsFitThePublishedWarehouseTable() {
    PublishedFile f =
        PublishedReader.read(
            Fixtures.resource("samples/inbox/published/unsd_sdg_VC_ARM_SZTRACE.csv"));
    List<Row> rows = Rows.accepted(Datasets.PUBLISHED, f.outcome(), f.result(), "run-1");
    assertThat(rows).hasSize(11);
    Row r = rows.get(0);
    assertThat(r.size()).isEqualTo(WarehouseTables.PUBLISHED.columns().size());
    assertThat(r.get(0)).isEqualTo("VC_ARM_SZTRACE");
    assertThat(r.get(1)).isEqualTo(484);
    assertThat(r.get(2)).isEqualTo(2016);
    assertThat(r.get(5)).isEqualTo(22.91);
  }

  @Test
  void readsTheInboxFolder() {
    List<PublishedFile> files =
        new org.sdg16.jobs.ingest.Intake(M49.standard(), java.time.LocalDate.of(2026, 12, 2))
            .published(Fixtures.sampleInbox());
    assertThat(files).hasSize(1);
    assertThat(files.get(0).outcome().source().relative())
        .isEqualTo("published/unsd_sdg_VC_ARM_SZTRACE.csv");
  }

  @Test
  void thePublishedFolderIsRefusedAndLimitedAsEveryInboxFolderIs(@TempDir Path dir)
      throws Exception {
    // contract §2: the same refusals and limits as any inbox file (issue 16: published/ used to
    // skip them)
    Path inbox = dir.resolve("inbox");
    Path pub = Files.createDirectories(inbox.resolve("published"));
    Path good = Fixtures.resource("samples/inbox/published/unsd_sdg_VC_ARM_SZTRACE.csv");
    List<String> lines = Files.readAllLines(good);
    Files.write(
        pub.resolve("a_long_cell.csv"),
        List.of(lines.get(0), lines.get(1).replace("2025-03-31", "x".repeat(150))));
    Path outside = Files.writeString(dir.resolve("outside.csv"), String.join("\n", lines) + "\n");
    Files.createSymbolicLink(pub.resolve("b_link.csv"), outside);
    Files.writeString(
        pub.resolve("c_big.csv"), lines.get(0) + "\n" + (lines.get(1) + "\n").repeat(9_000));
    new ProcessBuilder("mkfifo", pub.resolve("d_fifo.csv").toString()).start().waitFor();
    Files.copy(good, pub.resolve("e_good.csv"));
    org.sdg16.schemas.config.PipelineConfig.Limits limits =
        new org.sdg16.schemas.config.PipelineConfig.Limits(1, 100, null);
    List<PublishedFile> files =
        new org.sdg16.jobs.ingest.Intake(
                M49.standard(), java.time.LocalDate.of(2026, 12, 2), limits)
            .published(inbox);
    Map<String, List<FindingCode>> codes = new java.util.TreeMap<>();
    for (PublishedFile f : files) {
      codes.put(
          f.outcome().source().relative(),
          f.findings().stream().map(Finding::code).distinct().toList());
    }
    assertThat(codes)
        .containsExactly(
            Map.entry("published/a_long_cell.csv", List.of(FindingCode.CELL_TOO_LONG)),
            Map.entry("published/b_link.csv", List.of(FindingCode.OUTSIDE_INBOX)),
            Map.entry("published/c_big.csv", List.of(FindingCode.FILE_TOO_LARGE)),
            Map.entry("published/d_fifo.csv", List.of(FindingCode.UNREADABLE_FILE)),
            Map.entry("published/e_good.csv", List.of()));
    assertThat(files.get(4).rows()).hasSize(lines.size() - 1);
  }

  @Test
  void openSdgFileWithAreaNames() {
    PublishedFile f = PublishedReader.read(fixture("indicator_16-2-2_names.csv"));
    assertThat(f.format()).isEqualTo(Format.OPEN_SDG);
    assertThat(f.dataflow()).isNull();
    assertThat(f.rowsRead()).isEqualTo(16);
    assertThat(f.rowsAccepted()).isEqualTo(12);
    assertThat(f.rowsQuarantined()).isEqualTo(4);
    assertThat(f.outcome().reconciles()).isTrue();
    Map<Integer, List<FindingCode>> byRow = findingsByRow(f);
    assertThat(byRow).containsOnlyKeys(13, 14, 15, 16);
    assertThat(byRow.get(13)).containsExactly(FindingCode.UNKNOWN_AREA);
    assertThat(byRow.get(14)).containsExactly(FindingCode.BAD_NUMBER);
    assertThat(byRow.get(15)).containsExactly(FindingCode.DUPLICATE_KEY);
    assertThat(byRow.get(16)).containsExactly(FindingCode.DUPLICATE_KEY);
    Finding narnia = f.findings().stream().filter(x -> x.row() == 13).findFirst().orElseThrow();
    assertThat(narnia.column()).isEqualTo("geoareaname");
    assertThat(narnia.message()).contains("'Narnia'");
    assertThat(narnia.dataset()).isEqualTo("published");
    assertThat(narnia.file()).isEqualTo("indicator_16-2-2_names.csv");
    Validator.Quarantined q = f.quarantined().get(0);
    assertThat(q.raw().cells()).containsEntry("geoareaname", "Narnia").containsEntry("value", "7");

    Map<Integer, Integer> areaByRow =
        f.rows().stream().collect(Collectors.toMap(PublishedRow::sourceRow, PublishedRow::refArea));
    assertThat(areaByRow)
        .containsEntry(1, 404)
        .containsEntry(5, 520)
        .containsEntry(6, 68)
        .containsEntry(7, 792)
        .containsEntry(8, 792)
        .containsEntry(9, 528)
        .containsEntry(10, 384)
        .containsEntry(11, 840)
        .containsEntry(12, M49.WORLD);
    PublishedRow girls = f.rows().get(1);
    assertThat(girls.sex()).isEqualTo("F");
    assertThat(girls.age()).isEqualTo("Y0T17");
    assertThat(f.rows().get(2).age()).isEqualTo("Y_GE18");
    assertThat(f.rows().get(3).series()).isEqualTo("VC_HTF_DETVSX");
    PublishedRow usa = f.rows().stream().filter(r -> r.refArea() == 840).findFirst().orElseThrow();
    assertThat(usa.value()).as("blank value kept as missing").isNull();
    assertThat(usa.unitMeasure()).isEqualTo("NUMBER");
    assertThat(usa.source()).isEqualTo("indicator_16-2-2_names.csv");
  }

  @Test
  void sdmxCsv2WithRowsTheTableCannotHold() {
    PublishedFile f = PublishedReader.read(fixture("sdmx20_mixed.csv"));
    assertThat(f.format()).isEqualTo(Format.SDMX_CSV_2);
    assertThat(f.rowsRead()).isEqualTo(9);
    assertThat(f.rowsAccepted()).isEqualTo(3);
    assertThat(f.rowsQuarantined()).isEqualTo(6);
    Map<Integer, List<FindingCode>> byRow = findingsByRow(f);
    assertThat(byRow).containsOnlyKeys(4, 5, 6, 7, 8, 9);
    assertThat(byRow.get(4)).containsExactly(FindingCode.NOT_APPLICABLE);
    assertThat(byRow.get(5)).containsExactly(FindingCode.NOT_APPLICABLE);
    assertThat(byRow.get(6)).containsExactly(FindingCode.UNKNOWN_AREA);
    assertThat(byRow.get(7)).containsExactly(FindingCode.NOT_APPLICABLE);
    assertThat(byRow.get(8)).containsExactly(FindingCode.NOT_APPLICABLE);
    assertThat(byRow.get(9)).containsExactly(FindingCode.UNKNOWN_CODE);
    assertThat(f.findings().stream().filter(x -> x.row() == 4).findFirst().orElseThrow().column())
        .isEqualTo("urbanisation");
    List<PublishedRow> rows = f.rows();
    assertThat(rows.get(0).refArea()).as("leading zeros").isEqualTo(8);
    assertThat(rows.get(0).source())
        .isEqualTo("sdmx20_mixed.csv | IAEG-SDGs:DF_SDG_GLH(1.24) | UNODC, IAFQ");
    assertThat(rows.get(1).refArea()).as("a region").isEqualTo(419);
    assertThat(rows.get(1).comment()).isEqualTo("regional aggregate");
    assertThat(rows.get(2).value()).as("NaN is missing").isNull();
    assertThat(rows.get(2).obsStatus()).isEqualTo("O");
  }

  @Test
  void anOpenSdgFileWithoutSeriesColumnTakesItFromItsName() {
    PublishedFile f = PublishedReader.read(fixture("indicator_16-4-2.csv"));
    assertThat(f.findings()).isEmpty();
    assertThat(f.rows()).extracting(PublishedRow::series).containsOnly("VC_ARM_SZTRACE");
    assertThat(f.rows()).extracting(PublishedRow::value).containsExactly(28.32, 28.61);
  }

  @Test
  void wholeFileProblemsRejectTheFileWithOneFinding() throws IOException {
    Path xlsx = Files.writeString(dir.resolve("series.xlsx"), "x");
    Path dupes = Files.writeString(dir.resolve("dupes.csv"), "Year,Value,value\n2020,1,2\n");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Map<String, FindingCode> expected =
        Map.of(
            "latin1_names.csv", FindingCode.NOT_UTF8,
            "no_header.csv", FindingCode.MISSING_COLUMN,
            "sdmx10_no_value.csv", FindingCode.MISSING_COLUMN,
            "opensdg_no_area.csv", FindingCode.MISSING_COLUMN);
    for (Map.Entry<String, FindingCode> e : expected.entrySet()) {
      assertRejected(PublishedReader.read(fixture(e.getKey())), e.getValue());
    }
    assertRejected(PublishedReader.read(xlsx), FindingCode.UNSUPPORTED_FORMAT);
    assertRejected(PublishedReader.read(dupes), FindingCode.DUPLICATE_COLUMN);
    // the Validator's header rule, as for any inbox file: the finding names the column
    assertThat(PublishedReader.read(dupes).findings().get(0).column()).isEqualTo("value");
    assertRejected(PublishedReader.read(empty), FindingCode.EMPTY_FILE);
    assertRejected(PublishedReader.read(dir.resolve("gone.csv")), FindingCode.UNREADABLE_FILE);
    PublishedFile noValue = PublishedReader.read(fixture("sdmx10_no_value.csv"));
    assertThat(noValue.findings().get(0).message()).contains("OBS_VALUE");
  }

  private static void assertRejected(PublishedFile f, FindingCode code) {
    assertThat(f.rejected()).isTrue();
    assertThat(f.format()).isEqualTo(Format.UNKNOWN);
    assertThat(f.findings()).hasSize(1);
    assertThat(f.findings().get(0).code()).isEqualTo(code);
    assertThat(f.findings().get(0).row()).isNull();
    assertThat(f.rowsRead()).isZero();
    assertThat(f.rows()).isEmpty();
    assertThat(f.outcome().toJson()).containsEntry("status", "rejected");
  }
}
