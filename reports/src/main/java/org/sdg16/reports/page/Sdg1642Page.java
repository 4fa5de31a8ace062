package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The SDG 16.4.2 page: seized arms traced (methodology §1.1), the World and regions (§5),
 * countries, and each country's trend and progress (§6).
 */
final class Sdg1642Page extends PageParts {

  Sdg1642Page(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    String s = SeriesCatalogue.VC_ARM_SZTRACE;
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            Span.of(
                "Proportion of seized, found or surrendered arms whose illicit origin or context has "
                    + "been traced or established by a competent authority (official SDG series; custodians "
                    + "UNODC and UNODA). Formula: 100 \u00D7 traced / (seized + found + surrendered). "),
            Span.link("Methodology", "methodology.html#" + s)));
    b.add(Block.h2("regions", "World and regions"));
    ChartSpec reg =
        charts.regionalLines("sdg1642-regions", s, "Seized arms traced, World and SDG regions");
    if (reg.isEmpty()) {
      b.add(empty("regional aggregates of " + s));
    } else {
      b.add(Block.figure(ctx.figure(reg, "")));
      b.add(
          Block.table(
              regionalTable(s, "Latest pooled value, coverage and number of reporting countries")));
      b.add(
          Block.note(
              "Regional values pool numerators and denominators over the countries that report both "
                  + "(never an average of country percentages). A region is shown only when enough of its countries report "
                  + "and they hold enough of its population (by default 3 countries and half the population); coverage is "
                  + "measured against every member country of the region."));
    }
    b.add(Block.h2("ranking", "Countries, latest year"));
    ChartSpec rank = charts.ranking("sdg1642-ranking", s, "Seized arms traced, by country");
    if (rank.isEmpty()) {
      b.add(empty("national values of " + s));
    } else {
      b.add(Block.figure(ctx.figure(rank, "")));
    }
    b.addAll(mapIfAny(maps.latest("sdg1642-map", s, "Seized arms traced, latest year")));
    b.add(Block.h2("countries", "Country time series and trends"));
    b.add(
        Block.p(
            "Each chart shows our computed values, the published values of the UN SDG database where "
                + "there are any (black diamonds), and the Theil\u2013Sen trend line (median of pairwise slopes) over the "
                + "years with data. The subtitle gives the Mann\u2013Kendall test and the Theil\u2013Sen slope. The table "
                + "after the charts gives each progress method's category, with its symbol and the years it compares "
                + "(methodology, \u00A76.2); the methods compare two years, the trend test uses every year, so the two "
                + "can differ, and the Progress column says so where they do."));
    List<Integer> areas =
        ctx.obs().series(s).national().totals().areas().stream()
            .sorted(Comparator.comparing(ctx::name))
            .toList();
    b.add(Block.table(trendTable(s, areas)));
    List<Figure> figs = new ArrayList<>();
    for (int a : areas) {
      figs.add(ctx.figure(charts.countryTimeSeries(s, a), ""));
    }
    if (!figs.isEmpty()) {
      b.add(Block.figures(figs));
    }
    List<ProgressParts.Labelled> prog = new ArrayList<>();
    for (int a : areas) {
      prog.add(
          new ProgressParts.Labelled(
              ctx.name(a), ctx.countryHref(a, ""), ctx.trend(s, a).orElse(null)));
    }
    View.TableView pt = ProgressParts.table("Progress by method and country", "Country", prog);
    if (pt != null) {
      b.add(Block.h2("progress", "Progress by method"));
      b.add(Block.table(pt));
    }
    b.add(MetadataPage.linkFor(SeriesCatalogue.VC_ARM_SZTRACE));
    return page(
        "sdg-16-4-2.html",
        "SDG 16.4.2: seized arms traced",
        "How much of the arms seized, found or surrendered could be traced to an illicit origin or context.",
        false,
        b);
  }

  /** Latest value, trend and progress per country for a series total. */
  private TableView trendTable(String series, List<Integer> areas) {
    String unit = Fmt.seriesUnit(series);
    List<RowView> rows = new ArrayList<>();
    for (int a : areas) {
      List<Observation> o = ctx.obs().series(series).area(a).national().totals().list();
      Units.check(unit, o, "Latest value, trend and progress by country");
      if (o.isEmpty()) {
        continue;
      }
      Observation last = o.get(o.size() - 1);
      TrendRow t = ctx.trend(series, a).orElse(null);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(ctx.name(a), ctx.countryHref(a, "")));
      cells.add(Cell.num(Integer.toString(last.timePeriod())));
      cells.add(Cell.num(Fmt.value(last.value(), unit)));
      cells.add(Cell.num(Integer.toString(o.size())));
      cells.add(Cell.text(ProgressParts.direction(t)));
      cells.add(Cell.num(nz(ProgressParts.slope(t), "\u2013")));
      cells.add(Cell.styled(nz(ProgressParts.progress(t), "\u2013"), "long", null));
      rows.add(RowView.of(cells));
    }
    return new TableView(
        "Latest value, trend and progress by country",
        null,
        List.of(
            HeadCell.text("Country"),
            HeadCell.num("Latest year"),
            HeadCell.num("Value (" + Fmt.unitLabel(unit) + ")"),
            HeadCell.num("Years"),
            HeadCell.text("Trend (Mann\u2013Kendall)"),
            HeadCell.num("Theil\u2013Sen slope"),
            HeadCell.text("Progress")),
        rows);
  }

  private static String nz(String s, String d) {
    return s == null ? d : s;
  }
}
