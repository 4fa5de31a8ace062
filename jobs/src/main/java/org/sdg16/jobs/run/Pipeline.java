package org.sdg16.jobs.run;

import java.nio.file.Path;
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
import org.sdg16.jobs.io.Trees;
import org.sdg16.jobs.spark.Sessions;
import org.sdg16.jobs.warehouse.RunLock;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * One batch run (contract §3): takes the warehouse lock, runs the stages in one Spark session into
 * a staging snapshot, tables, exports and report alike, publishes it as a whole, and writes the run
 * manifest. A failed stage publishes nothing. Stages that are not run keep the folders of the
 * current snapshot that do not depend on what the run rewrites. The work of each stage is in {@link
 * StageRuns}.
 *
 * <p>Why one file of about 490 lines: the run itself ({@code locked}) stays one method that reads
 * top to bottom: which stages run, in what order, into which staging folder, when the snapshot is
 * published, and what a failure at each point means (nothing published, or published with the
 * outputs that failed named). Split, the guarantees of contract §3 would be spread over files.
 */
public final class Pipeline {

  /**
   * The stages, in order: INGEST and COMPUTE write warehouse tables; EXPORT writes the files for
   * SDG reporting and REPORT the charted report of those tables.
   */
  public enum Stage {
    INGEST,
    COMPUTE,
    EXPORT,
    REPORT
  }

  /** Folders of a snapshot each stage writes. */
  private static final Map<Stage, List<String>> WRITES =
      Map.of(
          Stage.INGEST, WarehouseTables.names(WarehouseTables.INGEST),
          Stage.COMPUTE, WarehouseTables.names(WarehouseTables.COMPUTE),
          Stage.EXPORT, List.of(Warehouse.EXPORTS),
          Stage.REPORT, List.of(Warehouse.REPORTS));

  private final PipelineConfig config;
  private final Progress progress;
  private final boolean verbose;
  private boolean full;
  private String since;

  public Pipeline(PipelineConfig config, Progress progress, boolean verbose) {
    this.config = config;
    this.progress = progress;
    this.verbose = verbose;
  }

  /**
   * Parses every file of the inbox, even those whose bytes did not change since an earlier run (by
   * default their validated rows are taken from the ingest cache: {@link IngestCache}).
   */
  public Pipeline full(boolean on) {
    this.full = on;
    return this;
  }

  /**
   * The export also writes the SDMX delta since this release or snapshot ({@code export --since},
   * contract §4.4); null for none.
   */
  public Pipeline since(String releaseOrSnapshot) {
    this.since = releaseOrSnapshot;
    return this;
  }

  /** What a finished run published. */
  public record Outcome(
      String runId,
      String snapshotId,
      Path manifest,
      IngestJob.Report ingest,
      ComputeJob.Result compute,
      List<Path> exports) {}

