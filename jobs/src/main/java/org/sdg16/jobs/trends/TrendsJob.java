package org.sdg16.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.sdg16.jobs.methods.indicators.Aggregates;
import org.sdg16.jobs.methods.trends.AnnualChange;
import org.sdg16.jobs.methods.trends.DesiredDirection;
import org.sdg16.jobs.methods.trends.MethodResult;
import org.sdg16.jobs.methods.trends.ProgressMethod;
import org.sdg16.jobs.methods.trends.ProgressMethods;
import org.sdg16.jobs.methods.trends.ProgressSpec;
import org.sdg16.jobs.methods.trends.TrendAnalysis;
import org.sdg16.jobs.methods.trends.TrendPoint;
import org.sdg16.jobs.methods.trends.TrendStats;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.config.ProgressConfig;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The trends stage (methodology §6): Spark groups the national observations into series (one per
 * series × area × disaggregation × unit), and each series goes through the plain-Java estimators.
 * Cost grows linearly with the number of series. The trends of aggregates are those of their
 * constant panels (methodology §5, {@link Aggregates#panels}): the countries that report in every
 * year the aggregate is published; a panel that fails a threshold gives no trend, note {@value
 * Aggregates#CHANGING_PANEL}. Reported totals have no trend.
 */
public final class TrendsJob {

  /** Key columns of a series in the observations table ({@link WarehouseTables#TREND_KEY}). */
  static final List<String> KEY = WarehouseTables.TREND_KEY.stream().map(c -> c.name()).toList();

  private final SparkSession spark;

  public TrendsJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Desired direction, target, base year and progress methods of a series, as plain values that
   * travel to the executors.
   */
  record Settings(
      String desired, Double target, Integer targetYear, int baseYear, List<String> methods)
      implements Serializable {
    Settings(String desired, Double target, Integer targetYear, int baseYear) {
      this(desired, target, targetYear, baseYear, ProgressConfig.METHODS);
    }

    /** The settings of a series from the config (methodology §6.2, contract §3). */
    static Settings of(PipelineConfig config, PipelineConfig.SeriesSettings s) {
      ProgressConfig p = s.progress().over(config.progress());
      int base = p.baseYear() == null ? config.trends().baseYear() : p.baseYear();
      Integer year =
          s.target() == null
              ? null
              : s.targetYear() != null ? s.targetYear() : p.targetYearOrDefault();
      return new Settings(s.desired(), s.target(), year, base, p.methodsOrAll());
    }

    Set<ProgressMethod> methodSet() {
      Set<ProgressMethod> m = EnumSet.noneOf(ProgressMethod.class);
      for (String c : methods) {
        m.add(ProgressMethod.of(c));
      }
      return m;
    }

    ProgressSpec spec() {
      DesiredDirection d =
          desired.equals("increase") ? DesiredDirection.INCREASE : DesiredDirection.DECREASE;
      ProgressSpec s =
          target == null ? ProgressSpec.of(d) : ProgressSpec.withTarget(d, target, targetYear);
      return s.withBaseYear(baseYear);
    }
  }

  /**
   * Reads {@code observations} from a snapshot folder, writes {@code trends} next to it.
   *
   * @param panels the constant-panel series of the published aggregates
   */
  public long run(Path tables, PipelineConfig config, List<Aggregates.Panel> panels) {
    spark.sparkContext().setJobGroup("sdg16-trends", "trend statistics", false);
    HashMap<String, Settings> settings = new HashMap<>();
    for (Map.Entry<String, PipelineConfig.SeriesSettings> e : config.series().entrySet()) {
      if (e.getValue().desired() != null) {
        settings.put(e.getKey(), Settings.of(config, e.getValue()));
      }
    }
    Dataset<Row> obs =
        spark
            .read()
            .parquet(tables.resolve(WarehouseTables.OBSERVATIONS.name()).toString())
            .filter(col("value").isNotNull().and(col("reporting_type").equalTo("N")));
    Column[] key = KEY.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> grouped =
        obs.groupBy(key).agg(collect_list(struct(col("time_period"), col("value"))).as("points"));
    StructType schema = SparkSchemas.of(WarehouseTables.TRENDS);
    Dataset<Row> national =
        grouped.map(
            (MapFunction<Row, Row>) r -> SparkSchemas.row(analyse(r, settings)),
            Encoders.row(schema));
    List<Row> pooled = new ArrayList<>(panels.size());
    for (Aggregates.Panel p : panels) {
      pooled.add(SparkSchemas.row(analyse(p, settings.get(p.key().series()))));
    }
    Dataset<Row> trends = national.unionByName(spark.createDataFrame(pooled, schema));
    Dataset<Row> sorted =
        trends.orderBy(
            col("series"),
            col("reporting_type"),
            col("ref_area"),
            col("sex"),
            col("age"),
            col("exploitation"),
            col("arm_type"),
            col("justification"),
            col("commodity"),
            col("route"),
            col("unit_measure"));
    Path dir = tables.resolve(WarehouseTables.TRENDS.name());
    sorted.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
    return spark.read().parquet(dir.toString()).count();
  }

  /**
   * The trend of one aggregate over its constant panel, note {@value Aggregates#CONSTANT_PANEL};
   * when the panel fails a threshold, no statistic and note {@value Aggregates#CHANGING_PANEL} over
   * the years the aggregate is published.
   */
  static TrendRow analyse(Aggregates.Panel p, Settings s) {
    Aggregates.Key k = p.key();
    List<String> d = k.dimensions();
    TrendStats t;
    if (p.constant()) {
      t = TrendAnalysis.analyse(p.points(), s == null ? null : s.spec(), k.unitMeasure());
      String note =
          t.note() == null
              ? Aggregates.CONSTANT_PANEL
              : Aggregates.CONSTANT_PANEL + TrendStats.NOTE_SEPARATOR + t.note();
      return withProgress(
          row(k.series(), k.region(), d, k.unitMeasure(), "G", t, note), p.points(), s, t);
    }
    List<Integer> years = p.years();
    TrendRow changing =
        new TrendRow(
            k.series(),
            k.region(),
            d.get(0),
            d.get(1),
            d.get(2),
            d.get(3),
            d.get(4),
            d.get(5),
            d.get(6),
            k.unitMeasure(),
            "G",
            years.size(),
            years.get(0),
            years.get(years.size() - 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Aggregates.CHANGING_PANEL);
    return s == null ? changing : notAssessed(changing, s, years);
  }

  /**
   * A changing panel has no trend, so no method assesses it: each configured method's category says
   * so, over the years the aggregate is published.
   */
  private static TrendRow notAssessed(TrendRow row, Settings s, List<Integer> years) {
    Set<ProgressMethod> m = s.methodSet();
    String y = years.get(0) + "–" + years.get(years.size() - 1);
    TrendRow.ProgressGroup g =
        new TrendRow.ProgressGroup(
            null,
            null,
            MethodResult.NOT_ASSESSED + ": " + Aggregates.CHANGING_PANEL.replace('_', ' '),
            "n/a",
            y);
    return row.withProgress(
        null,
        Arrays.asList(
            m.contains(ProgressMethod.STATCAN) ? g : null,
            m.contains(ProgressMethod.UN_CHART) ? g : null,
            m.contains(ProgressMethod.EUROSTAT) ? g : null,
            m.contains(ProgressMethod.EUROSTAT) ? g : null,
            m.contains(ProgressMethod.ESCAP) ? g : null,
            m.contains(ProgressMethod.ESCAP) ? g : null),
        null);
  }

  /**
   * The row with its progress columns (methodology §6.2): the slope's unit, and, for a series with
   * a desired direction, each configured method's group and the combined sentence.
   */
  static TrendRow withProgress(TrendRow row, List<TrendPoint> points, Settings s, TrendStats t) {
    String slopeUnit = t.theilSenSlope() == null ? null : AnnualChange.slopeUnit(row.unitMeasure());
    List<TrendRow.ProgressGroup> none =
        Arrays.asList(new TrendRow.ProgressGroup[TrendRow.Method.values().length]);
    if (s == null) {
      return row.withProgress(slopeUnit, none, null);
    }
    ProgressMethods.Assessment a =
        ProgressMethods.assess(
            points, s.spec(), row.unitMeasure(), s.methodSet(), t.mkP(), t.mkS());
    return row.withProgress(
        slopeUnit,
        Arrays.asList(
            group(a.statcan()),
            group(a.unChart()),
            group(a.eurostatLong()),
            group(a.eurostatShort()),
            group(a.escap()),
            group(a.escapCurrentStatus())),
        a.sentence());
  }

  private static TrendRow.ProgressGroup group(MethodResult m) {
    return m == null
        ? null
        : new TrendRow.ProgressGroup(m.value(), m.unit(), m.category(), m.symbol(), m.years());
  }

  private static TrendRow row(
      String series,
      int area,
      List<String> d,
      String unit,
      String reportingType,
      TrendStats t,
      String note) {
    return new TrendRow(
        series,
        area,
        d.get(0),
        d.get(1),
        d.get(2),
        d.get(3),
        d.get(4),
        d.get(5),
        d.get(6),
        unit,
        reportingType,
        t.nPoints(),
        t.firstYear(),
        t.lastYear(),
        t.cagr(),
        t.loglinearRate(),
        t.loglinearRateLo(),
        t.loglinearRateHi(),
        t.theilSenSlope(),
        t.theilSenLo(),
        t.theilSenHi(),
        t.theilSenIntercept(),
        t.mkS(),
        t.mkTau(),
        t.mkVar(),
        t.mkP(),
        t.directionLabel(),
        t.yoyAbs(),
        t.yoyPct(),
        t.progressLabel(),
        note);
  }

  /** One series through the estimators of methodology §6. */
  static TrendRow analyse(Row r, Map<String, Settings> settings) {
    List<Row> pts = r.getList(r.fieldIndex("points"));
    List<TrendPoint> points = new ArrayList<>(pts.size());
    for (Row p : pts) {
      points.add(TrendPoint.of(p.getInt(0), p.getDouble(1)));
    }
    String series = r.getString(0);
    Settings s = settings.get(series);
    String unit = r.getString(9);
    List<TrendPoint> sorted = TrendPoint.sortedByYear(points);
    TrendStats t = TrendAnalysis.analyse(sorted, s == null ? null : s.spec(), unit);
    TrendRow row =
        row(
            series,
            r.getInt(1),
            List.of(
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8)),
            r.getString(9),
            r.getString(10),
            t,
            t.note());
    return withProgress(row, sorted, s, t);
  }
}
