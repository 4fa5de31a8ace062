package org.sdg16.schemas.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One validation finding (contract §2): what rule, how bad, where (dataset, file, sheet, 1-based
 * data row, column) and a plain message. {@code row} is null for a finding about a whole file.
 * Serializable: the ingest job brings the findings of a file from the executor that read it.
 */
public record Finding(FindingCode code, Severity severity, String dataset, String file, String sheet,
    Integer row, String column, String message) implements Serializable {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (row != null && row < 1) {
      throw new IllegalArgumentException("rows are 1-based: " + row);
    }
  }

  /** A finding with the code's own severity. */
  public static Finding of(FindingCode code, String dataset, String file, String sheet, Integer row,
      String column, String message) {
    return new Finding(code, code.severity(), dataset, file, sheet, row, column, message);
  }

  /** The message as printed: {@code CODE: message}. */
  public String text() {
    return code + ": " + message;
  }
}
