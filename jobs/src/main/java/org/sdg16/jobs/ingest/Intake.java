package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.jobs.io.ReadOutcome;
import org.sdg16.jobs.io.Sheet;
import org.sdg16.jobs.io.XlsxTableReader;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * Finds the files of an inbox and turns each into validated rows (contract §1–§2): reading CSV
 * and Excel, checking the header, every row rule and the cross-row rules. No Spark here: both
 * {@code validate} (dry run) and the ingest job use it.
 */
public final class Intake {

  private final Validator validator;
  private final PipelineConfig.Limits limits;

  public Intake(M49 m49, LocalDate today) {
    this(m49, today, PipelineConfig.Limits.DEFAULT);
  }

  public Intake(M49 m49, LocalDate today, PipelineConfig.Limits limits) {
    this.validator = new Validator(m49, today, limits.maxCellChars());
    this.limits = limits;
    // zip bombs: POI refuses entries that inflate more than 100× (its default) or beyond this size
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(Math.max(limits.maxFileBytes() * 20, 1L << 26));
  }

  /** Contract §2: files that must not be read at all (too large, a link out of the inbox). */
  private java.util.Optional<FileOutcome> refused(SourceFile src, String dataset) {
    Path f = src.file();
    if (Files.isSymbolicLink(f)) {
      Path root = f;
      for (int i = 0; i < Path.of(src.relative()).getNameCount() && root != null; i++) {
        root = root.getParent();
      }
      try {
        if (Files.isDirectory(f)) {
          return java.util.Optional.of(reject(src, dataset, null, -1, FindingCode.OUTSIDE_INBOX,
              "the entry is a symbolic link to the folder " + f.toRealPath() + "; links to folders are not followed"));
        }
        if (root == null || !f.toRealPath().startsWith(root.toRealPath())) {
          return java.util.Optional.of(reject(src, dataset, null, -1, FindingCode.OUTSIDE_INBOX,
              "the file is a symbolic link to " + f.toRealPath() + ", outside the inbox; it was not read"));
        }
      } catch (IOException e) {
        return java.util.Optional.of(reject(src, dataset, null, -1, FindingCode.UNREADABLE_FILE,
            "the file is a broken symbolic link: " + e.getMessage()));
      }
    }
    long bytes = size(f);
    if (bytes > limits.maxFileBytes()) {
      return java.util.Optional.of(reject(src, dataset, null, bytes, FindingCode.FILE_TOO_LARGE, String.format(
          java.util.Locale.ROOT, "the file has %,d bytes, above the limit of %d MB (limits.max_file_mb)",
          bytes, limits.maxFileMb())));
    }
    return java.util.Optional.empty();
  }

