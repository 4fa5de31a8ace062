package org.sdg16.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.table.Table;

/**
 * The sample batch of {@code data-samples/} end to end (ingest and compute). Expected counts and
 * hand-checked values are those documented, row by row, in {@code data-samples/README.md}.
 */
class SampleRunTest extends SparkTestBase {

  static Path out;

  static Pipeline.Outcome outcome;

  @BeforeAll
  static void ingestTheSample() {
    outcome = SampleRuns.local();
    out = SampleRuns.output();
  }

  static Dataset<Row> table(String name) {
    return session().read().parquet(out.resolve("warehouse/current").resolve(name).toString());
  }

  @Test
  void everyFileReconcilesAndTheTotalsAreThoseOfTheSampleReadme() throws IOException {
    JsonNode m = new ObjectMapper().readTree(outcome.manifest().toFile());
    assertThat(m.get("status").asText()).isEqualTo("succeeded");
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    for (JsonNode f : m.get("files")) {
      if (f.get("dataset").asText().equals("population")
          || f.get("dataset").asText().equals("published")) {
        continue;
      }
      assertThat(f.get("rows_read").asLong())
          .as(f.get("path").asText())
          .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_quarantined").asLong());
      assertThat(f.get("status").asText()).isEqualTo("accepted");
      read += f.get("rows_read").asLong();
      accepted += f.get("rows_accepted").asLong();
      quarantined += f.get("rows_quarantined").asLong();
    }
    assertThat(new long[] {read, accepted, quarantined}).containsExactly(2788, 2771, 17);
    assertThat(m.get("inputs").get(0).get("sha256").asText()).hasSize(64);
    assertThat(table("quarantine").count()).isEqualTo(17);
    assertThat(table("findings").filter("severity = 'ERROR'").count()).isEqualTo(17);
    // the population base (methodology §5): the sample file's 207 area-years and the World Bank
    // reference for the other 13,738 of its 13,945
    assertThat(table("population").count()).isEqualTo(13_945);
    assertThat(table("population").filter("source_file = 'population.csv'").count()).isEqualTo(207);
    assertThat(table("findings").filter("code = 'POPULATION_MISSING'").count())
        .as("every area-year of the sample returns has a population")
        .isZero();
    assertThat(m.get("output_findings").isArray()).isTrue();
    assertThat(m.get("output_findings")).isEmpty();
    assertThat(m.get("population_reference").get("source").asText())
        .isEqualTo(
            "World Bank, World Development Indicators, SP.POP.TOTL, March 2026 vintage, ODC PDDL");
    assertThat(m.get("population_reference").get("last_year").asInt()).isEqualTo(2024);
    // the UN SDG API file of published/: 11 observations, kept as their own source
    assertThat(table("published").count()).isEqualTo(11);
    assertThat(table("published").filter("series = 'VC_ARM_SZTRACE'").count()).isEqualTo(11);
  }

  @Test
  void quarantineKeepsRawValuesAndFindingsOfEachRow() {
    Row r = table("quarantine").filter("source_file = 'tip/tip_asia.csv'").first();
    assertThat(r.getInt(r.fieldIndex("source_row"))).isEqualTo(340);
    assertThat(r.<String, String>getJavaMap(r.fieldIndex("raw"))).containsEntry("ref_area", "XYZ");
    Row f = r.<Row>getList(r.fieldIndex("findings")).get(0);
    assertThat(f.getString(0)).isEqualTo("UNKNOWN_AREA");
    assertThat(f.getString(3)).isEqualTo("ref_area 'XYZ' is not an M49 or ISO3 country code");
    Row wb = table("quarantine").filter("source_sheet = 'firearms'").first();
    assertThat(wb.getString(wb.fieldIndex("source_file")))
        .isEqualTo("workbooks/per_national_return_2019-2022.xlsx");
    assertThat(wb.getInt(wb.fieldIndex("source_row"))).isEqualTo(19);
  }

