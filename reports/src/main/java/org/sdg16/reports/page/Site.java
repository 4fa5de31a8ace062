package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;
import org.sdg16.reports.data.ObsTable;
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
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * What every page builder shares: the input as tables, names of areas, trends and published values
 * by key, the navigation, source lines, and the charts registered so far (drawn at the end, each
 * once).
 */
public final class Site {

  /** The pages of the report, in navigation order: file and label. */
  public static final List<String[]> PAGES =
      List.of(
          new String[] {"index.html", "Overview"},
          new String[] {"sdg-16-4-2.html", "SDG 16.4.2 tracing"},
          new String[] {"firearms.html", "Firearms"},
          new String[] {"port-seizures.html", "Port seizures"},
          new String[] {"trafficking.html", "Trafficking in persons"},
          new String[] {"iff.html", "Illicit financial flows"},
          new String[] {"data-quality.html", "Data quality"},
          new String[] {"methodology.html", "Methodology"});

  /** The World and the SDG regions of methodology §5, in the order regional charts show them. */
  public static final List<Integer> SDG_REGIONS = List.of(1, 202, 747, 62, 753, 419, 9, 513);

  final ReportInput in;
  final ObsTable obs;
  final M49 m49 = M49.standard();
  private final Map<String, TrendRow> trends = new LinkedHashMap<>();
  private final Map<String, List<PublishedPoint>> published = new LinkedHashMap<>();
  private final Map<String, ChartSpec> charts = new LinkedHashMap<>();
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

