package org.sdg16.jobs.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.year;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.compute.ComputeJob;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.reports.model.PortSeizure;
import org.sdg16.reports.model.PublishedPoint;
import org.sdg16.reports.model.QuarantineRow;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.RunInfo;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * Collects the small tables of a snapshot into the report's input (the report module has no Spark):
 * observations, trends, published series, findings, quarantine, the reporting status of each
 * dataset by country and year, and seizure totals by port.
 */
final class ReportInputs {

  private ReportInputs() {}

  static ReportInput of(
      SparkSession spark,
      SnapshotTables t,
      String runId,
      String snapshotId,
      StageRuns.Since released) {
    Path dir = t.dir();
    List<TrendRow> trends = t.trends();
    List<PublishedPoint> published = new ArrayList<>();
    for (Row r : t.published()) {
      if (!r.isNullAt(r.fieldIndex("value"))) {
        published.add(
            new PublishedPoint(
                r.getAs("series"),
                r.<Integer>getAs("ref_area"),
                r.<Integer>getAs("time_period"),
                r.<Double>getAs("value"),
                r.getAs("source")));
      }
    }
    List<FindingRecord> findings = t.findings();
    List<QuarantineRow> quarantine = new ArrayList<>();
    Path quarantineTable = dir.resolve(WarehouseTables.QUARANTINE.name());
    if (Files.isDirectory(quarantineTable)) {
      for (Row r :
          spark
              .read()
              .parquet(quarantineTable.toString())
              .orderBy("dataset", "source_file", "source_sheet", "source_row")
              .collectAsList()) {
        List<QuarantineRow.Problem> problems = new ArrayList<>();
        for (Row f : r.<Row>getList(r.fieldIndex("findings"))) {
          problems.add(
              new QuarantineRow.Problem(
                  f.getString(0), f.getString(1), f.getString(2), f.getString(3)));
        }
        quarantine.add(
            new QuarantineRow(
                r.getAs("dataset"),
                r.getAs("source_file"),
                r.getAs("source_sheet"),
                r.getAs("source_row"),
                new LinkedHashMap<>(r.<String, String>getJavaMap(r.fieldIndex("raw"))),
                problems));
      }
    }
    List<PortSeizure> ports = ports(spark, dir);
    RunInfo run =
        new RunInfo(
            runId,
            snapshotId,
            Version.get(),
            LocalDate.now(ZoneOffset.UTC),
            reporting(spark, dir, quarantine, ports));
    return new ReportInput(
        run,
        t.observations(),
        trends,
        published,
        findings,
        quarantine,
        ports,
        t.reconciliation(),
        changes(released, snapshotId, t.observations()));
  }

  /** The values changed since a release (contract §4.5), without the input rows behind them. */
  static org.sdg16.reports.model.Changes changes(
      StageRuns.Since released, String snapshotId, List<org.sdg16.schemas.output.Observation> now) {
    if (released == null) {
      return null;
    }
    org.sdg16.jobs.diff.SnapshotDiff d =
        org.sdg16.jobs.diff.SnapshotDiff.of(
            released.label(),
            snapshotId,
            released.observations(),
            now,
            org.sdg16.jobs.diff.Evidence.none());
    List<org.sdg16.reports.model.Changes.Change> out = new ArrayList<>();
    for (org.sdg16.jobs.diff.SnapshotDiff.Change c : d.changes()) {
      out.add(
          new org.sdg16.reports.model.Changes.Change(
              c.kind().name().toLowerCase(java.util.Locale.ROOT), c.before(), c.after()));
    }
    return new org.sdg16.reports.model.Changes(released.label(), out);
  }