  @Test
  void the2017PortSeizuresAddUpToThePublishedProgrammeTable() {
    // UNODC, CTOC/COP/2018/11, para. 33: the Container Control Programme's 2017 seizures
    Map<String, Double> published = new LinkedHashMap<>();
    published.put("CANNABIS|KG", 2_033.0);
    published.put("CIGARETTES|PIECES", 215_816_580.0);
    published.put("COCAINE|KG", 48_220.0);
    published.put("HEROIN|KG", 162.0);
    published.put("NPS|KG", 800.0);
    published.put("PRECURSORS|KG", 170_002.0);
    published.put("PSYCHOTROPICS|KG", 123.0);
    published.put("STRATEGIC_GOODS|CONTAINERS", 17.0);
    Map<String, Double> got = new LinkedHashMap<>();
    for (Row r :
        table("returns_ccp")
            .filter(year(col("seizure_date")).equalTo(2017))
            .groupBy("commodity", "unit")
            .agg(sum("quantity"), count("*"))
            .orderBy("commodity")
            .collectAsList()) {
      got.put(r.getString(0) + "|" + r.getString(1), r.getDouble(2));
    }
    assertThat(got).isEqualTo(published);
    // the compute stage's port totals (which the report reads) hold the same seizures, port by port
    Map<String, Double> byPort = new LinkedHashMap<>();
    long seizures = 0;
    for (Row r :
        table("port_totals")
            .filter("year = 2017")
            .groupBy("commodity", "unit")
            .agg(sum("quantity"), sum("seizures"))
            .orderBy("commodity")
            .collectAsList()) {
      byPort.put(r.getString(0) + "|" + r.getString(1), r.getDouble(2));
      seizures += r.getLong(3);
    }
    assertThat(byPort).isEqualTo(published);
    assertThat(seizures)
        .isEqualTo(table("returns_ccp").filter(year(col("seizure_date")).equalTo(2017)).count());
    assertThat(table("port_totals").count())
        .isEqualTo(
            table("returns_ccp")
                .select(
                    col("port"),
                    col("ref_area"),
                    year(col("seizure_date")),
                    col("commodity"),
                    col("unit"))
                .distinct()
                .count());
  }

  @Test
  void theLaterMexicanCorrectionReplacesTheOriginal2022ReturnWhole() {
    Dataset<Row> mex2022 = table("returns_firearms").filter("ref_area = 484 and year = 2022");
    assertThat(mex2022.select("source_file").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("firearms/mex_2022_correction.csv");
    assertThat(mex2022.count()).isEqualTo(20);
    assertThat(mex2022.filter("measure = 'AMMUNITION'").count())
        .as("the correction has no AMMUNITION row")
        .isZero();
    assertThat(outcome.ingest().superseded())
        .containsOnlyKeys("firearms:firearms/mex_annual_2020-2023.csv");
    assertThat(table("returns_firearms").filter("ref_area = 484 and year = 2021").count())
        .isPositive();
  }

  @Test
  void excelRowsArriveWithTheirSheetAndMissingValuesStayMissing() {
    Dataset<Row> per = table("returns_firearms").filter("ref_area = 604");
    assertThat(per.count()).isEqualTo(51);
    assertThat(per.select("source_sheet").distinct().first().getString(0)).isEqualTo("firearms");
    assertThat(table("returns_tip").filter("ref_area = 604").count()).isEqualTo(60);
    assertThat(table("returns_firearms_cases").filter("ref_area = 604").count()).isEqualTo(4);
    // Brazil reports no SURRENDERED: the blank cells are null, never 0
    assertThat(
            table("returns_firearms")
                .filter("ref_area = 76 and measure = 'SURRENDERED'")
                .filter(col("value").isNotNull())
                .count())
        .isZero();
  }

  @Test
  void whatIsWrittenToParquetMatchesTheDeclaredTables() throws IOException {
    try (var folders = Files.list(out.resolve("warehouse/current"))) {
      assertThat(
              folders
                  .filter(Files::isDirectory)
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.startsWith("_")))
          .as("every table of the snapshot is declared")
          .containsExactlyInAnyOrderElementsOf(WarehouseTables.names(WarehouseTables.ALL));
    }
    for (Table t : WarehouseTables.ALL) {
      StructType written = table(t.name()).schema();
      StructType declared = SparkSchemas.of(t);
      assertThat(written.fieldNames()).as(t.name()).containsExactly(declared.fieldNames());
      for (int i = 0; i < declared.fields().length; i++) {
        // Parquet is read back as nullable: the types without nullability
        assertThat(written.fields()[i].dataType().catalogString())
            .as(t.name() + "." + declared.fields()[i].name())
            .isEqualTo(declared.fields()[i].dataType().catalogString());
      }
    }
  }

