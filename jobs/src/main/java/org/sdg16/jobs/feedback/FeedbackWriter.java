package org.sdg16.jobs.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sdg16.jobs.diff.RowSet;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.schemas.csv.Escaping;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Messages;

/**
 * The feedback workbook of one country (contract §4.6): a cover sheet (the country, its files with
 * SHA-256 and dates, their rows read, accepted and quarantined), every finding with the raw value,
 * the rule, a plain message and what would be accepted, the quarantined rows as they came in, and
 * the country's national values, its published values that differ from them (methodology §8) and
 * their changes since the latest release. Labels, sheet names and messages come from the {@link
 * Messages} catalogue in the chosen language; raw values are written as text exactly as received,
 * except for the formula-injection quote of {@link Escaping} (contract §4.4).
 */
public final class FeedbackWriter {

  /** Excel's limit on the characters of a cell. */
  static final int MAX_TEXT = 32_767;

  private static final String CUT = "… [cut: the full text is in exports/csv/findings.csv]";

  private static final int MAX_WIDTH = 60;

  private FeedbackWriter() {}

  /**
   * The file name of a country's pack: {@code <M49>-<name>.xlsx}, e.g. {@code 32-Argentina.xlsx}.
   */
  public static String fileName(int m49, String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    return m49 + "-" + ascii + ".xlsx";
  }

