package org.sdg16.jobs.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The plain CSV tables of contract §4.4, in the one dialect of {@link Csv} (RFC 4180, UTF-8, LF
 * line ends), one header row:
 *
 * <ul>
 *   <li>{@code exports/csv/observations.csv}: the {@code observations} table in full, columns of
 *       contract §4.2 ({@link Tables#OBSERVATIONS});
 *   <li>{@code exports/csv/trends.csv}: the {@code trends} table in full, columns of methodology §6
 *       ({@link Tables#TRENDS});
 *   <li>{@code exports/csv/findings.csv}: every finding of the run with dataset, file, sheet, row,
 *       column, code, severity, message and the raw cells of the row as one JSON object ({@code
 *       raw}, empty when the finding is about a whole file), for the people who must correct their
 *       return;
 *   <li>{@code exports/csv/reconciliation.csv}: the {@code reconciliation} table (methodology §8),
 *       columns of {@link Tables#RECONCILIATION}, when the caller gives it.
 * </ul>
 *
 * Numbers are plain {@code Locale.ROOT} decimals and a missing number is an empty cell ({@link
 * Numbers}); every text cell is escaped against formula injection ({@link Csv#forSpreadsheets}).
 * The {@code raw} cell is a JSON object and starts with <code>{</code>, so it cannot be read as a
 * formula: the raw values inside it are kept exactly as the return gave them.
 */
public final class CsvExportWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CsvExportWriter() {}

  /** Writes the three files; returns them. */
  public static List<Path> write(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<FindingRecord> findings) {
    Path dir = exportsDir.resolve("csv");
    return List.of(
        Outputs.write(
            dir.resolve(WarehouseTables.OBSERVATIONS.name() + ".csv"),
            out -> writeObservations(out, observations)),
        Outputs.write(
            dir.resolve(WarehouseTables.TRENDS.name() + ".csv"), out -> writeTrends(out, trends)),
        Outputs.write(
            dir.resolve(WarehouseTables.FINDINGS.name() + ".csv"),
            out -> writeFindings(out, findings)));
  }

  /** Writes the three files and {@code reconciliation.csv}; returns the four. */
  public static List<Path> write(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<FindingRecord> findings,
      List<ReconciliationRow> reconciliation) {
    List<Path> out = new ArrayList<>(write(exportsDir, observations, trends, findings));
    out.add(
        Outputs.write(
            exportsDir.resolve("csv").resolve(WarehouseTables.RECONCILIATION.name() + ".csv"),
            o -> writeReconciliation(o, reconciliation)));
    return List.copyOf(out);
  }

  public static void writeReconciliation(OutputStream out, List<ReconciliationRow> rows)
      throws IOException {
    writeTable(out, Tables.RECONCILIATION, Tables.sorted(rows, Tables.RECONCILIATION_ORDER));
  }

  public static void writeObservations(OutputStream out, List<Observation> observations)
      throws IOException {
    writeTable(out, Tables.OBSERVATIONS, Tables.sorted(observations, Tables.OBSERVATION_ORDER));
  }

  public static void writeTrends(OutputStream out, List<TrendRow> trends) throws IOException {
    writeTable(out, Tables.TRENDS, Tables.sorted(trends, Tables.TREND_ORDER));
  }

  public static void writeFindings(OutputStream out, List<FindingRecord> findings)
      throws IOException {
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(Tables.FINDINGS_COLUMNS);
    for (FindingRecord f : Tables.sorted(findings, Tables.FINDING_ORDER)) {
      csv.row(
          f.dataset(),
          f.file(),
          f.sheet(),
          Numbers.plain(f.row()),
          f.column(),
          f.code(),
          f.severity(),
          f.message(),
          json(f));
    }
    csv.flush();
  }

  private static String json(FindingRecord f) {
    if (f.raw().isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(f.raw());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <R> void writeTable(OutputStream out, List<Column<R>> columns, List<R> rows)
      throws IOException {
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(columns.stream().map(Column::name).toList());
    List<String> v = new ArrayList<>(columns.size());
    for (R r : rows) {
      v.clear();
      for (Column<R> c : columns) {
        v.add(cell(c, c.get(r)));
      }
      csv.row(v);
    }
    csv.flush();
  }

  /** A CSV cell of a column: plain number, or text (escaped by the writer); null is empty. */
  static String cell(Column<?> c, Object value) {
    return switch (c.kind()) {
      case INTEGER -> value == null ? "" : value.toString();
      case NUMBER -> Numbers.plain((Double) value);
      case TEXT -> value == null ? "" : value.toString();
    };
  }
}
