package org.sdg16.jobs.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdg16.reports.pdf.PdfRenderer;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Messages;

/**
 * The PDF edition of a country's feedback pack (contract §4.6), beside its workbook: the same
 * cover, findings, quarantined rows (each as {@code column=value} pairs), national values and
 * changes, with the same labels, rendered by the report's {@link PdfRenderer}. Raw values are
 * printed as received (no formula quote: a PDF runs nothing); a character XML cannot carry (a
 * control character) prints as U+FFFD, the workbook keeping it.
 */
public final class FeedbackPdf {

  private FeedbackPdf() {}

  /** The PDF's name beside the workbook: {@code <M49>-<name>.pdf}. */
  public static String fileName(int m49, String name) {
    return FeedbackWriter.fileName(m49, name).replaceFirst("\\.xlsx$", ".pdf");
  }

  /** Writes the pack's PDF into {@code dir} (replacing a former one whole) and returns its path. */
  public static Path write(Path dir, CountryPack p, Messages m) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(fileName(p.m49(), p.name()));
      Path tmp = Files.createTempFile(dir, ".feedback-", ".pdf");
      try {
        PdfRenderer.render(xhtml(p, m), dir, tmp);
      } catch (RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The XHTML document of the pack. */
  static String xhtml(CountryPack p, Messages m) {
    StringBuilder b = new StringBuilder();
    b.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        .append(" lang=\"")
        .append(m.lang().code())
        .append("\"><head><title>")
        .append(esc(m.label("cover.title") + " — " + p.name()))
        .append("</title><style>")
        .append("@page { size: A4 landscape; margin: 12mm; }")
        .append("body { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; }")
        .append("h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: 10pt; }")
        .append("table { border-collapse: collapse; width: 100%; }")
        .append("th, td { border-bottom: 0.5pt solid #ccc; padding: 2pt; text-align: left;")
        .append(" vertical-align: top; word-wrap: break-word; }")
        .append("th { border-bottom: 1pt solid #333; } td.n { text-align: right; }")
        .append("</style></head><body>");
    b.append("<h1>").append(esc(m.label("cover.title") + ": " + p.name())).append("</h1>");
    long stored = p.files().stream().mapToLong(CountryPack.PackFile::rowsStored).sum();
    b.append("<table>");
    kv(b, m.label("cover.m49"), Integer.toString(p.m49()));
    kv(b, m.label("cover.snapshot"), p.snapshot());
    kv(b, m.label("col.rows_stored"), Long.toString(stored));
    kv(b, m.label("col.rows_quarantined"), Integer.toString(p.quarantined().size()));
    kv(b, m.label("cover.findings"), Integer.toString(p.findings().size()));
    kv(b, m.label("cover.since"), p.since() == null ? m.label("cover.no_release") : p.since());
    b.append("</table>");

    b.append("<h2>").append(esc(m.label("cover.files"))).append("</h2>");
    List<List<Object>> files = new ArrayList<>();
    for (CountryPack.PackFile f : p.files()) {
      files.add(
          list(
              f.file(),
              f.sheet(),
              f.dataset(),
              f.sha256(),
              f.submittedOn(),
              f.received(),
              f.rowsRead(),
              f.rowsAccepted(),
              f.rowsQuarantined(),
              f.rowsStored()));
    }
    table(b, m.labels(CountryPack.FILE_COLUMNS), files);

    b.append("<h2>").append(esc(m.label("sheet.findings"))).append("</h2>");
    List<List<Object>> findings = new ArrayList<>();
    for (FindingRecord f : p.findings()) {
      java.util.Optional<FindingCode> c = FeedbackPacks.code(f);
      findings.add(
          list(
              f.file(),
              f.sheet(),
              f.row(),
              f.column(),
              FeedbackWriter.rawValue(f),
              f.code(),
              f.severity(),
              c.map(m::message).orElse(f.message()),
              c.map(m::accepted).orElse(null),
              f.message()));
    }
    table(b, FeedbackWriter.findingColumns(m), findings);

    b.append("<h2>").append(esc(m.label("sheet.quarantine"))).append("</h2>");
    List<List<Object>> quarantined = new ArrayList<>();
    for (FeedbackPacks.Quarantined q : p.quarantined()) {
      List<String> cells = new ArrayList<>();
      for (Map.Entry<String, String> e : q.raw().entrySet()) {
        cells.add(e.getKey() + "=" + e.getValue());
      }
      quarantined.add(
          list(
              q.file(),
              q.sheet(),
              q.row(),
              String.join(", ", q.codes()),
              String.join("; ", cells)));
    }
    List<String> qcols =
        m.labels(List.of("col.file", "col.sheet", "col.row", "col.codes", "col.raw_value"));
    table(b, qcols, quarantined);

    b.append("<h2>").append(esc(m.label("sheet.indicators"))).append("</h2>");
    List<List<Object>> obs = new ArrayList<>();
    for (Observation o : p.observations()) {
      obs.add(
          list(
              o.series(),
              o.timePeriod(),
              FeedbackWriter.breakdown(o),
              o.unitMeasure(),
              o.value(),
              o.numerator(),
              o.denominator(),
              o.obsStatus(),
              o.comment()));
    }
    table(b, m.labels(CountryPack.INDICATOR_COLUMNS), obs);

    b.append("<h2>").append(esc(m.label("sheet.published"))).append("</h2>");
    List<List<Object>> published = new ArrayList<>();
    for (org.sdg16.schemas.output.ReconciliationRow x : p.published()) {
      published.add(list(FeedbackWriter.publishedCells(x)));
    }
    table(b, FeedbackWriter.publishedColumns(m), published);

    b.append("<h2>").append(esc(m.label("sheet.changes"))).append("</h2>");
    List<List<Object>> changes = new ArrayList<>();
    for (var c : p.changes()) {
      Observation o = c.observation();
      changes.add(
          list(
              m.label("change." + c.kind().name().toLowerCase(Locale.ROOT)),
              o.series(),
              o.timePeriod(),
              FeedbackWriter.breakdown(o),
              c.valueBefore(),
              c.valueAfter(),
              c.absoluteChange()));
    }
    table(
        b,
        m.labels(
            List.of(
                "col.change",
                "col.series",
                "col.year",
                "col.breakdown",
                "col.before",
                "col.after",
                "col.change_abs")),
        changes);
    b.append("<p>").append(esc(m.label("cover.note"))).append("</p>");
    return b.append("</body></html>").toString();
  }

  private static List<Object> list(Object... values) {
    List<Object> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v);
    }
    return out;
  }

  private static void kv(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
  }

  private static void table(StringBuilder b, List<String> cols, List<List<Object>> rows) {
    b.append("<table><thead><tr>");
    for (String c : cols) {
      b.append("<th>").append(esc(c)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (List<Object> r : rows) {
      b.append("<tr>");
      for (Object v : r) {
        boolean number = v instanceof Number;
        b.append(number ? "<td class=\"n\">" : "<td>").append(esc(text(v))).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table>");
  }

  /** A value as printed: numbers plainly ({@link Numbers#plain}), missing as an empty cell. */
  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return Numbers.plain(d);
    }
    return v.toString();
  }

  /** XML text: markup characters escaped, characters XML 1.0 cannot carry as U+FFFD. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          boolean ok =
              c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
          b.append(ok ? c : '\uFFFD');
        }
      }
    }
    return b.toString();
  }
}