  public Site(ReportInput in) {
    this.in = in;
    this.obs = ObsTable.of(in.observations().stream().filter(Site::shown).toList());
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

  public String name(int area) {
    return m49.nameOf(area);
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

  /** Trends of one area, in catalogue order of their series. */
  public List<TrendRow> trendsOf(int area) {
    return trends.values().stream().filter(t -> t.refArea() == area).toList();
  }

  public List<PublishedPoint> published(String series, int area) {
    return published.getOrDefault(series + "|" + area, List.of());
  }

  public Footer footer() {
    var r = in.run();
    return new Footer(r.runDate().toString(), r.programVersion(), r.snapshotId(), r.runId());
  }

  public List<NavItem> nav(String current, String rel) {
    return PAGES.stream().map(p -> new NavItem(rel + p[0], p[1], p[0].equals(current))).toList();
  }

  /** The source line of a series family, printed under each chart. */
  public static String source(String family, boolean withPublished) {
    String s =
        switch (family) {
          case "firearms" ->
              "Source: UNODC Illicit Arms Flows Questionnaire, national returns; sdg16 computation.";
          case "ccp" ->
              "Source: UNODC\u2013WCO Container Control Programme, port control unit seizure returns; sdg16 computation.";
          case "tip" ->
              "Source: UNODC data collection on trafficking in persons, national returns; sdg16 computation.";
          case "iff" ->
              "Source: analyst-supplied illicit market estimates (UNODC\u2013UNCTAD framework); sdg16 computation, experimental.";
          default -> "Source: UNODC national returns; sdg16 computation.";
        };
    return withPublished
        ? s.substring(0, s.length() - 1) + "; published values: UN SDG Global Database."
        : s;
  }

  /**
   * The flag of an observation for a footnote, or null when it is a normal value without comment.
   */
  public String note(Observation o) {
    boolean status =
        o.obsStatus() != null && !o.obsStatus().isBlank() && !"A".equals(o.obsStatus());
    boolean comment = o.comment() != null && !o.comment().isBlank();
    if (!status && !comment) {
      return null;
    }
    StringBuilder b =
        new StringBuilder(name(o.refArea())).append(", ").append(o.timePeriod()).append(": ");
    if (status) {
      b.append(Fmt.obsStatus(o.obsStatus())).append(" (status ").append(o.obsStatus()).append(")");
      if (comment) {
        b.append(". ");
      }
    }
    if (comment) {
      b.append(o.comment().strip());
    }
    return b.toString();
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
        spec.title(),
        base + ".png",
        base + ".svg",
        base + ".csv",
        alt(spec),
        spec.width(),
        spec.height(),
        spec.source(),
        fn,
        dataTable(spec));
  }

  /** Every chart registered, in registration order. */
  public List<ChartSpec> charts() {
    return List.copyOf(charts.values());
  }

  /** The data table beside a chart: one row per year or category, one column per series. */
  static TableView dataTable(ChartSpec spec) {
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
      cells.add(Cell.rowHeader(x));
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
            .append(l.points().size())
            .append(" bars, highest ")
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

  // ---------------------------------------------------------------- chart builders shared by pages

  /** The chart made taller by one line per footnote printed under it. */
  static ChartSpec withRoomForNotes(ChartSpec s) {
    int n = s.footnotes().size();
    if (n == 0) {
      return s;
    }
    return new ChartSpec(
        s.id(),
        s.title(),
        s.subtitle(),
        s.kind(),
        s.xTitle(),
        s.yTitle(),
        s.unit(),
        s.categories(),
        s.series(),
        s.source(),
        s.width(),
        s.height() + 15 * n);
  }

  /**
   * A country's time series of a series total, with its Theil–Sen trend line and the published
   * values beside ours (the same chart on the indicator page and the country profile).
   */
  public ChartSpec countryTimeSeries(String series, int area) {
    String unit = Fmt.seriesUnit(series);
    List<Observation> o = obs.series(series).area(area).national().totals().list();
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            "area:" + area,
            "sdg16 computed",
            Style.LINE,
            o.stream()
                .map(x -> new Point(Integer.toString(x.timePeriod()), x.value(), note(x)))
                .toList()));
    List<PublishedPoint> pub = published(series, area);
    if (!pub.isEmpty()) {
      lines.add(
          new Line(
              "role:published",
              "published (UN SDG database)",
              Style.MARKERS,
              pub.stream()
                  .map(p -> new Point(Integer.toString(p.timePeriod()), p.value(), null))
                  .toList()));
    }
    Optional<TrendRow> t = trend(series, area);
    String subtitle = null;
    if (t.isPresent()) {
      TrendRow tr = t.get();
      if (tr.lineAt(0) != null && tr.firstYear() != null && tr.lastYear() != null) {
        lines.add(
            new Line(
                "role:trend",
                "Theil\u2013Sen trend (" + Fmt.signed(tr.theilSenSlope(), unit) + " per year)",
                Style.DASHED,
                List.of(
                    new Point(Integer.toString(tr.firstYear()), tr.lineAt(tr.firstYear()), null),
                    new Point(Integer.toString(tr.lastYear()), tr.lineAt(tr.lastYear()), null))));
      }
      subtitle = trendSummary(tr);
    }
    String family =
        org.sdg16.schemas.series.SeriesCatalogue.byCode(series)
            .map(org.sdg16.schemas.series.Series::family)
            .orElse("");
    ChartSpec s =
        new ChartSpec(
            "c" + area + "-" + series.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            shortTitle(series) + ", " + name(area),
            subtitle,
            Kind.LINE,
            "Year",
            Fmt.axisTitle(unit),
            unit,
            List.of(),
            lines,
            source(family, !pub.isEmpty()),
            800,
            450);
    return withRoomForNotes(s);
  }

  /** A line per region (World and SDG regions) of a series' aggregate totals. */
  public ChartSpec regionalLines(String id, String series, String title) {
    String unit = Fmt.seriesUnit(series);
    ObsTable agg = obs.series(series).aggregates().totals();
    List<Line> lines = new ArrayList<>();
    for (int r : SDG_REGIONS) {
      List<Observation> o = agg.area(r).list();
      if (!o.isEmpty()) {
        lines.add(
            new Line(
                "area:" + r,
                name(r),
                Style.LINE,
                o.stream()
                    .map(x -> new Point(Integer.toString(x.timePeriod()), x.value(), note(x)))
                    .toList()));
      }
    }
    String family =
        org.sdg16.schemas.series.SeriesCatalogue.byCode(series)
            .map(org.sdg16.schemas.series.Series::family)
            .orElse("");
    return withRoomForNotes(
        new ChartSpec(
            id,
            title,
            "World and SDG regions, pooled over reporting countries",
            Kind.LINE,
            "Year",
            Fmt.axisTitle(unit),
            unit,
            List.of(),
            lines,
            source(family, false),
            800,
            450));
  }

