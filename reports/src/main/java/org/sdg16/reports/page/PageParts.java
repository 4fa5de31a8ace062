package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * What the page builders share: the context, the charts, and the HTML fragments several pages
 * repeat (a page of the navigation, a note for nothing to show, tables of the latest values, of a
 * series by year and of findings).
 */
abstract class PageParts {

  /** Series families → dataset of the contract, in the order the report shows them. */
  static final Map<String, String> FAMILY_DATASET = new LinkedHashMap<>();

  static {
    FAMILY_DATASET.put("firearms", "firearms");
    FAMILY_DATASET.put("ccp", "ccp");
    FAMILY_DATASET.put("tip", "tip");
    FAMILY_DATASET.put("iff", "markets");
  }

  /** The series computed from the significant cases rather than from the annual return. */
  private static final java.util.Set<String> FROM_CASES =
      java.util.Set.of(SeriesCatalogue.FA_TRANSNATIONAL_SHARE, SeriesCatalogue.FA_ROUTE);

  /**
   * The dataset of the contract a series is computed from: its family's, but {@code firearms_cases}
   * for the series of the significant cases (methodology §1.2).
   */
  static String datasetOf(String series) {
    if (FROM_CASES.contains(series)) {
      return "firearms_cases";
    }
    return FAMILY_DATASET.get(Charts.family(series));
  }

  final PageContext ctx;
  final Charts charts;
  final Maps maps;

  PageParts(PageContext ctx) {
    this.ctx = ctx;
    this.charts = new Charts(ctx);
    this.maps = new Maps(ctx);
  }

  /** A page of the navigation, at the top of the report, whose heading is its title. */
  Page page(String file, String title, String lead, boolean experimental, List<Block> blocks) {
    return new Page(
        file, title, "", ctx.nav(file, ""), title, lead, experimental, blocks, ctx.footer());
  }

  /** The note for a section with nothing to show in this run. */
  static Block empty(String what) {
    return Block.note("No " + what + " in this run.");
  }

  /** The figure of a chart, or the note that there is no {@code what} when it has no data. */
  Block figureOr(ChartSpec chart, String what) {
    return chart.isEmpty() ? empty(what) : Block.figure(ctx.figure(chart, ""));
  }

  /** The figure of a map, or nothing when it has no data (the chart beside it says so). */
  List<Block> mapIfAny(org.sdg16.reports.map.MapSpec map) {
    return map.isEmpty() ? List.of() : List.of(Block.figure(ctx.figure(map, "")));
  }

  /**
   * A rate by region (World and SDG regions, methodology §5) with the table of its latest pooled
   * values, then each country's latest value: charts {@code id-regions} and {@code id-ranking},
   * titled {@code title} "by region" and "by country".
   */
  List<Block> rateByRegionAndCountry(String id, String series, String title) {
    List<Block> b = new ArrayList<>();
    ChartSpec reg = charts.regionalLines(id + "-regions", series, title + ", by region");
    if (!reg.isEmpty()) {
      b.add(Block.figure(ctx.figure(reg, "")));
      b.add(
          Block.table(
              regionalTable(
                  series, "Latest pooled rate, coverage and number of reporting countries")));
    }
    ChartSpec rank = charts.ranking(id + "-ranking", series, title + ", by country");
    b.add(figureOr(rank, "national values of " + series));
    b.addAll(mapIfAny(maps.latest(id + "-map", series, title + ", latest year")));
    return b;
  }

