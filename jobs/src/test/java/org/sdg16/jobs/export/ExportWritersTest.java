package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.output.Observation;

class ExportWritersTest {

  @TempDir Path dir;

  @Test
  void writesEveryFormatIntoItsFolder() throws IOException {
    Path exports = dir.resolve("exports");
    List<Path> files =
        ExportWriters.writeAll(
                exports,
                ExportSamples.observations(),
                ExportSamples.trends(),
                ExportSamples.findings(),
                ExportOptions.defaults())
            .files();
    assertThat(files)
        .extracting(p -> exports.relativize(p).toString().replace('\\', '/'))
        .containsExactly(
            "sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv",
            "opensdg/indicator_16-2-2.csv",
            "opensdg/indicator_16-4-2.csv",
            "opensdg/meta/16-2-2.md",
            "opensdg/meta/16-4-2.md",
            "xlsx/sdg16_observations.xlsx",
            "csv/observations.csv",
            "csv/trends.csv",
            "csv/findings.csv");
    try (Stream<Path> all = Files.walk(exports)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(files.size());
    }
  }

  /** Methodology §8: with the reconciliation table, csv/reconciliation.csv is written too. */
  @Test
  void theReconciliationGoesToItsCsvFile() throws IOException {
    Path exports = dir.resolve("reconciled");
    List<org.sdg16.schemas.output.ReconciliationRow> rows =
        List.of(
            new org.sdg16.schemas.output.ReconciliationRow(
                "VC_ARM_SZTRACE",
                484,
                2019,
                "_T",
                "_T",
                "PT",
                29.691054524106555,
                28.32,
                1.3710545241065546,
                0.05,
                "differs",
                "none found",
                "A",
                "published/u.csv",
                4,
                "2025-03-31",
                "2020-06-30"),
            new org.sdg16.schemas.output.ReconciliationRow(
                "VC_ARM_SZTRACE",
                404,
                2018,
                "_T",
                "_T",
                "PT",
                null,
                31.5,
                null,
                0.05,
                "not_computed",
                "a quarantined row",
                null,
                "published/u.csv",
                2,
                null,
                null));
    List<Path> files =
        ExportWriters.writeAll(
                exports,
                ExportSamples.observations(),
                ExportSamples.trends(),
                ExportSamples.findings(),
                rows,
                ExportOptions.defaults())
            .files();
    assertThat(files.get(files.size() - 1)).isEqualTo(exports.resolve("csv/reconciliation.csv"));
    assertThat(Files.readAllLines(exports.resolve("csv/reconciliation.csv")))
        .containsExactly(
            String.join(",", org.sdg16.schemas.output.WarehouseTables.RECONCILIATION.columnNames()),
            "VC_ARM_SZTRACE,404,2018,_T,_T,PT,,31.5,,0.05,not_computed,a quarantined row,,"
                + "published/u.csv,2,,",
            "VC_ARM_SZTRACE,484,2019,_T,_T,PT,29.691054524106555,28.32,1.3710545241065546,0.05,"
                + "differs,none found,A,published/u.csv,4,2025-03-31,2020-06-30");
  }

  @Test
  void emptyTablesGiveHeadersOnly() throws IOException {
    Path exports = dir.resolve("empty");
    ExportWriters.writeAll(exports, List.of(), List.of(), List.of(), ExportOptions.defaults());
    assertThat(Files.readAllLines(exports.resolve("csv/observations.csv"))).hasSize(1);
    assertThat(Files.readAllLines(exports.resolve("sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv")))
        .hasSize(1);
    assertThat(exports.resolve("opensdg")).doesNotExist();
    assertThat(exports.resolve("xlsx/sdg16_observations.xlsx")).exists();
  }

  @Test
  void sdmxRowsLeftOutAreCountedAndListedInFindingsCsv() throws IOException {
    Path exports = dir.resolve("invalid");
    List<Observation> obs = new ArrayList<>(ExportSamples.observations());
    obs.add(
        ExportSamples.obs(
            "VC_ARM_SZTRACE",
            999,
            2017,
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            12.5,
            "A",
            "C",
            "N",
            null,
            null));
    ExportWriters.Result r =
        ExportWriters.writeAll(
            exports,
            obs,
            ExportSamples.trends(),
            ExportSamples.findings(),
            ExportOptions.defaults());
    assertThat(r.sdmxRows()).isEqualTo(9);
    assertThat(r.sdmxLeftOut()).isEqualTo(1);
    assertThat(r.sdmxFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SDMX_INVALID");
              assertThat(f.message()).isEqualTo("REF_AREA '999' is not in code list CL_AREA");
            });
    String findings = Files.readString(exports.resolve("csv/findings.csv"));
    assertThat(findings)
        .contains(
            "sdmx,sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv,,",
            "SDMX_INVALID,ERROR," + "REF_AREA '999' is not in code list CL_AREA")
        .contains("BAD_NUMBER");
    assertThat(Files.readString(exports.resolve("sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv")))
        .doesNotContain(",999,");
  }
}
