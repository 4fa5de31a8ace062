package org.sdg16.jobs.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.compute.ComputeJob;
import org.sdg16.jobs.ingest.IngestCache;
import org.sdg16.jobs.ingest.IngestJob;
import org.sdg16.jobs.spark.Sessions;
import org.sdg16.jobs.trends.TrendsJob;
import org.sdg16.jobs.warehouse.RunLock;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.reference.PopulationReference;

/**
 * One batch run (contract §3): takes the warehouse lock, runs the stages in one Spark session
 * into a staging snapshot, publishes it as a whole, and writes the run manifest. A failed stage
 * publishes nothing. Stages that are not run keep the tables of the current snapshot.
 */
public final class Pipeline {

  /** The stages, in order: INGEST and COMPUTE write warehouse tables and publish a snapshot;
   * EXPORT writes the files for SDG reporting and REPORT the charted report from a published
   * snapshot. */
  public enum Stage { INGEST, COMPUTE, EXPORT, REPORT }

  /** Tables each stage writes. */
  private static final Map<Stage, List<String>> WRITES = Map.of(
      Stage.INGEST, List.of("returns_firearms", "returns_firearms_cases", "returns_ccp", "returns_tip",
          "returns_markets", "population", "published", "quarantine", "findings"),
      Stage.COMPUTE, List.of("observations", ComputeJob.PORT_TOTALS, "trends"));

  private final PipelineConfig config;
  private final Progress progress;
  private final boolean verbose;
  private boolean full;

  public Pipeline(PipelineConfig config, Progress progress, boolean verbose) {
    this.config = config;
    this.progress = progress;
    this.verbose = verbose;
  }

  /**
   * Parses every file of the inbox, even those whose bytes did not change since an earlier run
   * (by default their validated rows are taken from the ingest cache: {@link IngestCache}).
   */
  public Pipeline full(boolean on) {
    this.full = on;
    return this;
  }

  /** What a finished run published. */
  public record Outcome(String runId, String snapshotId, Path manifest, IngestJob.Report ingest,
      ComputeJob.Result compute, List<Path> exports) {}