  /** A new run id: UTC time plus a random suffix, e.g. {@code 20261128T091502Z-3f9a}. */
  public static String newRunId() {
    return ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT))
        + "-"
        + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
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
   * Runs the stages and publishes a new snapshot with what they wrote; the output stages read the
   * tables of that snapshot. With {@code asOf} (an id or a release) nothing is published: the
   * output stages read that snapshot and write under {@code out/as-of/<id>/}.
   */
  public Outcome run(String command, Set<Stage> stages, String asOf, SparkSession spark) {
    String runId = newRunId();
    try (RunLock lock = RunLock.acquire(config.output(), runId)) {
      return locked(runId, command, stages, asOf, spark);
    }
  }

  /**
   * A step after the publication (retention, the run manifest) failed: the snapshot with its
   * exports and report is published and current all the same (contract §3, exit codes).
   */
  public static final class AfterPublication extends RuntimeException {
    private final String snapshot;

    AfterPublication(String snapshot, String step, Throwable cause) {
      super("published snapshot " + snapshot + "; the " + step + " failed: " + cause, cause);
      this.snapshot = snapshot;
    }

    public String snapshot() {
      return snapshot;
    }
  }

  /**
   * Set by the shutdown hook of a run that a signal (SIGTERM, Ctrl-C) stopped before it finished.
   */
  private static final java.util.concurrent.atomic.AtomicBoolean TERMINATED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Whether a signal is stopping the JVM in the middle of a run (its manifest says {@code
   * terminated}).
   */
  public static boolean terminated() {
    return TERMINATED.get();
  }

  /**
   * What the run has published: its snapshot once {@code current} points to it, else null. Asked of
   * the warehouse itself, so that the answer is true at any moment, a signal's too.
   */
  private static String published(Warehouse warehouse, String reserved) {
    try {
      return reserved != null && reserved.equals(warehouse.currentId()) ? reserved : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The run itself; the caller holds the warehouse lock. */
  private Outcome locked(
      String runId, String command, Set<Stage> stages, String asOf, SparkSession spark) {
    Path out = config.output();
    Warehouse warehouse = new Warehouse(out);
    RunManifest manifest = new RunManifest(runId, command, config.describe());
    java.util.concurrent.atomic.AtomicBoolean finished =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicReference<String> reserved =
        new java.util.concurrent.atomic.AtomicReference<>();
    // a signal stops the JVM: the manifest still says what happened, and what was published
    Thread onSignal =
        new Thread(
            () -> {
              if (!finished.get()) {
                TERMINATED.set(true);
                String snapshot = published(warehouse, reserved.get());
                String what =
                    snapshot == null
                        ? "nothing was published by this run"
                        : "snapshot " + snapshot + " was published with its exports and report";
                manifest.put("error", "terminated by a signal; " + what);
                try {
                  manifest.write(out, "terminated", 143);
                } catch (RuntimeException e) {
                  // the disk may be what failed; stderr still says it
                }
                System.err.println("sdg16: terminated by a signal; " + what);
              }
            },
            "sdg16-terminated");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      return locked(runId, command, stages, asOf, spark, warehouse, manifest, reserved);
    } finally {
      finished.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs, and sees the run finished
      }
    }
  }

  /**
   * Every command but {@code --as-of} publishes a snapshot, and everything it writes, tables,
   * exports and report, goes into the staging snapshot first, so that one rename publishes all of
   * it or nothing (contract §4.3). With {@code --as-of} the output goes to {@code out/as-of/<id>/},
   * each folder replaced whole.
   */
  private Outcome locked(
      String runId,
      String command,
      Set<Stage> stages,
      String asOf,
      SparkSession spark,
      Warehouse warehouse,
      RunManifest manifest,
      java.util.concurrent.atomic.AtomicReference<String> reserved) {
    Path out = config.output();
    StageRuns work = new StageRuns(config, progress, full);
    boolean publishes = asOf == null;
    int cores = Sessions.driverCores(spark.sparkContext().master());
    String snapshot = null;
    IngestJob.Report ingest = null;
    ComputeJob.Result compute = null;
    Path staging = null;
    // the stage that runs now: the manifest of a failed run names it
    String step = "start";
    try {
      Path tables;
      Path exportsDir;
      Path reportsDir;
      Path exportsShown; // where the files are once the run is done, as messages and the manifest
      // name them
      Path reportsShown;
      if (publishes) {
        if (!stages.contains(Stage.INGEST) && warehouse.currentId() == null) {
          throw new org.sdg16.schemas.config.ConfigException(
              "output",
              "no published snapshot in "
                  + warehouse.root()
                  + "; run 'sdg16 run' or 'sdg16 ingest' first");
        }
        warehouse.linkOutputs();
        staging = warehouse.stage(runId);
        snapshot = warehouse.nextId();
        reserved.set(snapshot);
        tables = staging;
        exportsDir = staging.resolve(Warehouse.EXPORTS);
        reportsDir = staging.resolve(Warehouse.REPORTS);
        exportsShown = out.resolve("exports");
        reportsShown = out.resolve("reports");
        carryOver(warehouse, staging, stages);
      } else {
        try {
          tables = warehouse.resolve(asOf);
        } catch (IllegalArgumentException e) {
          throw new org.sdg16.schemas.config.ConfigException("--as-of", e.getMessage());
        }
        snapshot = tables.getFileName().toString();
        manifest.put("as_of", snapshot);
        Path dir = out.resolve("as-of").resolve(snapshot);
        staging = Warehouse.asOfStaging(dir, runId);
        exportsDir = staging.resolve("exports");
        reportsDir = staging.resolve("reports");
        exportsShown = dir.resolve("exports");
        reportsShown = dir.resolve("reports");
      }
      manifest.put("snapshot_id", snapshot);
      DiffRun.Side sinceSide = since == null ? null : DiffRun.side(warehouse, since, "--since");
      if (sinceSide != null) {
        manifest.put("since", sinceSide.label());
      }
      if (stages.contains(Stage.INGEST)) {
        step = "ingest";
        ingest = work.ingest(spark, runId, warehouse, staging, manifest);
      }
      if (stages.contains(Stage.COMPUTE)) {
        step = "compute";
        compute = work.compute(spark, runId, staging, manifest);
      }
      // the small tables of the snapshot, read once for every output stage that needs them
      SnapshotTables small = null;
      java.util.concurrent.Future<List<Path>> exporting = null;
      List<Path> exports = List.of();
      RuntimeException failed = null;
      try {
        if (stages.contains(Stage.EXPORT)) {
          step = "export";
          long t0 = System.nanoTime();
          SnapshotTables t = SnapshotTables.read(spark, tables);
          small = t;
          StageRuns.Since delta =
              sinceSide == null
                  ? null
                  : new StageRuns.Since(
                      sinceSide.label(), SnapshotLineage.observations(spark, sinceSide.dir()));
          // the export is plain Java on tables already read: it runs beside the report when the
          // run has more than one core, before it otherwise
          if (cores > 1 && stages.contains(Stage.REPORT)) {
            exporting =
                OUTPUT_THREADS.submit(
                    () -> work.export(t, delta, t0, exportsDir, exportsShown, manifest));
          } else {
            exports = work.export(t, delta, t0, exportsDir, exportsShown, manifest);
          }
        }
        if (stages.contains(Stage.REPORT)) {
          step = "report";
          long t0 = System.nanoTime();
          small = small != null ? small : SnapshotTables.read(spark, tables);
          // the report's "What changed" page compares with the latest release, if any
          StageRuns.Since released =
              warehouse
                  .latestRelease()
                  .map(
                      name ->
                          new StageRuns.Since(
                              name, SnapshotLineage.observations(spark, warehouse.resolve(name))))
                  .orElse(null);
          work.report(
              spark,
              small,
              t0,
              runId,
              snapshot,
              reportsDir,
              reportsShown,
              cores,
              released,
              manifest);
        }
      } catch (RuntimeException e) {
        failed = e;
      }
      if (exporting != null) {
        try {
          exports =
              await(exporting); // also when the report failed: the run ends with no thread writing
        } catch (RuntimeException e) {
          if (failed == null) {
            failed = e;
            step = "export";
          } else {
            failed.addSuppressed(e);
            step = "export and report";
          }
        }
      }
      if (failed != null) {
        throw failed;
      }
      if (!stages.contains(Stage.EXPORT) && compute != null) {
        step = "export of the CSV tables";
        // compute alone: the whole observations and trends tables as CSV, to open at once
        SnapshotTables t = small != null ? small : SnapshotTables.read(spark, tables);
        exports =
            org.sdg16.jobs.export.CsvExportWriter.write(
                exportsDir, t.observations(), t.trends(), t.findings(), t.reconciliation());
      }
      exports =
          exports.stream()
              .map(f -> exportsShown.resolve(exportsDir.relativize(f).toString()))
              .toList();
      if (publishes) {
        step = "publication";
        long t1 = System.nanoTime();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("command", command);
        meta.put("program_version", Version.get());
        warehouse.publish(staging, snapshot, runId, meta);
        staging = null;
        manifest.put("published_snapshot", snapshot);
        double pub = (System.nanoTime() - t1) / 1e9;
        step = "retention";
        List<String> pruned = warehouse.prune(config.retention().keep());
        manifest.stage("publish", pub, Map.of("snapshot", snapshot, "pruned", pruned));
        progress.stage(
            "publish",
            pub,
            "snapshot "
                + snapshot
                + " at "
                + warehouse.current()
                + ", with its exports and report"
                + (pruned.isEmpty()
                    ? ""
                    : "; pruned snapshot(s) "
                        + String.join(", ", pruned)
                        + " (keeping the last "
                        + config.retention().keep()
                        + " and every release)"));
      } else {
        step = "replacing the files of " + out.resolve("as-of").resolve(snapshot);
        if (stages.contains(Stage.EXPORT)) {
          Warehouse.replace(exportsDir, exportsShown, runId);
        }
        if (stages.contains(Stage.REPORT)) {
          Warehouse.replace(reportsDir, reportsShown, runId);
        }
        try {
          Trees.delete(staging);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        staging = null;
      }
      step = "run manifest";
      Path m = manifest.write(out, "succeeded", 0);
      progress.note("run " + runId + " done; manifest " + m);
      return new Outcome(runId, snapshot, m, ingest, compute, exports);
    } catch (RuntimeException | Error caught) {
      Throwable e = caught;
      // the staging folder (the snapshot's, or that of --as-of) goes first: on a full disk, that
      // frees the room the manifest needs
      if (staging != null) {
        try {
          Trees.delete(staging);
        } catch (java.io.IOException | RuntimeException ignored) {
          // the next run removes leftover staging folders
        }
      }
      String done = published(warehouse, reserved.get());
      if (done != null
          && caught instanceof RuntimeException
          && !(caught instanceof AfterPublication)) {
        e = new AfterPublication(done, step, caught);
      }
      manifest.put("failed_stage", step);
      // every failure writes its manifest, an Error (out of memory, a class that cannot load) too
      manifest.put("error", describe(e));
      try {
        manifest.write(out, "failed", 1);
      } catch (RuntimeException m) {
        e.addSuppressed(m);
      }
      if (e instanceof Error err) {
        throw err;
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * A failure as the manifest and the message give it: the exception and each cause that says
   * something new, e.g. {@code UncheckedIOException: I/O error writing PNG file!; caused by:
   * IOException: No space left on device}, so that a wrapper never hides the reason.
   */
  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(String.valueOf(e));
    java.util.Set<Throwable> seen = new java.util.HashSet<>();
    for (Throwable c = e.getCause(); c != null && seen.add(c); c = c.getCause()) {
      if (c.getMessage() != null && !b.toString().contains(c.getMessage())) {
        b.append("; caused by: ").append(c);
      }
    }
    return b.toString();
  }

  /** One thread for the export stage, which runs beside the report. */
  private static final java.util.concurrent.ExecutorService OUTPUT_THREADS =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
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

  /**
   * Tables and outputs of stages not run now come from the current snapshot; what is computed from
   * what a stage rewrites is dropped, never left stale: after {@code compute} the old exports and
   * report are not carried over.
   */
  private void carryOver(Warehouse warehouse, Path staging, Set<Stage> stages) {
    if (stages.contains(Stage.INGEST)) {
      return; // everything is rewritten from the inbox
    }
    Set<String> rewritten = new java.util.HashSet<>();
    for (Stage s : stages) {
      rewritten.addAll(WRITES.get(s));
    }
    if (stages.contains(Stage.COMPUTE)) {
      rewritten.addAll(WRITES.get(Stage.EXPORT));
      rewritten.addAll(WRITES.get(Stage.REPORT));
    }
    warehouse.carryOver(staging, rewritten);
  }
}
