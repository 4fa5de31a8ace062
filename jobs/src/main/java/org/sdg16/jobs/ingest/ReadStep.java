package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The read step of the ingest job: reads and validates the files to parse in Spark tasks of about
 * the same number of bytes ({@link #bins}, {@link ReadFiles}), which write {@link Scratch} records;
 * adds the records and heads of the files reused from the cache; and gives the views of the records
 * that the later steps read.
 */
final class ReadStep {

  private ReadStep() {}

  /**
   * What the later steps know of the files.
   *
   * @param files every file of the run, by index
   * @param heads the head of every outcome, in the order of the files and of each workbook's sheets
   * @param rows the scratch records of every outcome that was not rejected
   * @param flagged the rows with findings (quarantined, or accepted with a WARNING): as few as the
   *     bad rows, cached
   * @param headers {@code task, part, header} of every outcome, for the raw cells of rows found
   *     duplicated later
   */
  record Read(
      List<FileTask> files,
      List<OutcomeHead> heads,
      Dataset<Row> rows,
      Dataset<Row> flagged,
      Dataset<Row> headers) {}

  /**
   * The row findings of {@code flagged} ({@link Read#flagged}), one a row: its columns {@code
   * keep}, {@code _pos} (the finding's place among its row's, the validator's order) and the
   * finding's fields as columns ({@code code, severity, dataset, sheet, row, column, message}:
   * {@link Scratch#FINDING}).
   */
  static Dataset<Row> rowFindings(Dataset<Row> flagged, String... keep) {
    List<String> exprs = new ArrayList<>(List.of(keep));
    exprs.add("posexplode(findings) as (_pos, f)");
    List<Column> cols = new ArrayList<>();
    for (String k : keep) {
      cols.add(col(k));
    }
    cols.add(col("_pos"));
    cols.add(col("f.*"));
    return flagged.selectExpr(exprs.toArray(new String[0])).select(cols.toArray(new Column[0]));
  }

  /** The columns that place a scratch record: its outcome, dataset, kind and source. */
  private static Column[] placed(Column... more) {
    List<Column> cols =
        new ArrayList<>(
            List.of(
                col("task"),
                col("part"),
                col("kind"),
                col("dataset"),
                col("source_file"),
                col("source_sheet"),
                col("source_row")));
    cols.addAll(List.of(more));
    return cols.toArray(new Column[0]);
  }

  private static final StructType HEADERS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("task", DataTypes.IntegerType, false),
              DataTypes.createStructField("part", DataTypes.IntegerType, false),
              DataTypes.createStructField(
                  "header", DataTypes.createArrayType(DataTypes.StringType, true), false)));

  static Read read(
      SparkSession spark,
      PlanStep.Plan plan,
      IngestJob.Options options,
      LocalDate today,
      Persisted persisted,
      StepTimer timer) {
    List<FileTask> toRead = plan.toRead();
    timer.part("read and validate " + toRead.size() + " files");
    List<OutcomeHead> heads = new ArrayList<>();
    Dataset<Row> records;
    if (toRead.isEmpty()) {
      records = spark.createDataFrame(List.of(), Scratch.SCHEMA);
    } else {
      heads.addAll(readFiles(spark, toRead, plan.scratch(), options, today));
      records = spark.read().schema(Scratch.SCHEMA).parquet(plan.scratch().toString());
    }
    for (Map.Entry<Path, Map<Integer, Integer>> b : plan.byBatch().entrySet()) {
      records = records.unionByName(reused(spark, b.getKey(), b.getValue()));
    }
    for (Map.Entry<Integer, IngestCache.Located> e : plan.reused().entrySet()) {
      e.getValue().entry().heads().forEach(h -> heads.add(h.at(e.getKey())));
    }
    heads.sort(Comparator.comparingInt(OutcomeHead::task).thenComparingInt(OutcomeHead::part));
    Object[] broken =
        heads.stream().filter(h -> h.streamed() && h.rejected()).map(OutcomeHead::task).toArray();
    // a streamed file that turned out unreadable half-way gave rows before it failed
    Dataset<Row> rows =
        broken.length == 0 ? records : records.filter(not(col("task").isin(broken)));
    Dataset<Row> flagged =
        persisted.keep(
            rows.filter(col("detail").isNotNull())
                .select(placed(Scratch.detail().as("d")))
                .filter(col("d.findings").isNotNull())
                .select(placed(col("d.raw").as("raw"), col("d.findings").as("findings"))));
    Dataset<Row> headers =
        spark.createDataFrame(
            heads.stream()
                .map(h -> RowFactory.create(h.task(), h.part(), h.header().toArray(new String[0])))
                .toList(),
            HEADERS);
    return new Read(plan.files(), List.copyOf(heads), rows, flagged, headers);
  }

  /**
   * Reads and validates every file in Spark tasks of a few files each ({@link #bins}); returns the
   * heads of the outcomes (in no particular order).
   */
  private static List<OutcomeHead> readFiles(
      SparkSession spark,
      List<FileTask> tasks,
      Path scratch,
      IngestJob.Options options,
      LocalDate today) {
    List<List<FileTask>> bins = bins(tasks, 4 * spark.sparkContext().defaultParallelism());
    CollectionAccumulator<OutcomeHead> acc =
        spark.sparkContext().collectionAccumulator("sdg16 ingest outcomes");
    JavaRDD<Row> records =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(bins, Math.max(1, bins.size()))
            .flatMap(new ReadFiles(today, options.limits(), options.stream(), acc));
    spark
        .createDataFrame(records, Scratch.SCHEMA)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .options(Scratch.PARQUET)
        .parquet(scratch.toString());
    return new ArrayList<>(acc.value());
  }

  /** The scratch records of one cached batch for the files reused from it, with their new index. */
  private static Dataset<Row> reused(
      SparkSession spark, Path batchDir, Map<Integer, Integer> taskNow) {
    List<Column> pairs = new ArrayList<>();
    taskNow.forEach(
        (then, now) -> {
          pairs.add(lit(then));
          pairs.add(lit(now));
        });
    return spark
        .read()
        .schema(Scratch.SCHEMA)
        .parquet(IngestCache.records(batchDir).toString())
        .filter(col("task").isin(taskNow.keySet().toArray()))
        .withColumn("task", element_at(map(pairs.toArray(Column[]::new)), col("task")));
  }

  /**
   * The files in at most {@code n} groups of about the same number of bytes (biggest file first
   * into the lightest group), each group one Spark task: few tasks (each writes a scratch file and
   * costs a task's overhead) that keep every core busy to the end.
   */
  static List<List<FileTask>> bins(List<FileTask> files, int n) {
    List<FileTask> bySize = new ArrayList<>(files);
    bySize.sort(
        Comparator.comparingLong(FileTask::bytes).reversed().thenComparingInt(FileTask::index));
    int k = Math.max(1, Math.min(n, bySize.size()));
    List<List<FileTask>> bins = new ArrayList<>();
    long[] load = new long[k];
    for (int i = 0; i < k; i++) {
      bins.add(new ArrayList<>());
    }
    for (FileTask f : bySize) {
      int lightest = 0;
      for (int i = 1; i < k; i++) {
        if (load[i] < load[lightest]) {
          lightest = i;
        }
      }
      bins.get(lightest).add(f);
      load[lightest] += Math.max(f.bytes(), 1);
    }
    bins.removeIf(List::isEmpty);
    // within a task, the files of one dataset one after the other: with small row groups
    // (Scratch.PARQUET) most hold one dataset, and each table's step skips the others' by their
    // statistics instead of decoding every record of the inbox
    for (List<FileTask> b : bins) {
      b.sort(
          Comparator.comparing(
                  (FileTask f) -> String.valueOf(f.as() != null ? f.as() : f.dataset()))
              .thenComparingInt(FileTask::index));
    }
    return bins;
  }
}
