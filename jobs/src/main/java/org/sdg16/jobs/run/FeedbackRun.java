package org.sdg16.jobs.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.jobs.feedback.CountryPack;
import org.sdg16.jobs.feedback.FeedbackPacks;
import org.sdg16.jobs.feedback.FeedbackPdf;
import org.sdg16.jobs.feedback.FeedbackWriter;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.table.Table;
import org.sdg16.schemas.validation.Messages;

/**
 * {@code sdg16 feedback} (contract §3.1, §4.6): reads a published snapshot's findings, quarantine,
 * stored rows and observations, and the run manifests of the ingest runs behind them (SHA-256,
 * reconciliation, date received), and the latest release's observations for the changes since it
 * ({@link SnapshotDiff}), sorts them by reporting country ({@link FeedbackPacks}) and writes one
 * workbook per country to {@code <output>/feedback/}. Reads only: it publishes nothing and takes no
 * lock; a published snapshot (and {@code out/exports}, a link into it) is never written to.
 */
public final class FeedbackRun {

  /** The folder of the feedback packs, below the output folder. */
  public static final String FOLDER = "feedback";

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedbackRun() {}

  /**
   * What the command did: the files written (a workbook and a PDF per country), the number of
   * countries and of the findings that name no country.
   */
  public record Result(List<Path> files, int countries, int unattributed) {}

  /**
   * Writes the packs of {@code areas} (M49 codes; every country with a file in the snapshot when
   * empty; a country without files gets its national values) of the snapshot in {@code dir}.
   */
  public static Result run(
      SparkSession spark, Path output, Path dir, List<Integer> areas, Messages m) {
    SnapshotTables t = SnapshotTables.read(spark, dir);
    FeedbackPacks.Packs packs = packs(spark, output, dir, t);
    String snapshot = dir.getFileName().toString();
    List<CountryPack> chosen = new ArrayList<>();
    if (areas.isEmpty()) {
      chosen.addAll(packs.byArea().values());
    } else {
      for (int a : areas) {
        CountryPack p = packs.byArea().get(a);
        chosen.add(
            p != null
                ? p
                : FeedbackPacks.empty(
                    M49.standard(), a, snapshot, t.observations(), t.reconciliation()));
      }
    }
    // the changes of the national values since the latest release (contract §4.5)
    Warehouse w = new Warehouse(output);
    String since = w.latestRelease().orElse(null);
    List<SnapshotDiff.Change> changes = List.of();
    if (since != null) {
      Path rel = w.resolve(since);
      if (!t.observations().isEmpty()
          && Files.isDirectory(rel.resolve(WarehouseTables.OBSERVATIONS.name()))) {
        changes =
            SnapshotDiff.of(
                    since,
                    snapshot,
                    SnapshotLineage.observations(spark, rel),
                    t.observations(),
                    SnapshotLineage.evidence(spark, rel, dir))
                .changes();
      } else {
        since = null; // a side without observations (after ingest alone): nothing to compare
      }
    }
    List<Path> files = new ArrayList<>();
    Path folder = output.resolve(FOLDER);
    for (CountryPack p : chosen) {
      CountryPack pack = p.withChanges(since, changes);
      files.add(FeedbackWriter.write(folder, pack, m));
      files.add(FeedbackPdf.write(folder, pack, m));
    }
    return new Result(files, chosen.size(), packs.unattributed().size());
  }