  /** Horizontal bars: each country's latest value of a series total, highest first. */
  public ChartSpec ranking(String id, String series, String title) {
    String unit = Fmt.seriesUnit(series);
    List<Observation> latest =
        obs.series(series).national().totals().latestPerArea().list().stream()
            .sorted(
                Comparator.comparingDouble((Observation o) -> -o.value())
                    .thenComparing(o -> name(o.refArea())))
            .toList();
    List<String> cats =
        latest.stream().map(o -> name(o.refArea()) + " (" + o.timePeriod() + ")").toList();
    List<Point> pts = new ArrayList<>();
    for (int i = 0; i < latest.size(); i++) {
      pts.add(new Point(cats.get(i), latest.get(i).value(), note(latest.get(i))));
    }
    String family =
        org.sdg16.schemas.series.SeriesCatalogue.byCode(series)
            .map(org.sdg16.schemas.series.Series::family)
            .orElse("");
    return withRoomForNotes(
        new ChartSpec(
            id,
            title,
            "Latest year reported by each country",
            Kind.HBAR,
            "Country (latest year)",
            Fmt.axisTitle(unit),
            unit,
            cats,
            List.of(new Line("role:computed", shortTitle(series), Style.LINE, pts)),
            source(family, false),
            800,
            Math.max(220, 120 + 22 * cats.size())));
  }

  /** A table of the latest aggregate per region with coverage and number of countries. */
  public TableView regionalTable(String series, String caption) {
    String unit = Fmt.seriesUnit(series);
    ObsTable agg = obs.series(series).aggregates().totals();
    List<RowView> rows = new ArrayList<>();
    for (int r : SDG_REGIONS) {
      for (Observation o : agg.area(r).latestPerArea().list()) {
        rows.add(
            RowView.of(
                Cell.rowHeader(name(r)),
                Cell.num(Integer.toString(o.timePeriod())),
                Cell.num(Fmt.value(o.value(), unit)),
                Cell.num(Integer.toString(o.nCountries())),
                Cell.num(o.coverage() == null ? "\u2013" : Fmt.num(100 * o.coverage(), 1) + "%")));
      }
    }
    return new TableView(
        caption,
        null,
        List.of(
            HeadCell.text("Region"),
            HeadCell.num("Year"),
            HeadCell.num(
                Fmt.unitLabel(unit).equals("%")
                    ? "Value (%)"
                    : "Value (" + Fmt.unitLabel(unit) + ")"),
            HeadCell.num("Countries"),
            HeadCell.num("Population coverage")),
        rows);
  }

  /** A short chart title for a series: the registry's. */
  public static String shortTitle(String series) {
    return SeriesCatalogue.byCode(series)
        .map(org.sdg16.schemas.series.Series::shortTitle)
        .orElse(series);
  }

  /** "trend: increasing (p = 0.012) · progress: on track" for a subtitle or table. */
  public static String trendSummary(TrendRow t) {
    List<String> parts = new ArrayList<>();
    if (t.direction() != null) {
      parts.add(
          "trend "
              + t.direction().replace('_', ' ')
              + (t.mkP() == null ? "" : " (Mann\u2013Kendall p = " + Fmt.num(t.mkP(), 3) + ")"));
    } else if (t.note() != null) {
      parts.add("no trend: " + t.note().replace('_', ' '));
    }
    if (t.progress() != null) {
      parts.add("progress: " + t.progress().replace('_', ' '));
    }
    return parts.isEmpty() ? null : String.join(" \u00B7 ", parts);
  }

  /** CSS class of a trend arrow. */
  public static String arrowClass(String direction) {
    if (direction == null) {
      return "flat";
    }
    return switch (direction) {
      case "increasing" -> "up";
      case "decreasing" -> "down";
      default -> "flat";
    };
  }

  /** Rows grouped by key in first-seen order. */
  static <T, K> Map<K, List<T>> group(List<T> rows, java.util.function.Function<T, K> key) {
    return rows.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  static <K extends Comparable<K>, V> TreeMap<K, V> sorted(Map<K, V> m) {
    return new TreeMap<>(m);
  }
}
