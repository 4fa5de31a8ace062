package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.published.PublishedReader;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The Open SDG files of contract §4.4, written from the hand-made rows of {@link ExportSamples}
 * (every golden value below is one of those rows, rounded to its series' decimals) and read back as
 * Open SDG reads them ({@link OpenSdgCheck}).
 */
class OpenSdgWriterTest {

  @TempDir Path dir;

  static List<CSVRecord> records(Path f) throws IOException {
    return OpenSdgCheck.read(f).rows();
  }

  static String header(Path f) throws IOException {
    return Files.readAllLines(f).get(0);
  }

  @Test
  void oneFileAndOneMetadataFilePerIndicatorOfTheOfficialSeries() {
    List<Path> files =
        OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    assertThat(files)
        .extracting(p -> dir.relativize(p).toString())
        .containsExactly(
            "opensdg/indicator_16-2-2.csv",
            "opensdg/indicator_16-4-2.csv",
            "opensdg/meta/16-2-2.md",
            "opensdg/meta/16-4-2.md");
  }

  @Test
  void custodianLayoutTheWorldIsTheHeadlineAndAreasADisaggregation() throws IOException {
    OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    Path trace = dir.resolve("opensdg/indicator_16-4-2.csv");
    assertThat(header(trace))
        .isEqualTo("Year,Series,Units,Reference area,GeoCode,COMMENT_OBS,OBS_STATUS,Value");
    OpenSdgCheck.Read t = OpenSdgCheck.check(trace);
    // ExportSamples: World 2017 30.5 (an aggregate of 2 countries, 62 % coverage); Colombia 2017
    // 34.08 with comment "-3"; Mexico 2016 22.91 with a formula-like comment; Mexico 2017 missing
    assertThat(t.rows())
        .extracting(CSVRecord::toList)
        .containsExactly(
            List.of(
                "2017",
                "VC_ARM_SZTRACE",
                "PT",
                "",
                "1",
                "2 countries, 62.0 % of the population",
                "A",
                "30.5"),
            List.of("2017", "VC_ARM_SZTRACE", "PT", "Colombia", "170", "-3", "A", "34.08"),
            List.of(
                "2016",
                "VC_ARM_SZTRACE",
                "PT",
                "Mexico",
                "484",
                "'" + ExportSamples.HYPERLINK,
                "A",
                "22.91"));
    assertThat(t.headline()).extracting(r -> r.get("GeoCode")).containsExactly("1");
  }

  @Test
  void aYearWithoutAWorldValueHasNoHeadlineAndFormsOfExploitationAreADisaggregation()
      throws IOException {
    OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    Path victims = dir.resolve("opensdg/indicator_16-2-2.csv");
    assertThat(header(victims))
        .isEqualTo(
            "Year,Series,Units,Reference area,Sex,Age,Form of exploitation,GeoCode,COMMENT_OBS,OBS_STATUS,Value");
    OpenSdgCheck.Read v = OpenSdgCheck.check(victims);
    assertThat(v.rows())
        .extracting(CSVRecord::toList)
        .containsExactly(
            kenya2020("", "", "", "A", "120"),
            kenya2020("", "", "Forced labour", "A", "25"),
            kenya2020("", "", "Sexual exploitation", "A", "60"),
            kenya2020("Female", "Under 18 years", "", "A", "35"),
            kenya2020("Male", "18 years and over", "", "E", "40"));
    // no World value in 2020: a country is never the headline of the custodian layout
    assertThat(v.headline()).isEmpty();
    assertThat(Files.readString(victims)).doesNotContain("_T").doesNotContain("\r");
  }

  /** A row of Kenya 2020 in the custodian layout of 16.2.2 (ExportSamples). */
  private static List<String> kenya2020(
      String sex, String age, String form, String status, String value) {
    return List.of(
        "2020", "VC_HTF_DETV", "NUMBER", "Kenya", sex, age, form, "404", "", status, value);
  }

  @Test
  void projectSeriesOnlyWhenAskedForAndNeverThoseWithoutAnIndicator() throws IOException {
    List<Path> files =
        OpenSdgWriter.write(
            dir,
            ExportSamples.observations(),
            ExportOptions.defaults().withOpenSdgProjectSeries(true));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "indicator_16-2-2.csv",
            "indicator_16-4-1.csv",
            "indicator_16-4-2.csv",
            "16-2-2.md",
            "16-4-1.md",
            "16-4-2.md");
    Path iff = dir.resolve("opensdg/indicator_16-4-1.csv");
    assertThat(header(iff))
        .isEqualTo(
            "Year,Series,Units,Reference area,Commodity,GeoCode,COMMENT_OBS,OBS_STATUS,Value");
    assertThat(OpenSdgCheck.check(iff).rows())
        .extracting(r -> r.get("Reference area") + "|" + r.get("Commodity") + "=" + r.get("Value"))
        .containsExactly("Colombia|=2250000000", "Colombia|Cocaine=1500000000");
    // FA_SEIZED (16.4.2, by type) joins the official series; the port seizures (16.4) never go
    assertThat(OpenSdgCheck.check(dir.resolve("opensdg/indicator_16-4-2.csv")).rows())
        .extracting(r -> r.get("Series") + "|" + r.get("Type of arm"))
        .contains("FA_SEIZED|Pistol");
    assertThat(Files.readString(dir.resolve("opensdg/indicator_16-4-2.csv")))
        .doesNotContain("CCP_");
    OpenSdgCheck.checkAll(dir.resolve("opensdg"));
  }

  @Test
  void nationalLayoutTheCountryIsTheHeadlineAndItsSexAndAgeBreakdownsDisaggregations()
      throws IOException {
    List<Observation> obs = new ArrayList<>(ExportSamples.observations());
    // a second year of Kenya by sex and by age, and the World, which the national layout leaves out
    obs.add(victims(404, 2021, "_T", "_T", 130.0));
    obs.add(victims(404, 2021, "F", "_T", 80.0));
    obs.add(victims(404, 2021, "M", "_T", 50.0));
    obs.add(victims(404, 2021, "_T", "Y0T17", 45.0));
    obs.add(victims(1, 2021, "_T", "_T", 9000.0));
    List<Path> files = OpenSdgWriter.write(dir, obs, ExportOptions.defaults().withOpenSdgArea(404));
    assertThat(files)
        .extracting(p -> dir.relativize(p).toString())
        .contains("opensdg/404/indicator_16-2-2.csv", "opensdg/404/meta/16-2-2.md")
        .doesNotContain("opensdg/404/indicator_16-4-2.csv");
    Path kenya = dir.resolve("opensdg/404/indicator_16-2-2.csv");
    assertThat(header(kenya))
        .isEqualTo(
            "Year,Series,Units,Sex,Age,Form of exploitation,GeoCode,COMMENT_OBS,OBS_STATUS,Value");
    OpenSdgCheck.Read k = OpenSdgCheck.check(kenya);
    assertThat(k.headline())
        .extracting(r -> r.get("Year") + "=" + r.get("Value"))
        .containsExactly("2020=120", "2021=130");
    assertThat(k.rows()).allSatisfy(r -> assertThat(r.get("GeoCode")).isEqualTo("404"));
    assertThat(k.rows())
        .extracting(
            r -> r.get("Year") + "|" + r.get("Sex") + "|" + r.get("Age") + "=" + r.get("Value"))
        .contains(
            "2021|Female|=80",
            "2021|Male|=50",
            "2021||Under 18 years=45",
            "2020|Female|Under 18 years=35");
    String meta = Files.readString(dir.resolve("opensdg/404/meta/16-2-2.md"));
    assertThat(meta)
        .contains("national_geographical_coverage: \"Kenya\"")
        .contains("data_show_map: false");
    // the custodian layout is still written, with the World as its 2021 headline
    assertThat(OpenSdgCheck.check(dir.resolve("opensdg/indicator_16-2-2.csv")).headline())
        .extracting(r -> r.get("Year") + "=" + r.get("Value"))
        .containsExactly("2021=9000");
  }

  private static Observation victims(int area, int year, String sex, String age, double v) {
    return ExportSamples.obs(
        "VC_HTF_DETV",
        area,
        year,
        sex,
        age,
        "_T",
        "_T",
        "NUMBER",
        v,
        "A",
        area == 1 ? "G" : "C",
        area == 1 ? "G" : "N",
        null,
        null);
  }

  @Test
  void theMetadataFileIsMarkdownWithYamlFrontMatterAndEverySeriesOfTheFile() throws IOException {
    OpenSdgWriter.write(
        dir, ExportSamples.observations(), ExportOptions.defaults().withOpenSdgProjectSeries(true));
    String md = Files.readString(dir.resolve("opensdg/meta/16-4-2.md"));
    assertThat(md).startsWith("---\n");
    String front = md.substring(4, md.indexOf("\n---\n", 4));
    java.util.Map<?, ?> yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readValue(front, java.util.Map.class);
    assertThat(yaml.get("indicator_number")).isEqualTo("16.4.2");
    assertThat(yaml.get("sdg_goal")).isEqualTo("16");
    assertThat(yaml.get("data_non_statistical")).isEqualTo(false);
    assertThat(yaml.get("reporting_status")).isEqualTo("complete");
    assertThat(yaml.get("un_custodian_agency").toString()).contains("UNODC and UNODA");
    assertThat(yaml.get("indicator_sort_order")).isEqualTo("16-04-02");
    for (String k :
        List.of(
            "computation_definitions",
            "computation_units",
            "computation_calculations",
            "computation_disaggregation",
            "computation_missing_values",
            "computation_regional_aggregation",
            "data_sources",
            "computation_comparability",
            "metadata_last_update")) {
      assertThat(yaml.get(k)).as(k).isNotNull();
      assertThat(yaml.get(k).toString()).as(k).isNotBlank();
    }
    assertThat(yaml.get("precision").toString()).contains("VC_ARM_SZTRACE").contains("FA_SEIZED");
    assertThat(md)
        .contains("## VC_ARM_SZTRACE:")
        .contains("## FA_SEIZED:")
        .contains("Project series of sdg16, not an official SDG series.")
        .contains("**Treatment of missing values.**");
  }

  @Test
  void ourFilesReadBackThroughThePublishedImport() {
    OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    PublishedFile back = PublishedReader.read(dir.resolve("opensdg/indicator_16-2-2.csv"));
    assertThat(back.format()).isEqualTo(PublishedFile.Format.OPEN_SDG);
    // the published table keeps sex and age only: the two rows by form of exploitation are refused
    assertThat(back.findings())
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.NOT_APPLICABLE));
    assertThat(back.rows())
        .anySatisfy(
            r -> {
              assertThat(r.series()).isEqualTo("VC_HTF_DETV");
              assertThat(r.sex()).isEqualTo("F");
              assertThat(r.age()).isEqualTo("Y0T17");
              assertThat(r.refArea()).isEqualTo(404);
              assertThat(r.value()).isEqualTo(35.0);
              assertThat(r.unitMeasure()).isEqualTo("NUMBER");
            });
    PublishedFile trace = PublishedReader.read(dir.resolve("opensdg/indicator_16-4-2.csv"));
    assertThat(trace.findings()).isEmpty();
    assertThat(trace.rows()).hasSize(3);
  }

  @Test
  void valuesAreRoundedToTheSeriesDecimalsAndReportedTotalsLeftOut() throws IOException {
    List<Observation> obs =
        List.of(
            ExportSamples.obs(
                "VC_ARM_SZTRACE",
                484,
                2020,
                "_T",
                "_T",
                "_T",
                "_T",
                "PT",
                19.061245706262827,
                "A",
                "C",
                "N",
                null,
                null),
            ExportSamples.obs(
                "VC_HTF_DETV",
                404,
                2021,
                "_T",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                12.4,
                "A",
                "C",
                "N",
                null,
                null),
            new Observation(
                "VC_HTF_DETV",
                5,
                2020,
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                310.0,
                null,
                null,
                "U",
                "G",
                "G",
                2,
                0.12,
                null,
                null,
                true));
    OpenSdgWriter.write(dir, obs, ExportOptions.defaults());
    Path trace = dir.resolve("opensdg/indicator_16-4-2.csv");
    Path victims = dir.resolve("opensdg/indicator_16-2-2.csv");
    assertThat(records(trace)).extracting(r -> r.get("Value")).containsExactly("19.06");
    assertThat(records(victims))
        .extracting(r -> r.get("GeoCode") + "=" + r.get("Value"))
        .containsExactly("404=12");
  }
}
