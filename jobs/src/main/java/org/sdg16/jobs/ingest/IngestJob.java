package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.io.Trees;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.Finding;

/**
 * The ingest stage (contract §1, §2, §4.1): validates every file of the inbox, resolves revisions
 * (the later submission wins whole per key) and writes the {@code returns_*}, {@code quarantine},
 * {@code findings} and {@code population} tables into the run's staging snapshot. The {@code
 * population} table is the population base of methodology §5 ({@link PopulationBase}): the shipped
 * reference overridden area-year by area-year by the configured file; the area-years of the returns
 * that it lacks are one {@code POPULATION_MISSING} finding.
 *
 * <p>The driver only lists the files. Spark reads them in a few tasks of about the same number of
 * bytes ({@link ReadStep#bins}, {@link ReadFiles}): each validates its files with the same readers
 * and validator as the {@code validate} command and writes what they give, row by row, to scratch
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
 * <p>The run is five steps, each a class with its inputs and output explicit: {@link PlanStep} (the
 * files, and those the {@link IngestCache} holds), {@link ReadStep} (parsing and validation into
 * scratch records), {@link TableStep} (the table of each dataset, and the published series), {@link
 * QuarantineStep} (the quarantine and findings tables) and {@link ReconcileStep} (the per-file
 * counts and findings of the manifest). One {@link StepTimer} times them all.
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

  /**
   * How the job runs.
   *
   * @param limits the config's limits on files and cells (contract §2)
   * @param cache keeps what reading each file gave and reuses it for files whose bytes did not
   *     change ({@link IngestCache}); null for none
   * @param full with a cache: parse every file (and renew the cache)
   * @param stream whether files that can be checked row by row are streamed; off, every file is
   *     validated whole, as the {@code validate} command does: the tables are the same either way
   * @param bigTableRows tables with more rows than this are written in several files
   */
  public record Options(
      PipelineConfig.Limits limits,
      IngestCache cache,
      boolean full,
      boolean stream,
      long bigTableRows) {

    /** The default limits, no cache. */
    public static final Options DEFAULT = new Options(PipelineConfig.Limits.DEFAULT, null, false);

    /** Streamed reading and the usual big-table threshold, with {@code cache} (or none: null). */
    public Options(PipelineConfig.Limits limits, IngestCache cache, boolean full) {
      this(limits, cache, full, true, BIG_TABLE_ROWS);
    }
  }

  /** What the stage did, for progress lines and the manifest. */
  public record Report(
      List<FileOutcome> outcomes,
      Map<String, Long> superseded,
      Map<String, Long> tableRows,
      Map<String, Double> seconds,
      Map<String, Double> sparkSeconds,
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
  private final Options options;

  public IngestJob(SparkSession spark, String runId, LocalDate today) {
    this(spark, runId, today, Options.DEFAULT);
  }

  public IngestJob(SparkSession spark, String runId, LocalDate today, Options options) {
    this.spark = spark;
    this.runId = runId;
    this.today = today;
    this.options = options;
  }

  /**
   * Ingests the inbox and the population file (null for none) into the staging snapshot. Steps and
   * parts in the order the manifest's {@code seconds_by_step} and {@code seconds_by_spark_step}
   * list them.
   */
  public Report run(Path inbox, Path population, Path staging) {
    spark.sparkContext().setJobGroup("sdg16-ingest", "ingest " + inbox, false);
    IngestCache cache = options.cache();
    Path scratchRoot =
        cache == null
            ? staging.resolveSibling(staging.getFileName() + "-scratch")
            : cache.pending(runId);
    StepTimer timer = new StepTimer(spark.sparkContext());
    boolean done = false;
    try (Persisted persisted = new Persisted()) {
      timer.step("cache_lookup");
      PlanStep.Plan plan = PlanStep.plan(inbox, population, scratchRoot, options, today, timer);

      timer.step("read_validate");
      ReadStep.Read read = ReadStep.read(spark, plan, options, today, persisted, timer);

      // TableStep times each table as its own step
      TableStep.Tables tables =
          TableStep.write(spark, runId, read, options.bigTableRows(), staging, persisted, timer);
      Map<String, Long> tableRows = new LinkedHashMap<>(tables.rows());

      timer.step("population_missing");
      timer.part("population: area-years without population");
      List<Finding> output = new ArrayList<>();
      Finding missing =
          PopulationBase.finding(
              PopulationBase.missing(spark, staging),
              population == null ? PopulationBase.NO_FILE : population.getFileName().toString());
      if (missing != null) {
        output.add(missing);
      }

      timer.step("published");
      timer.part("published series");
      TableStep.Published published =
          TableStep.published(spark, runId, inbox, today, options.limits(), staging);
      tableRows.put(WarehouseTables.PUBLISHED.name(), published.rows());

      timer.step("quarantine_findings");
      timer.part("quarantine and findings");
      tableRows.putAll(
          QuarantineStep.write(spark, runId, read, tables, published.files(), output, staging));

      timer.step("manifest");
      timer.part("findings for the manifest");
      List<FileOutcome> outcomes = new ArrayList<>(ReconcileStep.outcomes(read, tables));
      published.files().forEach(pf -> outcomes.add(pf.outcome()));

      if (cache != null) {
        timer.step("cache_commit");
        timer.part("cache commit");
        cache.commit(
            runId,
            PlanStep.entries(plan.toRead(), read.heads(), options.limits()),
            plan.byBatch().keySet());
      }
      timer.stop();
      done = true;
      return new Report(
          outcomes,
          tables.superseded(),
          tableRows,
          timer.steps(),
          timer.parts(),
          plan.toRead().size(),
          plan.reused().size(),
          output);
    } finally {
      timer.stop(); // on a failure: the Spark job description is cleared all the same
      if (cache != null) {
        if (!done) {
          cache.abandon(runId);
        }
      } else {
        try {
          Trees.delete(scratchRoot);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
