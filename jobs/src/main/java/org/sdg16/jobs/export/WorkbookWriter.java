package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sdg16.schemas.csv.Escaping;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.series.SeriesMetadata;

/**
 * The analyst workbook of contract §4.4, {@code exports/xlsx/sdg16_observations.xlsx}:
 *
 * <ul>
 *   <li>one sheet per series family of the catalogue ({@code firearms}, {@code ccp}, {@code tip},
 *       {@code iff}) with every column of the {@code observations} table;
 *   <li>{@code series}: every catalogue entry with its code, title, unit, official or project
 *       status, SDG indicator, methodology section, formula, NATURE, family and how aggregates pool
 *       it;
 *   <li>{@code metadata}: the SDG metadata of every series ({@link SeriesMetadata}, contract §4.4):
 *       definition and concepts, unit, method of computation, disaggregation, treatment of missing
 *       values, regional aggregation, data sources and collection, custodian agency, comparability
 *       with international standards, last update and reference;
 *   <li>{@code trends}: every column of the {@code trends} table;
 *   <li>{@code reconciliation}: every column of the {@code reconciliation} table (methodology §8):
 *       each published value beside the computed one, the difference, the tolerance and the likely
 *       reason of a difference.
 * </ul>
 *
 * Numbers are numeric cells (whole numbers such as years and M49 codes formatted without
 * separators), a missing number is a blank cell, never 0. The {@code value} of an observation keeps
 * full precision in its cell and is shown with the decimals of its series ({@link
 * Series#decimals()}: {@code #,##0.00} for percentages, rates and ratios, {@code #,##0} for
 * counts), as SDMX and Open SDG publish it. Reported totals (methodology §5) stay in the family
 * sheets, marked by their {@code reported_total} column ({@code true}) and their {@code obs_status
 * U}; text cells are escaped against formula injection exactly as in the CSV exports ({@link
 * Escaping}). Every sheet has its header row frozen, an auto-filter over its rows and column widths
 * fitted to its content (capped). Written with POI's streaming SXSSF, so a large table needs little
 * memory.
 */
public final class WorkbookWriter {

  /** Columns of the {@code series} sheet. */
  public static final List<String> SERIES_COLUMNS =
      List.of(
          "series",
          "title",
          "unit_measure",
          "official_or_project",
          "indicator",
          "methodology_section",
          "formula",
          "nature",
          "family",
          "aggregation");

  /** Rows kept in memory per sheet while streaming. */
  private static final int WINDOW = 500;

  private static final int MAX_WIDTH = 60;

  /** Excel's limit on the text of one cell. */
  static final int MAX_TEXT = 32_767;

  private static final String CUT = "… [cut: the full text is in csv/]";

  private WorkbookWriter() {}

  /** The families of the catalogue, in catalogue order: one sheet each. */
  public static List<String> families() {
    return SeriesCatalogue.ALL.stream().map(Series::family).distinct().toList();
  }

  public static Path file(Path exportsDir) {
    return exportsDir.resolve("xlsx").resolve("sdg16_observations.xlsx");
  }

  /** Writes the workbook; returns the file. */
  public static Path write(Path exportsDir, List<Observation> observations, List<TrendRow> trends) {
    return write(exportsDir, observations, trends, List.of());
  }

  /** Writes the workbook with its {@code reconciliation} sheet; returns the file. */
  public static Path write(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<ReconciliationRow> reconciliation) {
    return Outputs.write(file(exportsDir), out -> write(out, observations, trends, reconciliation));
  }

  /** Writes the workbook to a stream (left open). */
  public static void write(OutputStream out, List<Observation> observations, List<TrendRow> trends)
      throws IOException {
    write(out, observations, trends, List.of());
  }

