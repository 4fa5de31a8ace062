package org.sdg16.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code progress:} keys of contract §3, globally and per series. */
class ProgressConfigTest {

  @TempDir Path dir;

  private PipelineConfig load(String yaml) throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, yaml);
    return PipelineConfig.load(f);
  }

  @Test
  void readsGlobalAndSeriesSettingsAndTheSeriesOverridesTheGlobal() throws IOException {
    PipelineConfig c =
        load(
            """
            inbox: in
            progress: { methods: [statcan, un_chart], base_year: 2016, target_year: 2035 }
            series:
              A: { desired: increase, target: 50, progress: { methods: [escap] } }
              B: { desired: decrease }
            """);
    assertThat(c.progress().methods()).containsExactly("statcan", "un_chart");
    ProgressConfig a = c.series().get("A").progress().over(c.progress());
    assertThat(a.methodsOrAll()).containsExactly("escap");
    assertThat(a.baseYear()).isEqualTo(2016);
    assertThat(a.targetYearOrDefault()).isEqualTo(2035);
    ProgressConfig b = c.series().get("B").progress().over(c.progress());
    assertThat(b.methodsOrAll()).containsExactly("statcan", "un_chart");
  }

  @Test
  void withoutSettingsEveryMethodAndTargetYear2030() throws IOException {
    PipelineConfig c = load("inbox: in\n");
    assertThat(c.progress().methodsOrAll()).isEqualTo(ProgressConfig.METHODS);
    assertThat(c.progress().targetYearOrDefault()).isEqualTo(2030);
    assertThat(c.describe()).containsKey("progress");
  }

  @Test
  void anUnknownMethodIsAConfigErrorNamingTheKey() {
    assertThatThrownBy(() -> load("inbox: in\nprogress: { methods: [statcan, oecd] }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'oecd'")
        .hasMessageContaining("progress.methods")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("progress.methods"));
    assertThatThrownBy(
            () ->
                load(
                    "inbox: in\nseries:\n  A: { desired: increase, progress: { methods: [x] } }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void aTargetYearWithoutATargetIsRefused() {
    assertThatThrownBy(
            () -> load("inbox: in\nseries:\n  A: { desired: increase, target_year: 2030 }\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("target_year needs a target");
  }

  @Test
  void badYearsAreRefused() {
    assertThatThrownBy(() -> new ProgressConfig(List.of(), 1800, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("1800");
  }
}
