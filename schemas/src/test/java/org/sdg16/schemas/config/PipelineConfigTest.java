package org.sdg16.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void readsEveryKeyOfTheContractWithDefaultsForTheRest() throws IOException {
    PipelineConfig c =
        PipelineConfig.load(
                write(
                    """
        inbox: data-samples/inbox
        population: data-samples/reference/population.csv
        spark: { master: "local[2]", conf: { spark.sql.shuffle.partitions: "2" } }
        aggregates: { min_coverage: 0.6 }
        trends: { base_year: 2016 }
        series:
          VC_ARM_SZTRACE: { desired: increase }
          FA_SEIZED: { desired: decrease, target: 10, target_year: 2030 }
        """))
            .resolve(dir);
    assertThat(c.inbox()).isEqualTo(dir.resolve("data-samples/inbox"));
    assertThat(c.output()).isEqualTo(dir.resolve("out"));
    assertThat(c.spark().master()).isEqualTo("local[2]");
    assertThat(c.spark().conf()).containsEntry("spark.sql.shuffle.partitions", "2");
    assertThat(c.aggregates().minCoverage()).isEqualTo(0.6);
    assertThat(c.trends().baseYear()).isEqualTo(2016);
    assertThat(c.series().get("FA_SEIZED").targetYear()).isEqualTo(2030);

    PipelineConfig d = PipelineConfig.load(write("inbox: in\n"));
    assertThat(d.spark().master()).isEqualTo("local[*]");
    assertThat(d.aggregates().minCoverage()).isEqualTo(0.5);
    assertThat(d.trends().baseYear()).isEqualTo(2015);
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheKey() throws IOException {
    Path f = write("inbox: in\naggregates: { min_coverag: 0.5 }\n");
    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("aggregates.min_coverag")
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("aggregates.min_coverag"));
    Path g = write("inbox: in\noutput_dir: x\n");
    assertThatThrownBy(() -> PipelineConfig.load(g))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("output_dir"));
  }

  @Test
  void badValuesAndAMissingInboxOrFileAreErrorsNamingTheKey() throws IOException {
    Path f = write("inbox: in\naggregates: { min_coverage: lots }\n");
    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("aggregates.min_coverage"));
    Path g = write("inbox: in\naggregates: { min_coverage: 1.5 }\n");
    assertThatThrownBy(() -> PipelineConfig.load(g))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("aggregates.min_coverage"));
    Path h = write("output: out\n");
    assertThatThrownBy(() -> PipelineConfig.load(h))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("inbox"));
    Path i = write("inbox: in\nseries: { X: { desired: up } }\n");
    assertThatThrownBy(() -> PipelineConfig.load(i))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("desired");
    assertThatThrownBy(() -> PipelineConfig.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void theReportsPdfCountryProfilesIsOffByDefaultAndABooleanElseAnErrorNamingTheKey()
      throws IOException {
    assertThat(PipelineConfig.load(write("inbox: in\n")).report().pdfCountryProfiles()).isFalse();
    PipelineConfig c =
        PipelineConfig.load(write("inbox: in\nreport: { pdf_country_profiles: true }\n"))
            .resolve(dir);
    assertThat(c.report().pdfCountryProfiles()).isTrue();
    assertThat(c.with(null, null, "local[1]").report().pdfCountryProfiles()).isTrue();
    assertThat(c.describe().get("report").toString()).isEqualTo("{pdf_country_profiles=true}");
    Path bad = write("inbox: in\nreport: { pdf_country_profiles: [yes] }\n");
    assertThatThrownBy(() -> PipelineConfig.load(bad))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("report.pdf_country_profiles"));
  }

  @Test
  void theOpenSdgAreaAndProjectSeries() throws IOException {
    PipelineConfig d = PipelineConfig.load(write("inbox: in\n"));
    assertThat(d.exports().opensdg().area()).isNull();
    assertThat(d.exports().opensdg().projectSeries()).isFalse();
    PipelineConfig c =
        PipelineConfig.load(
                write("inbox: in\nexports: { opensdg: { area: 404, project_series: true } }\n"))
            .resolve(dir);
    assertThat(c.exports().opensdg().area()).isEqualTo(404);
    assertThat(c.exports().opensdg().projectSeries()).isTrue();
    assertThat(c.describe().get("exports").toString()).contains("area=404");
    // the command line's --area overrides the key and keeps project_series
    assertThat(c.withOpenSdgArea(170).exports().opensdg().area()).isEqualTo(170);
    assertThat(c.withOpenSdgArea(170).exports().opensdg().projectSeries()).isTrue();
    assertThat(c.withOpenSdgArea(null)).isSameAs(c);
    Path bad = write("inbox: in\nexports: { opensdg: { area: 99999 } }\n");
    assertThatThrownBy(() -> PipelineConfig.load(bad))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("exports.opensdg.area"));
    assertThatThrownBy(() -> d.withOpenSdgArea(0))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("M49 code of a country");
  }

  @Test
  void aggregationThresholdsSourcesAndTheDsdFile() throws IOException {
    PipelineConfig d = PipelineConfig.load(write("inbox: in\n"));
    assertThat(d.aggregates().minCountries()).isEqualTo(3);
    assertThat(d.sourcesByDataset())
        .containsEntry(
            "firearms", "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response");
    assertThat(d.exports().sdmx().dsd()).isNull();

    PipelineConfig c =
        PipelineConfig.load(
                write(
                    """
        inbox: in
        aggregates: { min_countries: 5, min_coverage: 0.7 }
        sources: { tip: "Ministry of Justice, annual statistics" }
        exports: { sdmx: { dsd: ref/SDG_DSD_1.5.xml } }
        """))
            .resolve(dir);
    assertThat(c.aggregates().minCountries()).isEqualTo(5);
    assertThat(c.sourcesByDataset())
        .containsEntry("tip", "Ministry of Justice, annual statistics")
        .containsEntry("ccp", PipelineConfig.DEFAULT_SOURCES.get("ccp"));
    assertThat(c.exports().sdmx().dsd()).isEqualTo(dir.resolve("ref/SDG_DSD_1.5.xml"));
    assertThat(c.describe()).containsKey("sources").containsKey("exports");

    Path zero = write("inbox: in\naggregates: { min_countries: 0 }\n");
    assertThatThrownBy(() -> PipelineConfig.load(zero))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("aggregates.min_countries"));
    Path unknown = write("inbox: in\nsources: { firearm: x }\n");
    assertThatThrownBy(() -> PipelineConfig.load(unknown))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("firearm")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("sources.firearm"));
    Path blank = write("inbox: in\nsources: { ccp: \"  \" }\n");
    assertThatThrownBy(() -> PipelineConfig.load(blank))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("sources.ccp"));
    Path elsewhere = write("inbox: in\nexports: { sdmx: { dsd: /nowhere/dsd.xml } }\n");
    assertThatThrownBy(
            () -> PipelineConfig.load(elsewhere).resolve(dir).checkRoots(java.util.List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("exports.sdmx.dsd"));
  }

  /** Methodology §8: the tolerances of the comparison with published values. */
  @Test
  void thePublishedToleranceHasADefaultPerUnitAndNamesABadKey() throws IOException {
    PipelineConfig.Tolerance d = PipelineConfig.load(write("inbox: in\n")).published().tolerance();
    assertThat(new double[] {d.percent(), d.count(), d.relative()})
        .containsExactly(0.05, 0.5, 0.005);

    PipelineConfig c =
        PipelineConfig.load(write("inbox: in\npublished: { tolerance: { percent: 0.1 } }\n"));
    assertThat(c.published().tolerance().percent()).isEqualTo(0.1);
    assertThat(c.published().tolerance().count()).isEqualTo(0.5);
    assertThat(c.describe().get("published"))
        .isEqualTo(
            java.util.Map.of(
                "tolerance", java.util.Map.of("percent", 0.1, "count", 0.5, "relative", 0.005)));

    PipelineConfig own =
        PipelineConfig.load(write("inbox: in\nseries: { FA_SEIZED: { tolerance: 2 } }\n"));
    assertThat(own.toleranceBySeries()).isEqualTo(java.util.Map.of("FA_SEIZED", 2.0));
    assertThat(c.toleranceBySeries()).isEmpty();
    Path ownNegative = write("inbox: in\nseries: { FA_SEIZED: { tolerance: -2 } }\n");
    assertThatThrownBy(() -> PipelineConfig.load(ownNegative))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("series.*.tolerance"));

    Path negative = write("inbox: in\npublished: { tolerance: { count: -1 } }\n");
    assertThatThrownBy(() -> PipelineConfig.load(negative))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("published.tolerance.count"));
    Path unknown = write("inbox: in\npublished: { tolerance: { rate: 0.1 } }\n");
    assertThatThrownBy(() -> PipelineConfig.load(unknown))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).key()).isEqualTo("published.tolerance.rate"));
  }

  @Test
  void theLimitsHaveDefaultsAndALowerBoundEach() throws IOException {
    PipelineConfig.Limits d = PipelineConfig.load(write("inbox: in\n")).limits();
    assertThat(d.maxFileMb()).isEqualTo(512);
    assertThat(d.maxCellChars()).isEqualTo(10_000);
    assertThat(d.maxSheetRows()).isEqualTo(200_000);

    PipelineConfig c = PipelineConfig.load(write("inbox: in\nlimits: { max_sheet_rows: 1 }\n"));
    assertThat(c.limits().maxSheetRows()).isEqualTo(1);
    assertThat(c.limits().maxFileMb()).isEqualTo(512);
    assertThat(c.describe().get("limits"))
        .isEqualTo(
            java.util.Map.of("max_file_mb", 512, "max_cell_chars", 10_000, "max_sheet_rows", 1));

    Path zero = write("inbox: in\nlimits: { max_sheet_rows: 0 }\n");
    assertThatThrownBy(() -> PipelineConfig.load(zero))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("limits.max_sheet_rows must be at least 1, not 0")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("limits.max_sheet_rows"));
  }

  @Test
  void anOutputInsideTheInboxOrAroundItIsAConfigError() throws IOException {
    Path inside = write("inbox: in\noutput: in/out\n");
    assertThatThrownBy(
            () -> PipelineConfig.load(inside).resolve(dir).checkRoots(java.util.List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("inside the inbox")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("output"));
    Path around = write("inbox: out/inbox\noutput: out\n");
    assertThatThrownBy(
            () -> PipelineConfig.load(around).resolve(dir).checkRoots(java.util.List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("contains the inbox");
    Path same = write("inbox: data\noutput: data\n");
    assertThatThrownBy(
            () -> PipelineConfig.load(same).resolve(dir).checkRoots(java.util.List.of(dir)))
        .isInstanceOf(ConfigException.class);
    // siblings are fine
    PipelineConfig.load(write("inbox: data/inbox\noutput: data/out\n"))
        .resolve(dir)
        .checkRoots(java.util.List.of(dir));
  }

  @Test
  void aConfigOfMoreThanAMegabyteIsRefusedBeforeItIsParsed() throws IOException {
    // one 20 MB scalar took the YAML parser 87 s; a config is a few kilobytes
    Path big = write("inbox: in\ncomment_key: " + "x".repeat(2 << 20) + "\n");
    assertThatThrownBy(() -> PipelineConfig.load(big))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("more than the 1,048,576 a config may have")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("--config"));
  }
}
