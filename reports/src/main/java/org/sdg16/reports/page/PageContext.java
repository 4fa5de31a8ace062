package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.map.MapRenderer;
import org.sdg16.reports.map.MapSpec;
import org.sdg16.reports.model.PublishedPoint;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.Footer;
import org.sdg16.reports.page.View.Footnote;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.NavItem;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/**
 * What every page builder shares: the input as tables (only what the report shows, see {@link
 * #shown}), names of areas, trends and published values by key, the navigation and footer, the
 * footnote of a flagged value, and the charts registered so far (drawn at the end, each once) with
 * the data table and text alternative of each figure.
 */
final class PageContext {

  final ReportInput in;
  final ObsTable obs;
  final M49 m49 = M49.standard();
  private final Map<String, TrendRow> trends = new LinkedHashMap<>();
  private final Map<String, List<PublishedPoint>> published = new LinkedHashMap<>();
  private final Map<String, ChartSpec> charts = new LinkedHashMap<>();
  private final Map<String, MapSpec> maps = new LinkedHashMap<>();
  private ReportingPage.Statuses statuses;
  private final List<Integer> countries;

  /**
   * Whether the report shows an observation. A reported total (methodology §5: a sum over too few
   * countries or too little population to be a regional value) is never shown as a region or the
   * World; the one exception is the World sum of port seizures, which the report labels as what it
   * is, the total of the Container Control Programme's port control units (methodology §2).
   */
  static boolean shown(Observation o) {
    return !o.reportedTotal()
        || (o.refArea() == M49.WORLD
            && org.sdg16.schemas.series.SeriesCatalogue.byCode(o.series())
                .map(s -> s.family().equals("ccp"))
                .orElse(false));
  }

  PageContext(ReportInput in) {
    this.in = in;
    this.obs = ObsTable.of(in.observations().stream().filter(PageContext::shown).toList());
    for (TrendRow t : in.trends()) {
      trends.put(key(t.series(), t.refArea(), t.dimensions()), t);
    }
    for (PublishedPoint p : in.published()) {
      published.computeIfAbsent(p.series() + "|" + p.refArea(), k -> new ArrayList<>()).add(p);
    }
    published.values().forEach(l -> l.sort(Comparator.comparingInt(PublishedPoint::timePeriod)));
    this.countries =
        obs.national().areas().stream()
            .sorted(Comparator.comparing(this::name).thenComparing(Comparator.naturalOrder()))
            .toList();
  }

  private static String key(String series, int area, String[] dims) {
    return series + "|" + area + "|" + String.join("|", dims);
  }

  public ObsTable obs() {
    return obs;
  }

  public ReportInput input() {
    return in;
  }

  /** Countries with national observations, by name. */
  public List<Integer> countries() {
    return countries;
  }

  /**
   * The report's countries grouped by SDG region (M49), regions and countries by name ("Other
   * areas" for a country without an SDG region): the overview's list and the country menu in the
   * header of every page.
   */
  public List<View.Region> regions() {
    Map<String, List<View.Country>> by = new java.util.TreeMap<>();
    for (int a : countries.stream().sorted(Comparator.comparing(this::name)).toList()) {
      String region = m49.area(a).map(M49.Area::sdgRegion).map(this::name).orElse("Other areas");
      by.computeIfAbsent(region, k -> new ArrayList<>())
          .add(new View.Country(a, name(a), "country/" + a + ".html"));
    }
    List<View.Region> out = new ArrayList<>();
    by.forEach(
        (r, cs) ->
            out.add(
                new View.Region(
                    r,
                    "countries-" + r.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"),
                    List.copyOf(cs))));
    return out;
  }

  public String name(int area) {
    return m49.nameOf(area);
  }

  /**
   * The name of an area code as a dimension holds it; "Unknown" for {@code _U}, {@code _T} or
   * blank.
   */
  public String areaName(String code) {
    if (code == null || code.isBlank() || code.equals("_U") || code.equals("_T")) {
      return "Unknown";
    }
    Integer a = areaCode(code);
    return a == null ? code : name(a);
  }

