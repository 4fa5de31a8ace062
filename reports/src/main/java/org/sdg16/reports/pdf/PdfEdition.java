package org.sdg16.reports.pdf;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Defs;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.Footer;
import org.sdg16.reports.page.View.Footnote;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Heading;
import org.sdg16.reports.page.View.Headline;
import org.sdg16.reports.page.View.Headlines;
import org.sdg16.reports.page.View.Link;
import org.sdg16.reports.page.View.Links;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.Para;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;

/**
 * The PDF edition of the report (contract §4.4): the HTML pages it holds, laid out for A4 as one
 * document with a cover, a table of contents with page numbers, bookmarks, and, optionally, the
 * country profiles as an appendix. Built from the same {@link Page}s as the site, so the PDF says
 * what the pages say; only the layout changes:
 *
 * <ul>
 *   <li>every link to a page the PDF holds becomes an internal link (ids get the section's prefix,
 *       since two pages may use the same id); a link to a page it does not hold becomes plain text,
 *       and a list of such links is left out, so the PDF never lists what it does not contain;
 *   <li>a table too wide for the page is split into column groups, each repeating the row-header
 *       columns ({@link #fit});
 *   <li>each chart gets a print width that keeps its height within {@link #CHART_MAX_MM} (a small
 *       chart's within {@link #SMALL_CHART_MAX_MM}), so two small charts share a page.
 * </ul>
 */
public final class PdfEdition {

  private PdfEdition() {}

  /** Width of the text block on A4 with the margins of {@code style.css}, in millimetres. */
  static final double TEXT_WIDTH_MM = 182;

  /** Highest print height of a chart standing alone, in millimetres. */
  static final double CHART_MAX_MM = 105;

  /** Highest print height of a chart in a row of small charts, in millimetres. */
  static final double SMALL_CHART_MAX_MM = 88;

  /**
   * Width of one character of table text at 7.5 pt DejaVu Sans, in millimetres, on the safe side: a
   * digit is 0.636 em (1.68 mm), a bold heading's letters wider than the text's. 1.45 mm, the
   * average letter, let a profile's table of eight years, trend and slope run past the margin.
   */
  static final double CHAR_MM = 1.7;

  /** Characters a text column is given before its text wraps. */
  static final int TEXT_CHARS = 16;

  /** Characters a column heading is given at most (it wraps between words). */
  static final int HEAD_CHARS = 14;

  /** Padding and rule of one table cell, in millimetres. */
  static final double CELL_PAD_MM = 2.4;

  /** The document the template {@code pdf.mustache} renders. */
  public record Document(
      String title, Footer footer, List<Section> sections, Appendix appendix, List<Toc> toc) {
    public boolean hasAppendix() {
      return appendix != null;
    }
  }

  /** One page of the site as a chapter of the PDF. */
  public record Section(
      String id,
      String h1,
      String lead,
      boolean experimental,
      List<PdfBlock> blocks,
      String running) {}

  /** The country profiles, one section each, after the chapters. */
  public record Appendix(String id, String title, List<Section> sections, String running) {}

  /** An entry of the table of contents and of the bookmarks, with its sub-entries. */
  public record Toc(String href, String text, List<Toc> children) {
    public boolean hasChildren() {
      return !children.isEmpty();
    }
  }

  /** A block of a section, as {@link Block} but with PDF figures and column-group tables. */
  public record PdfBlock(
      Heading h2,
      Heading h3,
      Para para,
      Para note,
      Para warning,
      PdfFigure figure,
      List<PdfFigure> figures,
      List<TableView> tables,
      Headlines headlines,
      Links links,
      Defs defs) {}

  /** A chart placed at {@code widthMm} millimetres. */
  public record PdfFigure(
      String id,
      String png,
      String alt,
      String source,
      List<Footnote> footnotes,
      String widthMm,
      boolean small) {
    public boolean hasFootnotes() {
      return !footnotes.isEmpty();
    }
  }

  /** The id of the section that holds the page {@code file} ({@code country/404.html}). */
  static String sectionId(String file) {
    return "sec-" + file.replaceFirst("\\.html$", "").replaceAll("[^A-Za-z0-9]+", "-");
  }

