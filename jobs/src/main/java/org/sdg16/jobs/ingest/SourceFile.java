package org.sdg16.jobs.ingest;

import java.nio.file.Path;

/**
 * A file found in the inbox (or named on the command line).
 *
 * @param file absolute path
 * @param relative path as reported in findings and the manifest (relative to the inbox)
 * @param dataset the dataset its folder names, {@link #WORKBOOK} for {@code workbooks/}, or null
 *     when the folder names no dataset
 */
public record SourceFile(Path file, String relative, String dataset) {

  /** The pseudo-dataset of {@code workbooks/}: one sheet per dataset. */
  public static final String WORKBOOK = "workbooks";

  /** The folder of published series (contract §1.6). */
  public static final String PUBLISHED = "published";

  /** The name used to break ties between submissions of the same date (contract §1). */
  public String fileName() {
    return file.getFileName().toString();
  }
}
