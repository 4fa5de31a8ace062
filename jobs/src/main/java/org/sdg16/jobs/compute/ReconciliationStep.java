package org.sdg16.jobs.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.year;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.io.Trees;
import org.sdg16.jobs.methods.reconciliation.Reconciliation;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The Spark side of the reconciliation with published values (methodology §8): reads the {@code
 * published} table, the quarantined rows' areas and years and the latest submission date of the
 * returns behind the published series, lets {@link Reconciliation} compare, writes the {@code
 * reconciliation} table and adds the {@code PUBLISHED_DIFFERS} findings to the {@code findings}
 * table of the snapshot (replacing those of an earlier compute of the same tables).
 */
final class ReconciliationStep {

  private final SparkSession spark;

  ReconciliationStep(SparkSession spark) {
    this.spark = spark;
  }

  /** Compares, writes the table and the findings; returns what was compared. */
  Reconciliation.Result run(
      Path tables,
      List<Observation> observations,
      PipelineConfig.Tolerance tolerance,
      Map<String, Double> toleranceBySeries,
      String runId,
      ComputeJob.Writer writer) {
    spark.sparkContext().setJobDescription("compute: reconciliation with published values");
    List<Reconciliation.Published> published = published(tables);
    Set<String> datasets = new LinkedHashSet<>();
    for (Reconciliation.Published p : published) {
      Reconciliation.seriesOf(p.series())
          .ifPresent(s -> datasets.addAll(Reconciliation.datasetsOf(s)));
    }
    Reconciliation.Result result =
        new Reconciliation(tolerance, toleranceBySeries)
            .run(observations, published, quarantined(tables), received(tables, datasets));
    List<Row> rows = new ArrayList<>();
    for (ReconciliationRow r : result.rows()) {
      rows.add(RowFactory.create(r.cells()));
    }
    writer.write(
        rows,
        SparkSchemas.of(WarehouseTables.RECONCILIATION),
        tables.resolve(WarehouseTables.RECONCILIATION.name()));
    findings(tables, Reconciliation.records(result), runId);
    return result;
  }

  private List<Reconciliation.Published> published(Path tables) {
    Path p = tables.resolve(WarehouseTables.PUBLISHED.name());
    if (!Files.isDirectory(p)) {
      return List.of();
    }
    Dataset<Row> df = spark.read().parquet(p.toString());
    // a snapshot published before the table kept DATA_LAST_UPDATE has no such column
    boolean dated = List.of(df.columns()).contains("last_update");
    List<Reconciliation.Published> out = new ArrayList<>();
    for (Row r :
        df.select(
                col("series"),
                col("ref_area"),
                col("time_period"),
                col("sex"),
                col("age"),
                col("value"),
                col("unit_measure"),
                col("source_file"),
                col("source_row"),
                dated ? col("last_update") : lit(null).cast("string"))
            .collectAsList()) {
      out.add(
          new Reconciliation.Published(
              r.getString(0),
              r.getInt(1),
              r.getInt(2),
              r.getString(3),
              r.getString(4),
              r.isNullAt(5) ? null : r.getDouble(5),
              r.getString(6),
              r.getString(7),
              r.isNullAt(8) ? null : r.getInt(8),
              r.getString(9)));
    }
    return out;
  }

  /** The dataset, area and year of each quarantined row, from its raw cells. */
  private List<Reconciliation.Quarantined> quarantined(Path tables) {
    Path q = tables.resolve(WarehouseTables.QUARANTINE.name());
    if (!Files.isDirectory(q)) {
      return List.of();
    }
    List<Reconciliation.Quarantined> out = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(q.toString())
            .select(
                col("dataset"),
                col("raw").getItem("ref_area"),
                substring(
                    org.apache.spark.sql.functions.coalesce(
                        col("raw").getItem("year"), col("raw").getItem("seizure_date")),
                    1,
                    4))
            .distinct()
            .collectAsList()) {
      if (r.isNullAt(1) || r.isNullAt(2)) {
        continue;
      }
      Integer y = yearOf(r.getString(2));
      M49.standard()
          .resolve(r.getString(1))
          .filter(a -> y != null)
          .ifPresent(a -> out.add(new Reconciliation.Quarantined(r.getString(0), a.m49(), y)));
    }
    return out;
  }

  private static Integer yearOf(String s) {
    try {
      return Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The latest {@code submitted_on} by area and year of the returns of these datasets. */
  private List<Reconciliation.Received> received(Path tables, Set<String> datasets) {
    List<Reconciliation.Received> out = new ArrayList<>();
    for (String name : datasets) {
      DatasetSchema d = Datasets.byName(name).orElseThrow();
      Path t = tables.resolve(d.tableName());
      if (!Files.isDirectory(t)) {
        continue;
      }
      Dataset<Row> df = spark.read().parquet(t.toString());
      boolean dated = List.of(df.columns()).contains("year");
      for (Row r :
          df.groupBy(col("ref_area"), dated ? col("year") : year(col("seizure_date")).as("year"))
              .agg(max(col("submitted_on")))
              .collectAsList()) {
        if (!r.isNullAt(2)) {
          out.add(
              new Reconciliation.Received(
                  name, r.getInt(0), r.getInt(1), r.getDate(2).toLocalDate()));
        }
      }
    }
    return out;
  }

  /**
   * The {@code findings} table with the {@code PUBLISHED_DIFFERS} findings of this compute instead
   * of those of an earlier one: written beside it, then moved in place, still one file.
   */
  private void findings(Path tables, List<FindingRecord> found, String runId) {
    Path dir = tables.resolve(WarehouseTables.FINDINGS.name());
    if (!Files.isDirectory(dir)) {
      return; // no ingest behind these tables
    }
    String code = FindingCode.PUBLISHED_DIFFERS.name();
    Dataset<Row> before = spark.read().parquet(dir.toString());
    if (found.isEmpty() && before.filter(col("code").equalTo(code)).isEmpty()) {
      return;
    }
    List<Row> rows = new ArrayList<>();
    for (FindingRecord f : found) {
      rows.add(
          RowFactory.create(
              f.dataset(),
              f.file(),
              f.sheet(),
              f.row(),
              f.column(),
              f.code(),
              f.severity(),
              f.message(),
              new java.util.LinkedHashMap<>(f.raw()),
              runId));
    }
    Path next = tables.resolve(WarehouseTables.FINDINGS.name() + ".next");
    before
        .filter(col("code").notEqual(code))
        .unionByName(spark.createDataFrame(rows, SparkSchemas.of(WarehouseTables.FINDINGS)))
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(next.toString());
    try {
      Trees.delete(dir);
      Files.move(next, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
