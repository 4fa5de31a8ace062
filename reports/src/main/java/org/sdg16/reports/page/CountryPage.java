package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * A country profile: charts of its key series, every series it reported with its trend (methodology
 * §6), and the findings on its returns (contract §2).
 */
final class CountryPage extends PageParts {

  private static final Map<String, String> FAMILY_TITLE =
      Map.of(
          "firearms",
          "Firearms (SDG 16.4.2)",
          "ccp",
          "Port seizures (Container Control Programme)",
          "tip",
          "Trafficking in persons (SDG 16.2.2)",
          "iff",
          "Illicit financial flows (SDG 16.4.1, experimental)");

  CountryPage(PageContext ctx) {
    super(ctx);
  }

  Page render(int area) {
    String rel = "../";
    List<Block> b = new ArrayList<>();
    var a = ctx.m49.area(area);
    StringBuilder lead = new StringBuilder("M49 code " + area);
    a.ifPresent(
        x -> {
          if (x.iso3() != null) {
            lead.append(", ISO 3166 ").append(x.iso3());
          }
          if (x.sdgRegion() != null) {
            lead.append(", SDG region: ").append(ctx.name(x.sdgRegion()));
          }
        });
    lead.append(".");
    ObsTable mine = ctx.obs().area(area).national();
    List<Figure> figs = new ArrayList<>();
    for (String s :
        List.of(
            SeriesCatalogue.VC_ARM_SZTRACE,
            SeriesCatalogue.FA_SEIZED_R,
            SeriesCatalogue.TIP_DETV_R,
            SeriesCatalogue.IFF_CRIME_TOTAL)) {
      if (!mine.series(s).totals().isEmpty()) {
        figs.add(ctx.figure(charts.countryTimeSeries(s, area), rel));
      }
    }
    if (!figs.isEmpty()) {
      b.add(Block.h2("charts", "Key series"));
      b.add(Block.figures(figs));
    }
    for (String family : FAMILY_DATASET.keySet()) {
      List<Series> series =
          SeriesCatalogue.ALL.stream()
              .filter(s -> s.family().equals(family))
              .filter(s -> !mine.series(s.code()).isEmpty())
              .toList();
      if (series.isEmpty()) {
        continue;
      }
      b.add(Block.h2(family, FAMILY_TITLE.get(family)));
      if (family.equals("iff")) {
        b.add(
            Block.warning(
                Span.strong("Experimental. "),
                Span.of("Modelled estimates, not official statistics.")));
      }
      for (Series s : series) {
        // one table per unit: quantities by commodity are in kg, litres, pieces...
        Map<String, List<Observation>> byUnit = new TreeMap<>();
        for (Observation o : mine.series(s.code()).list()) {
          byUnit.computeIfAbsent(o.unitMeasure(), u -> new ArrayList<>()).add(o);
        }
        for (List<Observation> inUnit : byUnit.values()) {
          Map<String, Integer> notes = new LinkedHashMap<>();
          b.add(Block.table(seriesTable(s, ObsTable.of(inUnit), notes)));
          // the flags of the values, numbered, under the table: visible in print and on a phone
          notes.forEach((text, n) -> b.add(Block.note("[" + n + "] " + text)));
        }
        TableView pt = progressTable(s, mine.series(s.code()));
        if (pt != null) {
          b.add(Block.table(pt));
        }
      }
    }
    List<FindingRecord> f = findingsByArea().getOrDefault(area, List.of());
    if (!f.isEmpty()) {
      b.add(Block.h2("findings", "Findings on this country's returns"));
      b.add(Block.table(findingsTable(f, "Findings", false)));
    }
    return new Page(
        "country/" + area + ".html",
        ctx.name(area),
        rel,
        ctx.nav("", rel),
        ctx.name(area),
        lead.toString(),
        false,
        b,
        ctx.footer());
  }

  private TableView seriesTable(Series s, ObsTable t, Map<String, Integer> notes) {
    List<Integer> years = t.years();
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Disaggregation")));
    years.forEach(y -> head.add(HeadCell.num(Integer.toString(y))));
    String unit = Units.of(t.list(), s.title());
    boolean cagr = !"PT".equals(unit) && !"RATIO".equals(unit);
    head.add(HeadCell.text("Trend (Mann\u2013Kendall)"));
    head.add(HeadCell.num("Theil\u2013Sen slope"));
    if (cagr) {
      head.add(HeadCell.num("CAGR (% a year)"));
    }
    head.add(HeadCell.text("Progress"));
    Map<String, Map<Integer, Observation>> rowsBy = new LinkedHashMap<>();
    for (Observation o : t.list()) {
      rowsBy.computeIfAbsent(disaggregation(o), k -> new TreeMap<>()).put(o.timePeriod(), o);
    }
    List<RowView> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>(rowsBy.keySet());
    keys.sort(Comparator.comparing((String k) -> !k.equals("Total")).thenComparing(k -> k));
    for (String k : keys) {
      Map<Integer, Observation> byYear = rowsBy.get(k);
      List<Cell> cells = new ArrayList<>(List.of(Cell.rowHeader(k)));
      Observation any = byYear.values().iterator().next();
      for (int y : years) {
        Observation o = byYear.get(y);
        if (o == null) {
          cells.add(Cell.num("\u2013"));
        } else {
          String n = ctx.note(o);
          String v = Fmt.value(o.value(), o.unitMeasure());
          if (n == null) {
            cells.add(Cell.num(v));
          } else {
            int fn = notes.computeIfAbsent(n, x -> notes.size() + 1);
            cells.add(new Cell(v + " [" + fn + "]", null, "num flag", n, false));
          }
        }
      }
      TrendRow tr = ctx.trend(any).orElse(null);
      cells.add(Cell.text(ProgressParts.direction(tr)));
      String slope = ProgressParts.slope(tr);
      cells.add(Cell.num(slope == null ? "\u2013" : slope));
      if (cagr) {
        cells.add(Cell.num(tr == null ? "\u2013" : Fmt.rate(tr.cagr())));
      }
      String progress = ProgressParts.progress(tr);
      cells.add(Cell.styled(progress == null ? "\u2013" : progress, "long", null));
      rows.add(RowView.of(cells));
    }
    String status =
        s.official()
            ? "official series"
            : "M".equals(s.nature()) ? "experimental series" : "project series";
    return new TableView(
        s.title() + " (" + Fmt.unitLabel(unit) + "; " + status + ")", null, head, rows);
  }

  /** Each progress method's category for each disaggregation of a series (methodology §6.2). */
  private TableView progressTable(Series s, ObsTable t) {
    Map<String, TrendRow> byKey = new TreeMap<>();
    for (Observation o : t.list()) {
      ctx.trend(o).ifPresent(tr -> byKey.putIfAbsent(disaggregation(o), tr));
    }
    List<ProgressParts.Labelled> rows = new ArrayList<>();
    TrendRow total = byKey.remove("Total");
    if (total != null) {
      rows.add(new ProgressParts.Labelled("Total", null, total));
    }
    byKey.forEach((k, tr) -> rows.add(new ProgressParts.Labelled(k, null, tr)));
    return ProgressParts.table(
        "Progress by method: " + Charts.shortTitle(s.code()), "Disaggregation", rows);
  }

  private Map<Integer, List<FindingRecord>> findingsByArea;

  /** The findings by the country of their row (-1: not known), in their order, made once. */
  private Map<Integer, List<FindingRecord>> findingsByArea() {
    if (findingsByArea == null) {
      findingsByArea =
          ctx.input().findings().stream().collect(Collectors.groupingBy(x -> areaOf(x.raw())));
    }
    return findingsByArea;
  }
}
