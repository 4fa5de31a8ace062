package org.sdg16.jobs.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.Observation;

/**
 * The files and the text table of {@code sdg16 diff} (contract §4.5): {@code diff-<from>-<to>.csv},
 * one row per change ({@link #CHANGE_COLUMNS}), and {@code diff-summary-<from>-<to>.csv}, one row
 * per series and area ({@link #SUMMARY_COLUMNS}), in the one CSV dialect of {@link Csv} (escaped
 * against formula injection), and a readable table for the terminal.
 */
public final class DiffWriter {

  /** Columns of {@code diff-<from>-<to>.csv}. */
  public static final List<String> CHANGE_COLUMNS =
      List.of(
          "change",
          "series",
          "ref_area",
          "area_name",
          "time_period",
          "sex",
          "age",
          "exploitation",
          "arm_type",
          "justification",
          "commodity",
          "route",
          "unit_measure",
          "reporting_type",
          "value_before",
          "value_after",
          "change_abs",
          "change_pct",
          "changed",
          "rows_now",
          "rows_before",
          "quarantine",
          "findings");

  /** Columns of {@code diff-summary-<from>-<to>.csv}. */
  public static final List<String> SUMMARY_COLUMNS =
      List.of("series", "ref_area", "area_name", "added", "revised", "withdrawn");

  /** Rows of the text table; the CSV file has them all. */
  static final int TABLE_ROWS = 60;

  private DiffWriter() {}

  /** {@code diff-<from>-<to>.csv} in {@code dir}. */
  public static Path changesFile(Path dir, SnapshotDiff d) {
    return dir.resolve("diff-" + d.from() + "-" + d.to() + ".csv");
  }

  /** {@code diff-summary-<from>-<to>.csv} in {@code dir}. */
  public static Path summaryFile(Path dir, SnapshotDiff d) {
    return dir.resolve("diff-summary-" + d.from() + "-" + d.to() + ".csv");
  }

  /** Writes both files into {@code dir}, each whole or not at all; returns them. */
  public static List<Path> write(Path dir, SnapshotDiff d) {
    return List.of(
        org.sdg16.jobs.export.Outputs.write(changesFile(dir, d), out -> writeChanges(out, d)),
        org.sdg16.jobs.export.Outputs.write(summaryFile(dir, d), out -> writeSummary(out, d)));
  }

  public static void writeChanges(OutputStream out, SnapshotDiff d) throws IOException {
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(CHANGE_COLUMNS);
    M49 m49 = M49.standard();
    for (SnapshotDiff.Change c : d.changes()) {
      Observation o = c.observation();
      List<Object> v = new ArrayList<>(CHANGE_COLUMNS.size());
      v.add(c.kind().name().toLowerCase(Locale.ROOT));
      v.add(o.series());
      v.add(Integer.toString(o.refArea()));
      v.add(m49.nameOf(o.refArea()));
      v.add(Integer.toString(o.timePeriod()));
      for (String dim : o.dimensions()) {
        v.add(dim);
      }
      v.add(o.unitMeasure());
      v.add(o.reportingType());
      v.add(Numbers.plain(c.valueBefore()));
      v.add(Numbers.plain(c.valueAfter()));
      v.add(Numbers.plain(c.absoluteChange()));
      v.add(Numbers.plain(rounded(c.relativeChangePct())));
      v.add(String.join(" ", c.changed()));
      v.add(rows(c.rowsNow()));
      v.add(rows(c.rowsBefore()));
      v.add(String.join(" | ", c.quarantine()));
      v.add(String.join(" | ", c.findings()));
      csv.row(v);
    }
    csv.flush();
  }

  public static void writeSummary(OutputStream out, SnapshotDiff d) throws IOException {
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(SUMMARY_COLUMNS);
    M49 m49 = M49.standard();
    for (SnapshotDiff.Summary s : d.summary()) {
      csv.row(
          s.series(),
          Integer.toString(s.refArea()),
          m49.nameOf(s.refArea()),
          Integer.toString(s.added()),
          Integer.toString(s.revised()),
          Integer.toString(s.withdrawn()));
    }
    csv.flush();
  }

  /** The input rows of a change, file by file: {@code a.csv rows 2-5 | b.xlsx#tip row 3}. */
  static String rows(List<RowSet> rows) {
    List<String> parts = new ArrayList<>();
    for (RowSet r : rows) {
      parts.add(r.text());
    }
    return String.join(" | ", parts);
  }