  /** Every country's pack of the snapshot in {@code dir}, whose small tables are {@code t}. */
  public static FeedbackPacks.Packs packs(
      SparkSession spark, Path output, Path dir, SnapshotTables t) {
    List<FeedbackPacks.Quarantined> q = quarantine(spark, dir);
    List<FeedbackPacks.Stored> stored = new ArrayList<>();
    List<FeedbackPacks.Flagged> flagged = new ArrayList<>();
    for (Table table : WarehouseTables.RETURNS) {
      Path p = dir.resolve(table.name());
      if (!Files.isDirectory(p)) {
        continue;
      }
      String dataset = table.name().replaceFirst("^returns_", "");
      Dataset<Row> df = spark.read().parquet(p.toString());
      for (Row r :
          df.groupBy("source_file", "source_sheet", "ref_area")
              .agg(
                  count(lit(1)).as("n"),
                  max(col("submitted_on").cast("string")).as("submitted_on"),
                  max("ingest_run").as("ingest_run"))
              .collectAsList()) {
        stored.add(
            new FeedbackPacks.Stored(
                dataset,
                r.getString(0),
                r.isNullAt(1) ? null : r.getString(1),
                r.getInt(2),
                r.getLong(3),
                r.isNullAt(4) ? null : r.getString(4),
                r.getString(5)));
      }
      for (Row r :
          df.where(size(col("flags")).gt(0))
              .select("source_file", "source_sheet", "source_row", "ref_area")
              .collectAsList()) {
        flagged.add(
            new FeedbackPacks.Flagged(
                r.getString(0), r.isNullAt(1) ? null : r.getString(1), r.getInt(2), r.getInt(3)));
      }
    }
    Set<String> runs = new TreeSet<>();
    stored.forEach(s -> runs.add(s.ingestRun()));
    q.forEach(x -> runs.add(x.ingestRun()));
    Path findings = dir.resolve(WarehouseTables.FINDINGS.name());
    if (Files.isDirectory(findings)) {
      for (Row r :
          spark
              .read()
              .parquet(findings.toString())
              .select("ingest_run")
              .distinct()
              .collectAsList()) {
        runs.add(r.getString(0));
      }
    }
    return FeedbackPacks.build(
        M49.standard(),
        dir.getFileName().toString(),
        t.observations(),
        t.reconciliation(),
        t.findings(),
        q,
        stored,
        flagged,
        facts(output, runs));
  }

  private static List<FeedbackPacks.Quarantined> quarantine(SparkSession spark, Path dir) {
    Path p = dir.resolve(WarehouseTables.QUARANTINE.name());
    List<FeedbackPacks.Quarantined> out = new ArrayList<>();
    if (!Files.isDirectory(p)) {
      return out;
    }
    for (Row r :
        spark
            .read()
            .parquet(p.toString())
            .select(
                col("dataset"),
                col("source_file"),
                col("source_sheet"),
                col("source_row"),
                col("raw"),
                col("findings.code").as("codes"),
                col("ingest_run"))
            .collectAsList()) {
      Map<String, String> raw =
          r.isNullAt(4) ? Map.of() : new LinkedHashMap<>(r.<String, String>getJavaMap(4));
      List<String> codes = r.isNullAt(5) ? List.of() : new ArrayList<>(r.<String>getList(5));
      out.add(
          new FeedbackPacks.Quarantined(
              r.getString(0),
              r.getString(1),
              r.isNullAt(2) ? null : r.getString(2),
              r.isNullAt(3) ? null : r.getInt(3),
              raw,
              new ArrayList<>(new java.util.LinkedHashSet<>(codes)),
              r.getString(6)));
    }
    return out;
  }

  /**
   * The files of the run manifests {@code runs/<id>.json} of the given ingest runs: SHA-256, the
   * day of the first of these runs that read the same bytes (date received) and the reconciliation,
   * by file and sheet (a workbook also by file alone, for its SHA-256); the newest run's entry
   * wins.
   */
  static Map<FeedbackPacks.FileKey, FeedbackPacks.FileFacts> facts(Path output, Set<String> runs) {
    Map<FeedbackPacks.FileKey, FeedbackPacks.FileFacts> out = new HashMap<>();
    for (String run : runs) {
      Path m = output.resolve("runs").resolve(run + ".json");
      if (run == null || !Files.isRegularFile(m)) {
        continue;
      }
      JsonNode doc;
      try {
        doc = JSON.readTree(m.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String started = doc.path("started").asText("");
      String day = started.length() >= 10 ? started.substring(0, 10) : null;
      for (JsonNode f : doc.path("files")) {
        String path = f.path("path").asText();
        String sheet = f.hasNonNull("sheet") ? f.get("sheet").asText() : null;
        String sha = f.hasNonNull("sha256") ? f.get("sha256").asText() : null;
        FeedbackPacks.FileKey key = new FeedbackPacks.FileKey(path, sheet);
        FeedbackPacks.FileFacts before = out.get(key);
        // received: the first run that read these bytes
        String received =
            before != null && before.sha256() != null && before.sha256().equals(sha)
                ? before.received()
                : day;
        out.put(
            key,
            new FeedbackPacks.FileFacts(
                sha,
                received,
                integer(f, "rows_read"),
                integer(f, "rows_accepted"),
                integer(f, "rows_quarantined")));
        if (sheet != null) {
          out.put(
              new FeedbackPacks.FileKey(path, null),
              new FeedbackPacks.FileFacts(sha, received, null, null, null));
        }
      }
    }
    return out;
  }

  private static Integer integer(JsonNode f, String key) {
    return f.hasNonNull(key) ? f.get(key).asInt() : null;
  }
}