  /** Every file below the inbox's dataset folders, sorted by path; {@code published/} excluded. */
  public static List<SourceFile> scan(Path inbox) {
    if (!Files.isDirectory(inbox)) {
      throw new IllegalArgumentException("inbox folder not found: " + inbox);
    }
    List<SourceFile> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(inbox)) {
      walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).sorted().forEach(p -> {
        Path rel = inbox.relativize(p);
        String top = rel.getNameCount() > 1 ? rel.getName(0).toString().toLowerCase(Locale.ROOT) : null;
        if (SourceFile.PUBLISHED.equals(top)) {
          return;
        }
        out.add(new SourceFile(p, rel.toString().replace('\\', '/'), datasetOfFolder(top)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Files of the {@code published/} folder, read by the published-series import. */
  public static List<Path> publishedFiles(Path inbox) {
    Path dir = inbox.resolve(SourceFile.PUBLISHED);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dataset a folder name stands for, {@link SourceFile#WORKBOOK}, or null. */
  public static String datasetOfFolder(String folder) {
    if (folder == null) {
      return null;
    }
    String f = folder.toLowerCase(Locale.ROOT);
    if (f.equals(SourceFile.WORKBOOK)) {
      return SourceFile.WORKBOOK;
    }
    return Datasets.INBOX.stream().map(DatasetSchema::name).filter(f::equals).findFirst().orElse(null);
  }

  /** Reads and validates one file; a workbook of {@code workbooks/} gives one outcome per sheet. */
  public List<FileOutcome> process(SourceFile src) {
    java.util.Optional<FileOutcome> no = refused(src, src.dataset() == null ? "unknown" : src.dataset());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    if (src.dataset() != null && !SourceFile.WORKBOOK.equals(src.dataset())) {
      return process(src, Datasets.byName(src.dataset()).orElseThrow());
    }
    String sha = sha256(src.file());
    long bytes = size(src.file());
    if (src.dataset() == null) {
      return List.of(reject(src, "unknown", sha, bytes, FindingCode.UNKNOWN_DATASET,
          "the file is not in a dataset folder (" + String.join(", ",
              Datasets.INBOX.stream().map(DatasetSchema::name).toList()) + ", workbooks)"));
    }
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return List.of(reject(src, SourceFile.WORKBOOK, sha, bytes, FindingCode.UNSUPPORTED_FORMAT,
          "workbooks/ holds .xlsx workbooks with one sheet per dataset; put CSV files in their dataset folder"));
    }
    if (!name.endsWith(".xlsx")) {
      return List.of(reject(src, SourceFile.WORKBOOK, sha, bytes, FindingCode.UNSUPPORTED_FORMAT,
          "only .xlsx workbooks are read in workbooks/, not '" + src.fileName() + "'"));
    }
    return processWorkbook(src, sha, bytes);
  }

  /** Reads and validates a file as the given dataset, whatever its folder (population, or
   * {@code validate --dataset}). */
  public List<FileOutcome> processAs(SourceFile src, DatasetSchema schema) {
    SourceFile as = new SourceFile(src.file(), src.relative(), schema.name());
    if (!Files.isRegularFile(src.file())) {
      return List.of(reject(as, schema.name(), null, -1, FindingCode.UNREADABLE_FILE,
          "file not found: " + src.file()));
    }
    return process(as, schema);
  }

  private List<FileOutcome> process(SourceFile src, DatasetSchema schema) {
    java.util.Optional<FileOutcome> no = refused(src, schema.name());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    String sha = sha256(src.file());
    long bytes = size(src.file());
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
      return List.of(reject(src, schema.name(), sha, bytes, FindingCode.UNSUPPORTED_FORMAT,
          "only .csv and .xlsx files are read, not '" + src.fileName() + "'"));
    }
    ReadOutcome read = name.endsWith(".csv") ? CsvTableReader.read(src.file())
        : XlsxTableReader.read(src.file(), n -> n.equalsIgnoreCase(schema.name()), true);
    if (read.failed()) {
      return List.of(reject(src, schema.name(), sha, bytes, read.failure(), read.message()));
    }
    if (read.sheets().isEmpty()) {
      return List.of(reject(src, schema.name(), sha, bytes, FindingCode.UNREADABLE_FILE,
          "the workbook has no readable sheet (it may be truncated or damaged)"));
    }
    return List.of(validate(src, schema, read.sheets().get(0), sha, bytes, List.of()));
  }

  private List<FileOutcome> processWorkbook(SourceFile src, String sha, long bytes) {
    ReadOutcome read = XlsxTableReader.read(src.file(), n -> true, false);
    if (read.failed()) {
      return List.of(reject(src, SourceFile.WORKBOOK, sha, bytes, read.failure(), read.message()));
    }
    List<Finding> notes = new ArrayList<>();
    List<Sheet> known = new ArrayList<>();
    for (Sheet s : read.sheets()) {
      Optional<DatasetSchema> d = Datasets.byName(s.name())
          .filter(x -> Datasets.INBOX.contains(x));
      if (d.isPresent()) {
        known.add(s);
      } else {
        notes.add(Finding.of(FindingCode.UNKNOWN_SHEET, SourceFile.WORKBOOK, src.relative(), s.name(),
            null, null, "sheet '" + s.name() + "' names no dataset and was not read"
                + (s.rows().isEmpty() ? "" : " (" + s.rows().size() + " rows)")));
      }
    }
    if (known.isEmpty()) {
      return List.of(reject(src, SourceFile.WORKBOOK, sha, bytes, FindingCode.UNKNOWN_DATASET,
          "no sheet of the workbook is named after a dataset (" + String.join(", ",
              Datasets.INBOX.stream().map(DatasetSchema::name).toList()) + ")"));
    }
    List<FileOutcome> out = new ArrayList<>();
    for (Sheet s : known) {
      DatasetSchema schema = Datasets.byName(s.name()).orElseThrow();
      out.add(validate(src, schema, s, sha, bytes, out.isEmpty() ? notes : List.of()));
    }
    return out;
  }

  private FileOutcome validate(SourceFile src, DatasetSchema schema, Sheet sheet, String sha, long bytes,
      List<Finding> notes) {
    Submission sub = new Submission(schema.name(), src.relative(), sheet.name(), sheet.header());
    Validator.Result r = validator.validate(schema, sub, sheet.rows());
    return new FileOutcome(src, schema.name(), sheet.name(), sha, bytes, r, notes);
  }

  private static FileOutcome reject(SourceFile src, String dataset, String sha, long bytes,
      FindingCode code, String message) {
    Submission sub = new Submission(dataset, src.relative(), null, List.of());
    return new FileOutcome(src, dataset, null, sha, bytes,
        Validator.rejected(sub, sub.finding(code, null, null, message)), List.of());
  }

  static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  /** SHA-256 of a file's bytes, lower-case hex. */
  public static String sha256(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
