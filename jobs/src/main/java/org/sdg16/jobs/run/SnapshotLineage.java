package org.sdg16.jobs.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.sdg16.jobs.diff.Evidence;
import org.sdg16.jobs.diff.RowSet;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.table.Table;

/**
 * Reads two published snapshots for {@code sdg16 diff} and {@code export --since}: their {@code
 * observations}, and the {@link Evidence} that names the input rows behind each change. The rows of
 * the tables of accepted rows ({@code returns_*}, {@code population}; contract §4.1) that differ
 * between the snapshots are found in Spark (a set difference on every column but {@code
 * ingest_run}, which every run renews), grouped by dataset, area, year and file; only those groups
 * come to the driver, each with at most {@link RowSet#MAX_ROWS} row numbers.
 */
public final class SnapshotLineage {

  private SnapshotLineage() {}

  /** The {@code observations} table of a snapshot; empty when it has none (after ingest alone). */
  public static List<Observation> observations(SparkSession spark, Path snapshot) {
    Path dir = snapshot.resolve(WarehouseTables.OBSERVATIONS.name());
    List<Observation> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.OBSERVATIONS))
              .parquet(dir.toString())
              .collectAsList()) {
        out.add(SparkSchemas.observation(r));
      }
    }
    return out;
  }

  /** The input rows that differ between two snapshots, and the newer one's quarantine. */
  public static Evidence evidence(SparkSession spark, Path before, Path after) {
    spark.sparkContext().setJobGroup("diff", "sdg16 diff: input rows that differ", false);
    List<RowSet> old = new ArrayList<>();
    List<RowSet> now = new ArrayList<>();
    Set<String> files = new HashSet<>();
    List<DatasetSchema> datasets = new ArrayList<>(Datasets.INBOX);
    datasets.add(Datasets.POPULATION);
    for (DatasetSchema d : datasets) {
      Table t = d.table();
      Dataset<Row> a = rows(spark, before, t);
      Dataset<Row> b = rows(spark, after, t);
      old.addAll(groups(d.name(), a.except(b)));
      now.addAll(groups(d.name(), b.except(a)));
      for (Row r : b.select("source_file").distinct().collectAsList()) {
        files.add(r.getString(0));
      }
    }
    Map<Evidence.Place, List<String>> quarantined = new HashMap<>();
    Path q = after.resolve(WarehouseTables.QUARANTINE.name());
    if (Files.isDirectory(q)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.QUARANTINE))
              .parquet(q.toString())
              .select("source_file", "source_sheet", "source_row", "findings")
              .collectAsList()) {
        files.add(r.getString(0));
        List<String> f = new ArrayList<>();
        for (Row x : r.<Row>getList(3)) {
          f.add(x.<String>getAs("code") + ": " + x.<String>getAs("message"));
        }
        quarantined
            .computeIfAbsent(
                place(r.getString(0), r.getString(1), r.get(2)), k -> new ArrayList<>())
            .addAll(f);
      }
    }
    Map<Evidence.Place, List<String>> findings = new HashMap<>();
    Path fd = after.resolve(WarehouseTables.FINDINGS.name());
    if (Files.isDirectory(fd)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.FINDINGS))
              .parquet(fd.toString())
              .where(col("row").isNotNull().and(col("raw").isNull()))
              .select("source_file", "source_sheet", "row", "severity", "code", "message")
              .orderBy("source_file", "source_sheet", "row", "code")
              .collectAsList()) {
        findings
            .computeIfAbsent(
                place(r.getString(0), r.getString(1), r.get(2)), k -> new ArrayList<>())
            .add(r.getString(3) + " " + r.getString(4) + ": " + r.getString(5));
      }
    }
    return new Evidence(old, now, quarantined, findings, files);
  }

  private static Evidence.Place place(String file, String sheet, Object row) {
    return new Evidence.Place(file, sheet, row == null ? null : ((Number) row).intValue());
  }

  /**
   * A table of accepted rows without {@code ingest_run}, with the rows' {@code year} (of {@code
   * seizure_date} where the dataset has no year); empty when the snapshot has no such table.
   */
  private static Dataset<Row> rows(SparkSession spark, Path snapshot, Table t) {
    StructType schema = SparkSchemas.of(t);
    Path dir = snapshot.resolve(t.name());
    Dataset<Row> df =
        Files.isDirectory(dir)
            ? spark.read().schema(schema).parquet(dir.toString())
            : spark.createDataFrame(List.<Row>of(), schema);
    df = df.drop("ingest_run");
    if (!List.of(schema.fieldNames()).contains("year")) {
      df = df.withColumn("year", org.apache.spark.sql.functions.year(col("seizure_date")));
    }
    return df;
  }

  /** The rows grouped by area, year and file, each group with its first row numbers. */
  private static List<RowSet> groups(String dataset, Dataset<Row> rows) {
    List<RowSet> out = new ArrayList<>();
    for (Row r :
        rows.groupBy("ref_area", "year", "source_file", "source_sheet")
            .agg(
                count("*").as("n"),
                slice(sort_array(collect_list(col("source_row"))), 1, RowSet.MAX_ROWS).as("rows"))
            .collectAsList()) {
      if (r.isNullAt(0) || r.isNullAt(1)) {
        continue; // an accepted row always has both; a table written otherwise names no area-year
      }
      List<Integer> numbers = new ArrayList<>();
      for (Object n : r.getList(5)) {
        numbers.add(((Number) n).intValue());
      }
      out.add(
          new RowSet(
              dataset,
              ((Number) r.get(0)).intValue(),
              ((Number) r.get(1)).intValue(),
              r.getString(2),
              r.getString(3),
              numbers,
              r.getLong(4)));
    }
    return out;
  }
}