  @Test
  void theSnapshotIsPublishedBehindTheStablePath() throws IOException {
    assertThat(Files.isSymbolicLink(out.resolve("warehouse/current"))).isTrue();
    JsonNode snap =
        new ObjectMapper().readTree(out.resolve("warehouse/current/_snapshot.json").toFile());
    assertThat(snap.get("id").asText()).isEqualTo(outcome.snapshotId());
    assertThat(snap.get("run_id").asText()).isEqualTo(outcome.runId());
    assertThat(snap.get("tables"))
        .extracting(JsonNode::asText)
        .contains("returns_ccp", "quarantine", "findings");
  }

  // ------------------------------------------------------------------ compute

  static Double value(String series, int area, int year, String where) {
    List<Row> rows =
        table("observations")
            .filter(
                String.format(
                    java.util.Locale.ROOT,
                    "series = '%s' and ref_area = %d and time_period = %d%s",
                    series,
                    area,
                    year,
                    where.isEmpty() ? "" : " and " + where))
            .select("value")
            .collectAsList();
    assertThat(rows).as(series + " " + area + " " + year + " " + where).hasSizeLessThanOrEqualTo(1);
    return rows.isEmpty() ? null : rows.get(0).isNullAt(0) ? null : rows.get(0).getDouble(0);
  }

  @Test
  void theWorldTotalOf2017PortSeizuresIsThePublishedProgrammeTable() {
    // UNODC, CTOC/COP/2018/11, para. 33
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'COCAINE' and unit_measure = 'KG'"))
        .isEqualTo(48_220.0);
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'HEROIN'")).isEqualTo(162.0);
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'CANNABIS'")).isEqualTo(2_033.0);
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'PSYCHOTROPICS'")).isEqualTo(123.0);
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'NPS'")).isEqualTo(800.0);
    assertThat(value("CCP_SEIZED_QTY", 1, 2017, "commodity = 'PRECURSORS'")).isEqualTo(170_002.0);
    assertThat(
            value(
                "CCP_SEIZED_QTY",
                1,
                2017,
                "commodity = 'STRATEGIC_GOODS' and unit_measure = 'CONTAINERS'"))
        .isEqualTo(17.0);
    assertThat(
            value(
                "CCP_SEIZED_QTY", 1, 2017, "commodity = 'CIGARETTES' and unit_measure = 'PIECES'"))
        .isEqualTo(215_816_580.0);
    assertThat(
            table("observations")
                .filter("series = 'CCP_SEIZED_QTY' and ref_area = 1 and time_period = 2017")
                .count())
        .as("no other commodity or unit in 2017")
        .isEqualTo(8);
  }