  private static Double rounded(Double pct) {
    return pct == null
        ? null
        : new java.math.BigDecimal(Double.toString(pct))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .doubleValue();
  }

  /**
   * The text table: one line per change (at most {@value #TABLE_ROWS}), then the summary per series
   * and area, then the totals.
   */
  public static void print(PrintWriter out, SnapshotDiff d, String fromText, String toText) {
    out.println("sdg16 diff: " + fromText + " -> " + toText);
    if (d.changes().isEmpty()) {
      out.println("no observation added, revised or withdrawn");
      out.flush();
      return;
    }
    M49 m49 = M49.standard();
    String fmt = "%-9s %-22s %-28s %4s %-24s %12s %12s %12s %9s  %s%n";
    out.printf(
        Locale.ROOT,
        fmt,
        "change",
        "series",
        "area",
        "year",
        "breakdown",
        "before",
        "after",
        "change",
        "%",
        "input rows");
    int n = 0;
    for (SnapshotDiff.Change c : d.changes()) {
      if (n++ == TABLE_ROWS) {
        out.printf(
            Locale.ROOT,
            "... and %,d more changes in the CSV file%n",
            d.changes().size() - TABLE_ROWS);
        break;
      }
      Observation o = c.observation();
      List<String> why = new ArrayList<>();
      if (!c.rowsNow().isEmpty()) {
        why.add(rows(c.rowsNow()));
      }
      if (!c.rowsBefore().isEmpty()) {
        why.add("before: " + rows(c.rowsBefore()));
      }
      why.addAll(c.quarantine());
      why.addAll(c.findings());
      if (c.kind() == SnapshotDiff.Kind.REVISED && !c.changed().equals(List.of("value"))) {
        why.add("changed: " + String.join(", ", c.changed()));
      }
      out.printf(
          Locale.ROOT,
          fmt,
          c.kind().name().toLowerCase(Locale.ROOT),
          cut(o.series(), 22),
          cut(o.refArea() + " " + m49.nameOf(o.refArea()), 28),
          o.timePeriod(),
          cut(breakdown(o), 24),
          number(o, c.valueBefore()),
          number(o, c.valueAfter()),
          number(o, c.absoluteChange()),
          c.relativeChangePct() == null
              ? ""
              : String.format(Locale.ROOT, "%+.1f", c.relativeChangePct()),
          why.isEmpty() ? "no input row changed" : String.join("; ", why));
    }
    out.println();
    String sfmt = "%-22s %-34s %7s %7s %9s%n";
    out.printf(Locale.ROOT, sfmt, "series", "area", "added", "revised", "withdrawn");
    for (SnapshotDiff.Summary s : d.summary()) {
      out.printf(
          Locale.ROOT,
          sfmt,
          cut(s.series(), 22),
          cut(s.refArea() + " " + m49.nameOf(s.refArea()), 34),
          s.added(),
          s.revised(),
          s.withdrawn());
    }
    out.printf(
        Locale.ROOT,
        "%,d added, %,d revised, %,d withdrawn%n",
        d.count(SnapshotDiff.Kind.ADDED),
        d.count(SnapshotDiff.Kind.REVISED),
        d.count(SnapshotDiff.Kind.WITHDRAWN));
    out.flush();
  }

  /** The dimensions that are not totals, e.g. {@code sex=F age=Y0T17}; {@code total} if none. */
  static String breakdown(Observation o) {
    List<String> parts = new ArrayList<>();
    String[] dims = o.dimensions();
    for (int i = 0; i < dims.length; i++) {
      if (!Observation.TOTAL.equals(dims[i])) {
        parts.add(Observation.DIMENSIONS.get(i) + "=" + dims[i]);
      }
    }
    return parts.isEmpty() ? "total" : String.join(" ", parts);
  }

  /**
   * A value as the table shows it: rounded to its series' published decimals (2 for percentages, 0
   * for counts; {@link org.sdg16.schemas.series.Series#rounded}); the CSV file has full precision.
   */
  static String number(Observation o, Double v) {
    if (v == null) {
      return "";
    }
    return org.sdg16.schemas.series.SeriesCatalogue.byCode(o.series())
        .map(
            s ->
                new java.math.BigDecimal(Double.toString(v))
                    .setScale(s.decimals(), java.math.RoundingMode.HALF_UP)
                    .toPlainString())
        .orElse(Numbers.plain(v));
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "~";
  }
}