  /** A table of the latest aggregate per region with coverage and number of countries. */
  public TableView regionalTable(String series, String caption) {
    ObsTable agg = ctx.obs().series(series).aggregates().totals();
    String unit = Units.check(Fmt.seriesUnit(series), agg.list(), caption);
    List<RowView> rows = new ArrayList<>();
    for (int r : Charts.SDG_REGIONS) {
      for (Observation o : agg.area(r).latestPerArea().list()) {
        rows.add(
            RowView.of(
                Cell.rowHeader(ctx.name(r)),
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

  /** Latest value of several series totals by country, one column per series. */
  TableView latestTable(List<String> series, String caption) {
    List<HeadCell> head = new ArrayList<>();
    head.add(HeadCell.text("Country"));
    for (String s : series) {
      head.add(HeadCell.num(Charts.shortTitle(s) + " (" + Fmt.unitLabel(Fmt.seriesUnit(s)) + ")"));
    }
    List<RowView> rows = new ArrayList<>();
    for (int a : ctx.countries()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.rowHeader(ctx.name(a), ctx.countryHref(a, "")));
      boolean any = false;
      for (String s : series) {
        List<Observation> o = ctx.obs().series(s).area(a).national().totals().list();
        if (o.isEmpty()) {
          cells.add(Cell.num("\u2013"));
        } else {
          Observation last = o.get(o.size() - 1);
          // a share says what it is a share of: 0% or 100% of 3 cases is not of 3,000
          boolean share =
              "PT".equals(last.unitMeasure())
                  && last.numerator() != null
                  && last.denominator() != null;
          cells.add(
              Cell.num(
                  Fmt.value(last.value(), last.unitMeasure())
                      + " ("
                      + last.timePeriod()
                      + (share
                          ? "; "
                              + Fmt.num(last.numerator(), 0)
                              + " of "
                              + Fmt.num(last.denominator(), 0)
                          : "")
                      + ")"));
          any = true;
        }
      }
      if (any) {
        rows.add(RowView.of(cells));
      }
    }
    return new TableView(caption, null, head, rows);
  }

  /** A series total by country (rows) and year (columns). */
  List<Block> yearTable(String series, String caption) {
    ObsTable t = ctx.obs().series(series).national().totals();
    List<Integer> years = t.years();
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Country")));
    years.forEach(y -> head.add(HeadCell.num(Integer.toString(y))));
    List<RowView> rows = new ArrayList<>();
    Map<String, Integer> notes = new LinkedHashMap<>();
    for (int a : ctx.countries()) {
      List<Observation> o = t.area(a).list();
      if (o.isEmpty()) {
        continue;
      }
      Map<Integer, Observation> by = new TreeMap<>();
      o.forEach(x -> by.put(x.timePeriod(), x));
      List<Cell> cells =
          new ArrayList<>(List.of(Cell.rowHeader(ctx.name(a), ctx.countryHref(a, ""))));
      for (int y : years) {
        Observation x = by.get(y);
        cells.add(x == null ? Cell.num("\u2013") : numbered(x, notes));
      }
      rows.add(RowView.of(cells));
    }
    List<Block> out =
        new ArrayList<>(List.of(Block.table(new TableView(caption, null, head, rows))));
    notes.forEach((text, n) -> out.add(Block.note("[" + n + "] " + text)));
    return out;
  }

  /** A number cell whose note, if any, is numbered in {@code notes} and printed after the table. */
  private Cell numbered(Observation o, Map<String, Integer> notes) {
    String n = ctx.noteText(o);
    String t = Fmt.value(o.value(), o.unitMeasure());
    if (n == null) {
      return Cell.num(t);
    }
    int k = notes.computeIfAbsent(n, x -> notes.size() + 1);
    return new Cell(t + " [" + k + "]", null, "num flag", ctx.note(o), false);
  }

  int areaOf(Map<String, String> raw) {
    String v = raw == null ? null : raw.get("ref_area");
    return ctx.m49.resolve(v).map(M49.Area::m49).orElse(-1);
  }

  /**
   * The breakdown of a value in words ("Female, Under 18 years", "from Brazil to Paraguay"), or
   * "Total".
   */
  String disaggregation(Observation o) {
    List<String> parts = new ArrayList<>();
    String[] d = o.dimensions();
    for (int i = 0; i < d.length; i++) {
      if (!Observation.TOTAL.equals(d[i])) {
        parts.add(i == 6 ? ctx.route(d[i]) : Fmt.label(d[i]));
      }
    }
    return parts.isEmpty() ? "Total" : String.join(", ", parts);
  }

  /** The country of a raw row, linked to its profile when it has one. */
  Cell countryCell(Map<String, String> raw) {
    int a = areaOf(raw);
    String href = a > 0 ? ctx.countryHref(a, "") : null;
    return href == null ? Cell.text(countryOf(raw)) : Cell.link(countryOf(raw), href);
  }

  String countryOf(Map<String, String> raw) {
    int a = areaOf(raw);
    if (a > 0) {
      return ctx.name(a);
    }
    String v = raw == null ? null : raw.get("ref_area");
    return v == null || v.isBlank() ? "(not known)" : "(" + v.strip() + ")";
  }

  TableView findingsTable(List<FindingRecord> f, String caption, boolean withCountry) {
    List<FindingRecord> sorted =
        f.stream()
            .sorted(
                Comparator.comparing(FindingRecord::file)
                    .thenComparing(x -> x.row() == null ? 0 : x.row())
                    .thenComparing(FindingRecord::code))
            .toList();
    List<RowView> rows = new ArrayList<>();
    for (FindingRecord x : sorted) {
      List<Cell> cells = new ArrayList<>();
      if (withCountry) {
        cells.add(countryCell(x.raw()));
      }
      cells.add(Cell.text(CodeLabels.dataset(x.dataset())));
      cells.add(Cell.text(x.file() + (x.sheet() == null ? "" : " / " + x.sheet())));
      cells.add(Cell.num(x.row() == null ? "whole file" : Integer.toString(x.row())));
      cells.add(Cell.text(x.column() == null ? "" : x.column()));
      cells.add(Cell.text(x.code()));
      cells.add(Cell.text(x.severity().toLowerCase(java.util.Locale.ROOT)));
      cells.add(new Cell(x.message(), null, "wrap", null, false));
      rows.add(new RowView(cells, x.severity().equals("ERROR") ? null : "flagged"));
    }
    List<HeadCell> head = new ArrayList<>();
    if (withCountry) {
      head.add(HeadCell.text("Country"));
    }
    head.addAll(
        List.of(
            HeadCell.text("Dataset"),
            HeadCell.text("File"),
            HeadCell.num("Row"),
            HeadCell.text("Column"),
            HeadCell.text("Rule"),
            HeadCell.text("Severity"),
            HeadCell.text("Message")));
    return new TableView(caption, null, head, rows);
  }
}
