package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Def;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.Span;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.series.SeriesMetadata;

/**
 * The SDG metadata page of one indicator (contract §4.4, "SDG metadata"): for each series of the
 * registry that belongs to it, the fields of its {@link SeriesMetadata} file, official series
 * first. Linked from the indicator's page ({@link #linkFor}); not in the navigation.
 */
final class MetadataPage extends PageParts {

  MetadataPage(PageContext ctx) {
    super(ctx);
  }

  /** The indicators (or target, for port seizures) of the registry, in registry order. */
  static List<String> indicators() {
    return SeriesCatalogue.ALL.stream().map(Series::indicator).distinct().toList();
  }

  /** The page's file name, e.g. {@code metadata-16-4-2.html}. */
  static String file(String indicator) {
    return "metadata-" + indicator.replace('.', '-') + ".html";
  }

  /** The paragraph that links a page to the metadata page of the indicator of {@code series}. */
  static Block linkFor(String series) {
    String indicator = SeriesCatalogue.byCode(series).orElseThrow().indicator();
    return Block.p(
        Span.of(
            "Definitions, computation, sources and the other SDG metadata fields of each series: "),
        Span.link(heading(indicator), file(indicator)),
        Span.of("."));
  }

  private static String heading(String indicator) {
    return (indicator.chars().filter(c -> c == '.').count() == 1 ? "Target " : "SDG ")
        + indicator
        + " metadata";
  }

  Page render(String indicator) {
    List<Block> b = new ArrayList<>();
    List<Series> series =
        SeriesCatalogue.ALL.stream()
            .filter(s -> s.indicator().equals(indicator))
            .sorted((x, y) -> Boolean.compare(y.official(), x.official()))
            .toList();
    b.add(
        Block.p(
            "One entry per series, as the UN SDG metadata repository and national SDG platforms publish"
                + " them. Official series take their definition and computation from the UN SDG metadata"
                + " (see Reference); project series are computed by sdg16 and are not official SDG data."));
    for (Series s : series) {
      b.add(
          Block.h2(
              s.code(),
              s.code()
                  + ": "
                  + s.title()
                  + (s.official() ? " (official SDG series)" : " (project series, not official)")));
      List<Def> defs = new ArrayList<>();
      for (Map.Entry<String, String> f : SeriesMetadata.of(s.code()).fields().entrySet()) {
        defs.add(new Def(f.getKey(), f.getValue()));
      }
      b.add(Block.defs(defs));
    }
    return page(file(indicator), heading(indicator), null, false, b);
  }
}
