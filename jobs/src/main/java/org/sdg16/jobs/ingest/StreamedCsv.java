package org.sdg16.jobs.ingest;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * A CSV file validated row by row as it is read (contract §2, for a dataset whose rows can be
 * checked one by one, {@link DatasetSchema#rowByRow()}): one row in memory at a time, the SHA-256
 * computed on the same pass, duplicate keys left to the caller ({@link Intake.Row#keyPending()}).
 * {@link Intake#read} opens one only for a file the {@link Refusals} let through; the header rules
 * and the cell limit are the {@link Validator}'s, as for a file read whole.
 */
final class StreamedCsv implements Intake.Reading {
  private final SourceFile src;
  private final DatasetSchema schema;
  private final Validator validator;
  private final MessageDigest digest = Intake.newDigest();
  private final CsvTableReader.Cursor cursor;
  private final Submission sub;
  private Finding rejection;
  private int read;
  private int accepted;
  private int quarantined;
  private boolean headGiven;
  private boolean closed;

  StreamedCsv(SourceFile src, DatasetSchema schema, Validator validator) {
    this.src = src;
    this.schema = schema;
    this.validator = validator;
    this.cursor = CsvTableReader.open(src.file(), digest);
    this.sub = new Submission(schema.name(), src.relative(), null, cursor.header());
    rejection = validator.checkHeader(schema, sub).orElse(null);
    if (rejection != null) {
      // as when the file is read whole: a file that cannot be read is rejected for that first
      while (cursor.hasNext()) {
        cursor.next();
      }
    }
    if (cursor.failed()) {
      rejection = cursorFailure();
    }
  }

  private Finding cursorFailure() {
    return sub.finding(cursor.failure().failure(), null, null, cursor.failure().message());
  }

  @Override
  public boolean hasNext() {
    return !headGiven;
  }

  @Override
  public Intake.Emitted next() {
    if (rejection == null && cursor.hasNext()) {
      Validator.RowCheck c = validator.checkRow(schema, sub, cursor.next());
      read++;
      if (c.passed()) {
        accepted++;
      } else {
        quarantined++;
      }
      return new Intake.Row(
          0,
          schema.name(),
          null,
          c.raw().row(),
          c.typed(),
          List.of(),
          c.raw().cells(),
          c.findings(),
          c.passed());
    }
    if (headGiven) {
      throw new NoSuchElementException();
    }
    if (rejection == null && cursor.failed()) {
      rejection = cursorFailure();
    }
    close();
    headGiven = true;
    String sha =
        cursor.digested() ? HexFormat.of().formatHex(digest.digest()) : Intake.sha256(src.file());
    long bytes = Intake.size(src.file());
    FileOutcome o =
        rejection != null
            ? FileOutcome.of(
                src, schema.name(), null, sha, bytes, Validator.rejected(sub, rejection), List.of())
            : new FileOutcome(
                src,
                schema.name(),
                null,
                sha,
                bytes,
                read,
                accepted,
                quarantined,
                null,
                List.of(),
                0);
    return new Intake.Head(0, o, cursor.header() == null ? List.of() : cursor.header(), true);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      cursor.close();
    }
  }
}
