package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Severity;

/**
 * The ingest stage (contract §1, §2, §4.1): validates every file of the inbox, resolves revisions
 * (the later submission wins whole per key) and writes the {@code returns_*}, {@code quarantine},
 * {@code findings} and {@code population} tables into the run's staging snapshot. The {@code
 * population} table is the population base of methodology §5 ({@link PopulationBase}): the shipped
 * reference overridden area-year by area-year by the configured file; the area-years of the returns
 * that it lacks are one {@code POPULATION_MISSING} finding.
 *
 * <p>The driver only lists the files. Spark reads them in a few tasks of about the same number of
 * bytes ({@link #bins}, {@link ReadFiles}): each validates its files with the same readers and
 * validator as the {@code validate} command and writes what they give, row by row, to scratch
 * Parquet records ({@link Scratch}) next to the staging snapshot, so no file is parsed twice. CSV
 * files of the datasets whose only cross-row rule is the unique key (port seizures, firearms cases,
 * markets, population) are streamed with one row in memory, and their duplicate keys found
 * afterwards in Spark ({@link Duplicates}); the other files (annual returns, workbooks) are
 * validated whole inside their task. The later steps read back only the columns they need: a hash
 * aggregate finds the few revision keys held by more than one row, duplicate keys and revisions
 * ({@link Revisions}) are decided on those rows alone, and each table is written from the scratch
 * records less the rows they take out. The driver receives only the per-outcome heads (through an
 * accumulator) and the findings, at most {@link #MANIFEST_FINDINGS_PER_FILE} per file: memory stays
 * bounded whatever the size of the inbox.
 *
 * <p>On a cluster, the inbox, the population file and the output folder must be on a file system
 * that the driver and every executor see at the same path.
 */
public final class IngestJob {

  /** The run manifest embeds at most this many findings per file; the findings table has all. */
  public static final int MANIFEST_FINDINGS_PER_FILE = 10_000;

  /**
   * A table with more accepted rows than this is big: it is written in several files (one per
   * partition in which Spark reads the scratch records, each some million rows), a smaller one in
   * one file.
   */
  static final long BIG_TABLE_ROWS = 1_000_000;

  /** What the stage did, for progress lines and the manifest. */
  public record Report(
      List<FileOutcome> outcomes,
      Map<String, Long> superseded,
      Map<String, Long> tableRows,
      Map<String, Double> seconds,
      int filesParsed,
      int filesReused,
      List<Finding> outputFindings) {

    public Report {
      outputFindings = List.copyOf(outputFindings);
    }

    public long rowsRead() {
      return outcomes.stream().mapToLong(FileOutcome::rowsRead).sum();
    }

    public long rowsAccepted() {
      return outcomes.stream().mapToLong(FileOutcome::rowsAccepted).sum();
    }

    public long rowsQuarantined() {
      return outcomes.stream().mapToLong(FileOutcome::rowsQuarantined).sum();
    }

    public long filesRejected() {
      return outcomes.stream().filter(FileOutcome::rejected).count();
    }
  }

  private final SparkSession spark;
  private final String runId;
  private final LocalDate today;
  private boolean stream = true;
  private long bigTableRows = BIG_TABLE_ROWS;
  private IngestCache cache;
  private boolean full;

  private final PipelineConfig.Limits limits;

  public IngestJob(SparkSession spark, String runId, LocalDate today) {
    this(spark, runId, today, PipelineConfig.Limits.DEFAULT);
  }

  public IngestJob(
      SparkSession spark, String runId, LocalDate today, PipelineConfig.Limits limits) {
    this.spark = spark;
    this.runId = runId;
    this.today = today;
    this.limits = limits;
  }

  /**
   * Whether files that can be checked row by row are streamed (the default). Off, every file is
   * validated whole, as the {@code validate} command does; the tables must be the same either way.
   */
  IngestJob streaming(boolean on) {
    this.stream = on;
    return this;
  }

  /**
   * Keeps what reading each file gave in {@code cache} and reuses it for files whose bytes did not
   * change ({@link IngestCache}); {@code full} parses every file (and renews the cache).
   */
  public IngestJob cache(IngestCache cache, boolean full) {
    this.cache = cache;
    this.full = full;
    return this;
  }

