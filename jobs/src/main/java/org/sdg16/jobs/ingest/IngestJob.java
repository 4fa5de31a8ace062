package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The ingest stage (contract §1, §2, §4.1): validates every file of the inbox, resolves revisions
 * (the later submission wins whole per key) and writes the {@code returns_*}, {@code quarantine},
 * {@code findings} and {@code population} tables into the run's staging snapshot.
 */
public final class IngestJob {

  /** What the stage did, for progress lines and the manifest. */
  public record Report(List<FileOutcome> outcomes, Map<String, Long> superseded,
      Map<String, Long> tableRows) {

    public long rowsRead() {
      return outcomes.stream().mapToLong(o -> o.result().rowsRead()).sum();
    }

    public long rowsAccepted() {
      return outcomes.stream().mapToLong(o -> o.result().accepted().size()).sum();
    }

    public long rowsQuarantined() {
      return outcomes.stream().mapToLong(o -> o.result().quarantined().size()).sum();
    }

    public long filesRejected() {
      return outcomes.stream().filter(o -> o.result().rejected()).count();
    }
  }

  private final SparkSession spark;
  private final String runId;
  private final LocalDate today;

  private final org.sdg16.schemas.config.PipelineConfig.Limits limits;

  public IngestJob(SparkSession spark, String runId, LocalDate today) {
    this(spark, runId, today, org.sdg16.schemas.config.PipelineConfig.Limits.DEFAULT);
  }

  public IngestJob(SparkSession spark, String runId, LocalDate today,
      org.sdg16.schemas.config.PipelineConfig.Limits limits) {
    this.spark = spark;
    this.runId = runId;
    this.today = today;
    this.limits = limits;
  }

  public Report run(Path inbox, Path population, Path staging) {
    spark.sparkContext().setJobGroup("sdg16-ingest", "ingest " + inbox, false);
    Intake intake = new Intake(M49.standard(), today, limits);
    List<FileOutcome> outcomes = new ArrayList<>();
    for (SourceFile f : Intake.scan(inbox)) {
      outcomes.addAll(intake.process(f));
    }
    if (population != null) {
      SourceFile pop = new SourceFile(population, population.getFileName().toString(), "population");
      outcomes.addAll(processPopulation(intake, pop));
    }
    Map<String, Long> superseded = new LinkedHashMap<>();
    Map<String, Long> tableRows = new LinkedHashMap<>();
    List<DatasetSchema> tables = new ArrayList<>(Datasets.INBOX);
    tables.add(Datasets.POPULATION);
    for (DatasetSchema schema : tables) {
      List<Row> rows = new ArrayList<>();
      for (FileOutcome o : outcomes) {
        if (o.dataset().equals(schema.name())) {
          rows.addAll(Rows.accepted(schema, o, runId));
        }
      }
      Dataset<Row> df = spark.createDataFrame(rows, schema.tableSchema());
      Dataset<Row> current = latestSubmissions(df, schema, superseded);
      String table = schema == Datasets.POPULATION ? "population" : schema.tableName();
      write(current, staging.resolve(table));
      tableRows.put(table, (long) rows.size() - superseded.entrySet().stream()
          .filter(e -> e.getKey().startsWith(schema.name() + ":")).mapToLong(Map.Entry::getValue).sum());
    }
    // published series (contract §1.6): their own table, never mixed with computed values
    List<Row> published = new ArrayList<>();
    for (org.sdg16.jobs.published.PublishedFile pf : org.sdg16.jobs.published.PublishedReader.readInbox(inbox)) {
      outcomes.add(pf.outcome());
      published.addAll(Rows.accepted(Datasets.PUBLISHED, pf.outcome(), runId));
    }
    write(spark.createDataFrame(published, Datasets.PUBLISHED.tableSchema()), staging.resolve("published"));
    tableRows.put("published", (long) published.size());
    List<Row> quarantine = new ArrayList<>();
    List<Row> findings = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      quarantine.addAll(Rows.quarantined(o, runId));
      findings.addAll(Rows.findings(o, runId));
    }
    write(spark.createDataFrame(quarantine, Rows.QUARANTINE), staging.resolve("quarantine"));
    write(spark.createDataFrame(findings, Rows.FINDINGS), staging.resolve("findings"));
    tableRows.put("quarantine", (long) quarantine.size());
    tableRows.put("findings", (long) findings.size());
    return new Report(outcomes, superseded, tableRows);
  }

  private static List<FileOutcome> processPopulation(Intake intake, SourceFile pop) {
    return intake.processAs(pop, Datasets.POPULATION);
  }

  /**
   * Contract §1, revisions: per revision key (area and year, or area and event id) only the rows
   * of the submission with the latest {@code submitted_on} are kept, and on equal dates those of
   * the file whose name sorts last. Counts superseded rows per {@code dataset:file}.
   */
  Dataset<Row> latestSubmissions(Dataset<Row> df, DatasetSchema schema, Map<String, Long> superseded) {
    Column[] key = schema.revisionKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    boolean dated = schema.field("submitted_on").isPresent();
    Column date = dated ? coalesce(col("submitted_on"), lit(java.sql.Date.valueOf("0001-01-01")))
        : lit(java.sql.Date.valueOf("0001-01-01"));
    // one file (or sheet) is one submission: its date for a key is the latest submitted_on of its rows
    Column[] fileKey = java.util.stream.Stream.concat(java.util.Arrays.stream(key),
        java.util.stream.Stream.of(col("source_file"), coalesce(col("source_sheet"), lit("")))).toArray(Column[]::new);
    Column submission = struct(max(date).over(Window.partitionBy(fileKey)).as("d"),
        element_at(split(col("source_file"), "/"), -1).as("name"), col("source_file").as("path"),
        coalesce(col("source_sheet"), lit("")).as("sheet"));
    WindowSpec w = Window.partitionBy(key);
    Dataset<Row> marked = df.withColumn("_submission", submission)
        .withColumn("_winner", max(col("_submission")).over(w))
        .cache();
    for (Row r : marked.filter(col("_submission").notEqual(col("_winner")))
        .groupBy("source_file", "source_sheet").count().collectAsList()) {
      superseded.merge(schema.name() + ":" + r.getString(0) + (r.isNullAt(1) ? "" : "#" + r.getString(1)),
          r.getLong(2), Long::sum);
    }
    return marked.filter(col("_submission").equalTo(col("_winner"))).drop("_submission", "_winner");
  }

  private static void write(Dataset<Row> df, Path dir) {
    df.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
  }

  /** The schema actually written for a table; tests compare it with the declaration. */
  public static StructType declared(DatasetSchema schema) {
    return schema.tableSchema();
  }
}
