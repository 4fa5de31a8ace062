package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The table step of the ingest job: one table of accepted rows per dataset in the staging snapshot
 * (contract §4.1), and the {@code population} table (methodology §5). Rows of duplicate keys (found
 * here for the files read row by row, {@link Duplicates}) and those of submissions that a later one
 * replaces (contract §1, {@link Revisions}) are taken out. A row that either rule takes out shares
 * its revision key with another row (the unique key holds the revision key): a hash aggregate over
 * the key finds those keys, and both rules are decided on their rows only, never on the whole
 * table. The {@code published} table (contract §1.6) is written here too ({@link #published}).
 */
final class TableStep {

  /** The columns that name one row of the scratch records: outcome and row. */
  private static final String[] ROW_ID = {"task", "part", "source_row"};

  /**
   * What the step wrote and took out.
   *
   * @param rows rows per table written, by table name
   * @param superseded rows replaced by a later submission, per {@code dataset:file[#sheet]}
   * @param duplicates per dataset, the rows of duplicate keys found in Spark ({@link
   *     Duplicates#find}): they go to {@code quarantine} and {@code findings}
   * @param duplicated how many rows of duplicate keys per outcome id
   */
  record Tables(
      Map<String, Long> rows,
      Map<String, Long> superseded,
      Map<DatasetSchema, Dataset<Row>> duplicates,
      Map<String, Long> duplicated) {

    /**
     * {@code to} with a {@code DUPLICATE_KEY} finding for every row of a duplicate key, dataset by
     * dataset, in the columns of {@code to}: those of {@link Duplicates#find}, {@code dataset,
     * code, severity}, {@code row} and {@code sheet} (the source row and sheet), {@code _pos} 0,
     * and {@code more}.
     */
    Dataset<Row> withDuplicateKeys(Dataset<Row> to, Column... more) {
      List<Column> cols =
          new ArrayList<>(
              List.of(
                  col("*"),
                  col("source_row").as("row"),
                  col("source_sheet").as("sheet"),
                  lit(0).as("_pos")));
      cols.addAll(List.of(more));
      Column[] keep = Arrays.stream(to.columns()).map(c -> col(c)).toArray(Column[]::new);
      Dataset<Row> out = to;
      for (Map.Entry<DatasetSchema, Dataset<Row>> e : duplicates.entrySet()) {
        out =
            out.unionByName(
                e.getValue()
                    .withColumn("dataset", lit(e.getKey().name()))
                    .withColumn("code", lit(FindingCode.DUPLICATE_KEY.name()))
                    .withColumn("severity", lit(FindingCode.DUPLICATE_KEY.severity().name()))
                    .select(cols.toArray(new Column[0]))
                    .select(keep));
      }
      return out;
    }
  }

  /** The rows of one table and how many there are. */
  private record Current(Dataset<Row> table, long rows) {}

  private final SparkSession spark;
  private final String runId;
  private final ReadStep.Read read;
  private final long bigTableRows;
  private final Persisted persisted;
  private final StepTimer timer;

  private final Map<String, Long> superseded = new LinkedHashMap<>();
  private final Map<DatasetSchema, Dataset<Row>> duplicates = new LinkedHashMap<>();
  private final Map<String, Long> duplicated = new HashMap<>();

  private TableStep(
      SparkSession spark,
      String runId,
      ReadStep.Read read,
      long bigTableRows,
      Persisted persisted,
      StepTimer timer) {
    this.spark = spark;
    this.runId = runId;
    this.read = read;
    this.bigTableRows = bigTableRows;
    this.persisted = persisted;
    this.timer = timer;
  }

  /** Writes the table of every dataset of {@link Scratch#DATASETS}, each its own timed step. */
  static Tables write(
      SparkSession spark,
      String runId,
      ReadStep.Read read,
      long bigTableRows,
      Path staging,
      Persisted persisted,
      StepTimer timer) {
    TableStep s = new TableStep(spark, runId, read, bigTableRows, persisted, timer);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (DatasetSchema schema : Scratch.DATASETS) {
      String table = schema.tableName();
      timer.step(table);
      Path dir = staging.resolve(table);
      rows.put(table, schema == Datasets.POPULATION ? s.population(dir) : s.table(schema, dir));
    }
    return new Tables(rows, s.superseded, s.duplicates, s.duplicated);
  }

  /** Writes one table of accepted rows; gives its rows. */
  private long table(DatasetSchema schema, Path dir) {
    Current c = current(schema);
    timer.part(schema.name() + ": write " + dir.getFileName());
    write(c.rows() > bigTableRows ? c.table() : c.table().coalesce(1), dir);
    return c.rows();
  }

  /**
   * Writes the {@code population} table: the population base of methodology §5, the accepted rows
   * of the configured file and the shipped reference for every other area-year ({@link
   * PopulationBase}); gives its rows.
   */
  private long population(Path dir) {
    Current c = current(Datasets.POPULATION);
    timer.part("population: merge with the reference");
    PopulationBase.Merged m = PopulationBase.merge(spark, c.table(), c.rows(), runId);
    timer.part("population: write " + dir.getFileName());
    write(m.table().coalesce(1), dir);
    return m.rows();
  }

  /** The rows of one table (as the class comment describes them) and how many there are. */
  private Current current(DatasetSchema schema) {
    List<OutcomeHead> mine =
        read.heads().stream()
            .filter(h -> h.dataset().equals(schema.name()) && !h.rejected())
            .toList();
    List<Column> cols = new ArrayList<>(Scratch.typed(schema));
    cols.addAll(
        List.of(
            col("task"),
            col("part"),
            col("source_file"),
            col("source_sheet"),
            col("source_row"),
            col("key_pending"),
            col("flags"),
            col("raw_line"),
            Scratch.detail().as("d")));
    Dataset<Row> accepted =
        read.rows()
            .filter(
                col("kind").equalTo(Scratch.ACCEPTED).and(col("dataset").equalTo(schema.name())))
            .select(cols.toArray(Column[]::new));
    long n = mine.stream().mapToLong(OutcomeHead::rowsAccepted).sum();
    Dataset<Row> drop = null;
    if (n > 0) {
      timer.part(schema.name() + ": repeated keys");
      Dataset<Row> repeated = persisted.keep(Revisions.repeatedKeys(accepted, schema));
      if (repeated.count() > 0) {
        Dataset<Row> candidates =
            persisted.keep(
                accepted.join(
                    repeated, Revisions.keyHash(schema).equalTo(col("_key")), "left_semi"));
        if (schema.rowByRow() && mine.stream().anyMatch(OutcomeHead::streamed)) {
          timer.part(schema.name() + ": duplicate keys");
          Dataset<Row> found =
              Duplicates.find(candidates.filter(col("key_pending")), read.headers(), schema);
          if (found != null) {
            persisted.held(found);
            duplicates.put(schema, found);
            for (Map.Entry<String, Long> e : countByOutcome(found).entrySet()) {
              duplicated.put(e.getKey(), e.getValue());
              n -= e.getValue();
            }
            candidates = without(candidates, found);
            drop = found.select(ROW_ID[0], ROW_ID[1], ROW_ID[2]);
          }
        }
        timer.part(schema.name() + ": revisions");
        Dataset<Row> losers =
            persisted
                .keep(Revisions.mark(candidates, schema))
                .filter(not(col("_wins")))
                .select(ROW_ID[0], ROW_ID[1], ROW_ID[2]);
        Map<String, Long> lost = countByOutcome(losers);
        for (Map.Entry<String, Long> e : lost.entrySet()) {
          OutcomeHead h =
              read.heads().stream()
                  .filter(x -> x.id().equals(e.getKey()))
                  .findFirst()
                  .orElseThrow();
          superseded.merge(
              schema.name()
                  + ":"
                  + read.files().get(h.task()).relative()
                  + (h.sheet() == null ? "" : "#" + h.sheet()),
              e.getValue(),
              Long::sum);
          n -= e.getValue();
        }
        if (!lost.isEmpty()) {
          drop = drop == null ? losers : drop.unionByName(losers);
        }
      }
    }
    Dataset<Row> current = drop == null ? accepted : without(accepted, drop);
    List<Column> out = new ArrayList<>();
    for (Field f : schema.fields()) {
      out.add(col(f.name()));
    }
    out.addAll(
        List.of(
            col("source_file"),
            col("source_sheet"),
            col("source_row"),
            lit(runId).as("ingest_run"),
            col("flags")));
    return new Current(current.select(out.toArray(Column[]::new)), n);
  }

  /**
   * Rows of {@code df} that are not in {@code drop}, by outcome and row (a small {@code drop} is
   * broadcast).
   */
  private static Dataset<Row> without(Dataset<Row> df, Dataset<Row> drop) {
    Column same =
        col("a.task")
            .equalTo(col("d.task"))
            .and(col("a.part").equalTo(col("d.part")))
            .and(col("a.source_row").equalTo(col("d.source_row")));
    return df.as("a").join(drop.select("task", "part", "source_row").as("d"), same, "left_anti");
  }

  /** Rows per outcome id ({@code task/part}). */
  private static Map<String, Long> countByOutcome(Dataset<Row> df) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : df.groupBy("task", "part").count().collectAsList()) {
      out.put(OutcomeHead.id(r.getInt(0), r.getInt(1)), r.getLong(2));
    }
    return out;
  }

  /** The published series read from the inbox's {@code published/} folder, and their table. */
  record Published(List<PublishedFile> files, long rows) {}

  /**
   * Writes the {@code published} table (contract §1.6): the published series, in their own table,
   * never mixed with computed values.
   */
  static Published published(
      SparkSession spark,
      String runId,
      Path inbox,
      LocalDate today,
      PipelineConfig.Limits limits,
      Path staging) {
    List<Row> published = new ArrayList<>();
    List<PublishedFile> files = new Intake(M49.standard(), today, limits).published(inbox);
    for (PublishedFile pf : files) {
      published.addAll(Rows.accepted(Datasets.PUBLISHED, pf.outcome(), pf.result(), runId));
    }
    write(
        spark.createDataFrame(published, SparkSchemas.of(WarehouseTables.PUBLISHED)).coalesce(1),
        staging.resolve(WarehouseTables.PUBLISHED.name()));
    return new Published(files, published.size());
  }

  /** Writes a table to a folder that must not exist yet. */
  static void write(Dataset<Row> df, Path dir) {
    df.write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
  }
}
