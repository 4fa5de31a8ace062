package org.sdg16.jobs.compute;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.sdg16.jobs.methods.indicators.Aggregates;
import org.sdg16.jobs.methods.indicators.Facts;
import org.sdg16.jobs.methods.indicators.Indicators;
import org.sdg16.jobs.methods.reconciliation.Reconciliation;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The compute stage (methodology §1–§5): Spark reduces the returns to small facts (sums by country,
 * year and breakdown; port seizures and cases can be millions of rows), the indicator and aggregate
 * formulas run in plain Java on those facts, and the {@code observations} table is written next to
 * the returns it was computed from, with {@code port_totals} (seizures by port, for the report).
 */
public final class ComputeJob {

  /**
   * What the stage produced; {@code panels} are the constant-panel series of the published
   * aggregates, which the trends of aggregates use (methodology §5).
   */
  public record Result(
      List<Observation> observations,
      long national,
      long aggregates,
      long reportedTotals,
      List<Aggregates.Panel> panels,
      Reconciliation.Result reconciliation) {}

  /** Writes rows computed on the driver as one Parquet table folder. */
  @FunctionalInterface
  interface Writer {
    void write(List<Row> rows, StructType schema, Path dir);
  }

  private final SparkSession spark;

  public ComputeJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Reads the returns of a snapshot folder, computes and writes {@code observations} into it, and
   * the {@code reconciliation} of its national values with the published ones (methodology §8),
   * whose {@code PUBLISHED_DIFFERS} findings go to the {@code findings} table.
   *
   * @param policy the publication thresholds of aggregates (config {@code aggregates})
   * @param sources the {@code SOURCE_DETAIL} of each dataset's values where a row names none
   * @param tolerance the tolerance of the comparison with published values (config {@code
   *     published.tolerance})
   * @param toleranceBySeries the series with a tolerance of their own ({@code
   *     series.CODE.tolerance})
   * @param runId the run, as the {@code ingest_run} of the findings this stage adds
   */
  public Result run(
      Path tables,
      Aggregates.Policy policy,
      Map<String, String> sources,
      PipelineConfig.Tolerance tolerance,
      Map<String, Double> toleranceBySeries,
      String runId) {
    spark.sparkContext().setJobGroup("sdg16-compute", "indicators and aggregates", false);
    spark.sparkContext().setJobDescription("compute: facts, indicators and aggregates");
    List<Row> ports = portTotals(tables);
    Facts.All facts = facts(tables, ports, sources);
    List<Observation> national = Indicators.compute(facts);
    Aggregates.Result pooled =
        new Aggregates(M49.standard(), facts.population(), policy).run(national);
    List<Observation> aggregates = pooled.aggregates();
    long reportedTotals = aggregates.stream().filter(Observation::reportedTotal).count();
    List<Observation> all = new ArrayList<>(national);
    all.addAll(aggregates);
    all.sort(Indicators.ORDER);
    List<Row> rows = new ArrayList<>(all.size());
    for (Observation o : all) {
      rows.add(SparkSchemas.row(o));
    }
    write(
        rows,
        SparkSchemas.of(WarehouseTables.OBSERVATIONS),
        tables.resolve(WarehouseTables.OBSERVATIONS.name()));
    write(
        ports,
        SparkSchemas.of(WarehouseTables.PORT_TOTALS),
        tables.resolve(WarehouseTables.PORT_TOTALS.name()));
    Reconciliation.Result reconciliation =
        new ReconciliationStep(spark)
            .run(tables, all, tolerance, toleranceBySeries, runId, this::write);
    return new Result(
        all,
        national.size(),
        aggregates.size() - reportedTotals,
        reportedTotals,
        pooled.panels(),
        reconciliation);
  }

