package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.model.PublishedPoint;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The charts several pages draw: a country's time series with its trend, a line per region, a
 * ranking of countries, bars of the latest year, and the source line and titles they carry.
 */
final class Charts {

  /** The World and the SDG regions of methodology §5, in the order regional charts show them. */
  public static final List<Integer> SDG_REGIONS = List.of(1, 202, 747, 62, 753, 419, 9, 513);

  private final PageContext ctx;

  Charts(PageContext ctx) {
    this.ctx = ctx;
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
        s.height() + 15 * n,
        s.gaps());
  }

  /**
   * A country's time series of a series total, with its Theil–Sen trend line and the published
   * values beside ours (the same chart on the indicator page and the country profile).
   */
  public ChartSpec countryTimeSeries(String series, int area) {
    List<Observation> o = ctx.obs().series(series).area(area).national().totals().list();
    Map<Observation, String> notes = yearNotes(o);
    String unit =
        Units.check(Fmt.seriesUnit(series), o, shortTitle(series) + ", " + ctx.name(area));
    List<Line> lines = new ArrayList<>();
    // a value that covers part of what the series sums (an inward-only flow, say) is not joined by
    // a line to a value that covers another part: such a series is drawn as points
    boolean partial =
        o.stream().map(Observation::comment).anyMatch(c -> c != null && c.contains("flows only"));
    lines.add(
        new Line(
            "area:" + area,
            "sdg16 computed",
            partial ? Style.MARKERS : Style.LINE,
            o.stream()
                .map(x -> new Point(Integer.toString(x.timePeriod()), x.value(), notes.get(x)))
                .toList()));
    List<PublishedPoint> pub = ctx.published(series, area);
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
    Optional<TrendRow> t = ctx.trend(series, area);
    String subtitle = null;
    if (t.isPresent()) {
      TrendRow tr = t.get();
      if (tr.lineAt(0) != null && tr.firstYear() != null && tr.lastYear() != null) {
        boolean band = tr.theilSenLo() != null && tr.theilSenHi() != null;
        lines.add(
            new Line(
                "role:trend",
                band ? "Theil\u2013Sen trend (band: 95% interval)" : "Theil\u2013Sen trend",
                Style.DASHED,
                List.of(
                    new Point(Integer.toString(tr.firstYear()), tr.lineAt(tr.firstYear()), null),
                    new Point(Integer.toString(tr.lastYear()), tr.lineAt(tr.lastYear()), null))));
        if (band) {
          lines.addAll(theilSenBand(tr, o));
        }
      }
      subtitle = ProgressParts.trend(tr);
    }
    String family = family(series);
    ChartSpec s =
        new ChartSpec(
            "c" + area + "-" + series.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            shortTitle(series) + ", " + ctx.name(area),
            subtitle,
            Kind.LINE,
            "Year",
            Fmt.axisTitle(unit),
            unit,
            List.of(),
            lines,
            source(family, !pub.isEmpty()),
            800,
            450,
            quarantinedGaps(series, area, o));
    return withRoomForNotes(s);
  }

  /**
   * The years from a country's first value of a series to the last year its dataset covers that
   * have no value because the year's return was rejected or had rows quarantined: the chart marks
   * them, so that a gap in the line is not read as a country that did not report.
   */
  private List<ChartSpec.Gap> quarantinedGaps(String series, int area, List<Observation> o) {
    String dataset = PageParts.datasetOf(series);
    if (dataset == null || o.isEmpty()) {
      return List.of();
    }
    ReportingPage.Statuses st = ctx.statuses();
    java.util.TreeSet<Integer> span = st.years(dataset);
    java.util.Set<Integer> have = new java.util.HashSet<>();
    o.forEach(x -> have.add(x.timePeriod()));
    int first = o.get(0).timePeriod();
    int last = span.isEmpty() ? o.get(o.size() - 1).timePeriod() : Math.max(span.last(), first);
    List<ChartSpec.Gap> gaps = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      if (have.contains(y)) {
        continue;
      }
      String why =
          switch (st.status(dataset, area, y)) {
            case REJECTED ->
                "the year's return was rejected (every row quarantined; see data quality)";
            case PARTIAL -> "rows of the year's return were quarantined (see data quality)";
            default -> null;
          };
      if (why != null) {
        gaps.add(
            new ChartSpec.Gap(
                Integer.toString(y), ctx.name(area) + ", " + y + ": no value, " + why));
      }
    }
    return gaps;
  }

  /**
   * The Theil–Sen interval as a band over the trend's years: the lines of the interval's lower and
   * upper slopes through the trend line's own value at the median year of the values the trend used
   * (methodology §6), the band's edges the lower and the higher of the two each year. Both pass
   * through the trend line there and the trend's slope lies between theirs, so the trend line is
   * inside the band every year; the band widens away from the median year, as the uncertainty of a
   * slope does.
   */
  static List<Line> theilSenBand(TrendRow tr, List<Observation> values) {
    List<Observation> used =
        values.stream()
            .filter(v -> v.timePeriod() >= tr.firstYear() && v.timePeriod() <= tr.lastYear())
            .toList();
    if (used.isEmpty() || tr.lineAt(0) == null) {
      return List.of();
    }
    double pivotYear = median(used.stream().mapToDouble(Observation::timePeriod));
    double pivot = tr.theilSenIntercept() + tr.theilSenSlope() * pivotYear;
    List<Point> lower = new ArrayList<>();
    List<Point> upper = new ArrayList<>();
    for (int y = tr.firstYear(); y <= tr.lastYear(); y++) {
      double a = pivot + tr.theilSenLo() * (y - pivotYear);
      double b = pivot + tr.theilSenHi() * (y - pivotYear);
      lower.add(new Point(Integer.toString(y), Math.min(a, b), null));
      upper.add(new Point(Integer.toString(y), Math.max(a, b), null));
    }
    return List.of(
        new Line("role:trend", "Trend band, low", Style.BAND, lower),
        new Line("role:trend", "Trend band, high", Style.BAND, upper));
  }

  private static double median(java.util.stream.DoubleStream s) {
    double[] v = s.sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * The footnote of each flagged value of one area's line, a note said the same way in several
   * years written once for all of them ("Brazil, 2015–2023: denominator covers …"), so that a chart
   * does not repeat one sentence under it for every year.
   */
  Map<Observation, String> yearNotes(List<Observation> line) {
    Map<Observation, String> text = new java.util.LinkedHashMap<>();
    Map<String, List<Integer>> years = new java.util.HashMap<>();
    for (Observation x : line) {
      String t = ctx.noteText(x);
      if (t != null) {
        text.put(x, t);
        years.computeIfAbsent(t, k -> new ArrayList<>()).add(x.timePeriod());
      }
    }
    Map<Observation, String> out = new java.util.HashMap<>();
    text.forEach(
        (x, t) -> {
          List<Integer> ys = years.get(t);
          String note = ctx.note(x);
          out.put(
              x,
              ys.size() == 1
                  ? note
                  : note.replaceFirst(
                      ", " + x.timePeriod() + ": ",
                      java.util.regex.Matcher.quoteReplacement(
                          ", " + ReportingPage.years(ys) + ": ")));
        });
    return out;
  }

  /** Who an aggregate stands for: "4 countries, 67% of the population". */
  static String pooledOver(Observation aggregate) {
    return Fmt.count(aggregate.nCountries(), "country", "countries")
        + (aggregate.coverage() == null
            ? ""
            : ", " + Fmt.num(100 * aggregate.coverage(), 0) + "% of the population");
  }

  /** A line per region (World and SDG regions) of a series' aggregate totals. */
  public ChartSpec regionalLines(String id, String series, String title) {
    return regionalLines(id, series, title, false);
  }

  /**
   * A line per region of a series' aggregate totals; with {@code constantPanelOnly}, only the
   * regions whose reporting countries are the same in every year drawn (methodology §5), so that a
   * line of a sum never shows countries entering or leaving as a trend.
   */
  public ChartSpec regionalLines(
      String id, String series, String title, boolean constantPanelOnly) {
    ObsTable agg = ctx.obs().series(series).aggregates().totals();
    String unit = Units.check(Fmt.seriesUnit(series), agg.list(), title);
    List<Line> lines = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (int r : SDG_REGIONS) {
      List<Observation> o = agg.area(r).list();
      Map<Observation, String> notes = yearNotes(o);
      if (constantPanelOnly
          && !ctx.trend(series, r)
              .map(t -> t.note() != null && t.note().contains("constant_panel"))
              .orElse(false)) {
        continue;
      }
      if (!o.isEmpty()) {
        lines.add(
            new Line(
                "area:" + r,
                ctx.name(r),
                Style.LINE,
                o.stream()
                    .map(x -> new Point(Integer.toString(x.timePeriod()), x.value(), notes.get(x)))
                    .toList()));
        Observation last = o.get(o.size() - 1);
        java.util.IntSummaryStatistics nc =
            o.stream().mapToInt(Observation::nCountries).summaryStatistics();
        counts.add(
            ctx.name(r)
                + " "
                + pooledOver(last)
                // a line over a changing set of countries says so in the image
                + (nc.getMin() == nc.getMax()
                    ? ""
                    : " (" + nc.getMin() + " to " + nc.getMax() + " countries over the years)"));
      }
    }
    String family = family(series);
    // the image keeps who stands behind each line once it is pasted elsewhere
    String source =
        counts.isEmpty()
            ? source(family, false)
            : source(family, false) + " Latest year: " + String.join("; ", counts) + ".";
    return withRoomForNotes(
        new ChartSpec(
            id,
            title,
            (constantPanelOnly
                    ? "Regions whose reporting countries are the same every year, pooled: "
                    : "Pooled over the reporting countries of each region: ")
                + (lines.isEmpty()
                    ? "none"
                    : lines.stream()
                        .map(Line::label)
                        .collect(java.util.stream.Collectors.joining(", "))),
            Kind.LINE,
            "Year",
            Fmt.axisTitle(unit),
            unit,
            List.of(),
            lines,
            source,
            800,
            450));
  }

  /** Horizontal bars: each country's latest value of a series total, highest first. */
  public ChartSpec ranking(String id, String series, String title) {
    List<Observation> latest =
        ctx.obs().series(series).national().totals().latestPerArea().list().stream()
            .sorted(
                Comparator.comparingDouble((Observation o) -> -o.value())
                    .thenComparing(o -> ctx.name(o.refArea())))
            .toList();
    String unit = Units.check(Fmt.seriesUnit(series), latest, title);
    List<String> cats =
        latest.stream().map(o -> ctx.name(o.refArea()) + " (" + o.timePeriod() + ")").toList();
    List<Point> pts = new ArrayList<>();
    for (int i = 0; i < latest.size(); i++) {
      pts.add(new Point(cats.get(i), latest.get(i).value(), ctx.note(latest.get(i))));
    }
    String family = family(series);
    // the image keeps how many countries it ranks, and from which years, once it is pasted
    // elsewhere
    java.util.IntSummaryStatistics ys =
        latest.stream().mapToInt(Observation::timePeriod).summaryStatistics();
    String n =
        latest.isEmpty()
            ? ""
            : Fmt.count(latest.size(), "country", "countries")
                + ", latest years "
                + Fmt.span(ys.getMin(), ys.getMax())
                + ". ";
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
            n + source(family, false),
            800,
            Math.max(220, 120 + 22 * cats.size())));
  }

  /** One group of bars: a label, its colour and the rows it draws from. */
  record Part(String label, String colourKey, ObsTable rows) {}

  /**
   * Bars for the World aggregate (when there is one) and each country, each at its latest year over
   * all parts.
   */
  ChartSpec latestBars(
      String id,
      String title,
      Kind kind,
      String unit,
      String family,
      String xTitle,
      List<Part> parts) {
    Map<Integer, Integer> latest = new TreeMap<>();
    for (Part p : parts) {
      p.rows().latestYearByArea().forEach((a, y) -> latest.merge(a, y, Math::max));
    }
    List<Integer> order = new ArrayList<>();
    if (latest.containsKey(M49.WORLD)) {
      order.add(M49.WORLD);
    }
    latest.keySet().stream()
        .filter(a -> a != M49.WORLD && ctx.countries().contains(a))
        .sorted(Comparator.comparing(ctx::name))
        .forEach(order::add);
    List<String> cats = order.stream().map(a -> ctx.name(a) + " (" + latest.get(a) + ")").toList();
    List<Line> lines = new ArrayList<>();
    for (Part p : parts) {
      List<Point> pts = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        int a = order.get(i);
        List<Observation> rows = p.rows().area(a).year(latest.get(a)).list();
        Units.check(unit, rows, title);
        for (Observation o : rows) {
          pts.add(new Point(cats.get(i), o.value(), ctx.note(o)));
        }
      }
      if (!pts.isEmpty()) {
        lines.add(new Line(p.colourKey(), p.label(), Style.LINE, pts));
      }
    }
    boolean horizontal = cats.size() >= org.sdg16.reports.chart.ChartRenderer.HORIZONTAL_FROM;
    int w = horizontal ? 800 : Math.max(800, Math.min(1100, 200 + 48 * cats.size()));
    // who the bars stand for, in the image itself
    StringBuilder n =
        new StringBuilder(
            Fmt.count(order.stream().filter(a -> a != M49.WORLD).count(), "country", "countries"));
    if (latest.containsKey(M49.WORLD)) {
      parts.stream()
          .flatMap(p -> p.rows().area(M49.WORLD).year(latest.get(M49.WORLD)).list().stream())
          .findFirst()
          .ifPresent(o -> n.append("; World pooled over ").append(pooledOver(o)));
    }
    n.append(". ");
    return withRoomForNotes(
        new ChartSpec(
            id,
            title,
            latest.containsKey(M49.WORLD)
                ? "World (pooled) and each country, latest year"
                : "Each country, latest year (no World value: too few countries report)",
            kind,
            xTitle,
            Fmt.axisTitle(unit),
            unit,
            cats,
            lines,
            n + source(family, false),
            w,
            horizontal ? Math.max(450, 170 + 16 * cats.size() * Math.max(1, lines.size())) : 450));
  }

  /** Rows of a series for the World aggregate and national values, breakdown by one dimension. */
  private ObsTable worldAndNational(String series, String... free) {
    ObsTable t = ctx.obs().series(series).totalsExcept(free);
    return t;
  }

  Part breakdownPart(String series, String dim, String code) {
    ObsTable t = worldAndNational(series, dim);
    int d = ObsTable.DIMENSIONS.indexOf(dim);
    List<Observation> keep =
        t.list().stream()
            .filter(o -> o.dimensions()[d].equals(code))
            .filter(o -> o.refArea() == M49.WORLD || "N".equals(o.reportingType()))
            .toList();
    return new Part(Fmt.label(code), "cat:" + code, ObsTable.of(keep));
  }

  Part seriesPart(String series, String label, String colourKey, String... free) {
    List<Observation> keep =
        worldAndNational(series, free).list().stream()
            .filter(o -> o.refArea() == M49.WORLD || "N".equals(o.reportingType()))
            .toList();
    return new Part(label, colourKey, ObsTable.of(keep));
  }

  /** The family of a series in the catalogue (its source line), or "" for a code it lacks. */
  static String family(String series) {
    return SeriesCatalogue.byCode(series).map(Series::family).orElse("");
  }

  /** A short chart title for a series: the registry's. */
  public static String shortTitle(String series) {
    return SeriesCatalogue.byCode(series)
        .map(org.sdg16.schemas.series.Series::shortTitle)
        .orElse(series);
  }
}
