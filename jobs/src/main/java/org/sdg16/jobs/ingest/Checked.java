package org.sdg16.jobs.ingest;

import java.util.List;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * One submission (a file, or a sheet of a workbook) validated whole, with what it came from: what
 * {@link Refusals} and {@link WholeFiles} give {@link Intake}, which turns it into a {@link
 * FileOutcome} and, for the ingest job, into rows and a head (contract §2).
 *
 * @param sha the file's SHA-256, or null when the file was refused before it was read
 * @param bytes the file's size, or -1 when it is not known
 * @param notes file-level findings put before the rows' (workbook notes)
 * @param header the header as read, empty for a file rejected before its header
 */
record Checked(
    SourceFile src,
    String dataset,
    String sheet,
    String sha,
    long bytes,
    Validator.Result result,
    List<Finding> notes,
    List<String> header) {

  Checked {
    notes = List.copyOf(notes);
    header = List.copyOf(header);
  }

  FileOutcome outcome() {
    return FileOutcome.of(src, dataset, sheet, sha, bytes, result, notes);
  }

  /**
   * The outcome with its file-level findings only (notes, the rejection): the rows carry theirs.
   */
  FileOutcome fileLevel() {
    Validator.Result r = result;
    List<Finding> fileLevel = r.findings().stream().filter(x -> x.row() == null).toList();
    return FileOutcome.of(
        src,
        dataset,
        sheet,
        sha,
        bytes,
        new Validator.Result(
            r.submission(), r.rowsRead(), r.accepted(), r.quarantined(), fileLevel, r.rejection()),
        notes);
  }

  /** The same submission with these file-level notes. */
  Checked withNotes(List<Finding> notes) {
    return new Checked(src, dataset, sheet, sha, bytes, result, notes, header);
  }

  /** A file rejected whole with one finding (contract §2). */
  static Checked reject(
      SourceFile src, String dataset, String sha, long bytes, FindingCode code, String message) {
    Submission sub = new Submission(dataset, src.relative(), null, List.of());
    return new Checked(
        src,
        dataset,
        null,
        sha,
        bytes,
        Validator.rejected(sub, sub.finding(code, null, null, message)),
        List.of(),
        List.of());
  }
}
