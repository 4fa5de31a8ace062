package org.sdg16.schemas.validation;

import java.util.List;
import java.util.Objects;

/**
 * Where a set of rows came from: the dataset, the file (path relative to the inbox), the sheet for
 * a workbook, and the header as read.
 */
public record Submission(String dataset, String file, String sheet, List<String> header) {
  public Submission {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(file, "file");
    header = header == null ? List.of() : List.copyOf(header);
  }

  public Finding finding(FindingCode code, Integer row, String column, String message) {
    return Finding.of(code, dataset, file, sheet, row, column, message);
  }

  public Finding finding(
      FindingCode code, Severity severity, Integer row, String column, String message) {
    return new Finding(code, severity, dataset, file, sheet, row, column, message);
  }
}