  @Test
  void handCheckedSdg1642ValuesOfTheSampleReadme() {
    // 100 × 4029 / (13367 + 653 + 1248): the corrected Mexican return
    assertThat(value("VC_ARM_SZTRACE", 484, 2022, ""))
        .isCloseTo(100.0 * 4029 / (13367 + 653 + 1248), within(1e-9));
    assertThat(value("FA_TRACE_SUCCESS", 484, 2022, ""))
        .isCloseTo(100.0 * 2311 / 3485, within(1e-9));
    // the combined SEIZED_FOUND_SURRENDERED denominator of Germany
    assertThat(value("VC_ARM_SZTRACE", 276, 2018, ""))
        .isCloseTo(100.0 * 7328 / 11802, within(1e-9));
    // Brazil: SURRENDERED not reported, published with a comment naming the parts covered
    assertThat(value("VC_ARM_SZTRACE", 76, 2019, ""))
        .isCloseTo(100.0 * 10328 / 122411, within(1e-9));
    assertThat(
            table("observations")
                .filter("series = 'VC_ARM_SZTRACE' and ref_area = 76 and time_period = 2019")
                .first()
                .<String>getAs("comment"))
        .isEqualTo("denominator covers SEIZED + FOUND; SURRENDERED not reported");
    assertThat(value("VC_ARM_SZTRACE", 404, 2017, "")).isCloseTo(100.0 * 954 / 2009, within(1e-9));
    // quarantined inputs are not published
    assertThat(value("VC_ARM_SZTRACE", 404, 2018, "")).isNull();
    assertThat(value("FA_TRACE_SUCCESS", 608, 2020, "")).isNull();
    // the workbook: 100 × 1180 / (5210 + 340)
    assertThat(value("VC_ARM_SZTRACE", 604, 2019, ""))
        .isCloseTo(100.0 * 1180 / (5210 + 340), within(1e-9));
  }

  /**
   * Methodology §8: the sample's published file (data-samples README) equals the computed values
   * rounded to 2 decimals but for Mexico 2019, published 1.37 points lower: one PUBLISHED_DIFFERS,
   * on the published file's row 4.
   */
  @Test
  void mexico2019DiffersFromItsPublishedValue() {
    Dataset<Row> differs = table("findings").filter("code = 'PUBLISHED_DIFFERS'");
    assertThat(differs.count()).isEqualTo(1);
    Row f = differs.first();
    assertThat(f.<String>getAs("severity")).isEqualTo("WARNING");
    assertThat(f.<String>getAs("source_file")).isEqualTo("published/unsd_sdg_VC_ARM_SZTRACE.csv");
    assertThat(f.<Integer>getAs("row")).isEqualTo(4);
    assertThat(f.<String>getAs("message"))
        .startsWith("VC_ARM_SZTRACE 484 (Mexico) 2019: computed 29.69 against 28.32 published");
    Dataset<Row> r = table("reconciliation");
    assertThat(r.count()).isEqualTo(11);
    assertThat(r.filter("status = 'agrees'").count()).isEqualTo(10);
    Row mexico = r.filter("status = 'differs'").first();
    assertThat(mexico.<Integer>getAs("ref_area")).isEqualTo(484);
    assertThat(mexico.<Integer>getAs("time_period")).isEqualTo(2019);
    // 100 × 4046 / (11883 + 527 + 1217) − 28.32
    assertThat(mexico.<Double>getAs("difference"))
        .isCloseTo(100.0 * 4046 / 13_627 - 28.32, within(1e-9));
    assertThat(mexico.<String>getAs("reason")).isEqualTo("none found");
  }

  @Test
  void theRunWritesTheSdgFilesFromThePublishedSnapshot() throws IOException {
    assertThat(outcome.exports())
        .extracting(p -> out.relativize(p).toString())
        .contains(
            "exports/csv/observations.csv",
            "exports/csv/trends.csv",
            "exports/csv/findings.csv",
            "exports/opensdg/indicator_16-4-2.csv",
            "exports/opensdg/indicator_16-2-2.csv",
            "exports/xlsx/sdg16_observations.xlsx");
    List<String> obsCsv = Files.readAllLines(out.resolve("exports/csv/observations.csv"));
    assertThat(obsCsv.get(0))
        .isEqualTo(String.join(",", WarehouseTables.OBSERVATIONS.columnNames()));
    assertThat(obsCsv).hasSize((int) table("observations").count() + 1);
    // the 17 findings of the quarantined rows and the one PUBLISHED_DIFFERS of Mexico 2019
    assertThat(Files.readAllLines(out.resolve("exports/csv/findings.csv"))).hasSize(19);
    assertThat(Files.readAllLines(out.resolve("exports/csv/reconciliation.csv"))).hasSize(12);
    assertThat(Files.readAllLines(out.resolve("exports/csv/trends.csv")))
        .hasSize((int) table("trends").count() + 1);
    // SDMX: official series only
    List<String> sdmx =
        Files.readAllLines(out.resolve("exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv"));
    assertThat(sdmx.subList(1, sdmx.size()))
        .allSatisfy(l -> assertThat(l).containsPattern(",(VC_ARM_SZTRACE|VC_HTF_DETV[A-Z]*),"));
  }

