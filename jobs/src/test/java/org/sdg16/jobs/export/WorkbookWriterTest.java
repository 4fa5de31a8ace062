package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

class WorkbookWriterTest {

  @TempDir Path dir;

  XSSFWorkbook wb;

  @BeforeEach
  void write() throws IOException {
    Path f =
        WorkbookWriter.write(
            dir,
            ExportSamples.observations(),
            ExportSamples.trends(),
            List.of(),
            ExportSamples.findings());
    assertThat(f).isEqualTo(dir.resolve("xlsx/sdg16_observations.xlsx"));
    try (InputStream in = Files.newInputStream(f)) {
      wb = new XSSFWorkbook(in);
    }
  }

  static List<String> header(XSSFSheet s) {
    List<String> h = new ArrayList<>();
    s.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
    return h;
  }

  /** A table's columns with the workbook's area_name after ref_area. */
  static List<String> withAreaName(List<String> columns) {
    List<String> out = new ArrayList<>(columns);
    out.add(out.indexOf("ref_area") + 1, "area_name");
    return out;
  }

  static int col(XSSFSheet s, String name) {
    return header(s).indexOf(name);
  }

  /** The first data row whose cells in the named columns hold the given numbers. */
  static Row row(XSSFSheet s, String series, double area, double year) {
    for (int i = 1; i <= s.getLastRowNum(); i++) {
      Row r = s.getRow(i);
      if (r.getCell(col(s, "series")).getStringCellValue().equals(series)
          && r.getCell(col(s, "ref_area")).getNumericCellValue() == area
          && r.getCell(col(s, "time_period")).getNumericCellValue() == year) {
        return r;
      }
    }
    throw new AssertionError("no row " + series + " " + area + " " + year);
  }

  @Test
  void aReaderFindsNamesCodesAndFindingsInTheWorkbook() {
    XSSFSheet firearms = wb.getSheet("firearms");
    Row mex = row(firearms, "VC_ARM_SZTRACE", 484, 2016);
    assertThat(mex.getCell(col(firearms, "area_name")).getStringCellValue()).isEqualTo("Mexico");
    // every finding, with its file, row and rule
    XSSFSheet f = wb.getSheet("findings");
    assertThat(f.getLastRowNum()).isEqualTo(ExportSamples.findings().size());
    assertThat(header(f)).contains("file", "row", "column", "code", "message");
    // the code list labels what the observations use
    XSSFSheet codes = wb.getSheet("codes");
    boolean mexico = false;
    for (int i = 1; i <= codes.getLastRowNum(); i++) {
      Row r = codes.getRow(i);
      if (r.getCell(0).getStringCellValue().equals("ref_area")
          && r.getCell(1).getStringCellValue().equals("484")) {
        mexico = r.getCell(2).getStringCellValue().equals("Mexico");
      }
    }
    assertThat(mexico).isTrue();
    assertThat(wb.getSheet("README").getRow(1).getCell(0).getStringCellValue())
        .isEqualTo("firearms");
  }