  /** Writes the pack into {@code dir} (replacing a former one whole) and returns its path. */
  public static Path write(Path dir, CountryPack pack, Messages m) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(fileName(pack.m49(), pack.name()));
      Path tmp = Files.createTempFile(dir, ".feedback-", ".xlsx");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(out, pack, m);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the pack's workbook to a stream. */
  public static void write(OutputStream out, CountryPack pack, Messages m) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(500);
    try {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      cover(wb, header, pack, m);
      findings(wb, header, pack, m);
      quarantine(wb, header, pack, m);
      indicators(wb, header, pack, m);
      published(wb, header, pack, m);
      changes(wb, header, pack, m);
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  /** The sheet names in workbook order, in a language. */
  public static List<String> sheetNames(Messages m) {
    return List.of(
        m.label("sheet.cover"),
        m.label("sheet.findings"),
        m.label("sheet.quarantine"),
        m.label("sheet.indicators"),
        m.label("sheet.published"),
        m.label("sheet.changes"));
  }

  /** The column headers of the findings sheet, in a language. */
  public static List<String> findingColumns(Messages m) {
    return m.labels(
        List.of(
            "col.file",
            "col.sheet",
            "col.row",
            "col.column",
            "col.raw_value",
            "col.code",
            "col.severity",
            "col.message",
            "col.accepted",
            "col.details"));
  }

  /**
   * The raw value a finding is about: the cell of its column as read; for a finding about several
   * columns ({@code ref_area,seizure_id}), their cells joined by {@code " / "}; null when the row
   * has no raw cells (a whole-file finding, a WARNING on a stored row).
   */
  public static String rawValue(FindingRecord f) {
    if (f.column() == null || f.raw().isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String c : f.column().split(",")) {
      String v = f.raw().get(c.trim());
      if (v != null) {
        parts.add(v);
      }
    }
    return parts.isEmpty() ? null : String.join(" / ", parts);
  }

  private static void cover(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.cover"));
    Row title = s.createRow(0);
    text(title, 0, m.label("cover.title")).setCellStyle(header);
    long stored = p.files().stream().mapToLong(CountryPack.PackFile::rowsStored).sum();
    Object[][] head = {
      {m.label("cover.country"), p.name()},
      {m.label("cover.m49"), p.m49()},
      {m.label("cover.snapshot"), p.snapshot()},
      {m.label("col.rows_stored"), stored},
      {m.label("col.rows_quarantined"), p.quarantined().size()},
      {m.label("cover.findings"), p.findings().size()},
      {m.label("cover.since"), p.since() == null ? m.label("cover.no_release") : p.since()},
    };
    int r = 2;
    for (Object[] kv : head) {
      Row x = s.createRow(r++);
      text(x, 0, (String) kv[0]).setCellStyle(header);
      value(x, 1, kv[1]);
    }
    text(s.createRow(r++), 0, m.label("cover.note"));
    r++;
    text(s.createRow(r++), 0, m.label("cover.files")).setCellStyle(header);
    List<String> cols = m.labels(CountryPack.FILE_COLUMNS);
    headerRow(s, r++, cols, header);
    int first = r;
    for (CountryPack.PackFile f : p.files()) {
      row(
          s.createRow(r++),
          f.file(),
          f.sheet(),
          f.dataset(),
          f.sha256(),
          f.submittedOn(),
          f.received(),
          f.rowsRead(),
          f.rowsAccepted(),
          f.rowsQuarantined(),
          f.rowsStored());
    }
    widths(s, cols, 2, first, r);
    s.setColumnWidth(0, 40 * 256);
  }

  private static void findings(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.findings"));
    List<String> cols = findingColumns(m);
    headerRow(s, 0, cols, header);
    int r = 1;
    for (FindingRecord f : p.findings()) {
      Optional<FindingCode> code = FeedbackPacks.code(f);
      row(
          s.createRow(r++),
          f.file(),
          f.sheet(),
          f.row(),
          f.column(),
          rawValue(f),
          f.code(),
          f.severity(),
          code.map(m::message).orElse(f.message()),
          code.map(m::accepted).orElse(null),
          f.message());
    }
    table(s, cols, r);
  }

  private static void quarantine(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.quarantine"));
    // the raw columns in the order the contract gives its datasets' columns, then any others
    Set<String> rawColumns = new LinkedHashSet<>();
    for (FeedbackPacks.Quarantined q : p.quarantined()) {
      org.sdg16.schemas.dataset.Datasets.byName(q.dataset())
          .ifPresent(
              d ->
                  d.fields().stream()
                      .map(org.sdg16.schemas.dataset.Field::name)
                      .filter(q.raw()::containsKey)
                      .forEach(rawColumns::add));
    }
    for (FeedbackPacks.Quarantined q : p.quarantined()) {
      rawColumns.addAll(new java.util.TreeSet<>(q.raw().keySet()));
    }
    List<String> cols =
        new ArrayList<>(m.labels(List.of("col.file", "col.sheet", "col.row", "col.codes")));
    cols.addAll(rawColumns); // the file's own column names, as read
    headerRow(s, 0, cols, header);
    int r = 1;
    for (FeedbackPacks.Quarantined q : p.quarantined()) {
      Row x = s.createRow(r++);
      row(x, q.file(), q.sheet(), q.row(), String.join(", ", q.codes()));
      int c = 4;
      for (String k : rawColumns) {
        value(x, c++, q.raw().get(k));
      }
    }
    table(s, cols, r);
  }

  private static void indicators(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.indicators"));
    List<String> cols = m.labels(CountryPack.INDICATOR_COLUMNS);
    headerRow(s, 0, cols, header);
    int r = 1;
    for (Observation o : p.observations()) {
      row(
          s.createRow(r++),
          o.series(),
          o.timePeriod(),
          breakdown(o),
          o.unitMeasure(),
          o.value(),
          o.numerator(),
          o.denominator(),
          o.obsStatus(),
          o.comment());
    }
    table(s, cols, r);
  }

  /** The published value columns, in a language. */
  static List<String> publishedColumns(Messages m) {
    return m.labels(
        List.of(
            "col.series",
            "col.year",
            "col.sex",
            "col.age",
            "col.unit",
            "col.computed",
            "col.published",
            "col.difference",
            "col.tolerance",
            "col.status",
            "col.reason",
            "col.file",
            "col.row"));
  }

  /** The cells of a published-value row, in {@link #publishedColumns} order. */
  static Object[] publishedCells(ReconciliationRow x) {
    return new Object[] {
      x.series(),
      x.timePeriod(),
      x.sex(),
      x.age(),
      x.unitMeasure(),
      x.computed(),
      x.published(),
      x.difference(),
      x.tolerance(),
      x.status(),
      x.reason(),
      x.publishedFile(),
      x.publishedRow()
    };
  }

  private static void published(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.published"));
    List<String> cols = publishedColumns(m);
    headerRow(s, 0, cols, header);
    int r = 1;
    for (ReconciliationRow x : p.published()) {
      row(s.createRow(r++), publishedCells(x));
    }
    table(s, cols, r);
  }

  private static void changes(SXSSFWorkbook wb, CellStyle header, CountryPack p, Messages m) {
    SXSSFSheet s = wb.createSheet(m.label("sheet.changes"));
    List<String> cols =
        m.labels(
            List.of(
                "col.change",
                "col.series",
                "col.year",
                "col.breakdown",
                "col.unit",
                "col.before",
                "col.after",
                "col.change_abs",
                "col.change_pct",
                "col.rows_now",
                "col.rows_before",
                "col.what_became"));
    headerRow(s, 0, cols, header);
    int r = 1;
    for (SnapshotDiff.Change c : p.changes()) {
      Observation o = c.observation();
      row(
          s.createRow(r++),
          m.label("change." + c.kind().name().toLowerCase(Locale.ROOT)),
          o.series(),
          o.timePeriod(),
          breakdown(o),
          o.unitMeasure(),
          c.valueBefore(),
          c.valueAfter(),
          c.absoluteChange(),
          c.relativeChangePct(),
          rows(c.rowsNow()),
          rows(c.rowsBefore()),
          String.join(" | ", c.quarantine()));
    }
    table(s, cols, r);
  }

  /**
   * Input rows file by file, as {@code sdg16 diff} names them: {@code a.csv rows 2-5 | b.xlsx#tip
   * row 3}.
   */
  private static String rows(List<RowSet> rows) {
    List<String> parts = new ArrayList<>();
    for (RowSet x : rows) {
      parts.add(x.text());
    }
    return parts.isEmpty() ? null : String.join(" | ", parts);
  }

  /** The dimensions that are not totals, e.g. {@code sex=F age=Y0T17}; {@code _T} if none. */
  static String breakdown(Observation o) {
    List<String> parts = new ArrayList<>();
    String[] dims = o.dimensions();
    for (int i = 0; i < dims.length; i++) {
      if (!Observation.TOTAL.equals(dims[i])) {
        parts.add(Observation.DIMENSIONS.get(i) + "=" + dims[i]);
      }
    }
    return parts.isEmpty() ? Observation.TOTAL : String.join(" ", parts);
  }

  private static void headerRow(SXSSFSheet s, int r, List<String> cols, CellStyle header) {
    Row h = s.createRow(r);
    for (int c = 0; c < cols.size(); c++) {
      text(h, c, cols.get(c)).setCellStyle(header);
    }
  }

  private static void row(Row x, Object... values) {
    for (int c = 0; c < values.length; c++) {
      value(x, c, values[c]);
    }
  }

  /**
   * A cell: numbers as numbers, text escaped and as read; null is a blank cell (missing, not 0).
   */
  private static void value(Row x, int c, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (!Double.isNaN(d) && !Double.isInfinite(d)) {
        x.createCell(c).setCellValue(d);
      }
      return;
    }
    text(x, c, v.toString());
  }