  /**
   * The PDF edition of {@code chapters}, with {@code countries} (the country profiles) as an
   * appendix when that list is not empty.
   */
  public static Document of(
      String title, Footer footer, List<Page> chapters, List<Page> countries) {
    Map<String, Page> held = new LinkedHashMap<>();
    for (Page p : chapters) {
      held.put(p.file(), p);
    }
    for (Page p : countries) {
      held.put(p.file(), p);
    }
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (Page p : held.values()) {
      ids.put(p.file(), idsOf(p));
    }
    Targets links = new Targets(held.keySet(), ids);
    List<Section> sections = new ArrayList<>();
    List<Toc> toc = new ArrayList<>();
    for (Page p : chapters) {
      // the overview's heading is the report's title: its running header says "Overview"
      Section s = section(p, links, title + " · " + (p.h1().equals(title) ? "Overview" : p.h1()));
      sections.add(s);
      toc.add(new Toc("#" + s.id(), s.h1(), subEntries(s)));
    }
    Appendix appendix = null;
    if (!countries.isEmpty()) {
      List<Section> profiles = new ArrayList<>();
      List<Toc> entries = new ArrayList<>();
      for (Page p : countries) {
        Section s = section(p, links, title + " · Country profile · " + p.h1());
        profiles.add(s);
        entries.add(new Toc("#" + s.id(), s.h1(), List.of()));
      }
      appendix =
          new Appendix(
              "sec-appendix-countries",
              "Appendix: country profiles",
              profiles,
              title + " · Appendix");
      toc.add(new Toc("#" + appendix.id(), appendix.title(), entries));
    }
    return new Document(title, footer, sections, appendix, toc);
  }

  private static List<Toc> subEntries(Section s) {
    List<Toc> out = new ArrayList<>();
    for (PdfBlock b : s.blocks()) {
      if (b.h2() != null && b.h2().id() != null && !b.h2().id().isEmpty()) {
        out.add(new Toc("#" + b.h2().id(), b.h2().text(), List.of()));
      }
    }
    return out;
  }

  private static Set<String> idsOf(Page p) {
    Set<String> out = new HashSet<>();
    for (Block b : p.blocks()) {
      if (b.h2() != null) {
        out.add(b.h2().id());
      }
      if (b.h3() != null) {
        out.add(b.h3().id());
      }
      if (b.figure() != null) {
        out.add("fig-" + b.figure().id());
      }
      if (b.figures() != null) {
        for (Figure f : b.figures().items()) {
          out.add("fig-" + f.id());
        }
      }
    }
    return out;
  }

  /** Rewrites the links of a page: inside the PDF, or none. */
  private record Targets(Set<String> files, Map<String, Set<String>> ids) {

    /**
     * The PDF target of {@code href} written on page {@code from}: {@code #id} when it points into
     * the PDF, the address itself when it is a web address, else null.
     */
    String target(String from, String href) {
      if (href == null) {
        return null;
      }
      if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
        return href;
      }
      URI u;
      try {
        u = URI.create("file:///r/" + from).resolve(href);
      } catch (IllegalArgumentException e) {
        return null;
      }
      String path = u.getPath() == null ? "" : u.getPath().replaceFirst("^/r/", "");
      if (!files.contains(path)) {
        return null;
      }
      String frag = u.getFragment();
      if (frag != null && ids.get(path).contains(frag)) {
        return "#" + sectionId(path) + "--" + frag;
      }
      return "#" + sectionId(path);
    }