  /** A new run id: UTC time plus a random suffix, e.g. {@code 20261128T091502Z-3f9a}. */
  public static String newRunId() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT))
        + "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
  }

  /** Runs every stage with an existing session (tests share one). */
  public Outcome run(String command, SparkSession spark) {
    return run(command, EnumSet.allOf(Stage.class), spark);
  }

  /**
   * Runs the given stages in their own Spark session. The warehouse lock is taken before Spark
   * starts, so that a refused run (exit 3) costs nothing.
   */
  public Outcome run(String command, Set<Stage> stages, String asOf) {
    String runId = newRunId();
    try (RunLock lock = RunLock.acquire(config.output(), runId)) {
      SparkSession spark = Sessions.create(config, verbose);
      try {
        return locked(runId, command, stages, asOf, spark);
      } finally {
        spark.stop();
      }
    }
  }

  public Outcome run(String command, Set<Stage> stages) {
    return run(command, stages, (String) null);
  }

  public Outcome run(String command, Set<Stage> stages, SparkSession spark) {
    return run(command, stages, null, spark);
  }

  /**
   * Runs the stages. With INGEST or COMPUTE a new snapshot is published; the output stages then
   * read it. Without them (the read-only commands) the output stages read the current snapshot,
   * or the one {@code asOf} names (an id or a release).
   */
  public Outcome run(String command, Set<Stage> stages, String asOf, SparkSession spark) {
    String runId = newRunId();
    try (RunLock lock = RunLock.acquire(config.output(), runId)) {
      return locked(runId, command, stages, asOf, spark);
    }
  }

  /**
   * An output stage (export or report) failed after its run had published a snapshot: the
   * snapshot is current, the files of that stage may be incomplete (contract §3, exit codes).
   */
  public static final class OutputFailed extends RuntimeException {
    private final String snapshot;
    private final String stage;

    OutputFailed(String snapshot, String stage, Throwable cause) {
      super("published snapshot " + snapshot + "; the " + stage + " failed: " + cause, cause);
      this.snapshot = snapshot;
      this.stage = stage;
    }

    public String snapshot() {
      return snapshot;
    }

    public String stage() {
      return stage;
    }
  }

  /** Set by the shutdown hook of a run that a signal (SIGTERM, Ctrl-C) stopped before it finished. */
  private static final java.util.concurrent.atomic.AtomicBoolean TERMINATED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Whether a signal is stopping the JVM in the middle of a run (its manifest says {@code terminated}). */
  public static boolean terminated() {
    return TERMINATED.get();
  }

  /** The run itself; the caller holds the warehouse lock. */
  private Outcome locked(String runId, String command, Set<Stage> stages, String asOf, SparkSession spark) {
    Path out = config.output();
    Warehouse warehouse = new Warehouse(out);
    RunManifest manifest = new RunManifest(runId, command, config.describe());
    java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicReference<String> published = new java.util.concurrent.atomic.AtomicReference<>();
    // a signal stops the JVM: the manifest still says what happened, and what was published
    Thread onSignal = new Thread(() -> {
      if (!finished.get()) {
        TERMINATED.set(true);
        String what = published.get() == null ? "nothing was published by this run"
            : "snapshot " + published.get() + " was published; its exports and report may be incomplete";
        manifest.put("error", "terminated by a signal; " + what);
        try {
          manifest.write(out, "terminated", 143);
        } catch (RuntimeException e) {
          // the disk may be what failed; stderr still says it
        }
        System.err.println("sdg16: terminated by a signal; " + what);
      }
    }, "sdg16-terminated");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      return locked(runId, command, stages, asOf, spark, warehouse, manifest, published);
    } finally {
      finished.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs, and sees the run finished
      }
    }
  }

  private Outcome locked(String runId, String command, Set<Stage> stages, String asOf, SparkSession spark,
      Warehouse warehouse, RunManifest manifest, java.util.concurrent.atomic.AtomicReference<String> published) {
    Path out = config.output();
    boolean writes = stages.contains(Stage.INGEST) || stages.contains(Stage.COMPUTE);
    int cores = Sessions.driverCores(spark.sparkContext().master());
    {
      String snapshot = null;
      IngestJob.Report ingest = null;
      ComputeJob.Result compute = null;
      List<Path> exports = List.of();
      Path staging = writes ? warehouse.stage(runId) : null;
      // the step after publication that runs now: a failure there says the snapshot was published
      String after = "publication";
      try {
        Path tables;
        if (writes) {
          carryOver(warehouse, staging, stages);
          ingest = stages.contains(Stage.INGEST) ? ingest(spark, runId, warehouse, staging, manifest) : null;
          compute = stages.contains(Stage.COMPUTE) ? compute(spark, staging, manifest) : null;
          long t1 = System.nanoTime();
          Map<String, Object> meta = new LinkedHashMap<>();
          meta.put("command", command);
          meta.put("program_version", Version.get());
          snapshot = warehouse.publish(staging, runId, meta);
          published.set(snapshot);
          manifest.put("published_snapshot", snapshot);
          staging = null;
          double pub = (System.nanoTime() - t1) / 1e9;
          after = "retention";
          List<String> pruned = warehouse.prune(config.retention().keep());
          manifest.stage("publish", pub, Map.of("snapshot", snapshot, "pruned", pruned));
          progress.stage("publish", pub, "snapshot " + snapshot + " at " + warehouse.current()
              + (pruned.isEmpty() ? "" : "; pruned snapshot(s) " + String.join(", ", pruned)
                  + " (keeping the last " + config.retention().keep() + " and every release)"));
          tables = warehouse.snapshots().resolve(snapshot);
        } else {
          try {
            tables = warehouse.resolve(asOf);
          } catch (IllegalArgumentException e) {
            throw new org.sdg16.schemas.config.ConfigException(asOf == null ? "output" : "--as-of", e.getMessage());
          }
          snapshot = tables.getFileName().toString();
          manifest.put("as_of", snapshot);
        }
        manifest.put("snapshot_id", snapshot);
        // the small tables of the snapshot, read once for every output stage that needs them
        SnapshotTables small = null;
        java.util.concurrent.Future<List<Path>> exporting = null;
        RuntimeException failed = null;
        // the output stages do the same work whatever the size of the inbox: no more C2 (Jit)
        org.sdg16.jobs.spark.Jit.quickFromHere();
        try {
          if (stages.contains(Stage.EXPORT)) {
            after = "export";
            long t0 = System.nanoTime();
            SnapshotTables t = SnapshotTables.read(spark, tables);
            small = t;
            Path dir = asOf == null ? out.resolve("exports") : out.resolve("exports").resolve("snapshot-" + snapshot);
            // the export is plain Java on tables already read: it runs beside the report when the
            // run has more than one core, before it otherwise
            if (cores > 1 && stages.contains(Stage.REPORT)) {
              exporting = OUTPUT_THREADS.submit(() -> export(t, t0, dir, manifest));
            } else {
              exports = export(t, t0, dir, manifest);
            }
          }
          if (stages.contains(Stage.REPORT)) {
            after = "report";
            long t0 = System.nanoTime();
            small = small != null ? small : SnapshotTables.read(spark, tables);
            report(spark, small, t0, runId, snapshot, asOf == null ? out.resolve("reports")
                : out.resolve("reports").resolve("snapshot-" + snapshot), cores, manifest);
          }
        } catch (RuntimeException e) {
          failed = e;
        }
        if (exporting != null) {
          try {
            exports = await(exporting); // also when the report failed: no export is left half-written
          } catch (RuntimeException e) {
            if (failed == null) {
              failed = e;
              after = "export";
            } else {
              failed.addSuppressed(e);
              after = "export and the report";
            }
          }
        }
        if (failed != null) {
          throw failed; // after a publication, the catch below says which stage failed
        }
        after = "export of the CSV tables";
        if (!stages.contains(Stage.EXPORT) && compute != null) {
          // compute alone: the whole observations and trends tables as CSV, to open at once
          SnapshotTables t = small != null ? small : SnapshotTables.read(spark, tables);
          exports = org.sdg16.jobs.export.CsvExportWriter.write(out.resolve("exports"), t.observations(),
              t.trends(), t.findings());
        }
        after = "run manifest";
        Path m = manifest.write(out, "succeeded", 0);
        progress.note("run " + runId + " done; manifest " + m);
        return new Outcome(runId, snapshot, m, ingest, compute, exports);
      } catch (RuntimeException | Error caught) {
        Throwable e = caught;
        if (published.get() != null && caught instanceof RuntimeException && !(caught instanceof OutputFailed)) {
          // a step after publication failed: the snapshot is published all the same, and the message says so
          manifest.put("failed_stage", after);
          e = new OutputFailed(published.get(), after, caught);
        }
        // every failure writes its manifest, an Error (out of memory, a class that cannot load) too
        manifest.put("error", String.valueOf(e));
        try {
          manifest.write(out, "failed", 1);
        } catch (RuntimeException m) {
          e.addSuppressed(m);
        }
        if (staging != null) {
          try {
            Warehouse.deleteTree(staging);
          } catch (java.io.IOException ignored) {
            // the next run removes leftover staging folders
          }
        }
        if (e instanceof Error err) {
          throw err;
        }
        throw (RuntimeException) e;
      }
    }
  }

  /** One thread for the export stage, which runs beside the report. */
  private static final java.util.concurrent.ExecutorService OUTPUT_THREADS =
      java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sdg16-export");
        t.setDaemon(true);
        return t;
      });

  /** The result of a stage run on another thread; its failure is thrown as it was. */
  private static <T> T await(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the export", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The report stage; {@code t0} is when it started reading the snapshot's tables. */
  private void report(SparkSession spark, SnapshotTables small, long t0, String runId, String snapshot, Path dir,
      int cores, RunManifest manifest) {
    org.sdg16.reports.model.ReportInput input = ReportInputs.of(spark, small, runId, snapshot);
    org.sdg16.reports.ReportWriter.Result r = org.sdg16.reports.ReportWriter.write(input, dir, cores);
    double secs = (System.nanoTime() - t0) / 1e9;
    manifest.stage("report", secs, Map.of("pages", r.pages().size(), "charts", r.charts(),
        "index", config.output().relativize(r.index()).toString(), "pdf", config.output().relativize(r.pdf()).toString()));
    progress.stage("report", secs, r.pages().size() + " pages, " + r.charts() + " charts, " + r.index() + " and "
        + r.pdf().getFileName());
  }

  /**
   * The export stage; {@code t0} is when it started reading the snapshot's tables. The SDMX file
   * is checked against the configured DSD ({@code exports.sdmx.dsd}, else the shipped one); the
   * rows left out are counted on the progress line and in the manifest.
   */
  private List<Path> export(SnapshotTables t, long t0, Path dir, RunManifest manifest) {
    org.sdg16.jobs.export.ExportOptions options = org.sdg16.jobs.export.ExportOptions.defaults()
        .withDsd(config.exports().sdmx().dsd()).withExportDate(LocalDate.now(ZoneOffset.UTC));
    org.sdg16.jobs.export.ExportWriters.Result r = org.sdg16.jobs.export.ExportWriters.writeAll(dir,
        t.observations(), t.trends(), t.findings(), options);
    List<Path> files = r.files();
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", files.stream().map(p -> config.output().relativize(p).toString()).toList());
    m.put("sdmx_rows", r.sdmxRows());
    m.put("sdmx_rows_left_out", r.sdmxLeftOut());
    manifest.stage("export", secs, m);
    progress.stage("export", secs, String.format(Locale.ROOT, "%d files in %s; SDMX: %,d rows, %,d left out (%s)",
        files.size(), dir, r.sdmxRows(), r.sdmxLeftOut(), org.sdg16.schemas.validation.FindingCode.SDMX_INVALID));
    return files;
  }

  /** Tables of stages not run now come from the current snapshot; tables computed from what a
   * stage rewrites are dropped, never left stale. */
  private void carryOver(Warehouse warehouse, Path staging, Set<Stage> stages) {
    if (stages.contains(Stage.INGEST)) {
      return; // everything is rewritten from the inbox
    }
    Set<String> rewritten = new java.util.HashSet<>();
    for (Stage s : stages) {
      rewritten.addAll(WRITES.get(s));
    }
    warehouse.carryOver(staging, rewritten);
  }

  private IngestJob.Report ingest(SparkSession spark, String runId, Warehouse warehouse, Path staging,
      RunManifest manifest) {
    long t0 = System.nanoTime();
    IngestJob job = new IngestJob(spark, runId, LocalDate.now(ZoneOffset.UTC), config.limits())
        .cache(IngestCache.of(warehouse), full);
    IngestJob.Report r = job.run(config.inbox(), config.population(), staging);
    double secs = (System.nanoTime() - t0) / 1e9;
    manifest.files(r.outcomes());
    manifest.outputFindings(r.outputFindings());
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("source", PopulationReference.SOURCE);
    reference.put("resource", PopulationReference.RESOURCE);
    reference.put("last_year", PopulationReference.worldBank().lastYear());
    manifest.put("population_reference", reference);
    r.outputFindings().forEach(f -> progress.note(f.severity() + " " + f.text()));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("files", r.outcomes().size());
    counts.put("files_rejected", r.filesRejected());
    counts.put("files_parsed", r.filesParsed());
    counts.put("files_unchanged", r.filesReused());
    counts.put("full", full);
    counts.put("rows_read", r.rowsRead());
    counts.put("rows_accepted", r.rowsAccepted());
    counts.put("rows_quarantined", r.rowsQuarantined());
    long superseded = r.superseded().values().stream().mapToLong(Long::longValue).sum();
    counts.put("rows_superseded", superseded);
    counts.put("superseded_by_file", r.superseded());
    counts.put("tables", r.tableRows());
    counts.put("seconds_by_step", r.seconds());
    counts.put("seconds_by_spark_step", job.detailSeconds());
    manifest.stage("ingest", secs, counts);
    progress.stage("ingest", secs, String.format(Locale.ROOT,
        "%s files (%s rejected, %s unchanged and not parsed again), %s rows read, %s accepted, %s quarantined, %s superseded by later submissions",
        Progress.n(r.outcomes().size()), Progress.n(r.filesRejected()), Progress.n(r.filesReused()),
        Progress.n(r.rowsRead()), Progress.n(r.rowsAccepted()), Progress.n(r.rowsQuarantined()),
        Progress.n(superseded)));
    return r;
  }

  private ComputeJob.Result compute(SparkSession spark, Path staging, RunManifest manifest) {
    long t0 = System.nanoTime();
    ComputeJob.Result r = new ComputeJob(spark).run(staging, new org.sdg16.jobs.methods.indicators.Aggregates.Policy(
        config.aggregates().minCountries(), config.aggregates().minCoverage()), config.sourcesByDataset());
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("observations", r.observations().size());
    counts.put("national", r.national());
    counts.put("aggregates", r.aggregates());
    counts.put("reported_totals", r.reportedTotals());
    manifest.stage("compute", secs, counts);
    progress.stage("compute", secs, String.format(Locale.ROOT,
        "%s observations (%s national, %s aggregates, %s reported totals below the aggregate thresholds)",
        Progress.n(r.observations().size()), Progress.n(r.national()), Progress.n(r.aggregates()),
        Progress.n(r.reportedTotals())));
    long t1 = System.nanoTime();
    long trends = new TrendsJob(spark).run(staging, config, r.panels());
    double tsecs = (System.nanoTime() - t1) / 1e9;
    manifest.stage("trends", tsecs, Map.of("series", trends));
    progress.stage("trends", tsecs, Progress.n(trends) + " series");
    return r;
  }
}
