package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWritersTest {

  @TempDir
  Path dir;

  @Test
  void writesEveryFormatIntoItsFolder() throws IOException {
    Path exports = dir.resolve("exports");
    List<Path> files = ExportWriters.writeAll(exports, ExportSamples.observations(), ExportSamples.trends(),
        ExportSamples.findings(), ExportOptions.defaults());
    assertThat(files).extracting(p -> exports.relativize(p).toString().replace('\\', '/')).containsExactly(
        "sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv",
        "opensdg/indicator_16-2-2.csv",
        "opensdg/indicator_16-4-2.csv",
        "xlsx/sdg16_observations.xlsx",
        "csv/observations.csv",
        "csv/trends.csv",
        "csv/findings.csv");
    try (Stream<Path> all = Files.walk(exports)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(files.size());
    }
  }

  @Test
  void emptyTablesGiveHeadersOnly() throws IOException {
    Path exports = dir.resolve("empty");
    ExportWriters.writeAll(exports, List.of(), List.of(), List.of(), ExportOptions.defaults());
    assertThat(Files.readAllLines(exports.resolve("csv/observations.csv"))).hasSize(1);
    assertThat(Files.readAllLines(exports.resolve("sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv"))).hasSize(1);
    assertThat(exports.resolve("opensdg")).doesNotExist();
    assertThat(exports.resolve("xlsx/sdg16_observations.xlsx")).exists();
  }
}
