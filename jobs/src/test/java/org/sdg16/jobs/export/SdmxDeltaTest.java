package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.output.Observation;

/**
 * The SDMX-CSV 2.0 delta since a release (contract §4.4): added and revised observations with
 * ACTION R (Replace), withdrawn ones with ACTION D (Delete), as the SDMX-CSV 2.0 field guide
 * (sdmx-twg/sdmx-csv, "Column content") defines the actions.
 */
class SdmxDeltaTest {

  @TempDir Path dir;

  static Observation traced(int area, int year, double value, String comment) {
    return new Observation(
        "VC_ARM_SZTRACE",
        area,
        year,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        value,
        value * 10,
        1000.0,
        "A",
        "C",
        "N",
        1,
        null,
        comment,
        "UNODC, IAFQ");
  }

  static Observation seized(int area, int year, double value) {
    return new Observation(
        "FA_SEIZED",
        area,
        year,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "NUMBER",
        value,
        null,
        null,
        "A",
        "C",
        "N",
        1,
        null,
        null,
        "UNODC, IAFQ");
  }

  @Test
  void addedAndRevisedAreReplacedWithdrawnAreDeletedUnchangedAreLeftOut() throws Exception {
    List<Observation> release =
        List.of(
            traced(484, 2020, 25.0, null), // revised value
            traced(404, 2018, 20.0, null), // withdrawn
            traced(170, 2021, 40.0, null), // unchanged
            traced(152, 2019, 10.0, null), // comment revised
            seized(484, 2020, 1000)); // a project series: never in SDMX
    List<Observation> now =
        List.of(
            traced(484, 2020, 30.0, null),
            traced(170, 2021, 40.0, null),
            traced(152, 2019, 10.0, "provisional"),
            traced(76, 2020, 25.0, null), // added
            seized(484, 2020, 1200));
    // a later day: DATA_LAST_UPDATE alone never makes a revision
    ExportOptions options = ExportOptions.defaults().withExportDate(LocalDate.of(2026, 12, 7));
    SdmxCsvWriter.Delta d = SdmxCsvWriter.writeDelta(dir, release, now, options, "sdg-2026-02");
    assertThat(d.file())
        .as("the file name carries the release")
        .isEqualTo(dir.resolve("sdmx/IAEG-SDGs_DF_SDG_GLH_1.24_delta_sdg-2026-02.csv"));
    assertThat(d.replaced()).isEqualTo(3);
    assertThat(d.deleted()).isEqualTo(1);
    String csv = Files.readString(d.file());
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", SdmxCsvWriter.HEADER));
    List<CSVRecord> rows = SdmxCsvWriterTest.records(csv);
    assertThat(rows)
        .extracting(
            r ->
                r.get("ACTION")
                    + " "
                    + r.get("REF_AREA")
                    + " "
                    + r.get("TIME_PERIOD")
                    + " "
                    + r.get("OBS_VALUE"))
        .containsExactly("R 76 2020 25", "R 152 2019 10", "R 484 2020 30", "D 404 2018 ");
    CSVRecord replaced = rows.get(0);
    assertThat(replaced.get("DATA_LAST_UPDATE")).isEqualTo("2026-12-07");
    assertThat(replaced.get("UNIT_MEASURE")).isEqualTo("PT");
    CSVRecord deleted = rows.get(3);
    assertThat(deleted.get("SERIES")).isEqualTo("VC_ARM_SZTRACE");
    assertThat(deleted.get("SEX")).isEqualTo("_T");
    assertThat(deleted.get("STRUCTURE_ID")).isEqualTo("IAEG-SDGs:DF_SDG_GLH(1.24)");
    for (String attribute :
        List.of(
            "OBS_VALUE",
            "UNIT_MEASURE",
            "UNIT_MULT",
            "OBS_STATUS",
            "COMMENT_OBS",
            "DATA_LAST_UPDATE")) {
      assertThat(deleted.get(attribute))
          .as("a Delete row with a value in %s would delete that value only", attribute)
          .isEmpty();
    }
  }

  @Test
  void theFullFileReplacesEveryObservation() throws Exception {
    ExportOptions options = ExportOptions.defaults();
    SdmxCsvWriter.Result r =
        SdmxCsvWriter.write(dir, List.of(traced(484, 2020, 25.0, null)), options);
    assertThat(SdmxCsvWriterTest.records(Files.readString(r.file())))
        .singleElement()
        .satisfies(rec -> assertThat(rec.get("ACTION")).isEqualTo(SdmxCsvWriter.REPLACE));
  }

  @Test
  void noChangeGivesAHeaderOnly() throws Exception {
    List<Observation> same = List.of(traced(484, 2020, 25.0, null));
    SdmxCsvWriter.Delta d =
        SdmxCsvWriter.writeDelta(dir, same, same, ExportOptions.defaults(), "000001");
    assertThat(Files.readAllLines(d.file())).hasSize(1);
    assertThat(d.replaced() + d.deleted()).isZero();
  }
}
