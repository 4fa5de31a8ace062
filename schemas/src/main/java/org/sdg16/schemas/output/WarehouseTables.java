package org.sdg16.schemas.output;

import static org.sdg16.schemas.table.Column.notNull;
import static org.sdg16.schemas.table.Column.nullable;
import static org.sdg16.schemas.table.ColumnType.BOOLEAN;
import static org.sdg16.schemas.table.ColumnType.DOUBLE;
import static org.sdg16.schemas.table.ColumnType.INT;
import static org.sdg16.schemas.table.ColumnType.LONG;
import static org.sdg16.schemas.table.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.table.Table;

/**
 * Every table of a warehouse snapshot (contract §4.1), declared once: its name and its columns in
 * order, with the project's own types ({@link ColumnType}). The tables of accepted rows ({@code
 * returns_*}, {@code published}, {@code population}) are those of their datasets ({@link
 * DatasetSchema#table()}); the others are declared here. Writers, readers and the Spark edge of the
 * jobs module take names and columns from here, never from a literal of their own.
 */
public final class WarehouseTables {

  private WarehouseTables() {}

  /** The raw cells of a row by column name, as read. */
  private static final ColumnType RAW = ColumnType.mapOf(TEXT, TEXT, true);

  // ---- tables of the ingest stage (contract §2, §4.1)

  /** {@code returns_firearms}, …: the accepted rows of the inbox datasets, in their order. */
  public static final List<Table> RETURNS =
      Datasets.INBOX.stream().map(DatasetSchema::table).toList();

  /** The population base of methodology §5 (contract §1.7). */
  public static final Table POPULATION = Datasets.POPULATION.table();

  /** The accepted rows of {@code published/} (contract §1.6). */
  public static final Table PUBLISHED = Datasets.PUBLISHED.table();

  /**
   * One row per quarantined row or rejected file, with its raw cells and findings (contract §2).
   */
  public static final Table QUARANTINE =
      new Table(
          "quarantine",
          List.of(
              notNull("dataset", TEXT),
              notNull("source_file", TEXT),
              nullable("source_sheet", TEXT),
              nullable("source_row", INT),
              notNull("raw", RAW),
              notNull(
                  "findings",
                  ColumnType.listOf(
                      ColumnType.structOf(
                          notNull("code", TEXT),
                          notNull("severity", TEXT),
                          nullable("column", TEXT),
                          notNull("message", TEXT)),
                      false)),
              notNull("ingest_run", TEXT)));

  /** Every finding of the run; {@code raw} only for quarantined rows (contract §2). */
  public static final Table FINDINGS =
      new Table(
          "findings",
          List.of(
              notNull("dataset", TEXT),
              notNull("source_file", TEXT),
              nullable("source_sheet", TEXT),
              nullable("row", INT),
              nullable("column", TEXT),
              notNull("code", TEXT),
              notNull("severity", TEXT),
              notNull("message", TEXT),
              nullable("raw", RAW),
              notNull("ingest_run", TEXT)));

  // ---- tables of the compute stage (contract §4.1, §4.2; methodology §6)

  /**
   * The dimension columns of {@link Observation#DIMENSIONS}: {@code _T} where one does not apply,
   * never null.
   */
  private static final List<Column> DIMENSIONS =
      Observation.DIMENSIONS.stream().map(d -> notNull(d, TEXT)).toList();

  /** Every computed value, long format (contract §4.2). */
  public static final Table OBSERVATIONS =
      Table.of(
          "observations",
          List.of(notNull("series", TEXT), notNull("ref_area", INT), notNull("time_period", INT)),
          DIMENSIONS,
          List.of(
              notNull("unit_measure", TEXT),
              nullable("value", DOUBLE),
              nullable("numerator", DOUBLE),
              nullable("denominator", DOUBLE),
              nullable("obs_status", TEXT),
              nullable("nature", TEXT),
              notNull("reporting_type", TEXT),
              notNull("n_countries", INT),
              nullable("coverage", DOUBLE),
              nullable("comment", TEXT),
              nullable("source_detail", TEXT),
              nullable("reported_total", BOOLEAN)));

  /** Port seizures summed by port, area, year, commodity and unit: the report's port tables. */
  public static final Table PORT_TOTALS =
      new Table(
          "port_totals",
          List.of(
              notNull("port", TEXT),
              notNull("ref_area", INT),
              notNull("year", INT),
              notNull("commodity", TEXT),
              notNull("unit", TEXT),
              notNull("quantity", DOUBLE),
              notNull("seizures", LONG)));