  /**
   * Writes rows computed on the driver as one Parquet file. They reach the writing task through a
   * broadcast: the rows of a local relation travel inside the task itself (2.9 MB for the sample's
   * observations, tens of MB for a big inbox), which Spark warns about on every run and a cluster
   * would ship with the task.
   */
  private void write(List<Row> rows, StructType schema, Path dir) {
    Broadcast<List<Row>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new ArrayList<>(rows));
    try {
      spark
          .range(0, 1, 1, 1)
          .flatMap(
              (FlatMapFunction<Long, Row>) i -> shared.value().iterator(), Encoders.row(schema))
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(dir.toString());
    } finally {
      shared.destroy();
    }
  }

  private Dataset<Row> table(Path tables, String name) {
    Path p = tables.resolve(name);
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException(
          "table " + name + " is missing from " + tables + "; run ingest first");
    }
    return spark.read().parquet(p.toString());
  }

  /**
   * Port seizures summed by port, country, year, commodity and unit: the one scan of the biggest
   * table. The indicators' facts are summed from it, and the report's port tables read it.
   */
  private List<Row> portTotals(Path tables) {
    spark.sparkContext().setJobDescription("compute: port seizures by port");
    return byPort(table(tables, Datasets.CCP.tableName()))
        .orderBy("ref_area", "year", "commodity", "unit", "port")
        .collectAsList();
  }

  /** The rows of {@link WarehouseTables#PORT_TOTALS} from the {@code returns_ccp} table. */
  public static Dataset<Row> byPort(Dataset<Row> returnsCcp) {
    return returnsCcp
        .groupBy(
            col("port"),
            col("ref_area"),
            year(col("seizure_date")).as("year"),
            col("commodity"),
            col("unit"))
        .agg(sum("quantity").as("quantity"), count(lit(1)).as("seizures"));
  }

  /** Port seizures by country, year, commodity and unit, summed over the ports in a fixed order. */
  static List<Facts.Ccp> ccpFacts(List<Row> ports) {
    record Key(int area, int year, String commodity, String unit) {}
    final class Sum {
      double quantity;
      long events;
    }
    Map<Key, Sum> sums = new java.util.LinkedHashMap<>();
    for (Row r : ports) {
      Sum s =
          sums.computeIfAbsent(
              new Key(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4)), k -> new Sum());
      s.quantity += r.getDouble(5);
      s.events += r.getLong(6);
    }
    List<Facts.Ccp> out = new ArrayList<>(sums.size());
    sums.forEach(
        (k, s) ->
            out.add(
                new Facts.Ccp(k.area(), k.year(), k.commodity(), k.unit(), s.quantity, s.events)));
    return out;
  }

  /** Groups the returns into the facts the formulas need. */
  Facts.All facts(Path tables, List<Row> ports, Map<String, String> sources) {
    List<Facts.Value> firearms =
        values(
            table(tables, Datasets.FIREARMS.tableName()),
            "arm_type",
            "justification",
            null,
            sources.get(Datasets.FIREARMS.name()));
    List<Facts.Value> tip =
        values(
            table(tables, Datasets.TIP.tableName()),
            "sex",
            "age",
            "exploitation",
            sources.get(Datasets.TIP.name()));

    List<Facts.Ccp> ccp = ccpFacts(ports);

    Dataset<Row> cases =
        table(tables, Datasets.FIREARMS_CASES.tableName())
            .withColumn("year", year(col("seizure_date")));
    List<Facts.Route> routes = new ArrayList<>();
    for (Row r :
        cases
            .groupBy(
                col("ref_area"),
                col("year"),
                col("country_of_departure"),
                col("country_of_destination"))
            .agg(sum("quantity"))
            .collectAsList()) {
      routes.add(
          new Facts.Route(
              r.getInt(0),
              r.getInt(1),
              r.isNullAt(2) ? null : r.getInt(2),
              r.isNullAt(3) ? null : r.getInt(3),
              ((Number) r.get(4)).doubleValue()));
    }
    Column manufacture = col("country_of_manufacture");
    Column lastImport = col("country_of_last_import");
    Column known = manufacture.isNotNull().or(lastImport.isNotNull());
    Column abroad =
        manufacture
            .isNotNull()
            .and(manufacture.notEqual(col("ref_area")))
            .or(lastImport.isNotNull().and(lastImport.notEqual(col("ref_area"))));
    List<Facts.Origin> origins = new ArrayList<>();
    for (Row r :
        cases
            .groupBy("ref_area", "year")
            .agg(
                sum(when(known, col("quantity")).otherwise(0)),
                sum(when(abroad, col("quantity")).otherwise(0)))
            .collectAsList()) {
      origins.add(
          new Facts.Origin(
              r.getInt(0),
              r.getInt(1),
              ((Number) r.get(2)).doubleValue(),
              ((Number) r.get(3)).doubleValue()));
    }

    List<Facts.Market> markets = new ArrayList<>();
    for (Row r :
        table(tables, Datasets.MARKETS.tableName())
            .groupBy("ref_area", "year", "commodity", "flow")
            .agg(
                sum(col("quantity_kg").multiply(col("price_usd_per_kg"))),
                concat_ws("; ", array_sort(collect_set(col("price_source")))))
            .collectAsList()) {
      markets.add(
          new Facts.Market(
              r.getInt(0),
              r.getInt(1),
              r.getString(2),
              r.getString(3),
              r.getDouble(4),
              r.getString(5)));
    }

    Map<Long, Double> population = new HashMap<>();
    Path pop = tables.resolve(WarehouseTables.POPULATION.name());
    if (Files.isDirectory(pop)) {
      for (Row r :
          spark
              .read()
              .parquet(pop.toString())
              .select("ref_area", "year", "population")
              .collectAsList()) {
        population.put(Facts.key(r.getInt(0), r.getInt(1)), r.getDouble(2));
      }
    }
    return new Facts.All(firearms, tip, ccp, routes, origins, markets, population, sources);
  }

  /**
   * Annual-return rows as facts: dimensions d1..d3 (d3 null for firearms); the source is the row's
   * own {@code source}, else the dataset's ({@code source}), never the file it came in.
   */
  private static List<Facts.Value> values(
      Dataset<Row> df, String d1, String d2, String d3, String defaultSource) {
    Column source = coalesce(col("source"), lit(defaultSource));
    Dataset<Row> sel =
        df.select(
            col("ref_area"),
            col("year"),
            col("measure"),
            col(d1),
            col(d2),
            d3 == null ? lit("_T") : col(d3),
            col("value"),
            col("obs_status"),
            col("comment"),
            source);
    List<Facts.Value> out = new ArrayList<>();
    for (Row r : sel.collectAsList()) {
      out.add(
          new Facts.Value(
              r.getInt(0),
              r.getInt(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.getString(5),
              r.isNullAt(6) ? null : r.getDouble(6),
              r.getString(7),
              r.getString(8),
              r.getString(9)));
    }
    return out;
  }
}
