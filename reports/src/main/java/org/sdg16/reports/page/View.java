package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The view model the page templates render: plain records with text only (the templates escape
 * every value), built by the page classes. One {@link Block} is one piece of a page.
 */
public final class View {

  private View() {}

  /**
   * A whole HTML page. {@code rel} is the way back to the report folder ({@code ""} or {@code
   * "../"}).
   */
  public record Page(
      String file,
      String title,
      String rel,
      List<NavItem> nav,
      String h1,
      String lead,
      boolean experimental,
      List<Block> blocks,
      Footer footer) {}

  /** A country of the report with its profile, in a {@link Region}. */
  public record Country(int m49, String name, String file) {}

  /** An SDG region with the report's countries in it, by name; {@code id} is an anchor. */
  public record Region(String name, String id, List<Country> countries) {}

  public record NavItem(String href, String label, boolean current) {}

  public record Footer(String runDate, String version, String snapshot, String runId) {}

  /** One piece of a page; exactly one component is non-null. */
  public record Block(
      Heading h2,
      Heading h3,
      Para para,
      Para note,
      Para warning,
      Figure figure,
      Figures figures,
      TableView table,
      Headlines headlines,
      Links links,
      Defs defs) {

    public static Block h2(String id, String text) {
      return new Block(
          new Heading(id, text), null, null, null, null, null, null, null, null, null, null);
    }

    public static Block h3(String id, String text) {
      return new Block(
          null, new Heading(id, text), null, null, null, null, null, null, null, null, null);
    }

    public static Block p(Span... spans) {
      return new Block(
          null, null, new Para(List.of(spans)), null, null, null, null, null, null, null, null);
    }

    public static Block p(String text) {
      return p(Span.of(text));
    }

    public static Block note(String text) {
      return new Block(
          null,
          null,
          null,
          new Para(List.of(Span.of(text))),
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    public static Block warning(Span... spans) {
      return new Block(
          null, null, null, null, new Para(List.of(spans)), null, null, null, null, null, null);
    }

    public static Block figure(Figure f) {
      return new Block(null, null, null, null, null, f, null, null, null, null, null);
    }

    public static Block figures(List<Figure> fs) {
      return new Block(null, null, null, null, null, null, new Figures(fs), null, null, null, null);
    }

    public static Block table(TableView t) {
      return new Block(null, null, null, null, null, null, null, t, null, null, null);
    }

    public static Block headlines(List<Headline> h) {
      return new Block(
          null, null, null, null, null, null, null, null, new Headlines(h), null, null);
    }

    public static Block links(List<Link> l) {
      return new Block(null, null, null, null, null, null, null, null, null, new Links(l), null);
    }

    public static Block defs(List<Def> d) {
      return new Block(null, null, null, null, null, null, null, null, null, null, new Defs(d));
    }
  }

  public record Heading(String id, String text) {}

  public record Para(List<Span> spans) {}

  /** A run of text, a link when {@code href} is set, bold when {@code strong}. */
  public record Span(String text, String href, boolean strong) {
    public static Span of(String text) {
      return new Span(text, null, false);
    }

    public static Span link(String text, String href) {
      return new Span(text, href, false);
    }

    public static Span strong(String text) {
      return new Span(text, null, true);
    }
  }

  /** A chart with its files, alt text, source line, footnotes and the data table beside it. */
  /**
   * A chart or map with its files, text alternative, source, notes and data table; {@code cls} is
   * {@code "map"} for a map, else null.
   */
  public record Figure(
      String id,
      String cls,
      String title,
      String png,
      String svg,
      String csv,
      String alt,
      int width,
      int height,
      String source,
      List<Footnote> footnotes,
      TableView data) {
    public boolean hasFootnotes() {
      return !footnotes.isEmpty();
    }
  }

  public record Figures(List<Figure> items) {}

  public record Footnote(int n, String text) {}

  public record TableView(String caption, String cls, List<HeadCell> head, List<RowView> rows) {}

  public record HeadCell(String text, String cls) {
    public static HeadCell text(String t) {
      return new HeadCell(t, null);
    }

    public static HeadCell num(String t) {
      return new HeadCell(t, "num");
    }
  }

  public record RowView(List<Cell> cells, String cls) {
    public static RowView of(Cell... cells) {
      return new RowView(Arrays.asList(cells), null);
    }

    public static RowView of(List<Cell> cells) {
      return new RowView(new ArrayList<>(cells), null);
    }
  }

  /**
   * A table cell; {@code header} makes it a row header, {@code cls} holds {@code num} for numbers.
   */
  public record Cell(String text, String href, String cls, String title, boolean header) {
    public static Cell text(String t) {
      return new Cell(t, null, null, null, false);
    }

    public static Cell num(String t) {
      return new Cell(t, null, "num", null, false);
    }

    public static Cell rowHeader(String t) {
      return new Cell(t, null, null, null, true);
    }

    public static Cell rowHeader(String t, String href) {
      return new Cell(t, href, null, null, true);
    }

    public static Cell link(String t, String href) {
      return new Cell(t, href, null, null, false);
    }

    public static Cell styled(String t, String cls, String title) {
      return new Cell(t, null, cls, title, false);
    }
  }

  /** A headline figure with its trend arrow. */
  public record Headline(
      String label,
      String value,
      String unit,
      String year,
      String arrow,
      String arrowCls,
      String detail,
      String href) {}

  public record Headlines(List<Headline> items) {}

  public record Link(String href, String text, String detail) {}

  public record Links(List<Link> items) {}

  public record Def(String term, String text) {}

  public record Defs(List<Def> items) {}
}
