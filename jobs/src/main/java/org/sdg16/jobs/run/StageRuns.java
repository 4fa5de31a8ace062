package org.sdg16.jobs.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.compute.ComputeJob;
import org.sdg16.jobs.ingest.IngestCache;
import org.sdg16.jobs.ingest.IngestJob;
import org.sdg16.jobs.trends.TrendsJob;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.reference.PopulationReference;

/**
 * The work of each stage of a {@link Pipeline} run, with what it records: ingest, compute (with
 * trends), export and report each run their job on the staging snapshot, then write their entry of
 * the run manifest and their line on stderr. {@link Pipeline} decides which stages run, in what
 * order, and publishes; this class does one stage at a time.
 */
final class StageRuns {

  private final PipelineConfig config;
  private final Progress progress;
  private final boolean full;

  StageRuns(PipelineConfig config, Progress progress, boolean full) {
    this.config = config;
    this.progress = progress;
    this.full = full;
  }

  /**
   * The report stage; {@code t0} is when it started reading the snapshot's tables, {@code released}
   * the latest release's observations for the "What changed" page (null: no release).
   */
  void report(
      SparkSession spark,
      SnapshotTables small,
      long t0,
      String runId,
      String snapshot,
      Path dir,
      Path shown,
      int cores,
      Since released,
      RunManifest manifest) {
    org.sdg16.reports.model.ReportInput input =
        ReportInputs.of(spark, small, runId, snapshot, released);
    org.sdg16.reports.ReportWriter.Result r =
        org.sdg16.reports.ReportWriter.write(
            input,
            dir,
            cores,
            new org.sdg16.reports.ReportWriter.Options(config.report().pdfCountryProfiles()));
    double secs = (System.nanoTime() - t0) / 1e9;
    Path index = shown.resolve(dir.relativize(r.index()).toString());
    Path pdf = shown.resolve(dir.relativize(r.pdf()).toString());
    manifest.stage(
        "report",
        secs,
        Map.of(
            "pages",
            r.pages().size(),
            "charts",
            r.charts(),
            "index",
            config.output().relativize(index).toString(),
            "pdf",
            config.output().relativize(pdf).toString()));
    progress.stage(
        "report",
        secs,
        r.pages().size()
            + " pages, "
            + r.charts()
            + " charts and maps, "
            + index
            + " and "
            + pdf.getFileName());
  }

  /**
   * The snapshot an SDMX delta is written against ({@code export --since}): its label (the release
   * name, else the six-digit snapshot id) and its observations.
   */
  record Since(String label, List<org.sdg16.schemas.output.Observation> observations) {}

