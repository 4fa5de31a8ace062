package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.Finding;

/**
 * The quarantine-and-findings step of the ingest job (contract §2, §4.1): writes the {@code
 * quarantine} table (quarantined rows, rejected files, rows of duplicate keys) and the {@code
 * findings} table (every finding of every file, then those about what the run computed), each one
 * file in file order, and counts their rows.
 */
final class QuarantineStep {

  /** The findings of a scratch record as the {@code quarantine} table holds them. */
  private static final Column FINDINGS =
      transform(
          col("findings"),
          f ->
              struct(
                  f.getField("code"),
                  f.getField("severity"),
                  f.getField("column"),
                  f.getField("message")));

  /** The {@code findings} table with the columns {@code _order} and {@code _pos} to sort it. */
  private static final StructType SORTED_FINDINGS =
      SparkSchemas.of(WarehouseTables.FINDINGS)
          .add("_order", DataTypes.IntegerType, false)
          .add("_pos", DataTypes.IntegerType, false);

  private final SparkSession spark;
  private final String runId;
  private final ReadStep.Read read;
  private final TableStep.Tables tables;

  private QuarantineStep(
      SparkSession spark, String runId, ReadStep.Read read, TableStep.Tables tables) {
    this.spark = spark;
    this.runId = runId;
    this.read = read;
    this.tables = tables;
  }

  /**
   * Writes both tables; gives their rows by table name.
   *
   * @param published the published series files, validated on the driver
   * @param output findings about what the run computed from the rows (scope OUTPUT)
   */
  static Map<String, Long> write(
      SparkSession spark,
      String runId,
      ReadStep.Read read,
      TableStep.Tables tables,
      List<PublishedFile> published,
      List<Finding> output,
      Path staging) {
    return new QuarantineStep(spark, runId, read, tables).write(published, output, staging);
  }

  private Map<String, Long> write(
      List<PublishedFile> published, List<Finding> output, Path staging) {
    List<Row> pq = new ArrayList<>();
    List<Row> pf = new ArrayList<>();
    for (PublishedFile p : published) {
      pq.addAll(Rows.quarantined(p.outcome(), p.result(), runId));
      for (Row r : Rows.findings(p.outcome(), p.result(), runId)) {
        pf.add(
            RowFactory.create(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                r.get(6),
                r.get(7),
                r.get(8),
                r.get(9),
                r.isNullAt(3) ? 0 : 1,
                0));
      }
    }
    int pos = 0;
    for (Finding x : output) {
      pf.add(findingRow(x, x.dataset(), 2, pos++));
    }
    TableStep.write(
        quarantine()
            .unionByName(spark.createDataFrame(pq, SparkSchemas.of(WarehouseTables.QUARANTINE)))
            .repartition(1)
            .sortWithinPartitions("source_file", "source_sheet", "source_row"),
        staging.resolve(WarehouseTables.QUARANTINE.name()));
    TableStep.write(
        findings()
            .unionByName(spark.createDataFrame(pf, SORTED_FINDINGS))
            .repartition(1)
            .sortWithinPartitions("source_file", "_order", "row", "_pos")
            .drop("_order", "_pos"),
        staging.resolve(WarehouseTables.FINDINGS.name()));
    Row c =
        read.flagged()
            .agg(
                sum(when(col("kind").equalTo(Scratch.QUARANTINED), 1).otherwise(0)),
                sum(size(col("findings"))))
            .first();
    long dups = tables.duplicated().values().stream().mapToLong(Long::longValue).sum();
    List<OutcomeHead> heads = read.heads();
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(
        WarehouseTables.QUARANTINE.name(),
        (c.isNullAt(0) ? 0 : c.getLong(0))
            + dups
            + heads.stream().filter(OutcomeHead::rejected).count()
            + pq.size());
    rows.put(
        WarehouseTables.FINDINGS.name(),
        (c.isNullAt(1) ? 0 : c.getLong(1))
            + dups
            + heads.stream().mapToLong(h -> h.fileFindings().size()).sum()
            + pf.size());
    return rows;
  }

  /** The {@code quarantine} table: quarantined rows, rejected files, rows of duplicate keys. */
  private Dataset<Row> quarantine() {
    Dataset<Row> q =
        read.flagged()
            .filter(col("kind").equalTo(Scratch.QUARANTINED))
            .select(
                col("dataset"),
                col("source_file"),
                col("source_sheet"),
                col("source_row"),
                col("raw"),
                FINDINGS.as("findings"),
                lit(runId).as("ingest_run"));
    List<Row> rejected = new ArrayList<>();
    for (OutcomeHead h : read.heads()) {
      if (h.rejected()) {
        Finding f = h.rejection();
        rejected.add(
            RowFactory.create(
                h.dataset(),
                f.file(),
                h.sheet(),
                null,
                Map.of(),
                new Row[] {
                  RowFactory.create(f.code().name(), f.severity().name(), f.column(), f.message())
                },
                runId));
      }
    }
    q = q.unionByName(spark.createDataFrame(rejected, SparkSchemas.of(WarehouseTables.QUARANTINE)));
    Column finding = struct(col("code"), col("severity"), col("column"), col("message"));
    q = tables.withDuplicateKeys(q, array(finding).as("findings"), lit(runId).as("ingest_run"));
    return q;
  }

  /** The {@code findings} table, with the columns {@code _order} and {@code _pos} to sort it. */
  private Dataset<Row> findings() {
    Dataset<Row> f =
        ReadStep.rowFindings(
                read.flagged().withColumnRenamed("dataset", "_dataset"),
                "_dataset",
                "kind",
                "source_file",
                "raw")
            .select(
                coalesce(col("dataset"), col("_dataset")).as("dataset"),
                col("source_file"),
                col("sheet").as("source_sheet"),
                col("row"),
                col("column"),
                col("code"),
                col("severity"),
                col("message"),
                when(col("kind").equalTo(Scratch.QUARANTINED), col("raw")).as("raw"),
                lit(runId).as("ingest_run"),
                lit(1).as("_order"),
                col("_pos"));
    List<Row> fileLevel = new ArrayList<>();
    for (OutcomeHead h : read.heads()) {
      int pos = 0;
      for (Finding x : h.fileFindings()) {
        fileLevel.add(findingRow(x, x.dataset() == null ? h.dataset() : x.dataset(), 0, pos++));
      }
    }
    f = f.unionByName(spark.createDataFrame(fileLevel, SORTED_FINDINGS));
    f = tables.withDuplicateKeys(f, lit(runId).as("ingest_run"), lit(1).as("_order"));
    return f;
  }

  /** A finding without raw cells as a row of {@link #SORTED_FINDINGS}. */
  private Row findingRow(Finding x, String dataset, int order, int pos) {
    return Rows.finding(x, dataset, x.file(), null, runId, order, pos);
  }
}
