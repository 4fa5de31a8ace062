package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The sample batch of {@code data-samples/} end to end through ingest. Expected counts are those
 * documented, row by row, in {@code data-samples/README.md}.
 */
class SampleIngestTest extends SparkTestBase {

  @TempDir
  static Path out;

  static Pipeline.Outcome outcome;

  @BeforeAll
  static void ingestTheSample() {
    PipelineConfig c = new PipelineConfig(Fixtures.sampleInbox(), Fixtures.samplePopulation(), out,
        null, null, null, null);
    outcome = new Pipeline(c, new Progress(System.err), false).run("run", session());
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
      if (f.get("dataset").asText().equals("population")) {
        continue;
      }
      assertThat(f.get("rows_read").asLong()).as(f.get("path").asText())
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
    assertThat(table("population").count()).isEqualTo(207);
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
    assertThat(wb.getString(wb.fieldIndex("source_file"))).isEqualTo("workbooks/per_national_return_2019-2022.xlsx");
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
    for (Row r : table("returns_ccp").filter(year(col("seizure_date")).equalTo(2017))
        .groupBy("commodity", "unit").agg(sum("quantity"), count("*")).orderBy("commodity").collectAsList()) {
      got.put(r.getString(0) + "|" + r.getString(1), r.getDouble(2));
    }
    assertThat(got).isEqualTo(published);
  }

  @Test
  void theLaterMexicanCorrectionReplacesTheOriginal2022ReturnWhole() {
    Dataset<Row> mex2022 = table("returns_firearms").filter("ref_area = 484 and year = 2022");
    assertThat(mex2022.select("source_file").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("firearms/mex_2022_correction.csv");
    assertThat(mex2022.count()).isEqualTo(20);
    assertThat(mex2022.filter("measure = 'AMMUNITION'").count()).as("the correction has no AMMUNITION row").isZero();
    assertThat(outcome.ingest().superseded()).containsOnlyKeys("firearms:firearms/mex_annual_2020-2023.csv");
    assertThat(table("returns_firearms").filter("ref_area = 484 and year = 2021").count()).isPositive();
  }

  @Test
  void excelRowsArriveWithTheirSheetAndMissingValuesStayMissing() {
    Dataset<Row> per = table("returns_firearms").filter("ref_area = 604");
    assertThat(per.count()).isEqualTo(51);
    assertThat(per.select("source_sheet").distinct().first().getString(0)).isEqualTo("firearms");
    assertThat(table("returns_tip").filter("ref_area = 604").count()).isEqualTo(60);
    assertThat(table("returns_firearms_cases").filter("ref_area = 604").count()).isEqualTo(4);
    // Brazil reports no SURRENDERED: the blank cells are null, never 0
    assertThat(table("returns_firearms").filter("ref_area = 76 and measure = 'SURRENDERED'")
        .filter(col("value").isNotNull()).count()).isZero();
  }

  @Test
  void whatIsWrittenToParquetMatchesTheDeclaredSchemas() {
    for (DatasetSchema d : Datasets.INBOX) {
      StructType written = table(d.tableName()).schema();
      StructType declared = d.tableSchema();
      assertThat(written.fieldNames()).as(d.name()).containsExactly(declared.fieldNames());
      for (int i = 0; i < declared.fields().length; i++) {
        assertThat(written.fields()[i].dataType()).as(d.name() + "." + declared.fields()[i].name())
            .isEqualTo(declared.fields()[i].dataType());
      }
    }
  }

  @Test
  void theSnapshotIsPublishedBehindTheStablePath() throws IOException {
    assertThat(Files.isSymbolicLink(out.resolve("warehouse/current"))).isTrue();
    JsonNode snap = new ObjectMapper().readTree(out.resolve("warehouse/current/_snapshot.json").toFile());
    assertThat(snap.get("id").asText()).isEqualTo(outcome.snapshotId());
    assertThat(snap.get("run_id").asText()).isEqualTo(outcome.runId());
    assertThat(snap.get("tables")).extracting(JsonNode::asText).contains("returns_ccp", "quarantine", "findings");
  }
}