  /** Writes the workbook with its {@code reconciliation} sheet to a stream (left open). */
  public static void write(
      OutputStream out,
      List<Observation> observations,
      List<TrendRow> trends,
      List<ReconciliationRow> reconciliation)
      throws IOException {
    Map<String, List<Observation>> byFamily = new LinkedHashMap<>();
    for (String f : families()) {
      byFamily.put(f, new ArrayList<>());
    }
    for (Observation o : Tables.sorted(observations, Tables.OBSERVATION_ORDER)) {
      Series s =
          SeriesCatalogue.byCode(o.series())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "series " + o.series() + " is not in the catalogue"));
      byFamily.get(s.family()).add(o);
    }
    SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    wb.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(wb);
      for (Map.Entry<String, List<Observation>> e : byFamily.entrySet()) {
        table(
            wb,
            styles,
            e.getKey(),
            Tables.OBSERVATIONS,
            e.getValue(),
            o -> SeriesCatalogue.byCode(o.series()).orElseThrow().decimals());
      }
      table(wb, styles, "series", seriesColumns(), SeriesCatalogue.ALL, null);
      table(wb, styles, METADATA, metadataColumns(), SeriesMetadata.all(), null);
      table(
          wb,
          styles,
          WarehouseTables.TRENDS.name(),
          Tables.TRENDS,
          Tables.sorted(trends, Tables.TREND_ORDER),
          null);
      table(
          wb,
          styles,
          WarehouseTables.RECONCILIATION.name(),
          Tables.RECONCILIATION,
          Tables.sorted(reconciliation, Tables.RECONCILIATION_ORDER),
          null);
      wb.write(out);
    } finally {
      wb.close();
      wb.dispose();
    }
  }

  private static List<Column<Series>> seriesColumns() {
    List<Column<Series>> c = new ArrayList<>();
    c.add(new Column<>("series", Column.Kind.TEXT, Series::code));
    c.add(new Column<>("title", Column.Kind.TEXT, Series::title));
    c.add(new Column<>("unit_measure", Column.Kind.TEXT, Series::unitMeasure));
    c.add(
        new Column<>(
            "official_or_project", Column.Kind.TEXT, s -> s.official() ? "official" : "project"));
    c.add(new Column<>("indicator", Column.Kind.TEXT, Series::indicator));
    c.add(new Column<>("methodology_section", Column.Kind.TEXT, Series::section));
    c.add(new Column<>("formula", Column.Kind.TEXT, Series::formula));
    c.add(new Column<>("nature", Column.Kind.TEXT, Series::nature));
    c.add(new Column<>("family", Column.Kind.TEXT, Series::family));
    c.add(new Column<>("aggregation", Column.Kind.TEXT, s -> s.kind().name()));
    return c;
  }

  /** The name of the sheet of the series metadata. */
  public static final String METADATA = "metadata";

  /** Columns of the {@code metadata} sheet: the series, then every field of its metadata. */
  public static final List<String> METADATA_COLUMNS =
      List.of(
          "series",
          "official_or_project",
          "definition",
          "unit",
          "computation",
          "disaggregation",
          "missing_values",
          "regional_aggregation",
          "sources",
          "custodian",
          "comparability",
          "last_update",
          "reference");

  private static List<Column<SeriesMetadata>> metadataColumns() {
    List<java.util.function.Function<SeriesMetadata, Object>> get =
        List.of(
            SeriesMetadata::series,
            m ->
                SeriesCatalogue.byCode(m.series()).orElseThrow().official()
                    ? "official"
                    : "project",
            SeriesMetadata::definition,
            SeriesMetadata::unit,
            SeriesMetadata::computation,
            SeriesMetadata::disaggregation,
            SeriesMetadata::missingValues,
            SeriesMetadata::regionalAggregation,
            SeriesMetadata::sources,
            SeriesMetadata::custodian,
            SeriesMetadata::comparability,
            SeriesMetadata::lastUpdate,
            SeriesMetadata::reference);
    List<Column<SeriesMetadata>> c = new ArrayList<>();
    for (int i = 0; i < METADATA_COLUMNS.size(); i++) {
      c.add(new Column<>(METADATA_COLUMNS.get(i), Column.Kind.TEXT, get.get(i)));
    }
    return c;
  }

  /** Cell styles, made once per workbook. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle integer;
    private final SXSSFWorkbook wb;
    private final Map<Integer, CellStyle> decimals = new java.util.HashMap<>();

    Styles(SXSSFWorkbook wb) {
      this.wb = wb;
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      integer = wb.createCellStyle();
      integer.setDataFormat(wb.createDataFormat().getFormat("0"));
    }

    /**
     * A number shown with thousands separators and {@code n} decimals: {@code #,##0}, {@code
     * #,##0.00}.
     */
    CellStyle decimals(int n) {
      return decimals.computeIfAbsent(
          n,
          k -> {
            CellStyle c = wb.createCellStyle();
            c.setDataFormat(wb.createDataFormat().getFormat(format(k)));
            return c;
          });
    }
  }

  /** The Excel number format of a value with {@code n} decimals. */
  static String format(int n) {
    return n == 0 ? "#,##0" : "#,##0." + "0".repeat(n);
  }

  /**
   * One sheet; {@code valueDecimals}, when given, is the number of decimals the {@code value}
   * column shows for a row.
   */
  private static <R> void table(
      SXSSFWorkbook wb,
      Styles styles,
      String name,
      List<Column<R>> columns,
      List<R> rows,
      java.util.function.ToIntFunction<R> valueDecimals) {
    SXSSFSheet sheet = wb.createSheet(name);
    int[] widths = new int[columns.size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(columns.get(c).name());
      cell.setCellStyle(styles.header);
      widths[c] = columns.get(c).name().length();
    }
    int r = 1;
    for (R row : rows) {
      Row x = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Column<R> col = columns.get(c);
        Object v = col.get(row);
        if (v == null) {
          continue; // blank cell: missing is not 0
        }
        Cell cell = x.createCell(c);
        String shown;
        switch (col.kind()) {
          case INTEGER -> {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(styles.integer);
            shown = v.toString();
          }
          case NUMBER -> {
            double d = (Double) v;
            if (Double.isNaN(d) || Double.isInfinite(d)) {
              x.removeCell(cell); // not a number Excel can hold: left blank
              continue;
            }
            cell.setCellValue(d);
            if (valueDecimals != null && col.name().equals("value")) {
              int n = valueDecimals.applyAsInt(row);
              cell.setCellStyle(styles.decimals(n));
              shown = String.format(java.util.Locale.ROOT, "%,." + n + "f", d);
            } else {
              shown = Numbers.plain(d);
            }
          }
          default -> {
            shown = fit(Escaping.text(v.toString()));
            cell.setCellValue(shown);
          }
        }
        widths[c] = Math.max(widths[c], Math.min(shown.length(), MAX_WIDTH));
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(widths[c] + 3, MAX_WIDTH + 3) * 256);
    }
  }

  /** A text Excel can hold: longer text is cut, with a note (the CSV tables keep it whole). */
  static String fit(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - CUT.length()) + CUT;
  }

  /** The sheet names, in workbook order. */
  public static List<String> sheetNames() {
    List<String> n = new ArrayList<>(families());
    n.add("series");
    n.add(METADATA);
    n.add(WarehouseTables.TRENDS.name());
    n.add(WarehouseTables.RECONCILIATION.name());
    return n;
  }
}