  /**
   * Country × year status per dataset: reported, reported with rows quarantined, or rejected (rows
   * quarantined and none stored), with the latest {@code submitted_on} of the stored rows.
   */
  private static List<ReportingStatus> reporting(
      SparkSession spark, Path dir, List<QuarantineRow> quarantine, List<PortSeizure> ports) {
    Map<DatasetSchema, Column> yearOf = new LinkedHashMap<>();
    yearOf.put(Datasets.FIREARMS, col("year"));
    yearOf.put(Datasets.FIREARMS_CASES, year(col("seizure_date")));
    yearOf.put(Datasets.CCP, year(col("seizure_date")));
    yearOf.put(Datasets.TIP, col("year"));
    yearOf.put(Datasets.MARKETS, col("year"));
    // dataset|area|year of each quarantined row that names its country and year, with its date
    Map<String, String> quarantined = new LinkedHashMap<>();
    for (QuarantineRow q : quarantine) {
      String area = q.raw().get("ref_area");
      String y = q.raw().getOrDefault("year", q.raw().getOrDefault("seizure_date", ""));
      String date = q.raw().getOrDefault("submitted_on", "");
      if (area != null && y.matches("\\d{4}(-.*)?")) {
        org.sdg16
            .schemas
            .codes
            .M49
            .standard()
            .resolve(area)
            .ifPresent(
                a ->
                    quarantined.merge(
                        q.dataset() + "|" + a.m49() + "|" + y.substring(0, 4),
                        // a date that does not read is the row's fault, not a submission date
                        date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : "",
                        (x, z) -> x.compareTo(z) >= 0 ? x : z));
      }
    }
    List<ReportingStatus> out = new ArrayList<>();
    Set<String> stored = new HashSet<>();
    for (Map.Entry<DatasetSchema, Column> e : yearOf.entrySet()) {
      String dataset = e.getKey().name();
      Path p = dir.resolve(e.getKey().tableName());
      if (!Files.isDirectory(p)) {
        continue;
      }
      // area, year, latest submission; the port seizures' areas and years are those of the
      // per-port totals (no second scan of the biggest table), which keep no submission date
      List<Object[]> areaYears = new ArrayList<>();
      if (e.getKey() == Datasets.CCP) {
        ports.stream()
            .map(x -> List.of(x.refArea(), x.year()))
            .distinct()
            .forEach(x -> areaYears.add(new Object[] {x.get(0), x.get(1), null}));
      } else {
        for (Row r :
            spark
                .read()
                .parquet(p.toString())
                .groupBy(col("ref_area"), e.getValue().as("y"))
                .agg(max(col("submitted_on")).cast("string"))
                .collectAsList()) {
          areaYears.add(new Object[] {r.getInt(0), r.getInt(1), r.getString(2)});
        }
      }
      for (Object[] ay : areaYears) {
        String key = dataset + "|" + ay[0] + "|" + ay[1];
        stored.add(key);
        out.add(
            new ReportingStatus(
                dataset,
                (Integer) ay[0],
                (Integer) ay[1],
                quarantined.containsKey(key)
                    ? ReportingStatus.Status.PARTIAL
                    : ReportingStatus.Status.REPORTED,
                (String) ay[2]));
      }
    }
    // a rejected year must be one the run holds: a row quarantined for an impossible year (2091)
    // is on the data-quality page, not a year of the reporting status
    java.util.IntSummaryStatistics span =
        out.stream().mapToInt(ReportingStatus::year).summaryStatistics();
    quarantined.forEach(
        (key, submitted) -> {
          int y = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
          if (!stored.contains(key) && y >= span.getMin() && y <= span.getMax()) {
            String[] k = key.split("\\|");
            out.add(
                new ReportingStatus(
                    k[0],
                    Integer.parseInt(k[1]),
                    Integer.parseInt(k[2]),
                    ReportingStatus.Status.REJECTED,
                    submitted.isEmpty() ? null : submitted));
          }
        });
    return out;
  }

  /**
   * Seizures by port, country, year, commodity and unit: the compute stage's {@code port_totals},
   * or, in a snapshot published before that table existed, summed from {@code returns_ccp}.
   */
  private static List<PortSeizure> ports(SparkSession spark, Path dir) {
    Path totals = dir.resolve(WarehouseTables.PORT_TOTALS.name());
    Path returns = dir.resolve(Datasets.CCP.tableName());
    Dataset<Row> byPort;
    if (Files.isDirectory(totals)) {
      byPort =
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.PORT_TOTALS))
              .parquet(totals.toString());
    } else if (Files.isDirectory(returns)) {
      byPort = ComputeJob.byPort(spark.read().parquet(returns.toString()));
    } else {
      return List.of();
    }
    List<PortSeizure> out = new ArrayList<>();
    for (Row r :
        byPort
            .select("port", "ref_area", "year", "commodity", "unit", "quantity", "seizures")
            .collectAsList()) {
      out.add(
          new PortSeizure(
              r.getString(0),
              r.getInt(1),
              r.getInt(2),
              r.getString(3),
              r.getString(4),
              r.getDouble(5),
              (int) r.getLong(6)));
    }
    return out;
  }
}
