package org.sdg16.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Footer;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Link;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;

class PdfEditionTest {

  private static Page page(String file, String h1, Block... blocks) {
    return new Page(
        file,
        h1,
        file.contains("/") ? "../" : "",
        List.of(),
        h1,
        null,
        false,
        List.of(blocks),
        null);
  }

  /** A country's series by year: a row header and 20 year columns of seven-digit numbers. */
  private static TableView byYear() {
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Country")));
    for (int y = 2004; y <= 2023; y++) {
      head.add(HeadCell.num(Integer.toString(y)));
    }
    List<RowView> rows = new ArrayList<>();
    for (String c : List.of("Kenya", "Netherlands (Kingdom of the)")) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.rowHeader(c)));
      for (int y = 2004; y <= 2023; y++) {
        cells.add(Cell.num("1,234,567"));
      }
      rows.add(RowView.of(cells));
    }
    return new TableView("Arms seized", null, head, rows);
  }

  @Test
  void aTableTooWideIsSplitIntoColumnGroupsThatRepeatTheRowHeaderAndKeepEveryCell() {
    List<TableView> parts = PdfEdition.fit(byYear());
    // a year column is 9 × 1.7 + 2.4 = 17.7 mm and the country column, text given 16
    // characters, 16 × 1.7 + 2.4 = 29.6 mm: 8 years fit beside it in the 182 mm of A4
    // (29.6 + 8 × 17.7 = 171.2; 9 would make 188.9), so 20 years make 8 + 8 + 4
    assertThat(parts).hasSizeGreaterThan(1);
    int years = 0;
    for (TableView t : parts) {
      assertThat(t.head().get(0).text()).isEqualTo("Country");
      assertThat(t.rows().get(1).cells().get(0).text()).isEqualTo("Netherlands (Kingdom of the)");
      assertThat(t.caption()).startsWith("Arms seized (part ");
      for (RowView r : t.rows()) {
        assertThat(r.cells()).hasSameSizeAs(t.head());
      }
      years += t.head().size() - 1;
    }
    assertThat(years).isEqualTo(20);
    assertThat(parts.get(0).caption()).isEqualTo("Arms seized (part 1 of 3: 2004 to 2011)");
  }

  @Test
  void aTableThatFitsIsKeptWhole() {
    TableView t =
        new TableView(
            null,
            null,
            List.of(HeadCell.text("Country"), HeadCell.num("Share of seized arms traced (%)")),
            List.of(RowView.of(Cell.rowHeader("Kenya"), Cell.num("61.9 (2023)"))));
    assertThat(PdfEdition.fit(t)).containsExactly(t);
  }

  @Test
  void linksIntoThePdfBecomeInternalAndListsOfPagesItDoesNotHoldAreLeftOut() {
    Page index =
        page(
            "index.html",
            "Overview",
            Block.p(Span.link("the methodology", "methodology.html#trends")),
            Block.h2("pages", "Pages"),
            Block.links(
                List.of(
                    new Link("firearms.html", "Firearms", null),
                    new Link("data-quality.html", "Data quality", null))),
            Block.h2("countries", "Country profiles"),
            Block.links(List.of(new Link("country/404.html", "Kenya", null))));
    Page fa = page("firearms.html", "Firearms", Block.p(Span.link("Kenya", "country/404.html")));
    Page meth = page("methodology.html", "Methodology", Block.h2("trends", "Trends"));
    Page kenya =
        page("country/404.html", "Kenya", Block.p(Span.link("Overview", "../index.html#pages")));
    Footer f = new Footer("2026-12-07", "0.1", "000001", "r1");

    PdfEdition.Document d = PdfEdition.of("T", f, List.of(index, fa, meth), List.of());
    PdfEdition.Section s = d.sections().get(0);
    assertThat(s.blocks().get(0).para().spans().get(0).href())
        .isEqualTo("#sec-methodology--trends");
    assertThat(s.blocks().get(2).links().items())
        .extracting(Link::href)
        .containsExactly("#sec-firearms");
    // the country list links only to pages the PDF does not hold: gone with its heading
    assertThat(s.blocks()).hasSize(3);
    assertThat(d.sections().get(1).blocks().get(0).para().spans().get(0).href()).isNull();
    assertThat(d.toc())
        .extracting(PdfEdition.Toc::text)
        .containsExactly("Overview", "Firearms", "Methodology");
    assertThat(d.toc().get(2).children())
        .extracting(PdfEdition.Toc::href)
        .containsExactly("#sec-methodology--trends");
    assertThat(d.hasAppendix()).isFalse();

    PdfEdition.Document a = PdfEdition.of("T", f, List.of(index, fa, meth), List.of(kenya));
    assertThat(a.sections().get(0).blocks()).hasSize(5);
    assertThat(a.sections().get(0).blocks().get(4).links().items().get(0).href())
        .isEqualTo("#sec-country-404");
    assertThat(a.sections().get(1).blocks().get(0).para().spans().get(0).href())
        .isEqualTo("#sec-country-404");
    assertThat(a.appendix().sections().get(0).blocks().get(0).para().spans().get(0).href())
        .isEqualTo("#sec-index--pages");
    assertThat(a.toc())
        .extracting(PdfEdition.Toc::text)
        .last()
        .isEqualTo("Appendix: country profiles");
    assertThat(a.toc().get(3).children()).extracting(PdfEdition.Toc::text).containsExactly("Kenya");
  }
}