  /** Tables with more rows than this are written in several files (tests lower it). */
  IngestJob bigTables(long rows) {
    this.bigTableRows = rows;
    return this;
  }

  public Report run(Path inbox, Path population, Path staging) {
    spark.sparkContext().setJobGroup("sdg16-ingest", "ingest " + inbox, false);
    Map<String, Double> seconds = new LinkedHashMap<>();
    long t = System.nanoTime();
    List<FileTask> files = new ArrayList<>();
    for (SourceFile f : Intake.scan(inbox)) {
      files.add(FileTask.of(files.size(), f, null));
    }
    if (population != null) {
      SourceFile pop = new SourceFile(population, population.getFileName().toString(), null);
      files.add(FileTask.of(files.size(), pop, Datasets.POPULATION.name()));
    }
    // next to the staging snapshot, in a folder that the next run's Warehouse.stage() removes if
    // this one dies; the records below a name that Spark does not take for a hidden file. With a
    // cache, the records of the files parsed now go to its pending batch instead.
    Path scratchRoot =
        cache == null
            ? staging.resolveSibling(staging.getFileName() + "-scratch")
            : cache.pending(runId);
    Path scratch = IngestCache.records(scratchRoot);
    Batch batch = null;
    boolean done = false;
    try {
      Reuse reuse = cache == null ? Reuse.NONE : reuse(files);
      t = lap(seconds, "cache_lookup", t);
      List<FileTask> toRead =
          files.stream().filter(f -> !reuse.entries().containsKey(f.index())).toList();
      describe("read and validate " + toRead.size() + " files");
      List<OutcomeHead> heads =
          new ArrayList<>(toRead.isEmpty() ? List.of() : readFiles(toRead, scratch));
      t = lap(seconds, "read_validate", t);
      Dataset<Row> records =
          toRead.isEmpty()
              ? spark.createDataFrame(List.of(), Scratch.SCHEMA)
              : spark.read().schema(Scratch.SCHEMA).parquet(scratch.toString());
      for (Map.Entry<Path, Map<Integer, Integer>> b : reuse.byBatch().entrySet()) {
        records = records.unionByName(reused(b.getKey(), b.getValue()));
      }
      for (Map.Entry<Integer, IngestCache.Located> e : reuse.entries().entrySet()) {
        e.getValue().entry().heads().forEach(h -> heads.add(h.at(e.getKey())));
      }
      heads.sort(Comparator.comparingInt(OutcomeHead::task).thenComparingInt(OutcomeHead::part));
      batch = new Batch(files, heads, records);
      for (DatasetSchema schema : Scratch.DATASETS) {
        String table = schema.tableName();
        if (schema == Datasets.POPULATION) {
          batch.population(staging.resolve(table));
        } else {
          batch.table(schema, staging.resolve(table));
        }
        t = lap(seconds, table, t);
      }
      // one finding for the area-years of the returns that the population base lacks
      describe("population: area-years without population");
      Finding missing =
          PopulationBase.finding(
              PopulationBase.missing(spark, staging),
              population == null ? PopulationBase.NO_FILE : population.getFileName().toString());
      if (missing != null) {
        batch.output.add(missing);
      }
      t = lap(seconds, "population_missing", t);
      // published series (contract §1.6): their own table, never mixed with computed values
      describe("published series");
      List<Row> published = new ArrayList<>();
      List<PublishedFile> publishedFiles =
          new Intake(M49.standard(), today, limits).published(inbox);
      List<FileOutcome> publishedOutcomes = new ArrayList<>();
      for (PublishedFile pf : publishedFiles) {
        publishedOutcomes.add(pf.outcome());
        published.addAll(Rows.accepted(Datasets.PUBLISHED, pf.outcome(), pf.result(), runId));
      }
      write(
          spark.createDataFrame(published, SparkSchemas.of(WarehouseTables.PUBLISHED)).coalesce(1),
          staging.resolve(WarehouseTables.PUBLISHED.name()));
      batch.tableRows.put(WarehouseTables.PUBLISHED.name(), (long) published.size());
      t = lap(seconds, "published", t);
      describe("quarantine and findings");
      batch.quarantineAndFindings(staging, publishedFiles);
      t = lap(seconds, "quarantine_findings", t);
      describe("findings for the manifest");
      List<FileOutcome> outcomes = new ArrayList<>(batch.outcomes());
      outcomes.addAll(publishedOutcomes);
      t = lap(seconds, "manifest", t);
      if (cache != null) {
        describe("cache commit");
        cache.commit(runId, entries(toRead, heads), reuse.byBatch().keySet());
        lap(seconds, "cache_commit", t);
      }
      done = true;
      return new Report(
          outcomes,
          batch.superseded,
          batch.tableRows,
          seconds,
          toRead.size(),
          reuse.entries().size(),
          batch.output);
    } finally {
      describe(null);
      if (batch != null) {
        batch.cached.forEach(Dataset::unpersist);
      }
      if (cache != null) {
        if (!done) {
          cache.abandon(runId);
        }
      } else {
        try {
          Warehouse.deleteTree(scratchRoot);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * Which files this run takes from the cache: by index in this run's scan, the entry; and per
   * batch folder, the map from the index a file had in that batch's run to its index now.
   */
  private record Reuse(
      Map<Integer, IngestCache.Located> entries, Map<Path, Map<Integer, Integer>> byBatch) {
    static final Reuse NONE = new Reuse(Map.of(), Map.of());
  }

  /**
   * Finds the files whose entry is in the cache and still valid: same key (bytes, path, dataset,
   * limits, program), and no finding bound to the date that today would judge differently. The
   * SHA-256 is computed here only when the cache has entries at all; a run that would read from
   * more than {@link IngestCache#MAX_BATCHES} batches parses everything again, into one batch.
   */
  private Reuse reuse(List<FileTask> files) {
    Map<String, IngestCache.Located> known = full ? Map.of() : cache.load();
    if (known.isEmpty()) {
      return Reuse.NONE;
    }
    describe("cache lookup");
    Map<Integer, IngestCache.Located> entries = new LinkedHashMap<>();
    for (FileTask f : files) {
      if (!IngestCache.cacheable(f, limits)) {
        continue;
      }
      String sha = Intake.sha256(Path.of(f.path()));
      IngestCache.Located l = sha == null ? null : known.get(IngestCache.key(f, sha, limits));
      if (l != null
          && l.entry().heads().stream().allMatch(h -> h.changesOn() > today.toEpochDay())) {
        entries.put(f.index(), l);
      }
    }
    Map<Path, Map<Integer, Integer>> byBatch = new LinkedHashMap<>();
    for (Map.Entry<Integer, IngestCache.Located> e : entries.entrySet()) {
      byBatch
          .computeIfAbsent(e.getValue().batch(), k -> new LinkedHashMap<>())
          .put(e.getValue().entry().task(), e.getKey());
    }
    return byBatch.size() > IngestCache.MAX_BATCHES ? Reuse.NONE : new Reuse(entries, byBatch);
  }

  /** The scratch records of one cached batch for the files reused from it, with their new index. */
  private Dataset<Row> reused(Path batchDir, Map<Integer, Integer> taskNow) {
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

  /** The cache entries of the files parsed in this run that may be cached. */
  private List<IngestCache.Entry> entries(List<FileTask> parsed, List<OutcomeHead> heads) {
    List<IngestCache.Entry> out = new ArrayList<>();
    for (FileTask f : parsed) {
      List<OutcomeHead> mine = heads.stream().filter(h -> h.task() == f.index()).toList();
      String sha = mine.isEmpty() ? null : mine.get(0).sha256();
      if (sha != null && IngestCache.cacheable(f, limits)) {
        out.add(new IngestCache.Entry(IngestCache.key(f, sha, limits), f.index(), mine));
      }
    }
    return out;
  }

  /** The columns that name one row of the scratch records: outcome and row. */
  private static final String[] ROW_ID = {"task", "part", "source_row"};

  /** What the steps after the read know and build: the scratch records, the heads, the counts. */
  private final class Batch {
    final List<FileTask> files;
    final List<OutcomeHead> heads;

    /** Scratch records of every outcome that was not rejected. */
    final Dataset<Row> rows;

    /** Rows with findings (quarantined, or accepted with a WARNING): as few as the bad rows. */
    final Dataset<Row> flagged;

    /** {@code task, part, header} of every outcome, for the raw cells of duplicated rows. */
    final Dataset<Row> headers;

    final List<Dataset<Row>> cached = new ArrayList<>();
    final Map<String, Long> superseded = new LinkedHashMap<>();
    final Map<String, Long> tableRows = new LinkedHashMap<>();

    /** Rows of duplicate keys found in Spark, per outcome id. */
    final Map<String, Long> duplicated = new HashMap<>();

    final Map<DatasetSchema, Dataset<Row>> duplicates = new LinkedHashMap<>();

    /** Findings about what the run computed from the rows (scope OUTPUT), in the findings table. */
    final List<Finding> output = new ArrayList<>();

    Batch(List<FileTask> files, List<OutcomeHead> heads, Dataset<Row> records) {
      this.files = files;
      this.heads = heads;
      Object[] broken =
          heads.stream().filter(h -> h.streamed() && h.rejected()).map(OutcomeHead::task).toArray();
      // a streamed file that turned out unreadable half-way gave rows before it failed
      this.rows = broken.length == 0 ? records : records.filter(not(col("task").isin(broken)));
      this.flagged =
          cache(
              rows.filter(col("detail").isNotNull())
                  .select(
                      col("task"),
                      col("part"),
                      col("kind"),
                      col("dataset"),
                      col("source_file"),
                      col("source_sheet"),
                      col("source_row"),
                      Scratch.detail().as("d"))
                  .filter(col("d.findings").isNotNull())
                  .select(
                      col("task"),
                      col("part"),
                      col("kind"),
                      col("dataset"),
                      col("source_file"),
                      col("source_sheet"),
                      col("source_row"),
                      col("d.raw").as("raw"),
                      col("d.findings").as("findings")));
      this.headers =
          spark.createDataFrame(
              heads.stream()
                  .map(
                      h -> RowFactory.create(h.task(), h.part(), h.header().toArray(new String[0])))
                  .toList(),
              HEADERS);
    }

    private Dataset<Row> cache(Dataset<Row> df) {
      Dataset<Row> c = df.cache();
      cached.add(c);
      return c;
    }

    /**
     * Writes one table of accepted rows (contract §4.1): the dataset's accepted rows less the rows
     * of duplicate keys (found here for the files read row by row) and those of submissions that a
     * later one replaces (contract §1). A row that either rule takes out shares its revision key
     * with another row (the unique key holds the revision key): a hash aggregate over the key finds
     * those keys, and both rules are decided on their rows only, never on the whole table.
     */
    void table(DatasetSchema schema, Path dir) {
      Current c = current(schema);
      describe(schema.name() + ": write " + dir.getFileName());
      write(c.rows() > bigTableRows ? c.table() : c.table().coalesce(1), dir);
      tableRows.put(dir.getFileName().toString(), c.rows());
    }

    /**
     * Writes the {@code population} table: the population base of methodology §5, the accepted rows
     * of the configured file and the shipped reference for every other area-year ({@link
     * PopulationBase}).
     */
    void population(Path dir) {
      Current c = current(Datasets.POPULATION);
      describe("population: merge with the reference");
      PopulationBase.Merged m = PopulationBase.merge(spark, c.table(), c.rows(), runId);
      describe("population: write " + dir.getFileName());
      write(m.table().coalesce(1), dir);
      tableRows.put(dir.getFileName().toString(), m.rows());
    }

    /** The rows of one table (as {@link #table} describes them) and how many there are. */
    private Current current(DatasetSchema schema) {
      List<OutcomeHead> mine =
          heads.stream().filter(h -> h.dataset().equals(schema.name()) && !h.rejected()).toList();
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
          rows.filter(
                  col("kind").equalTo(Scratch.ACCEPTED).and(col("dataset").equalTo(schema.name())))
              .select(cols.toArray(Column[]::new));
      long n = mine.stream().mapToLong(OutcomeHead::rowsAccepted).sum();
      Dataset<Row> drop = null;
      if (n > 0) {
        describe(schema.name() + ": repeated keys");
        Dataset<Row> repeated = cache(Revisions.repeatedKeys(accepted, schema));
        if (repeated.count() > 0) {
          Dataset<Row> candidates =
              cache(
                  accepted.join(
                      repeated, Revisions.keyHash(schema).equalTo(col("_key")), "left_semi"));
          if (schema.rowByRow() && mine.stream().anyMatch(OutcomeHead::streamed)) {
            describe(schema.name() + ": duplicate keys");
            Dataset<Row> found =
                Duplicates.find(candidates.filter(col("key_pending")), headers, schema);
            if (found != null) {
              cached.add(found);
              duplicates.put(schema, found);
              for (Map.Entry<String, Long> e : countByOutcome(found).entrySet()) {
                duplicated.put(e.getKey(), e.getValue());
                n -= e.getValue();
              }
              candidates = without(candidates, found);
              drop = found.select(ROW_ID[0], ROW_ID[1], ROW_ID[2]);
            }
          }
          describe(schema.name() + ": revisions");
          Dataset<Row> losers =
              cache(Revisions.mark(candidates, schema))
                  .filter(not(col("_wins")))
                  .select(ROW_ID[0], ROW_ID[1], ROW_ID[2]);
          Map<String, Long> lost = countByOutcome(losers);
          for (Map.Entry<String, Long> e : lost.entrySet()) {
            OutcomeHead h =
                heads.stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow();
            superseded.merge(
                schema.name()
                    + ":"
                    + files.get(h.task()).relative()
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

    /** Writes the {@code quarantine} and {@code findings} tables, each one file in file order. */
    void quarantineAndFindings(Path staging, List<PublishedFile> published) {
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
        pf.add(
            RowFactory.create(
                x.dataset(),
                x.file(),
                x.sheet(),
                x.row(),
                x.column(),
                x.code().name(),
                x.severity().name(),
                x.message(),
                null,
                runId,
                2,
                pos++));
      }
      write(
          quarantine()
              .unionByName(spark.createDataFrame(pq, SparkSchemas.of(WarehouseTables.QUARANTINE)))
              .repartition(1)
              .sortWithinPartitions("source_file", "source_sheet", "source_row"),
          staging.resolve(WarehouseTables.QUARANTINE.name()));
      write(
          findings()
              .unionByName(spark.createDataFrame(pf, SORTED_FINDINGS))
              .repartition(1)
              .sortWithinPartitions("source_file", "_order", "row", "_pos")
              .drop("_order", "_pos"),
          staging.resolve(WarehouseTables.FINDINGS.name()));
      Row c =
          flagged
              .agg(
                  sum(when(col("kind").equalTo(Scratch.QUARANTINED), 1).otherwise(0)),
                  sum(size(col("findings"))))
              .first();
      long dups = duplicated.values().stream().mapToLong(Long::longValue).sum();
      tableRows.put(
          WarehouseTables.QUARANTINE.name(),
          (c.isNullAt(0) ? 0 : c.getLong(0))
              + dups
              + heads.stream().filter(OutcomeHead::rejected).count()
              + pq.size());
      tableRows.put(
          WarehouseTables.FINDINGS.name(),
          (c.isNullAt(1) ? 0 : c.getLong(1))
              + dups
              + heads.stream().mapToLong(h -> h.fileFindings().size()).sum()
              + pf.size());
    }

    /** The {@code quarantine} table: quarantined rows, rejected files, rows of duplicate keys. */
    private Dataset<Row> quarantine() {
      Dataset<Row> q =
          flagged
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
      for (OutcomeHead h : heads) {
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
      q =
          q.unionByName(
              spark.createDataFrame(rejected, SparkSchemas.of(WarehouseTables.QUARANTINE)));
      for (Map.Entry<DatasetSchema, Dataset<Row>> e : duplicates.entrySet()) {
        Column finding =
            struct(
                lit(FindingCode.DUPLICATE_KEY.name()).as("code"),
                lit(FindingCode.DUPLICATE_KEY.severity().name()).as("severity"),
                col("column"),
                col("message"));
        q =
            q.unionByName(
                e.getValue()
                    .select(
                        lit(e.getKey().name()).as("dataset"),
                        col("source_file"),
                        col("source_sheet"),
                        col("source_row"),
                        col("raw"),
                        array(finding).as("findings"),
                        lit(runId).as("ingest_run")));
      }
      return q;
    }

    /** The {@code findings} table, with the columns {@code _order} and {@code _pos} to sort it. */
    private Dataset<Row> findings() {
      Dataset<Row> f =
          flagged
              .selectExpr(
                  "dataset", "kind", "source_file", "raw", "posexplode(findings) as (_pos, f)")
              .select(
                  coalesce(col("f.dataset"), col("dataset")).as("dataset"),
                  col("source_file"),
                  col("f.sheet").as("source_sheet"),
                  col("f.row").as("row"),
                  col("f.column").as("column"),
                  col("f.code").as("code"),
                  col("f.severity").as("severity"),
                  col("f.message").as("message"),
                  when(col("kind").equalTo(Scratch.QUARANTINED), col("raw")).as("raw"),
                  lit(runId).as("ingest_run"),
                  lit(1).as("_order"),
                  col("_pos"));
      List<Row> fileLevel = new ArrayList<>();
      for (OutcomeHead h : heads) {
        int pos = 0;
        for (Finding x : h.fileFindings()) {
          fileLevel.add(
              RowFactory.create(
                  x.dataset() == null ? h.dataset() : x.dataset(),
                  x.file(),
                  x.sheet(),
                  x.row(),
                  x.column(),
                  x.code().name(),
                  x.severity().name(),
                  x.message(),
                  null,
                  runId,
                  0,
                  pos++));
        }
      }
      f = f.unionByName(spark.createDataFrame(fileLevel, SORTED_FINDINGS));
      for (Map.Entry<DatasetSchema, Dataset<Row>> e : duplicates.entrySet()) {
        f =
            f.unionByName(
                e.getValue()
                    .select(
                        lit(e.getKey().name()).as("dataset"),
                        col("source_file"),
                        col("source_sheet"),
                        col("source_row").as("row"),
                        col("column"),
                        lit(FindingCode.DUPLICATE_KEY.name()).as("code"),
                        lit(FindingCode.DUPLICATE_KEY.severity().name()).as("severity"),
                        col("message"),
                        col("raw"),
                        lit(runId).as("ingest_run"),
                        lit(1).as("_order"),
                        lit(0).as("_pos")));
      }
      return f;
    }

    /**
     * The per-file reconciliation of the manifest: each head with the rows of duplicate keys found
     * in Spark moved from accepted to quarantined, and its findings in the validator's order
     * (file-level first, then by row), at most {@link #MANIFEST_FINDINGS_PER_FILE} of them.
     */
    List<FileOutcome> outcomes() {
      Dataset<Row> f =
          flagged
              .selectExpr("task", "part", "source_file", "posexplode(findings) as (_pos, f)")
              .select(
                  col("task"),
                  col("part"),
                  col("source_file"),
                  col("f.row").as("row"),
                  col("_pos"),
                  col("f.code").as("code"),
                  col("f.severity").as("severity"),
                  col("f.dataset").as("dataset"),
                  col("f.sheet").as("sheet"),
                  col("f.column").as("column"),
                  col("f.message").as("message"));
      for (Map.Entry<DatasetSchema, Dataset<Row>> e : duplicates.entrySet()) {
        f =
            f.unionByName(
                e.getValue()
                    .select(
                        col("task"),
                        col("part"),
                        col("source_file"),
                        col("source_row").as("row"),
                        lit(0).as("_pos"),
                        lit(FindingCode.DUPLICATE_KEY.name()).as("code"),
                        lit(FindingCode.DUPLICATE_KEY.severity().name()).as("severity"),
                        lit(e.getKey().name()).as("dataset"),
                        col("source_sheet").as("sheet"),
                        col("column"),
                        col("message")));
      }
      WindowSpec outcome = Window.partitionBy("task", "part");
      Map<String, List<Finding>> byOutcome = new HashMap<>();
      Map<String, Long> total = new HashMap<>();
      for (Row r :
          f.withColumn("_i", row_number().over(outcome.orderBy("row", "_pos")))
              .withColumn("_n", count(lit(1)).over(outcome))
              .filter(col("_i").leq(MANIFEST_FINDINGS_PER_FILE))
              .orderBy("task", "part", "_i")
              .select(
                  "task",
                  "part",
                  "source_file",
                  "code",
                  "severity",
                  "dataset",
                  "sheet",
                  "row",
                  "column",
                  "message",
                  "_n")
              .collectAsList()) {
        String id = OutcomeHead.id(r.getInt(0), r.getInt(1));
        byOutcome
            .computeIfAbsent(id, k -> new ArrayList<>())
            .add(
                new Finding(
                    FindingCode.valueOf(r.getString(3)),
                    Severity.valueOf(r.getString(4)),
                    r.getString(5),
                    r.getString(2),
                    r.getString(6),
                    r.isNullAt(7) ? null : r.getInt(7),
                    r.getString(8),
                    r.getString(9)));
        total.put(id, r.getLong(10));
      }
      List<FileOutcome> out = new ArrayList<>();
      for (OutcomeHead h : heads) {
        List<Finding> all = new ArrayList<>(h.fileFindings());
        List<Finding> mine = byOutcome.getOrDefault(h.id(), List.of());
        all.addAll(mine);
        long dups = duplicated.getOrDefault(h.id(), 0L);
        out.add(
            new FileOutcome(
                files.get(h.task()).source(),
                h.dataset(),
                h.sheet(),
                h.sha256(),
                h.bytes(),
                h.rowsRead(),
                (int) (h.rowsAccepted() - dups),
                (int) (h.rowsQuarantined() + dups),
                h.rejection(),
                all,
                total.getOrDefault(h.id(), 0L) - mine.size()));
      }
      return out;
    }
  }

  /** The rows of a table and how many there are. */
  private record Current(Dataset<Row> table, long rows) {}

  private static final StructType HEADERS =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("task", DataTypes.IntegerType, false),
              DataTypes.createStructField("part", DataTypes.IntegerType, false),
              DataTypes.createStructField(
                  "header", DataTypes.createArrayType(DataTypes.StringType, true), false)));

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

  private static final StructType SORTED_FINDINGS =
      SparkSchemas.of(WarehouseTables.FINDINGS)
          .add("_order", DataTypes.IntegerType, false)
          .add("_pos", DataTypes.IntegerType, false);

  /** Names the Spark jobs of a step, for the UI and event logs. */
  private void describe(String step) {
    long now = System.nanoTime();
    if (detailStep != null) {
      detailSeconds.merge(detailStep, (now - detailSince) / 1e9, Double::sum);
    }
    detailStep = step;
    detailSince = now;
    spark.sparkContext().setJobDescription(step == null ? null : "ingest: " + step);
  }

  /**
   * Seconds per described step (finer than the report's): the manifest's {@code
   * seconds_by_spark_step}.
   */
  private final Map<String, Double> detailSeconds = new LinkedHashMap<>();

  private String detailStep;
  private long detailSince;

  /** The seconds of each step named for Spark's UI, in the order they ran. */
  public Map<String, Double> detailSeconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    detailSeconds.forEach((k, v) -> out.put(k, Math.round(v * 1000) / 1000.0));
    return out;
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = System.nanoTime();
    seconds.put(step, Math.round((now - since) / 1e6) / 1e3);
    return now;
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

  /**
   * Reads and validates every file in Spark tasks of a few files each ({@link #bins}); returns the
   * heads of the outcomes in the order of the inbox scan and of the sheets of each workbook.
   */
  private List<OutcomeHead> readFiles(List<FileTask> tasks, Path scratch) {
    List<List<FileTask>> bins = bins(tasks, 4 * spark.sparkContext().defaultParallelism());
    CollectionAccumulator<OutcomeHead> acc =
        spark.sparkContext().collectionAccumulator("sdg16 ingest outcomes");
    JavaRDD<Row> records =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(bins, Math.max(1, bins.size()))
            .flatMap(new ReadFiles(today, limits, stream, acc));
    spark
        .createDataFrame(records, Scratch.SCHEMA)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .options(Scratch.PARQUET)
        .parquet(scratch.toString());
    return new ArrayList<>(acc.value());
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

  private static void write(Dataset<Row> df, Path dir) {
    df.write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
  }
}
