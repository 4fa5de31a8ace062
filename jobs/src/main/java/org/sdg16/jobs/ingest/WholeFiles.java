package org.sdg16.jobs.ingest;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.jobs.io.ReadOutcome;
import org.sdg16.jobs.io.Sheet;
import org.sdg16.jobs.io.XlsxTableReader;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * Files of the inbox read and validated whole (contract §2): first the {@link Refusals}, then the
 * format its folder allows (CSV or Excel in a dataset folder, Excel in {@code workbooks/}), the
 * workbook rules (hidden sheets not read, one sheet per dataset, sheets that name no dataset), and
 * every row and cross-row rule of the {@link Validator}. {@link #check(SourceFile)} gives one
 * {@link Checked} per dataset of the file.
 */
final class WholeFiles {

  private final Validator validator;
  private final Refusals refusals;

  WholeFiles(Validator validator, Refusals refusals) {
    this.validator = validator;
    this.refusals = refusals;
  }

  /** A file as its folder says: a dataset folder's, a {@code workbooks/} workbook, or neither. */
  List<Checked> check(SourceFile src) {
    Optional<Checked> no = refusals.refused(src, src.dataset() == null ? "unknown" : src.dataset());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    if (src.dataset() != null && !SourceFile.WORKBOOK.equals(src.dataset())) {
      return check(src, Datasets.byName(src.dataset()).orElseThrow());
    }
    String sha = Intake.sha256(src.file());
    long bytes = Intake.size(src.file());
    if (src.dataset() == null) {
      return rejected(
          src,
          "unknown",
          sha,
          bytes,
          FindingCode.UNKNOWN_DATASET,
          "the file is not in a dataset folder (" + datasetNames() + ", workbooks)");
    }
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx")) {
      return rejected(
          src,
          SourceFile.WORKBOOK,
          sha,
          bytes,
          FindingCode.UNSUPPORTED_FORMAT,
          name.endsWith(".csv")
              ? "workbooks/ holds .xlsx workbooks with one sheet per dataset; put CSV files in"
                  + " their dataset folder"
              : "only .xlsx workbooks are read in workbooks/, not '" + src.fileName() + "'");
    }
    return checkWorkbook(src, sha, bytes);
  }

  /** A file as the given dataset, whatever its folder (population, {@code validate --dataset}). */
  List<Checked> checkAs(SourceFile src, DatasetSchema schema) {
    SourceFile as = new SourceFile(src.file(), src.relative(), schema.name());
    if (!Files.isRegularFile(src.file())) {
      return rejected(
          as,
          schema.name(),
          null,
          -1,
          FindingCode.UNREADABLE_FILE,
          "file not found: " + src.file());
    }
    return check(as, schema);
  }

  private List<Checked> check(SourceFile src, DatasetSchema schema) {
    Optional<Checked> no = refusals.refused(src, schema.name());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    String sha = Intake.sha256(src.file());
    long bytes = Intake.size(src.file());
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
      return rejected(
          src,
          schema.name(),
          sha,
          bytes,
          FindingCode.UNSUPPORTED_FORMAT,
          "only .csv and .xlsx files are read, not '" + src.fileName() + "'");
    }
    ReadOutcome read =
        name.endsWith(".csv")
            ? CsvTableReader.read(src.file())
            : XlsxTableReader.read(
                src.file(), n -> n.equalsIgnoreCase(schema.name()), true, refusals.maxSheetRows());
    if (read.failed()) {
      return rejected(src, schema.name(), sha, bytes, read.failure(), read.message());
    }
    if (read.sheets().isEmpty()) {
      return rejected(
          src,
          schema.name(),
          sha,
          bytes,
          FindingCode.UNREADABLE_FILE,
          "the workbook has no readable visible sheet (it may be truncated or damaged"
              + (read.hidden().isEmpty()
                  ? ""
                  : ", or hold hidden sheets only: " + quoted(read.hidden()))
              + ")");
    }
    if (read.sheets().size() > 1) {
      return List.of(duplicateSheets(src, schema.name(), read.sheets(), sha, bytes));
    }
    return List.of(validate(src, schema, read.sheets().get(0), sha, bytes, hiddenNotes(src, read)));
  }

  private List<Checked> checkWorkbook(SourceFile src, String sha, long bytes) {
    ReadOutcome read =
        XlsxTableReader.read(
            src.file(), n -> datasetOfSheet(n).isPresent(), false, refusals.maxSheetRows());
    if (read.failed()) {
      return rejected(src, SourceFile.WORKBOOK, sha, bytes, read.failure(), read.message());
    }
    List<Finding> notes = new ArrayList<>(hiddenNotes(src, read));
    for (String s : read.skipped()) {
      notes.add(
          Finding.of(
              FindingCode.UNKNOWN_SHEET,
              SourceFile.WORKBOOK,
              src.relative(),
              s,
              null,
              null,
              "sheet '" + s + "' names no dataset and was not read"));
    }
    List<Sheet> known = read.sheets();
    if (known.isEmpty()) {
      return rejected(
          src,
          SourceFile.WORKBOOK,
          sha,
          bytes,
          FindingCode.UNKNOWN_DATASET,
          "no sheet of the workbook is named after a dataset (" + datasetNames() + ")");
    }
    Map<String, List<Sheet>> byDataset = new LinkedHashMap<>();
    for (Sheet s : known) {
      byDataset
          .computeIfAbsent(datasetOfSheet(s.name()).orElseThrow().name(), k -> new ArrayList<>())
          .add(s);
    }
    List<Checked> out = new ArrayList<>();
    for (Map.Entry<String, List<Sheet>> e : byDataset.entrySet()) {
      out.add(
          e.getValue().size() > 1
              ? duplicateSheets(src, e.getKey(), e.getValue(), sha, bytes)
              : validate(
                  src,
                  Datasets.byName(e.getKey()).orElseThrow(),
                  e.getValue().get(0),
                  sha,
                  bytes,
                  List.of()));
    }
    // the workbook's notes (sheets not read) go with its first sheet that was read, else its first
    int at = 0;
    while (at < out.size() && out.get(at).result().rejected()) {
      at++;
    }
    at = at < out.size() ? at : 0;
    if (!notes.isEmpty()) {
      out.set(at, out.get(at).withNotes(notes));
    }
    return out;
  }

  private Checked validate(
      SourceFile src,
      DatasetSchema schema,
      Sheet sheet,
      String sha,
      long bytes,
      List<Finding> notes) {
    Submission sub = new Submission(schema.name(), src.relative(), sheet.name(), sheet.header());
    Validator.Result r = validator.validate(schema, sub, sheet.rows());
    return new Checked(src, schema.name(), sheet.name(), sha, bytes, r, notes, sheet.header());
  }

  /** One WARNING per workbook naming the hidden sheets that were not read (contract §2). */
  private static List<Finding> hiddenNotes(SourceFile src, ReadOutcome read) {
    if (read.hidden().isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.HIDDEN_SHEET,
            src.dataset() == null ? SourceFile.WORKBOOK : src.dataset(),
            src.relative(),
            null,
            null,
            null,
            (read.hidden().size() == 1 ? "the hidden sheet " : "the hidden sheets ")
                + quoted(read.hidden())
                + " of the workbook "
                + (read.hidden().size() == 1 ? "was" : "were")
                + " not read; unhide a sheet that holds data meant for UNODC"));
  }

  /** Two or more sheets of one workbook that hold one dataset: none is read (contract §2). */
  private static Checked duplicateSheets(
      SourceFile src, String dataset, List<Sheet> sheets, String sha, long bytes) {
    return Checked.reject(
        src,
        dataset,
        sha,
        bytes,
        FindingCode.DUPLICATE_SHEET,
        "the sheets "
            + quoted(sheets.stream().map(Sheet::name).toList())
            + " all hold dataset "
            + dataset
            + "; none was read: keep one sheet per dataset");
  }

  /** A file rejected whole, as the one outcome of its file. */
  private static List<Checked> rejected(
      SourceFile src, String dataset, String sha, long bytes, FindingCode code, String message) {
    return List.of(Checked.reject(src, dataset, sha, bytes, code, message));
  }

  /** The inbox's dataset names, comma-separated, for the finding of a file that names none. */
  private static String datasetNames() {
    return String.join(", ", Datasets.INBOX.stream().map(DatasetSchema::name).toList());
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  /** The dataset a sheet of a {@code workbooks/} workbook is named after. */
  private static Optional<DatasetSchema> datasetOfSheet(String sheet) {
    return Datasets.byName(sheet).filter(Datasets.INBOX::contains);
  }
}
