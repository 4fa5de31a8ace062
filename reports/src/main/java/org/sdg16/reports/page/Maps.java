package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sdg16.reports.chart.Palette;
import org.sdg16.reports.map.MapSpec;
import org.sdg16.reports.map.MapSpec.Area;
import org.sdg16.reports.map.MapSpec.Key;
import org.sdg16.reports.map.MapSpec.Kind;
import org.sdg16.reports.map.MapSpec.Route;
import org.sdg16.reports.map.MapSpec.Value;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.ReportingStatus.Status;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The maps the pages show: each country's latest value of a series in classes, the status of each
 * country's latest return, and the routes of significant firearms cases; with the text alternative
 * and the data table of each.
 */
final class Maps {

  private final PageContext ctx;

  Maps(PageContext ctx) {
    this.ctx = ctx;
  }

  /** A choropleth of each country's latest value of a series total. */
  MapSpec latest(String id, String series, String title) {
    List<Observation> latest = ctx.obs().series(series).national().totals().latestPerArea().list();
    String unit = Units.check(Fmt.seriesUnit(series), latest, title);
    List<Value> values =
        latest.stream()
            .filter(o -> ctx.countries().contains(o.refArea()))
            .map(o -> new Value(o.refArea(), ctx.name(o.refArea()), o.timePeriod(), o.value()))
            .toList();
    TreeSet<Integer> years = new TreeSet<>();
    values.forEach(v -> years.add(v.year()));
    String span = years.isEmpty() ? "" : " (" + Fmt.span(years.first(), years.last()) + ")";
    String unitText = Fmt.unitLabel(unit);
    return MapSpec.choropleth(
        id,
        title,
        "Latest year reported by each country"
            + span
            + "; "
            + (unitText.isEmpty() ? "" : unitText + "; ")
            + "classes of nearly equal numbers of countries",
        unitText,
        values,
        v -> Fmt.value(v, unit),
        Fmt.count(values.size(), "country", "countries")
            + " with a value. "
            + Charts.source(Charts.family(series), false));
  }

  /** The legend of a reporting-status map, in the order of {@link Status}. */
  private static final List<Key> STATUS_KEYS =
      List.of(
          new Key("Reported", Palette.BLUE),
          new Key("Reported, some rows quarantined", Palette.SKY_BLUE),
          new Key("Return rejected", Palette.VERMILLION),
          new Key("Not reported (reported other years)", Palette.ORANGE));

  /**
   * The status of each country's return of a dataset for the latest year the dataset covers; a
   * country that never reported the dataset has no data.
   */
  MapSpec reporting(String id, String dataset, ReportingPage.Statuses st) {
    TreeSet<Integer> years = st.years(dataset);
    Map<Integer, Map<Integer, ReportingStatus>> of = st.by().getOrDefault(dataset, Map.of());
    List<Area> areas = new ArrayList<>();
    if (!years.isEmpty()) {
      int y = years.last();
      of.keySet().stream()
          .filter(a -> ctx.countries().contains(a))
          .sorted(Comparator.comparing(ctx::name))
          .forEach(
              a -> {
                Status s = st.status(dataset, a, y);
                int key = s.ordinal();
                areas.add(new Area(a, ctx.name(a), y, null, STATUS_KEYS.get(key).label(), key));
              });
    }
    long reported = areas.stream().filter(a -> a.key() <= Status.PARTIAL.ordinal()).count();
    String name = CodeLabels.dataset(dataset);
    return new MapSpec(
        id,
        name + ": who reported the latest year",
        years.isEmpty()
            ? "No country reported"
            : "Status of each country's return for "
                + years.last()
                + ", the latest year of the dataset",
        Kind.STATUS,
        null,
        STATUS_KEYS,
        areas,
        List.of(),
        Fmt.num(reported, 0)
            + " of "
            + Fmt.count(areas.size(), "reporting country", "reporting countries")
            + " reported. Source: sdg16 run records of the returns received.",
        800);
  }

