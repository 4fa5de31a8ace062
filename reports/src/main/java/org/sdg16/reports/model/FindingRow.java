package org.sdg16.reports.model;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the {@code findings} table (contract §4.1): a validation finding with the raw values
 * of the row it is about.
 *
 * @param dataset    dataset name
 * @param sourceFile file as given in the inbox, relative
 * @param sheet      workbook sheet or null
 * @param row        1-based data row, null for a finding about a whole file
 * @param column     column or null
 * @param code       finding code ({@code FindingCode} name)
 * @param severity   {@code ERROR} or {@code WARNING}
 * @param message    the message
 * @param raw        raw cells of the row (may be empty); {@code ref_area} gives the country
 */
public record FindingRow(String dataset, String sourceFile, String sheet, Integer row, String column,
    String code, String severity, String message, Map<String, String> raw) {

  public FindingRow {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    raw = raw == null ? Map.of() : Map.copyOf(raw);
  }
}
