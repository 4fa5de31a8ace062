package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;

class SdmxCsvWriterTest {

  @TempDir Path dir;

  static String write(List<Observation> obs, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SdmxCsvWriter.write(out, obs, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void headerIsSdmxCsv2WithTheSdgDsdInOrder() throws IOException {
    String csv = write(ExportSamples.observations(), ExportOptions.defaults());
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,"
                + "SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,"
                + "COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,"
                + "NATURE,OBS_STATUS,COMMENT_OBS,SOURCE_DETAIL,TIME_DETAIL,DATA_LAST_UPDATE");
    assertThat(csv).doesNotContain("\r\n").endsWith("\n");
  }

  @Test
  void onlyOfficialSeriesWithSdgCodes() throws IOException {
    List<CSVRecord> rows = records(write(ExportSamples.observations(), ExportOptions.defaults()));
    assertThat(rows)
        .extracting(r -> r.get("SERIES"))
        .containsOnly("VC_ARM_SZTRACE", "VC_HTF_DETV", "VC_HTF_DETVSX", "VC_HTF_DETVFL");
    assertThat(rows).hasSize(9);
    for (CSVRecord r : rows) {
      assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
      assertThat(r.get("STRUCTURE_ID")).isEqualTo("IAEG-SDGs:DF_SDG_GLH(1.24)");
      assertThat(r.get("ACTION"))
          .as("SDMX-CSV 2.0 Replace: each observation replaced whole")
          .isEqualTo("R");
      assertThat(r.get("FREQ")).isEqualTo("A");
      assertThat(r.get("REPORTING_TYPE")).isEqualTo("G");
      assertThat(r.get("UNIT_MULT")).isEqualTo("0");
      for (String d : SdmxCodes.UNUSED_BREAKDOWNS) {
        assertThat(r.get(d)).as(d).isEqualTo("_T");
      }
      assertThat(r.get("UNIT_MEASURE"))
          .isEqualTo(r.get("SERIES").startsWith("VC_ARM") ? "PT" : "NUMBER");
    }
    Map<String, CSVRecord> victims =
        rows.stream()
            .filter(r -> r.get("SERIES").startsWith("VC_HTF"))
            .collect(
                Collectors.toMap(
                    r -> r.get("SERIES") + "/" + r.get("SEX") + "/" + r.get("AGE"), r -> r));
    assertThat(victims.keySet())
        .containsExactlyInAnyOrder(
            "VC_HTF_DETV/_T/_T",
            "VC_HTF_DETV/F/Y0T17",
            "VC_HTF_DETV/M/Y_GE18",
            "VC_HTF_DETVSX/_T/_T",
            "VC_HTF_DETVFL/_T/_T");
    assertThat(victims.get("VC_HTF_DETVSX/_T/_T").get("OBS_VALUE")).isEqualTo("60");
    assertThat(victims.get("VC_HTF_DETV/M/Y_GE18").get("NATURE")).isEqualTo("CA");
    assertThat(victims.get("VC_HTF_DETV/M/Y_GE18").get("OBS_STATUS")).isEqualTo("E");
    assertThat(rows).extracting(r -> r.get("REF_AREA")).contains("484", "170", "1", "404");
  }

  @Test
  void missingValueIsEmptyNeverZeroAndTextIsEscaped() throws IOException {
    List<CSVRecord> rows = records(write(ExportSamples.observations(), ExportOptions.defaults()));
    CSVRecord missing =
        rows.stream()
            .filter(r -> r.get("REF_AREA").equals("484") && r.get("TIME_PERIOD").equals("2017"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.get("OBS_VALUE")).isEmpty();
    assertThat(missing.get("OBS_STATUS")).isEqualTo("O");
    CSVRecord mex2016 =
        rows.stream()
            .filter(r -> r.get("REF_AREA").equals("484") && r.get("TIME_PERIOD").equals("2016"))
            .findFirst()
            .orElseThrow();
    assertThat(mex2016.get("OBS_VALUE")).isEqualTo("22.91");
    assertThat(mex2016.get("COMMENT_OBS")).isEqualTo("'" + ExportSamples.HYPERLINK);
    CSVRecord col =
        rows.stream().filter(r -> r.get("REF_AREA").equals("170")).findFirst().orElseThrow();
    assertThat(col.get("COMMENT_OBS")).isEqualTo("-3");
    assertThat(col.get("SOURCE_DETAIL")).isEqualTo("Côte d’Ivoire desk, \"IAFQ\"");
  }

  @Test
  void rowsAreSortedWhateverTheInputOrder() throws IOException {
    String a = write(ExportSamples.observations(), ExportOptions.defaults());
    String b =
        write(ExportSamples.shuffled(ExportSamples.observations(), 7), ExportOptions.defaults());
    assertThat(b).isEqualTo(a);
    List<CSVRecord> rows = records(a);
    assertThat(rows.get(0).get("SERIES")).isEqualTo("VC_ARM_SZTRACE");
    assertThat(rows.get(0).get("REF_AREA")).isEqualTo("1");
  }

  @Test
  void fileIsNamedAfterTheConfiguredDataflow() throws IOException {
    Path f =
        SdmxCsvWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults()).file();
    assertThat(f).isEqualTo(dir.resolve("sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv"));
    ExportOptions other = ExportOptions.defaults().withDataflow("UNODC:DF_SDG16(2.0)");
    Path g = SdmxCsvWriter.write(dir, ExportSamples.observations(), other).file();
    assertThat(g.getFileName().toString()).isEqualTo("UNODC_DF_SDG16_2.0.csv");
    assertThat(records(Files.readString(g)))
        .allMatch(r -> r.get("STRUCTURE_ID").equals("UNODC:DF_SDG16(2.0)"));
    try (var s = Files.list(dir.resolve("sdmx"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anOfficialObservationWithABreakdownOutsideTheDsdIsABug() {
    Observation bad =
        new Observation(
            "VC_ARM_SZTRACE",
            484,
            2016,
            "_T",
            "_T",
            "_T",
            "PISTOL",
            "_T",
            "_T",
            "_T",
            "PT",
            1.0,
            null,
            null,
            "A",
            "C",
            "N",
            1,
            null,
            null,
            null);
    assertThatThrownBy(() -> write(List.of(bad), ExportOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PISTOL");
    assertThatThrownBy(() -> ExportOptions.defaults().withDataflow(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final ExportOptions ON_1_MARCH =
      ExportOptions.defaults().withExportDate(LocalDate.of(2026, 3, 1));

  @Test
  void valuesAreRoundedToTheSeriesDecimals() throws IOException {
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
                null));
    List<CSVRecord> rows = records(write(obs, ON_1_MARCH));
    assertThat(rows).extracting(r -> r.get("OBS_VALUE")).containsExactly("19.06", "12");
  }

  @Test
  void timeDetailIsTheYearAndDataLastUpdateTheExportDay() throws IOException {
    List<CSVRecord> rows = records(write(ExportSamples.observations(), ON_1_MARCH));
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("TIME_DETAIL")).isEqualTo(r.get("TIME_PERIOD"));
              assertThat(r.get("DATA_LAST_UPDATE")).isEqualTo("2026-03-01");
            });
  }

  @Test
  void anAggregateSaysHowManyCountriesAndHowMuchPopulationAreBehindIt() throws IOException {
    // the World 2017 of ExportSamples: 2 countries, coverage 0.62
    CSVRecord world =
        records(write(ExportSamples.observations(), ON_1_MARCH)).stream()
            .filter(r -> r.get("REF_AREA").equals("1"))
            .findFirst()
            .orElseThrow();
    assertThat(world.get("COMMENT_OBS")).isEqualTo("2 countries, 62.0 % of the population");
    Observation partial =
        new Observation(
            "VC_ARM_SZTRACE",
            5,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            20.0,
            60.0,
            300.0,
            "P",
            "G",
            "G",
            3,
            0.786,
            "denominator partial for Colombia",
            null);
    assertThat(SdmxCsvWriter.commentObs(partial))
        .isEqualTo("3 countries, 78.6 % of the population; denominator partial for Colombia");
    // a national value keeps its own comment
    assertThat(SdmxCsvWriter.commentObs(ExportSamples.observations().get(2))).isEqualTo("-3");
  }

  @Test
  void aReportedTotalIsNeverExported() throws IOException {
    Observation total =
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
            true);
    List<Observation> obs = new ArrayList<>(ExportSamples.observations());
    obs.add(total);
    SdmxCheck.Result r = SdmxCsvWriter.write(new ByteArrayOutputStream(), obs, ON_1_MARCH);
    assertThat(r.findings()).isEmpty();
    List<CSVRecord> rows = records(write(obs, ON_1_MARCH));
    assertThat(rows).hasSize(9).noneMatch(x -> x.get("REF_AREA").equals("5"));
  }

  @Test
  void theSampleRowsPassTheShippedDsd() throws IOException {
    SdmxCheck.Result r =
        SdmxCsvWriter.write(new ByteArrayOutputStream(), ExportSamples.observations(), ON_1_MARCH);
    assertThat(r.findings()).isEmpty();
    assertThat(r.passed()).hasSize(9);
  }

  @Test
  void theConfiguredDsdIsTheOneChecked() throws IOException {
    String xml = SdmxCheckTest.shippedDsd();
    String mexico =
        "<str:Code urn=\"urn:sdmx:org.sdmx.infomodel.codelist.Code=IAEG-SDGs:CL_AREA(1.4).484\" id=\"484\">";
    int from = xml.indexOf(mexico);
    int to = xml.indexOf("</str:Code>", from) + "</str:Code>".length();
    assertThat(from).isPositive();
    Path dsd = dir.resolve("SDG_DSD_without_484.xml");
    Files.writeString(dsd, xml.substring(0, from) + xml.substring(to), StandardCharsets.UTF_8);

    SdmxCsvWriter.Result r =
        SdmxCsvWriter.write(
            dir.resolve("exports"), ExportSamples.observations(), ON_1_MARCH.withDsd(dsd));
    assertThat(r.rows()).isEqualTo(7);
    assertThat(r.leftOut()).isEqualTo(2);
    assertThat(r.findings())
        .extracting(FindingRecord::message)
        .containsOnly("REF_AREA '484' is not in code list CL_AREA");
    assertThat(records(Files.readString(r.file()))).noneMatch(x -> x.get("REF_AREA").equals("484"));
    // the shipped DSD has Mexico
    assertThat(
            SdmxCsvWriter.write(dir.resolve("shipped"), ExportSamples.observations(), ON_1_MARCH)
                .leftOut())
        .isZero();
  }
}