  @Test
  void trendsHaveOneRowPerSeriesAndProgressOnlyWhereTheShippedConfigGivesADirection() {
    Dataset<Row> t = table("trends");
    // one row per national series and per published aggregate; reported totals have no trend
    assertThat(t.count())
        .isEqualTo(
            table("observations")
                .filter("not reported_total")
                .select(
                    "series",
                    "ref_area",
                    "sex",
                    "age",
                    "exploitation",
                    "arm_type",
                    "justification",
                    "commodity",
                    "route",
                    "unit_measure",
                    "reporting_type")
                .distinct()
                .count());
    assertThat(t.filter("reporting_type = 'G'").count()).isPositive();
    assertThat(
            t.filter(
                    "reporting_type = 'G' and not (note like 'constant_panel%' or note = 'changing_panel')")
                .count())
        .as("every aggregate trend says whether its panel is constant")
        .isZero();
    // the shipped config (data-samples/pipeline.yaml) gives a desired direction to four series:
    // progress for those only, no direction is assumed for the others
    assertThat(
            t.filter("progress is not null").select("series").distinct().collectAsList().stream()
                .map(r -> r.getString(0))
                .toList())
        .containsExactlyInAnyOrder(
            "VC_ARM_SZTRACE", "FA_TRACE_SUCCESS", "FA_IDENTIFIED_SHARE", "TIP_CONVICTION_RATIO");
    Row mex = t.filter("series = 'VC_ARM_SZTRACE' and ref_area = 484").first();
    // Mexico 2015–2023: 24.20, 22.91, 24.39, 23.91, 29.69, 28.61, 23.43, 26.39, 29.44 (the sample's
    // returns). By hand: 24 rising pairs, 12 falling, S = 12; n = 9 < 10, so the exact distribution
    // of
    // Kendall's S (by inversion counts over the 9! orderings): P(|S| >= 12) = 94,174 / 362,880 =
    // 0.2595
    assertThat(mex.<Integer>getAs("n_points")).isEqualTo(9);
    assertThat(mex.<Double>getAs("mk_s")).isEqualTo(12.0);
    assertThat(mex.<Double>getAs("mk_p")).isCloseTo(94_174.0 / 362_880, within(1e-12));
    assertThat(mex.<String>getAs("direction")).isEqualTo("no significant trend");
    // progress (methodology §6, no target, increase desired): a percentage changes in percentage
    // points a year, never as a CAGR (§6.2): (29.44 − 24.20) / 8 = 0.655 pp a year (values as
    // rounded above), at least 0.5
    // and below 1.5: progress made but acceleration needed
    assertThat(mex.<Double>getAs("cagr")).isNull();
    assertThat(mex.<String>getAs("progress")).isEqualTo("progress made but acceleration needed");
    assertThat(mex.<Double>getAs("statcan_value")).isCloseTo(0.655, within(1e-3));
    assertThat(mex.<String>getAs("statcan_unit")).isEqualTo("percentage points a year");
    assertThat(mex.<String>getAs("slope_unit")).isEqualTo("percentage points a year");
    // UN Progress Chart: 0.655 pp a year, 0.5 to 2: fair progress (yellow)
    assertThat(mex.<String>getAs("un_chart_symbol")).isEqualTo("yellow");
    assertThat(mex.<String>getAs("un_chart_years")).isEqualTo("2015–2023");
    // Eurostat short term 2018–2023: (29.44 − 23.91) / 5 = 1.106 pp a year ≥ 1: significant
    assertThat(mex.<Double>getAs("eurostat_short_value")).isCloseTo(1.106, within(1e-3));
    assertThat(mex.<String>getAs("eurostat_short_symbol")).isEqualTo("↑");
    // ESCAP assesses only against a target, and the sample gives none
    assertThat(mex.<String>getAs("escap_category")).isEqualTo("not assessed: ESCAP needs a target");
    assertThat(mex.<String>getAs("escap_csi_category"))
        .isEqualTo("not assessed: ESCAP needs a target");
    assertThat(mex.<String>getAs("escap_csi_years")).isEqualTo("2015–2023");
    // Mann–Kendall p = 0.26: the sentence says the change is not significant
    assertThat(mex.<String>getAs("progress_sentence"))
        .endsWith("; the change is not statistically significant (Mann–Kendall p = 0.26)");
    // every series with a desired direction has every method's category
    for (String g : org.sdg16.schemas.output.WarehouseTables.PROGRESS_GROUPS) {
      assertThat(
              t.filter(
                      "progress is not null and "
                          + g
                          + "_category is null and note not like '%changing_panel%'")
                  .count())
          .as(g)
          .isZero();
    }
  }

