package org.sdg16.schemas.output;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sdg16.schemas.validation.Finding;

/**
 * One finding of the run as {@code exports/csv/findings.csv} lists it (contract §4.4): where it is
 * (dataset, file, sheet, 1-based data row, column), what (code, severity, message) and the raw
 * cells of the row it is about, for the people who must correct their return. The same content as a
 * row of the {@code findings} warehouse table, without Spark.
 *
 * @param dataset dataset name
 * @param file file path relative to the inbox
 * @param sheet workbook sheet, or null for CSV
 * @param row 1-based data row, or null for a finding about a whole file
 * @param column column(s) concerned, or null
 * @param code finding code, e.g. {@code UNKNOWN_AREA}
 * @param severity {@code ERROR} or {@code WARNING}
 * @param message plain message
 * @param raw raw cells of the row by column, in file order; empty when there is none
 */
public record FindingRecord(
    String dataset,
    String file,
    String sheet,
    Integer row,
    String column,
    String code,
    String severity,
    String message,
    Map<String, String> raw) {

  public FindingRecord {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /** A validation finding with the raw cells of its row (null or empty when none). */
  public static FindingRecord of(Finding f, Map<String, String> raw) {
    return new FindingRecord(
        f.dataset(),
        f.file(),
        f.sheet(),
        f.row(),
        f.column(),
        f.code().name(),
        f.severity().name(),
        f.message(),
        raw);
  }
}