  /**
   * The M49 code of an area as a dimension holds it ({@code "484"}), null for {@code _U} or text.
   */
  static Integer areaCode(String code) {
    try {
      return code == null ? null : Integer.valueOf(code.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A route code {@code 840>320} in words: "from United States of America to Guatemala". */
  public String route(String code) {
    String[] ends = code.split(">", -1);
    if (ends.length != 2) {
      return areaName(code).equals("Unknown") ? "route unknown" : "route " + code;
    }
    String from = areaName(ends[0]);
    String to = areaName(ends[1]);
    if (from.equals("Unknown") && to.equals("Unknown")) {
      return "origin and destination unknown";
    }
    return "from "
        + (from.equals("Unknown") ? "an unknown origin" : from)
        + " to "
        + (to.equals("Unknown") ? "an unknown destination" : to);
  }

  /** The trend of a series, area and disaggregation (the dimensions of the observation). */
  public Optional<TrendRow> trend(Observation o) {
    return Optional.ofNullable(trends.get(key(o.series(), o.refArea(), o.dimensions())));
  }

  /** The trend of a series' total for an area. */
  public Optional<TrendRow> trend(String series, int area) {
    String[] t = new String[7];
    java.util.Arrays.fill(t, Observation.TOTAL);
    return Optional.ofNullable(trends.get(key(series, area, t)));
  }

  public List<PublishedPoint> published(String series, int area) {
    return published.getOrDefault(series + "|" + area, List.of());
  }

  public Footer footer() {
    var r = in.run();
    return new Footer(r.runDate().toString(), r.programVersion(), r.snapshotId(), r.runId());
  }

  public List<NavItem> nav(String current, String rel) {
    return Site.PAGES.stream()
        .map(p -> new NavItem(rel + p[0], p[1], p[0].equals(current)))
        .toList();
  }

  /**
   * The flag of an observation for a footnote, or null when it is a normal value without comment.
   */
  public String note(Observation o) {
    String text = noteText(o);
    // a reported total of the World is not the World: the countries that reported, summed
    String area =
        o.reportedTotal() && o.refArea() == M49.WORLD
            ? "All reporting countries"
            : name(o.refArea());
    return text == null ? null : area + ", " + o.timePeriod() + ": " + text;
  }

  /**
   * What {@link #note} says of a value without naming its area and year (for a table whose row and
   * column name them): its status and comment; null when it has neither.
   */
  public String noteText(Observation o) {
    boolean status =
        o.obsStatus() != null && !o.obsStatus().isBlank() && !"A".equals(o.obsStatus());
    boolean comment = o.comment() != null && !o.comment().isBlank();
    if (!status && !comment) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    if (status) {
      b.append(Fmt.obsStatus(o.obsStatus())).append(" (status ").append(o.obsStatus()).append(")");
      if (comment) {
        b.append(". ");
      }
    }
    if (comment) {
      String c = Fmt.plain(o.comment().strip());
      // a sentence after the status starts with a capital
      b.append(status ? Fmt.capitalised(c) : c);
    }
    return b.toString();
  }

  /** The link to the profile of the country of that name from a page at {@code rel}, or null. */
  public String countryHref(String name, String rel) {
    for (int a : countries) {
      if (name(a).equals(name)) {
        return countryHref(a, rel);
      }
    }
    return null;
  }

  /** The link to a country's profile from a page at {@code rel}. */
  public String countryHref(int area, String rel) {
    return countries.contains(area) ? rel + "country/" + area + ".html" : null;
  }

  /** Registers a chart to draw and returns its figure for a page at {@code rel}. */
  public Figure figure(ChartSpec spec, String rel) {
    ChartSpec prev = charts.putIfAbsent(spec.id(), spec);
    if (prev != null && !prev.equals(spec)) {
      throw new IllegalStateException("two different charts with id " + spec.id());
    }
    Map<String, Integer> notes = spec.footnotes();
    List<Footnote> fn =
        notes.entrySet().stream().map(e -> new Footnote(e.getValue(), e.getKey())).toList();
    String base = rel + "charts/" + spec.id();
    return new Figure(
        spec.id(),
        null,
        spec.title(),
        base + ".png",
        base + ".svg",
        base + ".csv",
        alt(spec),
        spec.width(),
        spec.height(),
        spec.source(),
        fn,
        dataTable(spec, rel));
  }

  /** Registers a map to draw and returns its figure for a page at {@code rel}. */
  public Figure figure(MapSpec spec, String rel) {
    MapSpec prev = maps.putIfAbsent(spec.id(), spec);
    if (prev != null && !prev.equals(spec)) {
      throw new IllegalStateException("two different maps with id " + spec.id());
    }
    if (charts.containsKey(spec.id())) {
      throw new IllegalStateException("a chart and a map with id " + spec.id());
    }
    String base = rel + "charts/" + spec.id();
    return new Figure(
        spec.id(),
        "map",
        spec.title(),
        base + ".png",
        base + ".svg",
        base + ".csv",
        Maps.alt(spec),
        spec.width(),
        MapRenderer.height(spec),
        spec.source(),
        List.of(),
        Maps.dataTable(this, spec, rel));
  }

  /** The run's reporting statuses (computed once). */
  ReportingPage.Statuses statuses() {
    if (statuses == null) {
      statuses = ReportingPage.statuses(this);
    }
    return statuses;
  }

  /** Every map registered, in registration order. */
  public List<MapSpec> maps() {
    return List.copyOf(maps.values());
  }

  /** Every chart registered, in registration order. */
  public List<ChartSpec> charts() {
    return List.copyOf(charts.values());
  }

  /** As {@link #dataTable(ChartSpec, String)}, without links. */
  static TableView dataTable(ChartSpec spec) {
    return dataTable(spec, x -> null);
  }

  /**
   * The data table beside a chart on a page at {@code rel}, a row header that names a country
   * ("Mexico" or "Mexico (2023)") linked to its profile.
   */
  TableView dataTable(ChartSpec spec, String rel) {
    return dataTable(spec, x -> countryHref(x.replaceFirst(" \\(\\d{4}\\)$", ""), rel));
  }

  /** The data table beside a chart: one row per year or category, one column per series. */
  private static TableView dataTable(
      ChartSpec spec, java.util.function.Function<String, String> href) {
    Map<String, Integer> notes = spec.footnotes();
    List<HeadCell> head = new ArrayList<>();
    head.add(
        HeadCell.text(
            spec.kind() == Kind.LINE ? "Year" : spec.xTitle() == null ? "" : spec.xTitle()));
    for (Line l : spec.series()) {
      // one series: its name is the chart's title already, the column needs only to say "value"
      head.add(HeadCell.num(spec.series().size() == 1 ? "Value" : l.label()));
    }
    List<RowView> rows = new ArrayList<>();
    for (String x : spec.xs()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(x, spec.kind() == Kind.LINE ? null : href.apply(x)));
      boolean any = false;
      for (Line l : spec.series()) {
        Point p = l.points().stream().filter(q -> q.x().equals(x)).findFirst().orElse(null);
        if (p == null) {
          cells.add(Cell.num(""));
        } else {
          any = true;
          String t = Fmt.value(p.value(), spec.unit());
          if (p.note() != null) {
            t = t + " [" + notes.get(p.note()) + "]";
          }
          cells.add(Cell.num(t));
        }
      }
      ChartSpec.Gap gap =
          spec.gaps().stream().filter(g -> g.x().equals(x)).findFirst().orElse(null);
      if (gap != null && cells.size() > 1 && cells.get(1).text().isEmpty()) {
        cells.set(1, Cell.num("no value [" + notes.get(gap.note()) + "]"));
        any = true;
      }
      if (any) {
        rows.add(RowView.of(cells));
      }
    }
    String unit = Fmt.unitLabel(spec.unit());
    return new TableView(
        "Data drawn" + (unit.isEmpty() ? "" : ", " + (unit.equals("%") ? "percent" : unit)),
        "data",
        head,
        rows);
  }

  /** A text alternative that says what the chart shows. */
  static String alt(ChartSpec spec) {
    StringBuilder b = new StringBuilder();
    b.append(
            switch (spec.kind()) {
              case LINE -> "Line chart";
              case BAR -> "Bar chart";
              case STACKED_BAR -> "Stacked bar chart";
              case HBAR -> "Horizontal bar chart";
            })
        .append(": ")
        .append(spec.title());
    if (spec.subtitle() != null) {
      b.append(" (").append(spec.subtitle()).append(")");
    }
    b.append(". ");
    if (spec.isEmpty()) {
      return b.append("No data.").toString();
    }
    String unit = Fmt.unitLabel(spec.unit());
    if (spec.kind() == Kind.LINE) {
      int shown = 0;
      for (Line l : spec.series()) {
        if (l.points().isEmpty()) {
          continue;
        }
        if (shown++ == 5) {
          b.append("And ").append(spec.series().size() - 5).append(" more series. ");
          break;
        }
        Point f = l.points().get(0);
        Point z = l.points().get(l.points().size() - 1);
        b.append(l.label())
            .append(": ")
            .append(Fmt.value(f.value(), spec.unit()))
            .append(" in ")
            .append(f.x());
        if (l.points().size() > 1) {
          b.append(" to ").append(Fmt.value(z.value(), spec.unit())).append(" in ").append(z.x());
        }
        b.append(" (").append(unit).append("). ");
      }
    } else {
      for (Line l : spec.series()) {
        if (l.points().isEmpty()) {
          continue;
        }
        Point hi = l.points().stream().max(Comparator.comparingDouble(Point::value)).get();
        Point lo = l.points().stream().min(Comparator.comparingDouble(Point::value)).get();
        b.append(l.label())
            .append(": ")
            .append(Fmt.count(l.points().size(), "bar", "bars"))
            .append(", highest ")
            .append(hi.x())
            .append(" ")
            .append(Fmt.value(hi.value(), spec.unit()))
            .append(", lowest ")
            .append(lo.x())
            .append(" ")
            .append(Fmt.value(lo.value(), spec.unit()))
            .append(" (")
            .append(unit)
            .append("). ");
      }
    }
    return b.append("The data are in the table beside the chart.").toString().strip();
  }
}
