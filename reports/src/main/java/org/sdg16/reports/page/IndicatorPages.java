package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.model.PortSeizure;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.Codes;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.SeriesCatalogue;

/** The indicator pages: SDG 16.4.2, firearms, port seizures, trafficking in persons, IFF. */
public final class IndicatorPages {

  private final Site site;

  public IndicatorPages(Site site) {
    this.site = site;
  }

  private Page page(
      String file, String title, String lead, boolean experimental, List<Block> blocks) {
    return new Page(
        file, title, "", site.nav(file, ""), title, lead, experimental, blocks, site.footer());
  }

  private static Block empty(String what) {
    return Block.note("No " + what + " in this run.");
  }

  // ------------------------------------------------------------------------------ SDG 16.4.2

  public Page sdg1642() {
    String s = SeriesCatalogue.VC_ARM_SZTRACE;
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            Span.of(
                "Proportion of seized, found or surrendered arms whose illicit origin or context has "
                    + "been traced or established by a competent authority (series VC_ARM_SZTRACE, official; custodians "
                    + "UNODC and UNODA). Formula: 100 \u00D7 traced / (seized + found + surrendered). "),
            Span.link("Methodology", "methodology.html#VC_ARM_SZTRACE")));
    b.add(Block.h2("regions", "World and regions"));
    ChartSpec reg =
        site.regionalLines("sdg1642-regions", s, "Seized arms traced, World and SDG regions");
    if (reg.isEmpty()) {
      b.add(empty("regional aggregates of VC_ARM_SZTRACE"));
    } else {
      b.add(Block.figure(site.figure(reg, "")));
      b.add(
          Block.table(
              site.regionalTable(
                  s, "Latest pooled value, coverage and number of reporting countries")));
      b.add(
          Block.note(
              "Regional values pool numerators and denominators over the countries that report both "
                  + "(never an average of country percentages). A region is shown only when enough of its countries report "
                  + "and they hold enough of its population (by default 3 countries and half the population); coverage is "
                  + "measured against every member country of the region."));
    }
    b.add(Block.h2("ranking", "Countries, latest year"));
    ChartSpec rank = site.ranking("sdg1642-ranking", s, "Seized arms traced, by country");
    if (rank.isEmpty()) {
      b.add(empty("national values of VC_ARM_SZTRACE"));
    } else {
      b.add(Block.figure(site.figure(rank, "")));
    }
    b.add(Block.h2("countries", "Country time series and trends"));
    b.add(
        Block.p(
            "Each chart shows our computed values, the published values of the UN SDG database where "
                + "there are any (black diamonds), and the Theil\u2013Sen trend line (median of pairwise slopes) over the "
                + "years with data. The subtitle gives the Mann\u2013Kendall test and the progress category."));
    List<Integer> areas =
        site.obs().series(s).national().totals().areas().stream()
            .sorted(Comparator.comparing(site::name))
            .toList();
    b.add(Block.table(trendTable(s, areas)));
    List<Figure> figs = new ArrayList<>();
    for (int a : areas) {
      figs.add(site.figure(site.countryTimeSeries(s, a), ""));
    }
    if (!figs.isEmpty()) {
      b.add(Block.figures(figs));
    }
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
      List<Observation> o = site.obs().series(series).area(a).national().totals().list();
      if (o.isEmpty()) {
        continue;
      }
      Observation last = o.get(o.size() - 1);
      TrendRow t = site.trend(series, a).orElse(null);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(site.name(a), site.countryHref(a, "")));
      cells.add(Cell.num(Integer.toString(last.timePeriod())));
      cells.add(Cell.num(Fmt.value(last.value(), unit)));
      cells.add(Cell.num(Integer.toString(o.size())));
      cells.add(
          Cell.text(
              t == null
                  ? "\u2013"
                  : (Fmt.arrow(t.direction()) + " " + nz(t.direction(), nz(t.note(), "\u2013")))
                      .strip()
                      .replace('_', ' ')));
      cells.add(Cell.num(t == null ? "\u2013" : Fmt.signed(t.theilSenSlope(), unit)));
      cells.add(Cell.num(t == null ? "\u2013" : Fmt.rate(t.cagr())));
      cells.add(
          Cell.text(t == null || t.progress() == null ? "\u2013" : t.progress().replace('_', ' ')));
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
            HeadCell.text("Trend"),
            HeadCell.num("Theil\u2013Sen slope per year"),
            HeadCell.num("CAGR"),
            HeadCell.text("Progress")),
        rows);
  }

  private static String nz(String s, String d) {
    return s == null ? d : s;
  }

  // ------------------------------------------------------------------------------ helpers

  /** One group of bars: a label, its colour and the rows it draws from. */
  private record Part(String label, String colourKey, ObsTable rows) {}

  /**
   * Bars for the World aggregate (when there is one) and each country, each at its latest year over
   * all parts.
   */
  private ChartSpec latestBars(
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
        .filter(a -> a != M49.WORLD && site.countries().contains(a))
        .sorted(Comparator.comparing(site::name))
        .forEach(order::add);
    List<String> cats = order.stream().map(a -> site.name(a) + " (" + latest.get(a) + ")").toList();
    List<Line> lines = new ArrayList<>();
    for (Part p : parts) {
      List<Point> pts = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        int a = order.get(i);
        for (Observation o : p.rows().area(a).year(latest.get(a)).list()) {
          pts.add(new Point(cats.get(i), o.value(), site.note(o)));
        }
      }
      if (!pts.isEmpty()) {
        lines.add(new Line(p.colourKey(), p.label(), Style.LINE, pts));
      }
    }
    int w = Math.max(800, Math.min(1100, 200 + 48 * cats.size()));
    return Site.withRoomForNotes(
        new ChartSpec(
            id,
            title,
            "World (pooled) and each country, latest year",
            kind,
            xTitle,
            Fmt.axisTitle(unit),
            unit,
            cats,
            lines,
            Site.source(family, false),
            w,
            cats.size() > 8 ? 520 : 450));
  }

  /** Rows of a series for the World aggregate and national values, breakdown by one dimension. */
  private ObsTable worldAndNational(String series, String... free) {
    ObsTable t = site.obs().series(series).totalsExcept(free);
    return t;
  }

  private Part breakdownPart(String series, String dim, String code) {
    ObsTable t = worldAndNational(series, dim);
    int d = ObsTable.DIMENSIONS.indexOf(dim);
    List<Observation> keep =
        t.list().stream()
            .filter(o -> o.dimensions()[d].equals(code))
            .filter(o -> o.refArea() == M49.WORLD || "N".equals(o.reportingType()))
            .toList();
    return new Part(Fmt.label(code), "cat:" + code, ObsTable.of(keep));
  }

  private Part seriesPart(String series, String label, String colourKey, String... free) {
    List<Observation> keep =
        worldAndNational(series, free).list().stream()
            .filter(o -> o.refArea() == M49.WORLD || "N".equals(o.reportingType()))
            .toList();
    return new Part(label, colourKey, ObsTable.of(keep));
  }

  // ------------------------------------------------------------------------------ firearms

  public Page firearms() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Project series from the Illicit Arms Flows Questionnaire: arms seized, found and surrendered, "
                + "their types, the legal justification of the seizure, ammunition, and the routes of significant cases. "
                + "These are not official SDG series."));
    b.add(Block.h2("rate", "Arms seized per 100,000 population"));
    ChartSpec reg =
        site.regionalLines(
            "fa-seized-r-regions",
            SeriesCatalogue.FA_SEIZED_R,
            "Arms seized per 100,000 population, by region");
    if (!reg.isEmpty()) {
      b.add(Block.figure(site.figure(reg, "")));
      b.add(
          Block.table(
              site.regionalTable(
                  SeriesCatalogue.FA_SEIZED_R,
                  "Latest pooled rate, coverage and number of reporting countries")));
    }
    ChartSpec rank =
        site.ranking(
            "fa-seized-r-ranking",
            SeriesCatalogue.FA_SEIZED_R,
            "Arms seized per 100,000 population, by country");
    b.add(
        rank.isEmpty()
            ? empty("national values of FA_SEIZED_R")
            : Block.figure(site.figure(rank, "")));

    b.add(Block.h2("types", "Types of arms seized"));
    List<Part> types = new ArrayList<>();
    List<String> present =
        site.obs().series(SeriesCatalogue.FA_TYPE_SHARE).by("arm_type").values("arm_type");
    for (String code : Codes.ARM_TYPE.codes()) {
      if (present.contains(code)) {
        types.add(breakdownPart(SeriesCatalogue.FA_TYPE_SHARE, "arm_type", code));
      }
    }
    ChartSpec ty =
        latestBars(
            "fa-type-share",
            "Share of each type among arms seized",
            Kind.STACKED_BAR,
            "PT",
            "firearms",
            "Area (latest year)",
            types);
    b.add(ty.isEmpty() ? empty("type shares") : Block.figure(site.figure(ty, "")));
    b.add(
        Block.note(
            "Only countries that break their seizures down by type; UNKNOWN counts in the sum."));

    b.add(Block.h2("justification", "Legal justification of the seizure"));
    ChartSpec ju =
        latestBars(
            "fa-justification",
            "Share of arms seized by legal justification",
            Kind.BAR,
            "PT",
            "firearms",
            "Area (latest year)",
            List.of(
                seriesPart(
                    SeriesCatalogue.FA_TRAFFICKING_SHARE,
                    "Illicit trafficking",
                    "cat:ILLICIT_TRAFFICKING",
                    "justification"),
                seriesPart(
                    SeriesCatalogue.FA_POSSESSION_SHARE,
                    "Illicit possession",
                    "cat:ILLICIT_POSSESSION",
                    "justification")));
    b.add(ju.isEmpty() ? empty("justification shares") : Block.figure(site.figure(ju, "")));
    b.add(
        Block.note(
            "Legal justification is not the criminal context: the Global Study on Firearms Trafficking 2020 "
                + "found trafficking stated as the justification in only about 9% of seizures, while about two-thirds "
                + "were justified as illicit possession."));

    b.add(Block.h2("ammunition", "Ammunition"));
    ChartSpec am =
        site.ranking(
            "fa-ammo-ratio",
            SeriesCatalogue.FA_AMMO_RATIO,
            "Rounds of ammunition seized per arm seized, by country");
    b.add(am.isEmpty() ? empty("ammunition ratios") : Block.figure(site.figure(am, "")));

    b.add(Block.h2("routes", "Routes of significant cases"));
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
                "Latest value by country")));
    return page("firearms.html", "Firearms seized, found and surrendered", null, false, b);
  }

  private Block routes() {
    List<Observation> r =
        site.obs().series(SeriesCatalogue.FA_ROUTE).national().totalsExcept("route").list();
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
      String dep = ends.length == 2 ? area(ends[0]) : "Unknown";
      String dest = ends.length == 2 ? area(ends[1]) : "Unknown";
      TreeSet<Integer> ys = years.get(k);
      rows.add(
          RowView.of(
              Cell.text(dep),
              Cell.link(site.name(k.area()), site.countryHref(k.area(), "")),
              Cell.text(dest),
              Cell.num(Fmt.num(sum.get(k)[0], 0)),
              Cell.num(
                  ys.first().equals(ys.last())
                      ? ys.first().toString()
                      : ys.first() + "\u2013" + ys.last())));
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

  private String area(String code) {
    if (code == null || code.isBlank() || code.equals("_U") || code.equals("_T")) {
      return "Unknown";
    }
    try {
      return site.name(Integer.parseInt(code.trim()));
    } catch (NumberFormatException e) {
      return code;
    }
  }

  /** Latest value of several series totals by country, one column per series. */
  private TableView latestTable(List<String> series, String caption) {
    List<HeadCell> head = new ArrayList<>();
    head.add(HeadCell.text("Country"));
    for (String s : series) {
      head.add(HeadCell.num(Site.shortTitle(s) + " (" + Fmt.unitLabel(Fmt.seriesUnit(s)) + ")"));
    }
    List<RowView> rows = new ArrayList<>();
    for (int a : site.countries()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(site.name(a), site.countryHref(a, "")));
      boolean any = false;
      for (String s : series) {
        List<Observation> o = site.obs().series(s).area(a).national().totals().list();
        if (o.isEmpty()) {
          cells.add(Cell.num("\u2013"));
        } else {
          Observation last = o.get(o.size() - 1);
          cells.add(
              Cell.num(
                  Fmt.value(last.value(), last.unitMeasure()) + " (" + last.timePeriod() + ")"));
          any = true;
        }
      }
      if (any) {
        rows.add(RowView.of(cells));
      }
    }
    return new TableView(caption, null, head, rows);
  }

  // ------------------------------------------------------------------------------ port seizures

  private static final Map<String, String> NOUN =
      Map.ofEntries(
          Map.entry("COCAINE", "cocaine"),
          Map.entry("HEROIN", "heroin"),
          Map.entry("CANNABIS", "cannabis"),
          Map.entry("PSYCHOTROPICS", "psychotropic substances"),
          Map.entry("NPS", "new psychoactive substances"),
          Map.entry("PRECURSORS", "precursors"),
          Map.entry("CIGARETTES", "cigarettes"),
          Map.entry("STRATEGIC_GOODS", "strategic commodities"),
          Map.entry("COUNTERFEIT", "counterfeit goods"),
          Map.entry("WILDLIFE", "wildlife"),
          Map.entry("ALCOHOL", "alcohol"),
          Map.entry("VEHICLES", "vehicles"),
          Map.entry("OTHER", "other goods"));

  /** "48,220 kg of cocaine", "215,816,580 cigarettes", "17 containers of strategic commodities". */
  public static String quantity(double q, String unit, String commodity) {
    String n = Fmt.num(q, q == Math.rint(q) ? 0 : 1);
    String what = NOUN.getOrDefault(commodity, Fmt.label(commodity).toLowerCase(Locale.ROOT));
    return switch (unit) {
      case "KG" -> n + " kg of " + what;
      case "L" -> n + " litres of " + what;
      case "CONTAINERS" -> n + " containers of " + what;
      case "PIECES" ->
          commodity.equals("CIGARETTES") ? n + " cigarettes" : n + " pieces of " + what;
      case "ITEMS" -> commodity.equals("VEHICLES") ? n + " vehicles" : n + " items of " + what;
      default -> n + " " + Fmt.unitLabel(unit) + " of " + what;
    };
  }

  private static int commodityOrder(String c) {
    return Commodity.lookup(c).map(Enum::ordinal).orElse(99);
  }

  public Page ports() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Seizures by the port control units of the UNODC\u2013WCO Container Control Programme. Quantities "
                + "are summed only within one unit of measure (kg for drugs and precursors, pieces for cigarettes, "
                + "containers for strategic goods, items for counterfeit goods and vehicles, litres for alcohol)."));
    ObsTable world =
        site.obs()
            .series(SeriesCatalogue.CCP_SEIZED_QTY)
            .area(M49.WORLD)
            .totalsExcept("commodity")
            .by("commodity");
    b.add(Block.h2("programme", "Programme totals"));
    if (world.isEmpty()) {
      b.add(empty("programme (World) totals"));
    } else {
      List<Integer> years = world.years();
      int last = years.get(years.size() - 1);
      for (int y : years.stream().sorted(Comparator.reverseOrder()).toList()) {
        List<Observation> ly =
            world.year(y).list().stream()
                .sorted(
                    Comparator.comparingInt((Observation o) -> commodityOrder(o.commodity()))
                        .thenComparing(Observation::unitMeasure))
                .toList();
        List<String> parts =
            ly.stream().map(o -> quantity(o.value(), o.unitMeasure(), o.commodity())).toList();
        b.add(
            Block.p(
                Span.strong("In " + y), Span.of(" the programme reported " + join(parts) + ".")));
      }
      List<HeadCell> head =
          new ArrayList<>(List.of(HeadCell.text("Commodity"), HeadCell.text("Unit")));
      years.forEach(y -> head.add(HeadCell.num(Integer.toString(y))));
      Map<String, Map<Integer, Observation>> grid =
          new TreeMap<>(
              Comparator.comparingInt((String k) -> commodityOrder(k.split("\\|")[0]))
                  .thenComparing(k -> k));
      for (Observation o : world.list()) {
        grid.computeIfAbsent(o.commodity() + "|" + o.unitMeasure(), k -> new TreeMap<>())
            .put(o.timePeriod(), o);
      }
      List<RowView> rows = new ArrayList<>();
      grid.forEach(
          (k, byYear) -> {
            String[] cu = k.split("\\|");
            List<Cell> cells =
                new ArrayList<>(
                    List.of(Cell.rowHeader(Fmt.label(cu[0])), Cell.text(Fmt.unitLabel(cu[1]))));
            for (int y : years) {
              Observation o = byYear.get(y);
              cells.add(
                  Cell.num(
                      o == null
                          ? "\u2013"
                          : Fmt.num(o.value(), o.value() == Math.rint(o.value()) ? 0 : 1)));
            }
            rows.add(RowView.of(cells));
          });
      b.add(
          Block.table(
              new TableView(
                  "Quantity seized by the programme, by commodity and year", null, head, rows)));

      b.add(Block.h2("trends", "Commodity trends"));
      ObsTable events =
          site.obs()
              .series(SeriesCatalogue.CCP_SEIZURES)
              .area(M49.WORLD)
              .totalsExcept("commodity")
              .by("commodity");
      if (!events.isEmpty()) {
        List<Line> lines = new ArrayList<>();
        events.byDimensionAndYear("commodity").entrySet().stream()
            .sorted(Comparator.comparingInt(e -> commodityOrder(e.getKey())))
            .forEach(
                e ->
                    lines.add(
                        new Line(
                            "cat:" + e.getKey(),
                            Fmt.label(e.getKey()),
                            Style.LINE,
                            e.getValue().values().stream()
                                .map(
                                    o ->
                                        new Point(
                                            Integer.toString(o.timePeriod()),
                                            o.value(),
                                            site.note(o)))
                                .toList())));
        b.add(
            Block.figure(
                site.figure(
                    Site.withRoomForNotes(
                        new ChartSpec(
                            "ccp-events",
                            "Seizure events by commodity",
                            "Programme total (all port control units)",
                            Kind.LINE,
                            "Year",
                            "Seizure events (number)",
                            "NUMBER",
                            List.of(),
                            lines,
                            Site.source("ccp", false),
                            800,
                            450)),
                    "")));
      }
      List<Figure> figs = new ArrayList<>();
      grid.forEach(
          (k, byYear) -> {
            String[] cu = k.split("\\|");
            List<Point> pts =
                byYear.values().stream()
                    .map(o -> new Point(Integer.toString(o.timePeriod()), o.value(), site.note(o)))
                    .toList();
            String id =
                "ccp-qty-"
                    + cu[0].toLowerCase(Locale.ROOT).replace('_', '-')
                    + "-"
                    + cu[1].toLowerCase(Locale.ROOT);
            figs.add(
                site.figure(
                    Site.withRoomForNotes(
                        new ChartSpec(
                            id,
                            Fmt.label(cu[0]) + " seized",
                            "Programme total, " + Fmt.unitLabel(cu[1]),
                            Kind.LINE,
                            "Year",
                            Fmt.axisTitle(cu[1]),
                            cu[1],
                            List.of(),
                            List.of(new Line("cat:" + cu[0], Fmt.label(cu[0]), Style.LINE, pts)),
                            Site.source("ccp", false),
                            640,
                            360)),
                    ""));
          });
      b.add(Block.figures(figs));

      b.add(Block.h2("countries", "Top seizing countries, " + last));
      b.add(topCountries(last));
    }
    if (!site.input().ports().isEmpty()) {
      b.add(Block.h2("ports", "Top ports"));
      b.add(topPorts());
    }
    return page("port-seizures.html", "Container Control Programme port seizures", null, false, b);
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private Block topCountries(int year) {
    ObsTable t =
        site.obs()
            .series(SeriesCatalogue.CCP_SEIZED_QTY)
            .national()
            .year(year)
            .totalsExcept("commodity")
            .by("commodity");
    Map<String, List<Observation>> by =
        new TreeMap<>(
            Comparator.comparingInt(IndicatorPages::commodityOrder)
                .thenComparing(Comparator.naturalOrder()));
    for (Observation o : t.list()) {
      by.computeIfAbsent(o.commodity() + "|" + o.unitMeasure(), k -> new ArrayList<>()).add(o);
    }
    List<RowView> rows = new ArrayList<>();
    by.forEach(
        (k, l) -> {
          l.sort(
              Comparator.comparingDouble((Observation o) -> -o.value())
                  .thenComparing(o -> site.name(o.refArea())));
          String[] cu = k.split("\\|");
          List<Cell> cells =
              new ArrayList<>(
                  List.of(Cell.rowHeader(Fmt.label(cu[0])), Cell.text(Fmt.unitLabel(cu[1]))));
          for (int i = 0; i < 3; i++) {
            if (i < l.size()) {
              Observation o = l.get(i);
              cells.add(Cell.link(site.name(o.refArea()), site.countryHref(o.refArea(), "")));
              cells.add(Cell.num(Fmt.num(o.value(), o.value() == Math.rint(o.value()) ? 0 : 1)));
            } else {
              cells.add(Cell.text(""));
              cells.add(Cell.num(""));
            }
          }
          rows.add(RowView.of(cells));
        });
    if (rows.isEmpty()) {
      return empty("national port seizures for " + year);
    }
    return Block.table(
        new TableView(
            "The three countries that seized most of each commodity",
            null,
            List.of(
                HeadCell.text("Commodity"),
                HeadCell.text("Unit"),
                HeadCell.text("First"),
                HeadCell.num("Quantity"),
                HeadCell.text("Second"),
                HeadCell.num("Quantity"),
                HeadCell.text("Third"),
                HeadCell.num("Quantity")),
            rows));
  }

  private Block topPorts() {
    List<PortSeizure> ps = site.input().ports();
    int last = ps.stream().mapToInt(PortSeizure::year).max().orElseThrow();
    List<PortSeizure> ly =
        ps.stream()
            .filter(p -> p.year() == last)
            .sorted(
                Comparator.comparingInt((PortSeizure p) -> commodityOrder(p.commodity()))
                    .thenComparingDouble(p -> -p.quantity())
                    .thenComparing(PortSeizure::port))
            .toList();
    List<RowView> rows = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (PortSeizure p : ly) {
      String k = p.commodity() + "|" + p.unitMeasure();
      if (seen.merge(k, 1, Integer::sum) > 5) {
        continue;
      }
      rows.add(
          RowView.of(
              Cell.rowHeader(Fmt.label(p.commodity())),
              Cell.text(p.port()),
              Cell.link(site.name(p.refArea()), site.countryHref(p.refArea(), "")),
              Cell.num(Fmt.num(p.quantity(), 0)),
              Cell.text(Fmt.unitLabel(p.unitMeasure())),
              Cell.num(Fmt.num(p.seizures(), 0))));
    }
    return Block.table(
        new TableView(
            "Top five ports by quantity seized of each commodity, " + last,
            null,
            List.of(
                HeadCell.text("Commodity"),
                HeadCell.text("Port"),
                HeadCell.text("Country"),
                HeadCell.num("Quantity"),
                HeadCell.text("Unit"),
                HeadCell.num("Seizures")),
            rows));
  }

  // ------------------------------------------------------------------------------ trafficking

  public Page trafficking() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Detected victims of trafficking in persons (SDG 16.2.2 concept, article 3 of the Trafficking in "
                + "Persons Protocol) and the criminal justice response. Detected victims depend on how much a country "
                + "looks: a higher rate is not, by itself, more trafficking."));
    b.add(Block.h2("rate", "Detected victims per 100,000 population"));
    ChartSpec reg =
        site.regionalLines(
            "tip-detv-r-regions",
            SeriesCatalogue.TIP_DETV_R,
            "Detected victims of trafficking per 100,000, by region");
    if (!reg.isEmpty()) {
      b.add(Block.figure(site.figure(reg, "")));
      b.add(
          Block.table(
              site.regionalTable(
                  SeriesCatalogue.TIP_DETV_R,
                  "Latest pooled rate, coverage and number of reporting countries")));
    }
    ChartSpec rank =
        site.ranking(
            "tip-detv-r-ranking",
            SeriesCatalogue.TIP_DETV_R,
            "Detected victims of trafficking per 100,000, by country");
    b.add(
        rank.isEmpty()
            ? empty("national values of TIP_DETV_R")
            : Block.figure(site.figure(rank, "")));

    b.add(Block.h2("profile", "Sex and age of detected victims"));
    ChartSpec sa =
        latestBars(
            "tip-sex-age",
            "Share of women and girls, and of children, among detected victims",
            Kind.BAR,
            "PT",
            "tip",
            "Area (latest year)",
            List.of(
                seriesPart(SeriesCatalogue.TIP_SHARE_FEMALE, "Women and girls", "cat:F", "sex"),
                seriesPart(
                    SeriesCatalogue.TIP_SHARE_CHILD, "Children (0\u201317)", "cat:Y0T17", "age")));
    b.add(sa.isEmpty() ? empty("shares by sex and age") : Block.figure(site.figure(sa, "")));

    b.add(Block.h2("exploitation", "Form of exploitation"));
    List<Part> forms = new ArrayList<>();
    List<String> present =
        site.obs()
            .series(SeriesCatalogue.TIP_EXPLOITATION_SHARE)
            .by("exploitation")
            .values("exploitation");
    for (String code : Codes.EXPLOITATION.codes()) {
      if (present.contains(code)) {
        forms.add(breakdownPart(SeriesCatalogue.TIP_EXPLOITATION_SHARE, "exploitation", code));
      }
    }
    ChartSpec ex =
        latestBars(
            "tip-exploitation",
            "Detected victims by form of exploitation",
            Kind.STACKED_BAR,
            "PT",
            "tip",
            "Area (latest year)",
            forms);
    b.add(
        ex.isEmpty() ? empty("shares by form of exploitation") : Block.figure(site.figure(ex, "")));

    b.add(Block.h2("convictions", "Convictions"));
    ChartSpec cv =
        site.ranking(
            "tip-convicted-r",
            SeriesCatalogue.TIP_CONVICTED_R,
            "Persons convicted of trafficking per 100,000, by country");
    b.add(cv.isEmpty() ? empty("conviction rates") : Block.figure(site.figure(cv, "")));
    b.add(
        Block.table(
            yearTable(
                SeriesCatalogue.TIP_CONVICTION_RATIO,
                "Persons convicted per suspect, by country and year")));
    b.add(
        Block.table(
            latestTable(
                List.of(
                    SeriesCatalogue.VC_HTF_DETV,
                    SeriesCatalogue.TIP_SHARE_FEMALE,
                    SeriesCatalogue.TIP_SHARE_CHILD,
                    SeriesCatalogue.TIP_CONVICTION_RATIO),
                "Detected victims (official series VC_HTF_DETV) and shares, latest year by country")));
    return page("trafficking.html", "Trafficking in persons", null, false, b);
  }

  /** A series total by country (rows) and year (columns). */
  private TableView yearTable(String series, String caption) {
    ObsTable t = site.obs().series(series).national().totals();
    List<Integer> years = t.years();
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Country")));
    years.forEach(y -> head.add(HeadCell.num(Integer.toString(y))));
    List<RowView> rows = new ArrayList<>();
    for (int a : site.countries()) {
      List<Observation> o = t.area(a).list();
      if (o.isEmpty()) {
        continue;
      }
      Map<Integer, Observation> by = new TreeMap<>();
      o.forEach(x -> by.put(x.timePeriod(), x));
      List<Cell> cells =
          new ArrayList<>(List.of(Cell.rowHeader(site.name(a), site.countryHref(a, ""))));
      for (int y : years) {
        Observation x = by.get(y);
        cells.add(x == null ? Cell.num("\u2013") : flagged(x));
      }
      rows.add(RowView.of(cells));
    }
    return new TableView(caption, null, head, rows);
  }

  /** A number cell; a flagged value is marked and explained on hover. */
  Cell flagged(Observation o) {
    String n = site.note(o);
    String t = Fmt.value(o.value(), o.unitMeasure());
    return n == null ? Cell.num(t) : new Cell(t + " *", null, "num flag", n, false);
  }

  // ------------------------------------------------------------------------------ IFF

  public Page iff() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            Span.of(
                "SDG 16.4.1 asks for the total value of inward and outward illicit financial flows. No global "
                    + "series exists yet. Following the UNODC\u2013UNCTAD conceptual framework (2020), the pipeline computes the "
                    + "crime-related part from analyst-supplied market estimates: inward flows are the income from exports of "
                    + "illicit goods, outward flows the payments for imports; the total is gross, never netted. Seizures are "
                    + "never counted as flows. "),
            Span.link("Methodology", "methodology.html#IFF_CRIME_TOTAL")));
    ChartSpec w =
        site.regionalLines(
            "iff-total-regions",
            SeriesCatalogue.IFF_CRIME_TOTAL,
            "Illicit financial flows from crime, gross (experimental)");
    if (!w.isEmpty()) {
      b.add(Block.h2("world", "World and regions"));
      b.add(Block.figure(site.figure(w, "")));
    }
    b.add(Block.h2("countries", "Inward and outward flows by country"));
    ChartSpec io =
        latestBars(
            "iff-in-out",
            "Inward and outward illicit financial flows from crime (experimental)",
            Kind.BAR,
            "USD",
            "iff",
            "Area (latest year)",
            List.of(
                seriesPart(SeriesCatalogue.IFF_CRIME_IN, "Inward", "cat:IFF_CRIME_IN"),
                seriesPart(SeriesCatalogue.IFF_CRIME_OUT, "Outward", "cat:IFF_CRIME_OUT")));
    b.add(
        io.isEmpty()
            ? empty("illicit financial flow estimates")
            : Block.figure(site.figure(io, "")));
    b.add(
        Block.table(
            yearTable(
                SeriesCatalogue.IFF_CRIME_TOTAL,
                "Gross illicit financial flows from crime (current US dollars), by country and year")));
    b.add(
        Block.note(
            "Every value keeps its price source in the observations table (source_detail)."));
    return page(
        "iff.html", "SDG 16.4.1: illicit financial flows from crime (experimental)", null, true, b);
  }
}
