package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.WarehouseTables;

class CsvExportWriterTest {

  interface Body {
    void write(ByteArrayOutputStream out) throws IOException;
  }

  static String text(Body b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.write(out);
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

  static CSVRecord find(List<CSVRecord> rows, String series, String area, String year) {
    return rows.stream()
        .filter(
            r ->
                r.get("series").equals(series)
                    && r.get("ref_area").equals(area)
                    && r.get("time_period").equals(year))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void observationColumnsAreThoseOfTheWarehouseTable() throws IOException {
    assertThat(Tables.OBSERVATIONS.stream().map(Column::name).toList())
        .isEqualTo(WarehouseTables.OBSERVATIONS.columnNames());
    String csv = text(out -> CsvExportWriter.writeObservations(out, ExportSamples.observations()));
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", WarehouseTables.OBSERVATIONS.columnNames()));
    assertThat(csv).doesNotContain("\r").endsWith("\n");
  }

  @Test
  void observationsHavePlainNumbersEmptyMissingAndEscapedText() throws IOException {
    List<CSVRecord> rows =
        records(text(out -> CsvExportWriter.writeObservations(out, ExportSamples.observations())));
    assertThat(rows).hasSize(ExportSamples.observations().size());
    CSVRecord mex2016 = find(rows, "VC_ARM_SZTRACE", "484", "2016");
    assertThat(mex2016.get("value")).isEqualTo("22.91");
    assertThat(mex2016.get("numerator")).isEqualTo("229.1");
    assertThat(mex2016.get("denominator")).isEqualTo("1000");
    assertThat(mex2016.get("coverage")).isEmpty();
    assertThat(mex2016.get("comment")).isEqualTo("'" + ExportSamples.HYPERLINK);
    assertThat(find(rows, "VC_ARM_SZTRACE", "484", "2017").get("value"))
        .as("missing, not 0")
        .isEmpty();
    assertThat(find(rows, "VC_ARM_SZTRACE", "170", "2017").get("comment")).isEqualTo("-3");
    assertThat(find(rows, "VC_ARM_SZTRACE", "170", "2017").get("source_detail"))
        .isEqualTo("Côte d’Ivoire desk, \"IAFQ\"");
    assertThat(find(rows, "VC_ARM_SZTRACE", "1", "2017").get("coverage")).isEqualTo("0.62");
    assertThat(find(rows, "CCP_SEIZURES", "1", "2017").get("value")).isEqualTo("215816580");
    CSVRecord pistol = find(rows, "FA_SEIZED", "484", "2016");
    assertThat(pistol.get("arm_type")).isEqualTo("PISTOL");
    assertThat(pistol.get("comment")).isEqualTo("'@SUM(A1:A9)");
    assertThat(pistol.get("source_detail")).isEqualTo("'+cmd|' /C calc'!A0");
  }

  @Test
  void trendsKeepNegativeNumbersAsNumbers() throws IOException {
    String csv = text(out -> CsvExportWriter.writeTrends(out, ExportSamples.trends()));
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", WarehouseTables.TRENDS.columnNames()));
    List<CSVRecord> rows = records(csv);
    assertThat(rows.get(0).get("series")).isEqualTo("FA_SEIZED");
    assertThat(rows.get(0).get("cagr")).isEmpty();
    assertThat(rows.get(0).get("note")).isEqualTo("insufficient_points");
    CSVRecord t = rows.get(1);
    assertThat(t.get("theil_sen_slope")).isEqualTo("-12.5");
    assertThat(t.get("loglinear_rate_lo")).isEqualTo("-0.031");
    assertThat(t.get("yoy_abs")).isEqualTo("-5.18");
    assertThat(t.get("n_points")).isEqualTo("6");
    assertThat(t.get("progress")).isEmpty();
  }

  @Test
  void findingsCarryTheirPlaceAndRawValuesAsJson() throws IOException {
    List<CSVRecord> rows =
        records(text(out -> CsvExportWriter.writeFindings(out, ExportSamples.findings())));
    assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(Tables.FINDINGS_COLUMNS);
    assertThat(rows)
        .extracting(r -> r.get("code"))
        .containsExactly("UNKNOWN_COLUMN", "BAD_NUMBER", "UNKNOWN_SHEET");
    CSVRecord fileLevel = rows.get(0);
    assertThat(fileLevel.get("row")).isEmpty();
    assertThat(fileLevel.get("raw")).isEmpty();
    assertThat(fileLevel.get("message")).isEqualTo("'-unknown column(s) 'valeur'");
    CSVRecord bad = rows.get(1);
    assertThat(bad.get("dataset")).isEqualTo("firearms");
    assertThat(bad.get("file")).isEqualTo("firearms/mex.csv");
    assertThat(bad.get("row")).isEqualTo("3");
    assertThat(bad.get("column")).isEqualTo("value");
    assertThat(bad.get("severity")).isEqualTo("ERROR");
    @SuppressWarnings("unchecked")
    Map<String, String> raw = new ObjectMapper().readValue(bad.get("raw"), Map.class);
    assertThat(raw)
        .containsExactly(
            Map.entry("ref_area", "MEX"),
            Map.entry("year", "2020"),
            Map.entry("value", "=1+2"),
            Map.entry("comment", "-3"));
    assertThat(bad.get("raw")).startsWith("{");
    assertThat(rows.get(2).get("sheet")).isEqualTo("'=Sheet1");
  }

  @Test
  void outputDoesNotDependOnInputOrder() throws IOException {
    String a = text(out -> CsvExportWriter.writeObservations(out, ExportSamples.observations()));
    String b =
        text(
            out ->
                CsvExportWriter.writeObservations(
                    out, ExportSamples.shuffled(ExportSamples.observations(), 3)));
    assertThat(b).isEqualTo(a);
  }
}
