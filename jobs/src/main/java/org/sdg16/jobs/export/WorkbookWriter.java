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
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.csv.Escaping;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.FindingRecord;
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
 *   <li>{@code README}: what each sheet holds and how to read it;
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
 *       reason of a difference;
 *   <li>{@code findings}: every finding of the run, with its file, sheet, row, column and rule;
 *   <li>{@code codes}: the label of every area, breakdown code and unit the observations use.
 * </ul>
 *
 * The observation, trend and reconciliation sheets have {@code area_name}, the M49 name, after
 * {@code ref_area}.
 *
 * <p>Numbers are numeric cells (whole numbers such as years and M49 codes formatted without
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
  public static Path write(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<ReconciliationRow> reconciliation,
      List<FindingRecord> findings) {
    return Outputs.write(
        file(exportsDir), out -> write(out, observations, trends, reconciliation, findings));
  }

  /** Writes the workbook to a stream (left open). */
  public static void write(
      OutputStream out,
      List<Observation> observations,
      List<TrendRow> trends,
      List<ReconciliationRow> reconciliation,
      List<FindingRecord> findings)
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
      table(wb, styles, README, README_COLUMNS, readme(), null);
      List<Column<Observation>> obsColumns =
          withAreaName(Tables.OBSERVATIONS, Observation::refArea);
      for (Map.Entry<String, List<Observation>> e : byFamily.entrySet()) {
        table(
            wb,
            styles,
            e.getKey(),
            obsColumns,
            e.getValue(),
            o -> SeriesCatalogue.byCode(o.series()).orElseThrow().decimals());
      }
      table(wb, styles, "series", seriesColumns(), SeriesCatalogue.ALL, null);
      table(wb, styles, METADATA, metadataColumns(), SeriesMetadata.all(), null);
      table(
          wb,
          styles,
          WarehouseTables.TRENDS.name(),
          withAreaName(Tables.TRENDS, TrendRow::refArea),
          Tables.sorted(trends, Tables.TREND_ORDER),
          null);
      table(
          wb,
          styles,
          WarehouseTables.RECONCILIATION.name(),
          withAreaName(Tables.RECONCILIATION, ReconciliationRow::refArea),
          Tables.sorted(reconciliation, Tables.RECONCILIATION_ORDER),
          null);
      table(
          wb,
          styles,
          WarehouseTables.FINDINGS.name(),
          FINDING_COLUMNS,
          Tables.sorted(findings, Tables.FINDING_ORDER),
          null);
      table(wb, styles, CODES, CODE_COLUMNS, codes(observations), null);
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
    List<String> n = new ArrayList<>(List.of(README));
    n.addAll(families());
    n.add("series");
    n.add(METADATA);
    n.add(WarehouseTables.TRENDS.name());
    n.add(WarehouseTables.RECONCILIATION.name());
    n.add(WarehouseTables.FINDINGS.name());
    n.add(CODES);
    return n;
  }

  /** The first sheet: what each sheet holds and how to read it. */
  public static final String README = "README";

  /** The code list: every code the observations use, with its label. */
  public static final String CODES = "codes";

  private record Line(String sheet, String holds) {}

  private static final List<Column<Line>> README_COLUMNS =
      List.of(
          new Column<>("sheet", Column.Kind.TEXT, Line::sheet),
          new Column<>("what it holds", Column.Kind.TEXT, Line::holds));

  private static List<Line> readme() {
    List<Line> out = new ArrayList<>();
    for (String f : families()) {
      out.add(
          new Line(
              f,
              "the observations of the "
                  + f
                  + " series (contract §4.2): one row per series, area, year and breakdown; "
                  + "area_name is the M49 name of ref_area"));
    }
    out.add(new Line("series", "every series: code, title, unit, status, formula, aggregation"));
    out.add(new Line(METADATA, "the SDG metadata of every series"));
    out.add(new Line("trends", "trend statistics and progress methods (methodology §6)"));
    out.add(
        new Line("reconciliation", "published values beside the computed ones (methodology §8)"));
    out.add(
        new Line(
            "findings",
            "every validation finding: file, sheet, row, column, rule, severity, message"));
    out.add(new Line(CODES, "the label of every code the observations use"));
    out.add(
        new Line(
            "how to read",
            "a blank cell is missing, never zero; values keep full precision and show the "
                + "series' published decimals; obs_status E, P, U mark estimated, provisional and "
                + "low-reliability values; reported_total true marks a sum of reporting countries "
                + "that is not a regional estimate"));
    return out;
  }

  private record Code(String dimension, String code, String label) {}

  private static final List<Column<Code>> CODE_COLUMNS =
      List.of(
          new Column<>("dimension", Column.Kind.TEXT, Code::dimension),
          new Column<>("code", Column.Kind.TEXT, Code::code),
          new Column<>("label", Column.Kind.TEXT, Code::label));

  /** Every area, dimension code and unit the observations use, with its label, sorted. */
  private static List<Code> codes(List<Observation> observations) {
    java.util.TreeSet<Integer> areas = new java.util.TreeSet<>();
    Map<String, java.util.TreeSet<String>> dims = new LinkedHashMap<>();
    Observation.DIMENSIONS.forEach(d -> dims.put(d, new java.util.TreeSet<>()));
    dims.put("unit_measure", new java.util.TreeSet<>());
    for (Observation o : observations) {
      areas.add(o.refArea());
      String[] d = o.dimensions();
      for (int i = 0; i < d.length; i++) {
        if (i != 6) { // routes are pairs of areas, named in the ref_area codes
          dims.get(Observation.DIMENSIONS.get(i)).add(d[i]);
        }
      }
      dims.get("unit_measure").add(o.unitMeasure());
    }
    List<Code> out = new ArrayList<>();
    for (int a : areas) {
      out.add(new Code("ref_area", Integer.toString(a), M49.standard().nameOf(a)));
    }
    dims.forEach(
        (dim, codes) -> {
          for (String c : codes) {
            out.add(
                new Code(
                    dim,
                    c,
                    dim.equals("unit_measure")
                        ? CodeLabels.unit(c)
                        : Observation.TOTAL.equals(c) ? "Total" : CodeLabels.label(dim, c)));
          }
        });
    return out;
  }

  private static final List<Column<FindingRecord>> FINDING_COLUMNS =
      List.of(
          new Column<>("dataset", Column.Kind.TEXT, FindingRecord::dataset),
          new Column<>("file", Column.Kind.TEXT, FindingRecord::file),
          new Column<>("sheet", Column.Kind.TEXT, FindingRecord::sheet),
          new Column<>("row", Column.Kind.INTEGER, FindingRecord::row),
          new Column<>("column", Column.Kind.TEXT, FindingRecord::column),
          new Column<>("code", Column.Kind.TEXT, FindingRecord::code),
          new Column<>("severity", Column.Kind.TEXT, FindingRecord::severity),
          new Column<>("message", Column.Kind.TEXT, FindingRecord::message));

  /** {@code columns} with {@code area_name} (the M49 name) after {@code ref_area}. */
  static <R> List<Column<R>> withAreaName(
      List<Column<R>> columns, java.util.function.ToIntFunction<R> area) {
    List<Column<R>> out = new ArrayList<>();
    for (Column<R> c : columns) {
      out.add(c);
      if (c.name().equals("ref_area")) {
        out.add(
            new Column<>(
                "area_name", Column.Kind.TEXT, r -> M49.standard().nameOf(area.applyAsInt(r))));
      }
    }
    return List.copyOf(out);
  }
}
