package org.sdg16.reports.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the {@code quarantine} table (contract §4.1): a rejected row, or a rejected file
 * ({@code sourceRow} null), with its findings.
 *
 * @param dataset dataset name
 * @param sourceFile file, relative to the inbox
 * @param sheet workbook sheet or null
 * @param sourceRow 1-based data row, null for a whole file
 * @param raw raw cells as read
 * @param findings why it was rejected
 */
public record QuarantineRow(
    String dataset,
    String sourceFile,
    String sheet,
    Integer sourceRow,
    Map<String, String> raw,
    List<Problem> findings) {

  /** One finding of a quarantined row: code, severity, column and message. */
  public record Problem(String code, String severity, String column, String message) {
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  public QuarantineRow {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(sourceFile, "sourceFile");
    raw = raw == null ? Map.of() : Map.copyOf(raw);
    findings = List.copyOf(findings);
  }
}
