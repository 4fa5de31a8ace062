package org.sdg16.schemas.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One validation finding (contract §2): what rule, how bad, where (dataset, file, sheet, 1-based
 * data row, column) and a plain message. {@code row} is null for a finding about a whole file.
 * Serializable: the ingest job brings the findings of a file from the executor that read it.
 */
public record Finding(
    FindingCode code,
    Severity severity,
    String dataset,
    String file,
    String sheet,
    Integer row,
    String column,
    String message)
    implements Serializable {

  /** The longest message and column text a finding keeps (contract §2: a finding stays short). */
  public static final int MAX_MESSAGE = 1_000;

  /** The longest column text a finding keeps. */
  public static final int MAX_COLUMN = 200;

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    message = cut(message, MAX_MESSAGE);
    column = column == null ? null : cut(column, MAX_COLUMN);
    if (row != null && row < 1) {
      throw new IllegalArgumentException("rows are 1-based: " + row);
    }
  }

  /** A finding with the code's own severity. */
  public static Finding of(
      FindingCode code,
      String dataset,
      String file,
      String sheet,
      Integer row,
      String column,
      String message) {
    return new Finding(code, code.severity(), dataset, file, sheet, row, column, message);
  }

  /** A text cut to {@code max} characters, saying how much was left out. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    String more = String.format(java.util.Locale.ROOT, "… (%,d more characters)", s.length() - max);
    return s.substring(0, max - more.length()) + more;
  }

  /** The message as printed: {@code CODE: message}. */
  public String text() {
    return code + ": " + message;
  }
}
