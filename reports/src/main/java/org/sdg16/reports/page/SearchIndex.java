package org.sdg16.reports.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdg16.reports.page.View.Page;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The search index of the report (contract §4.4): every country with its profile, every series of
 * the catalogue with the page that shows it, and every page, written as {@code search-index.js} (a
 * script that sets {@code window.SDG16_SEARCH}, since a page opened from {@code file://} cannot
 * fetch JSON) for the search box of {@code report.js}. Readers see labels; a series' code is only
 * matched ({@code also}), never shown.
 */
public final class SearchIndex {

  private SearchIndex() {}

  /**
   * One result: what the reader sees ({@code label}, {@code kind}, {@code detail}), the link from
   * the report folder, and further text the search matches.
   */
  public record Entry(String label, String kind, String detail, String href, String also) {}

  /** The page that shows a series family (the SDG 16.4.2 series has a page of its own). */
  private static final Map<String, String> FAMILY_PAGE =
      Map.of(
          "firearms", "firearms.html",
          "ccp", "port-seizures.html",
          "tip", "trafficking.html",
          "iff", "iff.html");

  static List<Entry> entries(PageContext ctx, Site.Pages pages) {
    List<Entry> out = new ArrayList<>();
    for (View.Region r : ctx.regions()) {
      for (View.Country c : r.countries()) {
        out.add(new Entry(c.name(), "country", r.name(), c.file(), null));
      }
    }
    for (Series s : SeriesCatalogue.ALL) {
      String file =
          s.code().equals(SeriesCatalogue.VC_ARM_SZTRACE)
              ? "sdg-16-4-2.html"
              : FAMILY_PAGE.get(s.family());
      if (file == null) {
        continue;
      }
      out.add(new Entry(s.title(), "series", pageLabel(file), file, s.code()));
    }
    for (Page p : pages.html()) {
      if (!pages.countries().contains(p)) {
        out.add(new Entry(p.title(), "page", null, p.file(), p.h1()));
      }
    }
    return out;
  }

  private static String pageLabel(String file) {
    return Site.PAGES.stream()
        .filter(p -> p[0].equals(file))
        .map(p -> p[1])
        .findFirst()
        .orElseThrow();
  }

  /** The index as the script {@code search-index.js}. */
  static String script(List<Entry> entries) {
    try {
      // escaped so that no input text can close a script or open markup
      String json =
          new ObjectMapper()
              .writeValueAsString(entries)
              .replace("<", "\\u003c")
              .replace(">", "\\u003e")
              .replace("&", "\\u0026");
      return "/* sdg16 report: the search index of report.js */\nwindow.SDG16_SEARCH = "
          + json
          + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