  /**
   * Lines from the country of departure to the country of destination of the significant cases,
   * summed over the seizing countries and years; routes with an unknown end are left out and
   * counted in the source line.
   */
  MapSpec routes(String id) {
    List<Observation> r =
        ctx.obs().series(SeriesCatalogue.FA_ROUTE).national().totalsExcept("route").list();
    Map<String, double[]> sum = new LinkedHashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    double unknown = 0;
    int unknownRoutes = 0;
    for (Observation o : r) {
      String[] ends = o.route() == null ? new String[0] : o.route().split(">", -1);
      Integer from = ends.length == 2 ? PageContext.areaCode(ends[0]) : null;
      Integer to = ends.length == 2 ? PageContext.areaCode(ends[1]) : null;
      years.add(o.timePeriod());
      if (from == null || to == null) {
        unknown += o.value();
        unknownRoutes++;
        continue;
      }
      sum.computeIfAbsent(from + ">" + to, k -> new double[1])[0] += o.value();
    }
    List<Route> routes = new ArrayList<>();
    sum.forEach(
        (k, v) -> {
          String[] e = k.split(">");
          int from = Integer.parseInt(e[0]);
          int to = Integer.parseInt(e[1]);
          routes.add(new Route(from, ctx.name(from), to, ctx.name(to), v[0]));
        });
    routes.sort(
        Comparator.comparingDouble((Route x) -> -x.value())
            .thenComparing(Route::fromName)
            .thenComparing(Route::toName));
    String span = years.isEmpty() ? "" : Fmt.span(years.first(), years.last());
    String source =
        Fmt.count(routes.size(), "route", "routes")
            + (unknownRoutes == 0
                ? ""
                : "; not drawn: "
                    + Fmt.count(unknownRoutes, "case record", "case records")
                    + " with an unknown departure or destination ("
                    + Fmt.count(Math.round(unknown), "arm", "arms")
                    + ")")
            + ". "
            + Charts.source("firearms", false);
    return new MapSpec(
        id,
        "Routes of significant cases",
        "Arms in significant cases by country of departure and of destination, all seizing countries, "
            + span,
        Kind.ROUTES,
        "arms",
        List.of(),
        List.of(),
        routes,
        source,
        800);
  }

  /** A text alternative that says what the map shows. */
  static String alt(MapSpec spec) {
    StringBuilder b = new StringBuilder("Map: ").append(spec.title());
    if (spec.subtitle() != null) {
      b.append(" (").append(spec.subtitle()).append(")");
    }
    b.append(". ");
    if (spec.isEmpty()) {
      return b.append("No data.").toString();
    }
    switch (spec.kind()) {
      case CHOROPLETH -> {
        Area hi = spec.areas().get(spec.areas().size() - 1);
        Area lo = spec.areas().get(0);
        b.append(Fmt.count(spec.areas().size(), "country", "countries"))
            .append(" in ")
            .append(Fmt.count(spec.legend().size(), "class", "classes"))
            .append("; highest ")
            .append(hi.name())
            .append(" ")
            .append(hi.shown())
            .append(", lowest ")
            .append(lo.name())
            .append(" ")
            .append(lo.shown())
            .append(". ");
      }
      case STATUS -> {
        for (int k = 0; k < spec.legend().size(); k++) {
          int key = k;
          long n = spec.areas().stream().filter(a -> a.key() == key).count();
          if (n > 0) {
            b.append(spec.legend().get(k).label())
                .append(": ")
                .append(Fmt.count(n, "country", "countries"))
                .append(". ");
          }
        }
      }
      case ROUTES -> {
        Route top = spec.routes().get(0);
        b.append(Fmt.count(spec.routes().size(), "route", "routes"))
            .append("; the largest ")
            .append(top.fromName())
            .append(" \u2192 ")
            .append(top.toName())
            .append(", ")
            .append(Fmt.num(top.value(), 0))
            .append(" ")
            .append(spec.unit())
            .append(". ");
      }
    }
    return b.append("The data are in the table beside the map.").toString();
  }

  /** The table beside a map: what each country is coloured by, or each route. */
  static TableView dataTable(PageContext ctx, MapSpec spec, String rel) {
    List<RowView> rows = new ArrayList<>();
    if (spec.kind() == Kind.ROUTES) {
      for (Route r : spec.routes()) {
        rows.add(
            RowView.of(
                Cell.link(r.fromName(), ctx.countryHref(r.from(), rel)),
                Cell.link(r.toName(), ctx.countryHref(r.to(), rel)),
                Cell.num(Fmt.num(r.value(), 0))));
      }
      return new TableView(
          "Data drawn",
          "data",
          List.of(
              HeadCell.text("Departure"),
              HeadCell.text("Destination"),
              HeadCell.num("Arms in significant cases")),
          rows);
    }
    List<Area> byName = spec.areas().stream().sorted(Comparator.comparing(Area::name)).toList();
    for (Area a : byName) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(a.name(), ctx.countryHref(a.m49(), rel)));
      if (spec.kind() == Kind.CHOROPLETH) {
        cells.add(Cell.num(Integer.toString(a.year())));
        cells.add(Cell.num(a.shown()));
        cells.add(Cell.text(spec.legend().get(a.key()).label()));
      } else {
        cells.add(Cell.text(a.shown()));
      }
      rows.add(RowView.of(cells));
    }
    List<HeadCell> head =
        spec.kind() == Kind.CHOROPLETH
            ? List.of(
                HeadCell.text("Country"),
                HeadCell.num("Year"),
                HeadCell.num("Value"),
                HeadCell.text("Class"))
            : List.of(HeadCell.text("Country"), HeadCell.text("Status"));
    String unit = spec.unit() == null || spec.unit().isEmpty() ? "" : ", " + spec.unit();
    return new TableView("Data drawn" + unit, "data", head, rows);
  }
}
