package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Validator;

/**
 * The limits and refusals of contract §2 that every file of the inbox goes through, {@code
 * published/} included, before and while it is read: a name lineage cannot give exactly, a link
 * leading out of the inbox, an entry that is not a regular file, a file above the size limit
 * ({@code limits.max_file_mb}); then, for the files read, the cell limit ({@code
 * limits.max_cell_chars}, applied by the {@link Validator} this class makes), the row limit of a
 * workbook sheet ({@code limits.max_sheet_rows}) and the inflation limit of a workbook's zip
 * entries. The width limit of a header or row is the readers' ({@code CsvTableReader.MAX_COLUMNS}).
 */
final class Refusals {

  private final PipelineConfig.Limits limits;

  Refusals(PipelineConfig.Limits limits) {
    this.limits = limits;
    // zip bombs: POI refuses entries that inflate more than 100× (its default) or beyond this size
    ZipSecureFile.setMaxEntrySize(
        Math.min(Math.max(limits.maxFileBytes() * 20, 1L << 26), 0xFFFFFFFFL));
  }

  /** The validator of the rows, with the cell limit. */
  Validator validator(M49 m49, LocalDate today) {
    return new Validator(m49, today, limits.maxCellChars());
  }

  /** The most data rows a workbook sheet may have. */
  int maxSheetRows() {
    return limits.maxSheetRows();
  }

  /**
   * Contract §2: files that must not be read at all: a name that lineage cannot give exactly (a
   * backslash, which other systems read as a folder separator, or a control character), an entry
   * that is not a regular file (a FIFO would block the reader), a link out of the inbox, a file
   * above the size limit.
   */
  Optional<Checked> refused(SourceFile src, String dataset) {
    Path f = src.file();
    String bad = badNameCharacter(src.relative());
    if (bad != null) {
      return refuse(
          src,
          dataset,
          FindingCode.BAD_FILE_NAME,
          "the path "
              + printable(src.relative())
              + " contains "
              + bad
              + "; rename the file or folder (letters, digits, spaces, '-', '_' and '.' are safe)");
    }
    if (Files.isSymbolicLink(f)) {
      Optional<Checked> link = link(src, dataset);
      if (link.isPresent()) {
        return link;
      }
    }
    if (Files.exists(f) && !Files.isRegularFile(f)) {
      // a FIFO or device, or a link inside the inbox to one: refused, never opened
      return refuse(
          src,
          dataset,
          FindingCode.UNREADABLE_FILE,
          "the entry is not a regular file (a FIFO, socket or device); it was not read");
    }
    long bytes = Intake.size(f);
    if (bytes > limits.maxFileBytes()) {
      return Optional.of(
          Checked.reject(
              src,
              dataset,
              null,
              bytes,
              FindingCode.FILE_TOO_LARGE,
              String.format(
                  Locale.ROOT,
                  "the file has %,d bytes, above the limit of %d MB (limits.max_file_mb)",
                  bytes,
                  limits.maxFileMb())));
    }
    return Optional.empty();
  }

  /** A symbolic link: refused when it leads to a folder, out of the inbox, or nowhere. */
  private static Optional<Checked> link(SourceFile src, String dataset) {
    Path f = src.file();
    Path root = f;
    for (int i = 0; i < Path.of(src.relative()).getNameCount() && root != null; i++) {
      root = root.getParent();
    }
    try {
      if (Files.isDirectory(f)) {
        return refuse(
            src,
            dataset,
            FindingCode.OUTSIDE_INBOX,
            "the entry is a symbolic link to the folder "
                + f.toRealPath()
                + "; links to folders are not followed");
      }
      if (root == null || !f.toRealPath().startsWith(root.toRealPath())) {
        return refuse(
            src,
            dataset,
            FindingCode.OUTSIDE_INBOX,
            "the file is a symbolic link to "
                + f.toRealPath()
                + ", outside the inbox; it was not read");
      }
    } catch (IOException e) {
      return refuse(
          src,
          dataset,
          FindingCode.UNREADABLE_FILE,
          "the file is a broken symbolic link: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** A refusal of a file that was not opened: no SHA-256, no size. */
  private static Optional<Checked> refuse(
      SourceFile src, String dataset, FindingCode code, String message) {
    return Optional.of(Checked.reject(src, dataset, null, -1, code, message));
  }

  /**
   * What in a relative path lineage cannot give exactly: a backslash or a control character; null
   * if none.
   */
  static String badNameCharacter(String relative) {
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c == '\\') {
        return "a backslash";
      }
      if (Character.isISOControl(c)) {
        return String.format(Locale.ROOT, "the control character U+%04X", (int) c);
      }
    }
    return null;
  }

  /**
   * A path as a finding shows it: control characters as {@code \\uXXXX}, at most 200 characters.
   */
  static String printable(String relative) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < relative.length() && b.length() < 200; i++) {
      char c = relative.charAt(i);
      b.append(
          Character.isISOControl(c)
              ? String.format(Locale.ROOT, "\\u%04X", (int) c)
              : String.valueOf(c));
    }
    return b.append(b.length() >= 200 ? "…'" : "'").toString();
  }
}