  @Test
  void oneSheetPerFamilyThenSeriesMetadataAndTrends() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(names)
        .containsExactly(
            "README",
            "firearms",
            "ccp",
            "tip",
            "iff",
            "series",
            "metadata",
            "trends",
            "reconciliation",
            "findings",
            "codes");
    assertThat(WorkbookWriter.sheetNames()).isEqualTo(names);
    XSSFSheet firearms = wb.getSheet("firearms");
    // the observations' columns, with the area's name after its M49 code
    List<String> expected =
        new ArrayList<>(Tables.OBSERVATIONS.stream().map(Column::name).toList());
    expected.add(expected.indexOf("ref_area") + 1, "area_name");
    assertThat(header(firearms)).isEqualTo(expected);
    assertThat(firearms.getLastRowNum()).isEqualTo(5);
    assertThat(wb.getSheet("tip").getLastRowNum()).isEqualTo(6);
    assertThat(wb.getSheet("ccp").getLastRowNum()).isEqualTo(2);
    assertThat(wb.getSheet("iff").getLastRowNum()).isEqualTo(2);
  }

  @Test
  void numbersAreNumericCellsAndMissingIsBlank() {
    XSSFSheet s = wb.getSheet("firearms");
    Row mex2016 = row(s, "VC_ARM_SZTRACE", 484, 2016);
    Cell value = mex2016.getCell(col(s, "value"));
    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(value.getNumericCellValue()).isEqualTo(22.91);
    assertThat(mex2016.getCell(col(s, "numerator")).getNumericCellValue()).isEqualTo(229.1);
    assertThat(mex2016.getCell(col(s, "ref_area")).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(mex2016.getCell(col(s, "n_countries")).getNumericCellValue()).isEqualTo(1.0);
    Cell coverage = mex2016.getCell(col(s, "coverage"));
    assertThat(coverage == null || coverage.getCellType() == CellType.BLANK).isTrue();

    Row missing = row(s, "VC_ARM_SZTRACE", 484, 2017);
    Cell v = missing.getCell(col(s, "value"));
    assertThat(v == null || v.getCellType() == CellType.BLANK)
        .as("missing value is blank, not 0")
        .isTrue();

    Row big = row(wb.getSheet("ccp"), "CCP_SEIZURES", 1, 2017);
    assertThat(big.getCell(col(wb.getSheet("ccp"), "value")).getNumericCellValue())
        .isEqualTo(215816580.0);
  }

  @Test
  void textIsEscapedButNumbersStayNumbers() {
    XSSFSheet s = wb.getSheet("firearms");
    Row mex2016 = row(s, "VC_ARM_SZTRACE", 484, 2016);
    Cell comment = mex2016.getCell(col(s, "comment"));
    assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
    assertThat(comment.getStringCellValue()).isEqualTo("'" + ExportSamples.HYPERLINK);
    Row pistol = row(s, "FA_SEIZED", 484, 2016);
    assertThat(pistol.getCell(col(s, "comment")).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
    assertThat(pistol.getCell(col(s, "source_detail")).getStringCellValue()).startsWith("'+cmd");
    Row col = row(s, "VC_ARM_SZTRACE", 170, 2017);
    assertThat(col.getCell(col(s, "comment")).getStringCellValue()).isEqualTo("-3");

    XSSFSheet t = wb.getSheet("trends");
    Row trace = t.getRow(2); // sorted: FA_SEIZED first, then VC_ARM_SZTRACE
    assertThat(trace.getCell(col(t, "series")).getStringCellValue()).isEqualTo("VC_ARM_SZTRACE");
    Cell slope = trace.getCell(col(t, "theil_sen_slope"));
    assertThat(slope.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(slope.getNumericCellValue()).isEqualTo(-12.5);
    assertThat(trace.getCell(col(t, "yoy_abs")).getNumericCellValue()).isEqualTo(-5.18);
    Row shortSeries = t.getRow(1);
    Cell cagr = shortSeries.getCell(col(t, "cagr"));
    assertThat(cagr == null || cagr.getCellType() == CellType.BLANK).isTrue();
    assertThat(shortSeries.getCell(col(t, "note")).getStringCellValue())
        .isEqualTo("insufficient_points");
    assertThat(header(t)).isEqualTo(withAreaName(WarehouseTables.TRENDS.columnNames()));
  }

  @Test
  void everySheetHasAFrozenHeaderAFilterAndFittedWidths() {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      PaneInformation pane = s.getPaneInformation();
      assertThat(pane).as(s.getSheetName()).isNotNull();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
      assertThat(s.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
      assertThat(s.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
      int n = s.getRow(0).getLastCellNum();
      for (int c = 0; c < n; c++) {
        assertThat(s.getColumnWidth(c)).isBetween(6 * 256, 64 * 256);
      }
    }
    XSSFSheet series = wb.getSheet("series");
    assertThat(series.getColumnWidth(col(series, "title"))).isGreaterThan(30 * 256);
  }

  @Test
  void textLongerThanACellHoldsIsCut() {
    String longText = "x".repeat(40_000);
    String fitted = WorkbookWriter.fit(longText);
    assertThat(fitted).hasSize(WorkbookWriter.MAX_TEXT).endsWith("is in csv/]");
    assertThat(WorkbookWriter.fit("short")).isEqualTo("short");
  }

  @Test
  void metadataSheetHasEveryFieldOfEverySeriesFilled() {
    XSSFSheet s = wb.getSheet(WorkbookWriter.METADATA);
    assertThat(header(s)).isEqualTo(WorkbookWriter.METADATA_COLUMNS);
    assertThat(s.getLastRowNum()).isEqualTo(SeriesCatalogue.ALL.size());
    for (int i = 0; i < SeriesCatalogue.ALL.size(); i++) {
      Series x = SeriesCatalogue.ALL.get(i);
      Row r = s.getRow(i + 1);
      assertThat(r.getCell(0).getStringCellValue()).isEqualTo(x.code());
      for (int c = 0; c < WorkbookWriter.METADATA_COLUMNS.size(); c++) {
        assertThat(r.getCell(c))
            .as(x.code() + " " + WorkbookWriter.METADATA_COLUMNS.get(c))
            .isNotNull();
        assertThat(r.getCell(c).getStringCellValue()).as(x.code()).isNotBlank();
      }
      assertThat(r.getCell(col(s, "definition")).getStringCellValue())
          .isEqualTo(org.sdg16.schemas.series.SeriesMetadata.of(x.code()).definition());
    }
  }

  @Test
  void seriesSheetListsEveryCatalogueEntry() {
    XSSFSheet s = wb.getSheet("series");
    assertThat(header(s)).isEqualTo(WorkbookWriter.SERIES_COLUMNS);
    assertThat(s.getLastRowNum()).isEqualTo(SeriesCatalogue.ALL.size());
    for (int i = 0; i < SeriesCatalogue.ALL.size(); i++) {
      Series x = SeriesCatalogue.ALL.get(i);
      Row r = s.getRow(i + 1);
      assertThat(r.getCell(0).getStringCellValue()).isEqualTo(x.code());
      assertThat(r.getCell(col(s, "title")).getStringCellValue()).isEqualTo(x.title());
      assertThat(r.getCell(col(s, "unit_measure")).getStringCellValue()).isEqualTo(x.unitMeasure());
      assertThat(r.getCell(col(s, "official_or_project")).getStringCellValue())
          .isEqualTo(x.official() ? "official" : "project");
      assertThat(r.getCell(col(s, "indicator")).getStringCellValue()).isEqualTo(x.indicator());
      assertThat(r.getCell(col(s, "methodology_section")).getStringCellValue())
          .isEqualTo(x.section());
      assertThat(r.getCell(col(s, "formula")).getStringCellValue()).isEqualTo(x.formula());
      assertThat(r.getCell(col(s, "nature")).getStringCellValue()).isEqualTo(x.nature());
    }
  }

  @Test
  void valuesKeepFullPrecisionButShowTheSeriesDecimals() throws IOException {
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
                "FA_SEIZED",
                484,
                2020,
                "_T",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                12000.0,
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
    Path f = WorkbookWriter.write(dir.resolve("decimals"), obs, List.of(), List.of(), List.of());
    try (InputStream in = Files.newInputStream(f);
        XSSFWorkbook w = new XSSFWorkbook(in)) {
      XSSFSheet fa = w.getSheet("firearms");
      Cell trace = row(fa, "VC_ARM_SZTRACE", 484, 2020).getCell(col(fa, "value"));
      assertThat(trace.getNumericCellValue()).isEqualTo(19.061245706262827);
      assertThat(trace.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      Cell seized = row(fa, "FA_SEIZED", 484, 2020).getCell(col(fa, "value"));
      assertThat(seized.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      XSSFSheet tip = w.getSheet("tip");
      Row total = row(tip, "VC_HTF_DETV", 5, 2020);
      assertThat(total.getCell(col(tip, "reported_total")).getStringCellValue()).isEqualTo("true");
      assertThat(total.getCell(col(tip, "obs_status")).getStringCellValue()).isEqualTo("U");
    }
  }

  /** Methodology §8: the reconciliation sheet, opened back with POI. */
  @Test
  void theReconciliationSheetHasEveryColumnOfTheTableAndMissingIsBlank() throws IOException {
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
                "published/unsd_sdg_VC_ARM_SZTRACE.csv",
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
                "published/x.csv",
                2,
                null,
                null),
            new org.sdg16.schemas.output.ReconciliationRow(
                "VC_ARM_SZTRACE",
                170,
                2017,
                "_T",
                "_T",
                "PT",
                34.0812,
                34.08,
                0.0012,
                0.05,
                "agrees",
                null,
                "A",
                "published/x.csv",
                1,
                null,
                "2018-05-02"));
    Path f =
        WorkbookWriter.write(
            dir.resolve("again"),
            ExportSamples.observations(),
            ExportSamples.trends(),
            rows,
            List.of());
    XSSFSheet s;
    try (InputStream in = Files.newInputStream(f);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      s = book.getSheet("reconciliation");
      assertThat(header(s)).isEqualTo(withAreaName(WarehouseTables.RECONCILIATION.columnNames()));
      assertThat(s.getLastRowNum()).isEqualTo(3);
      // rows in series, area, year order: 170, 404, 484
      assertThat(s.getRow(1).getCell(col(s, "ref_area")).getNumericCellValue()).isEqualTo(170);
      Row mexico = row(s, "VC_ARM_SZTRACE", 484, 2019);
      assertThat(mexico.getCell(col(s, "computed")).getNumericCellValue())
          .isEqualTo(29.691054524106555);
      assertThat(mexico.getCell(col(s, "published")).getNumericCellValue()).isEqualTo(28.32);
      assertThat(mexico.getCell(col(s, "difference")).getNumericCellValue())
          .isEqualTo(1.3710545241065546);
      assertThat(mexico.getCell(col(s, "tolerance")).getNumericCellValue()).isEqualTo(0.05);
      assertThat(mexico.getCell(col(s, "status")).getStringCellValue()).isEqualTo("differs");
      assertThat(mexico.getCell(col(s, "reason")).getStringCellValue()).isEqualTo("none found");
      assertThat(mexico.getCell(col(s, "published_update")).getStringCellValue())
          .isEqualTo("2025-03-31");
      Row kenya = row(s, "VC_ARM_SZTRACE", 404, 2018);
      assertThat(kenya.getCell(col(s, "computed"))).as("missing is blank, not 0").isNull();
      assertThat(kenya.getCell(col(s, "difference"))).isNull();
      assertThat(kenya.getCell(col(s, "reason")).getStringCellValue())
          .isEqualTo("a quarantined row");
    }
    // without the table the sheet is there, with its header only
    assertThat(wb.getSheet("reconciliation").getLastRowNum()).isZero();
  }
}