    /** The path of a file of the report ({@code charts/x.png}) seen from page {@code from}. */
    String resource(String from, String src) {
      return URI.create("file:///r/" + from).resolve(src).getPath().replaceFirst("^/r/", "");
    }
  }

  private static Section section(Page p, Targets links, String running) {
    String sec = sectionId(p.file());
    List<PdfBlock> out = new ArrayList<>();
    java.util.Set<PdfBlock> emptied = new java.util.HashSet<>();
    for (Block b : p.blocks()) {
      PdfBlock pb = block(p.file(), sec, b, links);
      if (pb == null) {
        // a list of pages the PDF does not hold: leave it out with the heading just above it
        if (!out.isEmpty() && (last(out).h2() != null || last(out).h3() != null)) {
          out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && last(out).h2() != null) {
          emptied.add(last(out));
        }
        continue;
      }
      out.add(pb);
    }
    // a heading whose every list was left out (the country profiles, by region) goes too
    for (int i = out.size() - 1; i >= 0; i--) {
      if (emptied.contains(out.get(i)) && (i == out.size() - 1 || out.get(i + 1).h2() != null)) {
        out.remove(i);
      }
    }
    return new Section(sec, p.h1(), p.lead(), p.experimental(), out, running);
  }

  private static PdfBlock last(List<PdfBlock> l) {
    return l.get(l.size() - 1);
  }

  private static PdfBlock block(String file, String sec, Block b, Targets links) {
    if (b.h2() != null) {
      return new PdfBlock(
          heading(sec, b.h2()), null, null, null, null, null, null, null, null, null, null);
    }
    if (b.h3() != null) {
      return new PdfBlock(
          null, heading(sec, b.h3()), null, null, null, null, null, null, null, null, null);
    }
    if (b.para() != null) {
      return new PdfBlock(
          null, null, para(file, b.para(), links), null, null, null, null, null, null, null, null);
    }
    if (b.note() != null) {
      return new PdfBlock(
          null, null, null, para(file, b.note(), links), null, null, null, null, null, null, null);
    }
    if (b.warning() != null) {
      return new PdfBlock(
          null,
          null,
          null,
          null,
          para(file, b.warning(), links),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    if (b.figure() != null) {
      return new PdfBlock(
          null,
          null,
          null,
          null,
          null,
          figure(file, sec, b.figure(), CHART_MAX_MM, false, links),
          null,
          null,
          null,
          null,
          null);
    }
    if (b.figures() != null) {
      List<PdfFigure> fs = new ArrayList<>();
      for (Figure f : b.figures().items()) {
        fs.add(figure(file, sec, f, SMALL_CHART_MAX_MM, true, links));
      }
      return new PdfBlock(null, null, null, null, null, null, fs, null, null, null, null);
    }
    if (b.table() != null) {
      return new PdfBlock(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          fit(table(file, b.table(), links)),
          null,
          null,
          null);
    }
    if (b.headlines() != null) {
      List<Headline> hs = new ArrayList<>();
      for (Headline h : b.headlines().items()) {
        hs.add(
            new Headline(
                h.label(),
                h.value(),
                h.unit(),
                h.year(),
                h.arrow(),
                h.arrowCls(),
                h.detail(),
                links.target(file, h.href())));
      }
      return new PdfBlock(
          null, null, null, null, null, null, null, null, new Headlines(hs), null, null);
    }
    if (b.links() != null) {
      List<Link> kept = new ArrayList<>();
      for (Link l : b.links().items()) {
        String t = links.target(file, l.href());
        if (t != null) {
          kept.add(new Link(t, l.text(), l.detail()));
        }
      }
      return kept.isEmpty()
          ? null
          : new PdfBlock(
              null, null, null, null, null, null, null, null, null, new Links(kept), null);
    }
    if (b.defs() != null) {
      return new PdfBlock(
          null, null, null, null, null, null, null, null, null, null, new Defs(b.defs().items()));
    }
    throw new IllegalArgumentException("a block with no content on " + file);
  }

  private static Heading heading(String sec, Heading h) {
    return new Heading(h.id() == null || h.id().isEmpty() ? null : sec + "--" + h.id(), h.text());
  }

  private static Para para(String file, Para p, Targets links) {
    List<Span> out = new ArrayList<>();
    for (Span s : p.spans()) {
      out.add(new Span(s.text(), links.target(file, s.href()), s.strong()));
    }
    return new Para(out);
  }

  private static PdfFigure figure(
      String file, String sec, Figure f, double maxHeightMm, boolean small, Targets links) {
    double width = TEXT_WIDTH_MM * (small ? 0.92 : 0.94);
    if (f.width() > 0 && f.height() > 0) {
      width = Math.min(width, maxHeightMm * f.width() / f.height());
    }
    return new PdfFigure(
        sec + "--fig-" + f.id(),
        links.resource(file, f.png()),
        f.alt(),
        f.source(),
        f.footnotes(),
        String.format(java.util.Locale.ROOT, "%.0fmm", width),
        small);
  }

  private static TableView table(String file, TableView t, Targets links) {
    List<RowView> rows = new ArrayList<>();
    for (RowView r : t.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : r.cells()) {
        cells.add(new Cell(c.text(), links.target(file, c.href()), c.cls(), c.title(), c.header()));
      }
      rows.add(new RowView(cells, r.cls()));
    }
    return new TableView(t.caption(), t.cls(), t.head(), rows);
  }

  /**
   * {@code t} as one table when its estimated width fits the text block, else as column groups:
   * each group repeats the leading row-header columns and takes as many of the other columns as fit
   * (at least one), and its caption says which columns it holds. The width of a column is estimated
   * from its longest text: numbers do not wrap, text wraps at about 28 characters and a heading at
   * about 12.
   */
  static List<TableView> fit(TableView t) {
    int n = t.head().size();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = Math.min(longestWord(t.head().get(i).text()), HEAD_CHARS);
    }
    for (RowView r : t.rows()) {
      for (int i = 0; i < Math.min(n, r.cells().size()); i++) {
        Cell c = r.cells().get(i);
        boolean num = c.cls() != null && c.cls().contains("num");
        w[i] =
            Math.max(
                w[i],
                num
                    ? length(c.text())
                    : Math.max(longestWord(c.text()), Math.min(length(c.text()), TEXT_CHARS)));
      }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = w[i] * CHAR_MM + CELL_PAD_MM;
      total += w[i];
    }
    int keys = rowHeaderColumns(t);
    if (total <= TEXT_WIDTH_MM || n - keys < 2) {
      return List.of(t);
    }
    double keyWidth = 0;
    for (int i = 0; i < keys; i++) {
      keyWidth += w[i];
    }
    List<int[]> groups = new ArrayList<>();
    int start = keys;
    while (start < n) {
      int end = start;
      double used = keyWidth;
      while (end < n && (end == start || used + w[end] <= TEXT_WIDTH_MM)) {
        used += w[end];
        end++;
      }
      groups.add(new int[] {start, end});
      start = end;
    }
    List<TableView> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int[] r = groups.get(g);
      List<HeadCell> head = new ArrayList<>(t.head().subList(0, keys));
      head.addAll(t.head().subList(r[0], r[1]));
      List<RowView> rows = new ArrayList<>();
      for (RowView row : t.rows()) {
        List<Cell> cells = new ArrayList<>();
        int m = row.cells().size();
        cells.addAll(row.cells().subList(0, Math.min(keys, m)));
        if (r[0] < m) {
          cells.addAll(row.cells().subList(r[0], Math.min(r[1], m)));
        }
        rows.add(new RowView(cells, row.cls()));
      }
      String from = t.head().get(r[0]).text();
      String to = t.head().get(r[1] - 1).text();
      String part =
          String.format(
              java.util.Locale.ROOT,
              "part %d of %d: %s",
              g + 1,
              groups.size(),
              r[1] - r[0] == 1 ? from : from + " to " + to);
      String caption =
          t.caption() == null || t.caption().isEmpty() ? part : t.caption() + " (" + part + ")";
      out.add(new TableView(caption, t.cls(), head, rows));
    }
    return out;
  }

  /** How many leading columns are row headers in every row (at least the first column). */
  private static int rowHeaderColumns(TableView t) {
    int keys = Integer.MAX_VALUE;
    for (RowView r : t.rows()) {
      int k = 0;
      while (k < r.cells().size() && r.cells().get(k).header()) {
        k++;
      }
      keys = Math.min(keys, k);
    }
    if (keys == Integer.MAX_VALUE) {
      keys = 0;
    }
    return Math.max(1, Math.min(keys, t.head().size() - 1));
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static int longestWord(String s) {
    int best = 0;
    if (s != null) {
      for (String w : s.split("\\s+")) {
        best = Math.max(best, w.length());
      }
    }
    return best;
  }
}