  /**
   * The export stage; {@code t0} is when it started reading the snapshot's tables. The SDMX file is
   * checked against the configured DSD ({@code exports.sdmx.dsd}, else the shipped one); the rows
   * left out are counted on the progress line and in the manifest.
   */
  List<Path> export(
      SnapshotTables t, Since since, long t0, Path dir, Path shown, RunManifest manifest) {
    org.sdg16.jobs.export.ExportOptions options =
        org.sdg16.jobs.export.ExportOptions.defaults()
            .withDsd(config.exports().sdmx().dsd())
            .withOpenSdgProjectSeries(config.exports().opensdg().projectSeries())
            .withOpenSdgArea(config.exports().opensdg().area())
            .withExportDate(LocalDate.now(ZoneOffset.UTC));
    org.sdg16.jobs.export.ExportWriters.Result r =
        org.sdg16.jobs.export.ExportWriters.writeAll(
            dir, t.observations(), t.trends(), t.findings(), t.reconciliation(), options);
    List<Path> files = new java.util.ArrayList<>(r.files());
    org.sdg16.jobs.export.SdmxCsvWriter.Delta delta = null;
    if (since != null) {
      delta =
          org.sdg16.jobs.export.SdmxCsvWriter.writeDelta(
              dir, since.observations(), t.observations(), options, since.label());
      files.add(1, delta.file());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "files",
        files.stream()
            .map(
                p ->
                    config
                        .output()
                        .relativize(shown.resolve(dir.relativize(p).toString()))
                        .toString())
            .toList());
    m.put("sdmx_rows", r.sdmxRows());
    m.put("sdmx_rows_left_out", r.sdmxLeftOut());
    if (delta != null) {
      m.put("sdmx_delta_since", since.label());
      m.put("sdmx_delta_replaced", delta.replaced());
      m.put("sdmx_delta_deleted", delta.deleted());
    }
    manifest.stage("export", secs, m);
    progress.stage(
        "export",
        secs,
        String.format(
                Locale.ROOT,
                "%d files in %s; SDMX: %,d rows, %,d left out (%s)",
                files.size(),
                shown,
                r.sdmxRows(),
                r.sdmxLeftOut(),
                org.sdg16.schemas.validation.FindingCode.SDMX_INVALID)
            + (delta == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; delta since %s: %,d replaced, %,d deleted",
                    since.label(),
                    delta.replaced(),
                    delta.deleted())));
    return files;
  }

  IngestJob.Report ingest(
      SparkSession spark, String runId, Warehouse warehouse, Path staging, RunManifest manifest) {
    long t0 = System.nanoTime();
    IngestJob job =
        new IngestJob(
            spark,
            runId,
            LocalDate.now(ZoneOffset.UTC),
            new IngestJob.Options(config.limits(), IngestCache.of(warehouse), full));
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
    counts.put("seconds_by_spark_step", r.sparkSeconds());
    manifest.stage("ingest", secs, counts);
    progress.stage(
        "ingest",
        secs,
        String.format(
            Locale.ROOT,
            "%s files (%s rejected, %s unchanged and not parsed again), %s rows read, %s accepted, %s quarantined, %s superseded by later submissions",
            Progress.n(r.outcomes().size()),
            Progress.n(r.filesRejected()),
            Progress.n(r.filesReused()),
            Progress.n(r.rowsRead()),
            Progress.n(r.rowsAccepted()),
            Progress.n(r.rowsQuarantined()),
            Progress.n(superseded)));
    return r;
  }

  ComputeJob.Result compute(SparkSession spark, String runId, Path staging, RunManifest manifest) {
    long t0 = System.nanoTime();
    ComputeJob.Result r =
        new ComputeJob(spark)
            .run(
                staging,
                new org.sdg16.jobs.methods.indicators.Aggregates.Policy(
                    config.aggregates().minCountries(), config.aggregates().minCoverage()),
                config.sourcesByDataset(),
                config.published().tolerance(),
                config.toleranceBySeries(),
                runId);
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("observations", r.observations().size());
    counts.put("national", r.national());
    counts.put("aggregates", r.aggregates());
    counts.put("reported_totals", r.reportedTotals());
    counts.put("published_compared", r.reconciliation().rows().size());
    counts.put("published_differs", r.reconciliation().differing());
    manifest.stage("compute", secs, counts);
    progress.stage(
        "compute",
        secs,
        String.format(
            Locale.ROOT,
            "%s observations (%s national, %s aggregates, %s reported totals below the aggregate thresholds); %s published values compared, %s differing (%s)",
            Progress.n(r.observations().size()),
            Progress.n(r.national()),
            Progress.n(r.aggregates()),
            Progress.n(r.reportedTotals()),
            Progress.n(r.reconciliation().rows().size()),
            Progress.n(r.reconciliation().differing()),
            org.sdg16.schemas.validation.FindingCode.PUBLISHED_DIFFERS));
    long t1 = System.nanoTime();
    long trends = new TrendsJob(spark).run(staging, config, r.panels());
    double tsecs = (System.nanoTime() - t1) / 1e9;
    manifest.stage("trends", tsecs, Map.of("series", trends));
    progress.stage("trends", tsecs, Progress.n(trends) + " series");
    return r;
  }
}