  private static Cell text(Row x, int c, String s) {
    Cell cell = x.createCell(c);
    cell.setCellValue(fit(Escaping.text(s)));
    return cell;
  }

  /** A text Excel can hold: longer text is cut, with a note (findings.csv keeps it whole). */
  static String fit(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - CUT.length()) + CUT;
  }

  private static void table(SXSSFSheet s, List<String> cols, int rows) {
    s.createFreezePane(0, 1);
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, cols.size() - 1));
    widths(s, cols, 0, 1, rows);
  }

  private static void widths(SXSSFSheet s, List<String> cols, int headerRow, int from, int to) {
    for (int c = 0; c < cols.size(); c++) {
      int w = cols.get(c).length();
      for (int r = from; r < to; r++) {
        Row x = s.getRow(r);
        Cell cell = x == null ? null : x.getCell(c);
        if (cell != null) {
          w = Math.max(w, Math.min(MAX_WIDTH, shown(cell).length()));
        }
      }
      s.setColumnWidth(c, Math.min(w + 3, MAX_WIDTH + 3) * 256);
    }
  }

  private static String shown(Cell cell) {
    return switch (cell.getCellType()) {
      case NUMERIC -> String.format(Locale.ROOT, "%s", cell.getNumericCellValue());
      default -> cell.getStringCellValue();
    };
  }
}
