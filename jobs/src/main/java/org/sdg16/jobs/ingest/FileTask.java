package org.sdg16.jobs.ingest;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One file for the ingest job to read on an executor: what the driver ships for it. It holds the
 * absolute path as text ({@link Path} is not serializable), so on a cluster the inbox must be on a
 * file system every executor mounts at the same path.
 *
 * @param index position of the file in the inbox scan (the order of the run manifest)
 * @param path absolute path
 * @param relative path as reported (relative to the inbox)
 * @param dataset the dataset its folder names, {@link SourceFile#WORKBOOK}, or null
 * @param as the dataset to read the file as whatever its folder (population), or null
 * @param bytes size, to give the biggest files out first
 */
public record FileTask(
    int index, String path, String relative, String dataset, String as, long bytes)
    implements Serializable {

  public static FileTask of(int index, SourceFile f, String as) {
    return new FileTask(
        index,
        f.file().toAbsolutePath().toString(),
        f.relative(),
        f.dataset(),
        as,
        Intake.size(f.file()));
  }

  public SourceFile source() {
    return new SourceFile(Path.of(path), relative, dataset);
  }
}