  /**
   * The key of one trend series: series, area, every dimension, unit and reporting type, as in
   * {@link #OBSERVATIONS}; never null.
   */
  public static final List<Column> TREND_KEY =
      concat(
          List.of(notNull("series", TEXT), notNull("ref_area", INT)),
          DIMENSIONS,
          List.of(notNull("unit_measure", TEXT), notNull("reporting_type", TEXT)));

  /** The years the trend rests on: how many points, the first and last (null without points). */
  public static final List<Column> TREND_POINTS =
      List.of(notNull("n_points", INT), nullable("first_year", INT), nullable("last_year", INT));

  /**
   * The estimates of methodology §6; each is null when it could not be computed ({@code note} says
   * why).
   */
  public static final List<Column> TREND_ESTIMATES =
      doubles(
          "cagr",
          "loglinear_rate",
          "loglinear_rate_lo",
          "loglinear_rate_hi",
          "theil_sen_slope",
          "theil_sen_lo",
          "theil_sen_hi",
          "theil_sen_intercept",
          "mk_s",
          "mk_tau",
          "mk_var",
          "mk_p");

  /** The reading of the estimates: direction, change over the last year, progress, note. */
  public static final List<Column> TREND_READING =
      List.of(
          nullable("direction", TEXT),
          nullable("yoy_abs", DOUBLE),
          nullable("yoy_pct", DOUBLE),
          nullable("progress", TEXT),
          nullable("note", TEXT));

  /** The progress methods' column groups, in order (methodology §6.2). */
  public static final List<String> PROGRESS_GROUPS =
      java.util.Arrays.stream(TrendRow.Method.values()).map(TrendRow.Method::column).toList();

  /**
   * The unit text of the Theil–Sen slope, then one group per progress method (methodology §6.2):
   * the classified value, its unit text, the category, its symbol, the years used ("2015–2022");
   * then the combined sentence of methodology §6.3. A method that is not configured is null.
   */
  public static final List<Column> TREND_PROGRESS = progressColumns();

  /** One row per series × area × disaggregation (methodology §6): {@link TrendRow}. */
  public static final Table TRENDS =
      Table.of("trends", TREND_KEY, TREND_POINTS, TREND_ESTIMATES, TREND_READING, TREND_PROGRESS);

  private static List<Column> progressColumns() {
    List<Column> out = new ArrayList<>();
    out.add(nullable("slope_unit", TEXT));
    for (String g : PROGRESS_GROUPS) {
      out.add(nullable(g + "_value", DOUBLE));
      for (String c : List.of("unit", "category", "symbol", "years")) {
        out.add(nullable(g + "_" + c, TEXT));
      }
    }
    out.add(nullable("progress_sentence", TEXT));
    return List.copyOf(out);
  }

  /**
   * Every published value beside the computed national value of the same key, with the difference,
   * the tolerance and the likely reason of a difference (methodology §8): {@link
   * ReconciliationRow}.
   */
  public static final Table RECONCILIATION =
      new Table(
          "reconciliation",
          List.of(
              notNull("series", TEXT),
              notNull("ref_area", INT),
              notNull("time_period", INT),
              notNull("sex", TEXT),
              notNull("age", TEXT),
              nullable("unit_measure", TEXT),
              nullable("computed", DOUBLE),
              notNull("published", DOUBLE),
              nullable("difference", DOUBLE),
              notNull("tolerance", DOUBLE),
              notNull("status", TEXT),
              nullable("reason", TEXT),
              nullable("obs_status", TEXT),
              nullable("published_file", TEXT),
              nullable("published_row", INT),
              nullable("published_update", TEXT),
              nullable("received", TEXT)));

  // ---- by stage

  /** The tables the ingest stage writes. */
  public static final List<Table> INGEST =
      concat(RETURNS, List.of(POPULATION, PUBLISHED, QUARANTINE, FINDINGS));

  /**
   * The tables the compute stage writes (trends and the reconciliation included); it also adds its
   * {@code PUBLISHED_DIFFERS} findings to the ingest's {@code findings} table.
   */
  public static final List<Table> COMPUTE =
      List.of(OBSERVATIONS, PORT_TOTALS, TRENDS, RECONCILIATION);

  /** Every table of a snapshot. */
  public static final List<Table> ALL = concat(INGEST, COMPUTE);

  /** The names of some tables, in order. */
  public static List<String> names(List<Table> tables) {
    return tables.stream().map(Table::name).toList();
  }

  private static List<Column> doubles(String... names) {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      out.add(nullable(n, DOUBLE));
    }
    return List.copyOf(out);
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T>... parts) {
    List<T> out = new ArrayList<>();
    for (List<? extends T> p : parts) {
      out.addAll(p);
    }
    return List.copyOf(out);
  }
}
