package org.sdg16.jobs.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.ingest.IngestJob;
import org.sdg16.jobs.spark.Sessions;
import org.sdg16.jobs.warehouse.RunLock;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * One batch run (contract §3): takes the warehouse lock, runs the stages in one Spark session
 * into a staging snapshot, publishes it as a whole, and writes the run manifest. A failed stage
 * publishes nothing.
 */
public final class Pipeline {

  private final PipelineConfig config;
  private final Progress progress;
  private final boolean verbose;

  public Pipeline(PipelineConfig config, Progress progress, boolean verbose) {
    this.config = config;
    this.progress = progress;
    this.verbose = verbose;
  }

  /** What a finished run published. */
  public record Outcome(String runId, String snapshotId, Path manifest, IngestJob.Report ingest) {}

  /** A new run id: UTC time plus a random suffix, e.g. {@code 20261128T091502Z-3f9a}. */
  public static String newRunId() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT))
        + "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
  }

  /** Runs the batch with an existing session (tests share one). */
  public Outcome run(String command, SparkSession spark) {
    String runId = newRunId();
    Path out = config.output();
    Warehouse warehouse = new Warehouse(out);
    RunManifest manifest = new RunManifest(runId, command, config.describe());
    try (RunLock lock = RunLock.acquire(out, runId)) {
      Path staging = warehouse.stage(runId);
      try {
        long t0 = System.nanoTime();
        IngestJob.Report r = new IngestJob(spark, runId, LocalDate.now(ZoneOffset.UTC))
            .run(config.inbox(), config.population(), staging);
        double secs = (System.nanoTime() - t0) / 1e9;
        manifest.files(r.outcomes());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("files", r.outcomes().size());
        counts.put("files_rejected", r.filesRejected());
        counts.put("rows_read", r.rowsRead());
        counts.put("rows_accepted", r.rowsAccepted());
        counts.put("rows_quarantined", r.rowsQuarantined());
        counts.put("rows_superseded", r.superseded().values().stream().mapToLong(Long::longValue).sum());
        counts.put("tables", r.tableRows());
        manifest.stage("ingest", secs, counts);
        progress.stage("ingest", secs, String.format(Locale.ROOT,
            "%s files (%s rejected), %s rows read, %s accepted, %s quarantined, %s superseded by later submissions",
            Progress.n(r.outcomes().size()), Progress.n(r.filesRejected()), Progress.n(r.rowsRead()),
            Progress.n(r.rowsAccepted()), Progress.n(r.rowsQuarantined()),
            Progress.n((Long) counts.get("rows_superseded"))));
        if (r.publishedFilesSkipped() > 0) {
          progress.note("published: " + r.publishedFilesSkipped()
              + " file(s) in published/ skipped: the import of published series is not built yet");
          manifest.put("published_skipped", r.publishedFilesSkipped());
        }
        long t1 = System.nanoTime();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("command", command);
        meta.put("program_version", Version.get());
        String snapshot = warehouse.publish(staging, runId, meta);
        double pub = (System.nanoTime() - t1) / 1e9;
        manifest.stage("publish", pub, Map.of("snapshot", snapshot));
        progress.stage("publish", pub, "snapshot " + snapshot + " at " + warehouse.current());
        manifest.put("snapshot_id", snapshot);
        Path m = manifest.write(out, "succeeded", 0);
        progress.note("run " + runId + " done; manifest " + m);
        return new Outcome(runId, snapshot, m, r);
      } catch (RuntimeException e) {
        manifest.put("error", String.valueOf(e));
        manifest.write(out, "failed", 1);
        try {
          Warehouse.deleteTree(staging);
        } catch (java.io.IOException ignored) {
          // the next run removes leftover staging folders
        }
        throw e;
      }
    }
  }

  /** Runs the batch in its own Spark session. */
  public Outcome run(String command) {
    SparkSession spark = Sessions.create(config, verbose);
    try {
      return run(command, spark);
    } finally {
      spark.stop();
    }
  }
}
