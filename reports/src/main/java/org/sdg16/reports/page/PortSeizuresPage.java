package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The port seizures page: Container Control Programme totals by commodity and year (methodology
 * §2), the top seizing countries and the top ports.
 */
public final class PortSeizuresPage extends PageParts {

  PortSeizuresPage(PageContext ctx) {
    super(ctx);
  }

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

  /** The subtitle of the programme's totals: what they are, and what they are not. */
  static final String PROGRAMME_TOTAL =
      "Programme total: the sum of what the reporting port control units seized, not a global estimate";

  /**
   * A programme total's footnote: none for its being a reported total (the subtitle and the source
   * line say so once for the chart, with the countries behind each year), else its flag.
   */
  private String flag(Observation o) {
    if (o.reportedTotal() && (o.obsStatus() == null || "U".equals(o.obsStatus()))) {
      return null;
    }
    return ctx.note(o);
  }

  /**
   * "Countries with such seizures by year: 2016: 4, 2017: 9. " — who stands behind each year of a
   * programme total: the distinct countries of the national rows it sums.
   */
  static String panel(String what, java.util.Collection<Observation> national) {
    Map<Integer, java.util.Set<Integer>> by = new TreeMap<>();
    national.forEach(
        o -> by.computeIfAbsent(o.timePeriod(), y -> new java.util.TreeSet<>()).add(o.refArea()));
    if (by.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(what).append(" by year: ");
    by.forEach((y, n) -> b.append(y).append(": ").append(n.size()).append(", "));
    b.setLength(b.length() - 2);
    return b.append(". ").toString();
  }

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

  Page render() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Seizures by the port control units of the UNODC\u2013WCO Container Control Programme. Quantities "
                + "are summed only within one unit of measure (kg for drugs and precursors, pieces for cigarettes, "
                + "containers for strategic goods, items for counterfeit goods and vehicles, litres for alcohol)."));
    ObsTable world =
        ctx.obs()
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
          ctx.obs()
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
                                            Integer.toString(o.timePeriod()), o.value(), flag(o)))
                                .toList())));
        b.add(
            Block.figure(
                ctx.figure(
                    Charts.withRoomForNotes(
                        new ChartSpec(
                            "ccp-events",
                            "Seizure events by commodity",
                            PROGRAMME_TOTAL,
                            Kind.LINE,
                            "Year",
                            "Seizure events (number)",
                            "NUMBER",
                            List.of(),
                            lines,
                            panel(
                                    "Countries with seizures",
                                    ctx.obs()
                                        .series(SeriesCatalogue.CCP_SEIZURES)
                                        .national()
                                        .totalsExcept("commodity")
                                        .list())
                                + Charts.source("ccp", false),
                            800,
                            450)),
                    "")));
      }
      List<Figure> figs = new ArrayList<>();
      // the national quantities behind the programme totals, read once for every commodity's chart
      List<Observation> nationalQty =
          ctx.obs()
              .series(SeriesCatalogue.CCP_SEIZED_QTY)
              .national()
              .totalsExcept("commodity")
              .list();
      grid.forEach(
          (k, byYear) -> {
            String[] cu = k.split("\\|");
            List<Point> pts =
                byYear.values().stream()
                    .map(o -> new Point(Integer.toString(o.timePeriod()), o.value(), flag(o)))
                    .toList();
            String id =
                "ccp-qty-"
                    + cu[0].toLowerCase(Locale.ROOT).replace('_', '-')
                    + "-"
                    + cu[1].toLowerCase(Locale.ROOT);
            figs.add(
                ctx.figure(
                    Charts.withRoomForNotes(
                        new ChartSpec(
                            id,
                            Fmt.label(cu[0]) + " seized",
                            "Programme total in "
                                + Fmt.unitLabel(cu[1])
                                + ": what the reporting units seized",
                            Kind.LINE,
                            "Year",
                            Fmt.axisTitle(cu[1]),
                            cu[1],
                            List.of(),
                            List.of(new Line("cat:" + cu[0], Fmt.label(cu[0]), Style.LINE, pts)),
                            panel(
                                    "Countries with such seizures",
                                    nationalQty.stream()
                                        .filter(
                                            o ->
                                                cu[0].equals(o.commodity())
                                                    && cu[1].equals(o.unitMeasure()))
                                        .toList())
                                + Charts.source("ccp", false),
                            640,
                            360)),
                    ""));
          });
      b.add(Block.figures(figs));

      b.add(Block.h2("countries", "Top seizing countries, " + last));
      b.add(topCountries(last));
    }
    if (!ctx.input().ports().isEmpty()) {
      b.add(Block.h2("ports", "Top ports"));
      b.add(topPorts());
    }
    b.add(MetadataPage.linkFor(SeriesCatalogue.CCP_SEIZURES));
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
        ctx.obs()
            .series(SeriesCatalogue.CCP_SEIZED_QTY)
            .national()
            .year(year)
            .totalsExcept("commodity")
            .by("commodity");
    Map<String, List<Observation>> by =
        new TreeMap<>(
            Comparator.comparingInt(PortSeizuresPage::commodityOrder)
                .thenComparing(Comparator.naturalOrder()));
    for (Observation o : t.list()) {
      by.computeIfAbsent(o.commodity() + "|" + o.unitMeasure(), k -> new ArrayList<>()).add(o);
    }
    List<RowView> rows = new ArrayList<>();
    by.forEach(
        (k, l) -> {
          l.sort(
              Comparator.comparingDouble((Observation o) -> -o.value())
                  .thenComparing(o -> ctx.name(o.refArea())));
          String[] cu = k.split("\\|");
          List<Cell> cells =
              new ArrayList<>(
                  List.of(Cell.rowHeader(Fmt.label(cu[0])), Cell.text(Fmt.unitLabel(cu[1]))));
          for (int i = 0; i < 3; i++) {
            if (i < l.size()) {
              Observation o = l.get(i);
              cells.add(Cell.link(ctx.name(o.refArea()), ctx.countryHref(o.refArea(), "")));
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
    List<PortSeizure> ps = ctx.input().ports();
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
              CodeLabels.port(p.port()).equals(p.port())
                  ? Cell.text(p.port())
                  : Cell.styled(CodeLabels.port(p.port()), null, "UN/LOCODE " + p.port()),
              Cell.link(ctx.name(p.refArea()), ctx.countryHref(p.refArea(), "")),
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
}
