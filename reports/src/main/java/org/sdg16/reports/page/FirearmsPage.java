package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.Codes;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The firearms page: the project series of methodology §1.2 (seizure rates, types, legal
 * justification, ammunition, routes of significant cases, tracing diagnostics).
 */
final class FirearmsPage extends PageParts {

  FirearmsPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Project series from the Illicit Arms Flows Questionnaire: arms seized, found and surrendered, "
                + "their types, the legal justification of the seizure, ammunition, and the routes of significant cases. "
                + "These are not official SDG series."));
    b.add(Block.h2("rate", "Arms seized per 100,000 population"));
    b.addAll(
        rateByRegionAndCountry(
            "fa-seized-r", SeriesCatalogue.FA_SEIZED_R, "Arms seized per 100,000 population"));

    b.add(Block.h2("types", "Types of arms seized"));
    List<Charts.Part> types = new ArrayList<>();
    List<String> present =
        ctx.obs().series(SeriesCatalogue.FA_TYPE_SHARE).by("arm_type").values("arm_type");
    for (String code : Codes.ARM_TYPE.codes()) {
      if (present.contains(code)) {
        types.add(charts.breakdownPart(SeriesCatalogue.FA_TYPE_SHARE, "arm_type", code));
      }
    }
    ChartSpec ty =
        charts.latestBars(
            "fa-type-share",
            "Share of each type among arms seized",
            Kind.STACKED_BAR,
            "PT",
            "firearms",
            "Area (latest year)",
            types);
    b.add(figureOr(ty, "type shares"));
    b.add(
        Block.note(
            "Only countries that break their seizures down by type; arms of unknown type count in the sum."));

    b.add(Block.h2("justification", "Legal justification of the seizure"));
    ChartSpec ju =
        charts.latestBars(
            "fa-justification",
            "Share of arms seized by legal justification",
            Kind.BAR,
            "PT",
            "firearms",
            "Area (latest year)",
            List.of(
                charts.seriesPart(
                    SeriesCatalogue.FA_TRAFFICKING_SHARE,
                    "Illicit trafficking",
                    "cat:ILLICIT_TRAFFICKING",
                    "justification"),
                charts.seriesPart(
                    SeriesCatalogue.FA_POSSESSION_SHARE,
                    "Illicit possession",
                    "cat:ILLICIT_POSSESSION",
                    "justification")));
    b.add(figureOr(ju, "justification shares"));
    b.add(
        Block.note(
            "Legal justification is not the criminal context: the Global Study on Firearms Trafficking 2020 "
                + "found trafficking stated as the justification in only about 9% of seizures, while about two-thirds "
                + "were justified as illicit possession."));

    b.add(Block.h2("ammunition", "Ammunition"));
    ChartSpec am =
        charts.ranking(
            "fa-ammo-ratio",
            SeriesCatalogue.FA_AMMO_RATIO,
            "Rounds of ammunition seized per arm seized, by country");
    b.add(figureOr(am, "ammunition ratios"));

    b.add(Block.h2("routes", "Routes of significant cases"));
    b.addAll(mapIfAny(maps.routes("fa-routes-map")));
    b.add(routes());

    b.add(Block.h2("diagnostics", "Tracing diagnostics"));
    b.add(
        Block.table(
            latestTable(
                List.of(
                    SeriesCatalogue.FA_IDENTIFIED_SHARE,
                    SeriesCatalogue.FA_TRACE_SUCCESS,
                    SeriesCatalogue.FA_TRANSNATIONAL_SHARE,
                    SeriesCatalogue.FA_SEIZED),
                "Latest value by country: its year and, for a share, the arms it counts of the arms it is a share of")));
    b.add(MetadataPage.linkFor(SeriesCatalogue.FA_SEIZED));
    return page("firearms.html", "Firearms seized, found and surrendered", null, false, b);
  }

  /** The profile of the country of an area code as a route holds it, or null. */
  private String href(String code) {
    Integer a = PageContext.areaCode(code);
    return a == null ? null : ctx.countryHref(a, "");
  }

  private Block routes() {
    List<Observation> r =
        ctx.obs().series(SeriesCatalogue.FA_ROUTE).national().totalsExcept("route").list();
    if (r.isEmpty()) {
      return empty("routes of significant cases");
    }
    record Key(String route, int area) {}
    Map<Key, double[]> sum = new LinkedHashMap<>();
    Map<Key, TreeSet<Integer>> years = new LinkedHashMap<>();
    for (Observation o : r) {
      Key k = new Key(o.route(), o.refArea());
      sum.computeIfAbsent(k, x -> new double[1])[0] += o.value();
      years.computeIfAbsent(k, x -> new TreeSet<>()).add(o.timePeriod());
    }
    List<Key> top =
        sum.keySet().stream()
            .sorted(
                Comparator.comparingDouble((Key k) -> -sum.get(k)[0])
                    .thenComparing(Key::route)
                    .thenComparingInt(Key::area))
            .limit(15)
            .toList();
    List<RowView> rows = new ArrayList<>();
    for (Key k : top) {
      String[] ends = k.route().split(">", -1);
      String dep = ends.length == 2 ? ctx.areaName(ends[0]) : "Unknown";
      String dest = ends.length == 2 ? ctx.areaName(ends[1]) : "Unknown";
      String depHref = ends.length == 2 ? href(ends[0]) : null;
      String destHref = ends.length == 2 ? href(ends[1]) : null;
      TreeSet<Integer> ys = years.get(k);
      rows.add(
          RowView.of(
              Cell.link(dep, depHref),
              Cell.link(ctx.name(k.area()), ctx.countryHref(k.area(), "")),
              Cell.link(dest, destHref),
              Cell.num(Fmt.num(sum.get(k)[0], 0)),
              Cell.num(Fmt.span(ys.first(), ys.last()))));
    }
    return Block.table(
        new TableView(
            "Top routes by arms in significant cases, all years in this run",
            null,
            List.of(
                HeadCell.text("Departure"),
                HeadCell.text("Seizing country"),
                HeadCell.text("Destination"),
                HeadCell.num("Arms"),
                HeadCell.num("Years")),
            rows));
  }
}