  /**
   * Every note the program prints about the measures a firearms value covers is true of the returns
   * it was computed from: "covers / sums A + B" (those measures are reported), "C not reported", "C
   * not broken down by arm type / legal justification" (C's total is reported, no breakdown of it),
   * "no J value for C".
   */
  @Test
  void everyNoteOnTheMeasuresOfAFirearmsValueIsTrueOfTheReturns() {
    Map<String, Double> cells = new LinkedHashMap<>();
    for (Row r :
        table("returns_firearms")
            .select("ref_area", "year", "measure", "arm_type", "justification", "value")
            .collectAsList()) {
      cells.put(
          r.getInt(0)
              + "|"
              + r.getInt(1)
              + "|"
              + r.getString(2)
              + "|"
              + r.getString(3)
              + "|"
              + r.getString(4),
          r.isNullAt(5) ? null : r.getDouble(5));
    }
    java.util.regex.Pattern head =
        java.util.regex.Pattern.compile(
            "^(denominator covers|numerator sums|sums|numerator and denominator cover) ([A-Z_ +]+)$");
    int checked = 0;
    for (Row o :
        table("observations")
            .filter("reporting_type = 'N' and series like 'FA_%' and comment is not null")
            .select("series", "ref_area", "time_period", "arm_type", "justification", "comment")
            .collectAsList()) {
      String key = o.getInt(1) + "|" + o.getInt(2) + "|";
      String arm = o.getString(3);
      String series = o.getString(0);
      String just =
          series.equals("FA_TRAFFICKING_SHARE")
              ? "ILLICIT_TRAFFICKING"
              : series.equals("FA_POSSESSION_SHARE") ? "ILLICIT_POSSESSION" : "_T";
      String[] parts = o.getString(5).split("; ");
      java.util.regex.Matcher m = head.matcher(parts[0]);
      if (!m.matches()) {
        continue; // a comment of the return itself
      }
      String what = o + ": " + o.getString(5);
      for (String covered : m.group(2).split(" \\+ ")) {
        assertThat(cells.get(key + covered + "|" + arm + "|" + just))
            .as(what + " — " + covered + " reported")
            .isNotNull();
      }
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        if (p.endsWith(" not reported")) {
          for (String c : p.substring(0, p.length() - " not reported".length()).split(", ")) {
            assertThat(cells.get(key + c + "|" + arm + "|_T"))
                .as(what + " — " + c + " not reported")
                .isNull();
          }
        } else if (p.contains(" not broken down by ")) {
          boolean byType = p.endsWith("arm type");
          for (String c : p.substring(0, p.indexOf(" not broken down by ")).split(", ")) {
            assertThat(cells.get(key + c + "|_T|_T"))
                .as(what + " — " + c + " total reported")
                .isNotNull();
            assertThat(cells.keySet())
                .as(what + " — " + c + " has no breakdown")
                .noneMatch(
                    k ->
                        k.startsWith(key + c + "|")
                            && (byType
                                ? !k.split("\\|")[3].equals("_T")
                                : !k.split("\\|")[4].equals("_T")));
          }
        } else if (p.startsWith("no ") && p.contains(" value for ")) {
          String code = p.substring(3, p.indexOf(" value for "));
          for (String c :
              p.substring(p.indexOf(" value for ") + " value for ".length()).split(", ")) {
            assertThat(cells.get(key + c + "|_T|" + code))
                .as(what + " — no " + code + " for " + c)
                .isNull();
          }
        } else {
          throw new AssertionError("a note part this test does not know: " + p + " in " + what);
        }
      }
      checked++;
    }
    assertThat(checked).as("the sample has values with such notes").isGreaterThan(20);
  }

  @Test
  void everyPublishedAggregateMeetsTheThresholdsAndReportedTotalsStayOutOfTheSdgFiles()
      throws IOException {
    Dataset<Row> agg = table("observations").filter("reporting_type = 'G'");
    assertThat(
            agg.filter(
                    "not reported_total and (n_countries < 3 or coverage is null or coverage < 0.5)")
                .count())
        .isZero();
    assertThat(agg.filter("reported_total and obs_status <> 'U'").count()).isZero();
    assertThat(agg.filter("reported_total and comment not like 'reported total of %'").count())
        .isZero();
    assertThat(
            agg.filter("source_detail not like 'UNODC calculation from % national response%'")
                .count())
        .isZero();
    java.util.Set<String> regions = new java.util.HashSet<>();
    for (Row r :
        agg.filter("not reported_total")
            .select("series", "ref_area", "time_period")
            .collectAsList()) {
      regions.add(r.getString(0) + "|" + r.getInt(1) + "|" + r.getInt(2));
    }
    List<String> sdmx =
        Files.readAllLines(out.resolve("exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv"));
    List<String> header = List.of(sdmx.get(0).split(","));
    int series = header.indexOf("SERIES");
    int area = header.indexOf("REF_AREA");
    int time = header.indexOf("TIME_PERIOD");
    org.sdg16.schemas.codes.M49 m49 = org.sdg16.schemas.codes.M49.standard();
    int aggregates = 0;
    for (String line : sdmx.subList(1, sdmx.size())) {
      String[] v =
          org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.RFC4180)
              .getRecords()
              .get(0)
              .values();
      int a = Integer.parseInt(v[area]);
      if (m49.area(a).isPresent()) {
        continue; // a country
      }
      String s = v[series].startsWith("VC_HTF_DETV") ? "VC_HTF_DETV" : v[series];
      assertThat(regions)
          .as("an SDMX aggregate row is a published aggregate: " + line)
          .contains(s + "|" + a + "|" + v[time]);
      aggregates++;
    }
    // VC_ARM_SZTRACE of South America (5) 2016–2023 and of Latin America and the Caribbean (419)
    // 2015–2023: the only regions whose reporting countries meet both thresholds in the sample
    assertThat(aggregates).as("aggregates in the SDMX file of the sample").isEqualTo(17);
    JsonNode m = new ObjectMapper().readTree(outcome.manifest().toFile());
    JsonNode export = null;
    for (JsonNode st : m.get("stages")) {
      if (st.get("stage").asText().equals("export")) {
        export = st.get("counts");
      }
    }
    assertThat(export).isNotNull();
    assertThat(export.get("sdmx_rows").asLong()).isEqualTo(sdmx.size() - 1);
    assertThat(export.get("sdmx_rows_left_out").asLong())
        .as("the sample passes the DSD check")
        .isZero();
  }

  @Test
  void everyObservationCarriesTheColumnsOfTheContract() {
    Dataset<Row> obs = table("observations");
    assertThat(obs.schema().fieldNames())
        .containsExactlyElementsOf(WarehouseTables.OBSERVATIONS.columnNames());
    assertThat(obs.filter("reporting_type = 'G' and (n_countries < 1)").count()).isZero();
    assertThat(obs.filter("reporting_type = 'N' and n_countries <> 1").count()).isZero();
    assertThat(obs.filter("value is null").count())
        .as("missing values are not published as rows")
        .isZero();
    assertThat(obs.filter("series like 'IFF%' and nature <> 'M'").count()).isZero();
    assertThat(obs.select("series").distinct().count())
        .as("every series of the catalogue has data in the sample")
        .isEqualTo(org.sdg16.schemas.series.SeriesCatalogue.ALL.size());
  }
}
