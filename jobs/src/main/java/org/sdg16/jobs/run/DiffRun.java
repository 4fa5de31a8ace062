package org.sdg16.jobs.run;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.diff.DiffWriter;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.ConfigException;

/**
 * {@code sdg16 diff} (contract §3.1, §4.5): resolves the two snapshots (by default the latest
 * release and the current snapshot), reads them ({@link SnapshotLineage}), computes the {@link
 * SnapshotDiff} and writes its two CSV files to {@code <output>/diff/}. Reads only: it publishes
 * nothing and takes no lock; a published snapshot is never written to.
 */
public final class DiffRun {

  /** The folder of the diff files, below the output folder. */
  public static final String FOLDER = "diff";

  private DiffRun() {}

  /**
   * One side of the diff: the snapshot folder, its label in file names ({@code sdg-2026-02} for a
   * release, else the six-digit id) and how the text table names it.
   */
  public record Side(Path dir, String label, String text) {}

  /** What the command did: the diff and its files. */
  public record Result(SnapshotDiff diff, Side from, Side to, List<Path> files) {}

  /**
   * Resolves a snapshot id or release name; {@code null} is the current snapshot. A name that names
   * nothing is a command-line error naming {@code option}.
   */
  public static Side side(Warehouse w, String ref, String option) {
    Path dir;
    try {
      dir = w.resolve(ref);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(option, e.getMessage());
    }
    String id = dir.getFileName().toString();
    if (!java.nio.file.Files.isDirectory(
        dir.resolve(org.sdg16.schemas.output.WarehouseTables.OBSERVATIONS.name()))) {
      // after 'ingest' alone: every value would look withdrawn
      throw new ConfigException(
          option,
          "snapshot "
              + id
              + " has no observations (it was published by 'ingest' alone); run 'sdg16 compute' or name another snapshot");
    }
    boolean release = ref != null && w.releases().containsKey(ref);
    String label = release ? ref : id;
    String text =
        release
            ? "release " + ref + " (snapshot " + id + ")"
            : "snapshot " + id + (id.equals(w.currentId()) ? " (current)" : "");
    return new Side(dir, label, text);
  }

  /** Computes the diff of two resolved snapshots and writes its files under {@code output}. */
  public static Result run(SparkSession spark, Path output, Side from, Side to) {
    SnapshotDiff d =
        SnapshotDiff.of(
            from.label(),
            to.label(),
            SnapshotLineage.observations(spark, from.dir()),
            SnapshotLineage.observations(spark, to.dir()),
            SnapshotLineage.evidence(spark, from.dir(), to.dir()));
    List<Path> files = DiffWriter.write(output.resolve(FOLDER), d);
    return new Result(d, from, to, files);
  }
}
