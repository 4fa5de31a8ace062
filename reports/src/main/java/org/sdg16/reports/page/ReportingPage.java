package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.ReportingStatus.Status;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The reporting-status page: who reported which dataset for which years, when they submitted it,
 * the response rate by dataset and by SDG region, and, per series, the gaps with their reason (not
 * reported, return rejected, rows quarantined, or a return without the inputs of the series).
 */
final class ReportingPage extends PageParts {

  static final String FILE = "reporting.html";

  /** The datasets of the contract (§1), in its order. */
  private static final List<String> DATASET_ORDER =
      org.sdg16.schemas.dataset.Datasets.ALL.stream()
          .map(org.sdg16.schemas.dataset.DatasetSchema::name)
          .toList();

  /** Why a country-year of a series a country reports has no value. */
  enum Gap {
    NOT_REPORTED("Not reported", "no return for the year"),
    REJECTED("Return rejected", "every row of the year's return quarantined (see data quality)"),
    QUARANTINED("Rows quarantined", "return received, some of its rows quarantined"),
    NO_VALUE(
        "No value computed",
        "return received without the inputs of this series, or a ratio withheld because its "
            + "denominator is missing or zero");

    final String heading;
    final String label;

    Gap(String heading, String label) {
      this.heading = heading;
      this.label = label;
    }

    static Gap of(Status s) {
      return switch (s) {
        case NOT_REPORTED -> NOT_REPORTED;
        case REJECTED -> REJECTED;
        case PARTIAL -> QUARANTINED;
        case REPORTED -> NO_VALUE;
      };
    }
  }

  /** The run's statuses: dataset → country → year → status, and the submission dates. */
  record Statuses(
      Map<String, Map<Integer, Map<Integer, ReportingStatus>>> by,
      TreeSet<Integer> years,
      boolean derived) {

    /**
     * The years a dataset covers: from the first to the last year any country reported it or sent a
     * return that was rejected (a year with only a rejected return is still a year asked for).
     */
    TreeSet<Integer> years(String dataset) {
      TreeSet<Integer> ys = new TreeSet<>();
      by.getOrDefault(dataset, Map.of())
          .values()
          .forEach(
              m ->
                  m.forEach(
                      (y, r) -> {
                        if (reported(r.status()) || r.status() == Status.REJECTED) {
                          ys.add(y);
                        }
                      }));
      TreeSet<Integer> span = new TreeSet<>();
      if (!ys.isEmpty()) {
        for (int y = ys.first(); y <= ys.last(); y++) {
          span.add(y);
        }
      }
      return span;
    }

    Status status(String dataset, int area, int year) {
      ReportingStatus s = by.getOrDefault(dataset, Map.of()).getOrDefault(area, Map.of()).get(year);
      return s == null ? Status.NOT_REPORTED : s.status();
    }

    static boolean reported(Status s) {
      return s == Status.REPORTED || s == Status.PARTIAL;
    }
  }

  ReportingPage(PageContext ctx) {
    super(ctx);
  }

  /**
   * The statuses the run recorded or, for an input without them, derived from the national
   * observations (a country reported a dataset for a year when a value was computed from it).
   */
  static Statuses statuses(PageContext ctx) {
    Map<String, Map<Integer, Map<Integer, ReportingStatus>>> by = new TreeMap<>();
    List<ReportingStatus> given = ctx.input().run().reporting();
    for (ReportingStatus s : given) {
      by.computeIfAbsent(s.dataset(), k -> new TreeMap<>())
          .computeIfAbsent(s.refArea(), k -> new TreeMap<>())
          .put(s.year(), s);
    }
    if (given.isEmpty()) {
      for (Map.Entry<String, String> f : FAMILY_DATASET.entrySet()) {
        ctx.obs()
            .seriesIn(codes(f.getKey()))
            .national()
            .countByAreaYear()
            .forEach(
                (a, ys) ->
                    ys.keySet()
                        .forEach(
                            y ->
                                by.computeIfAbsent(f.getValue(), k -> new TreeMap<>())
                                    .computeIfAbsent(a, k -> new TreeMap<>())
                                    .put(
                                        y,
                                        new ReportingStatus(
                                            f.getValue(), a, y, Status.REPORTED, null))));
      }
    }
    TreeSet<Integer> years = new TreeSet<>();
    by.values().forEach(m -> m.values().forEach(ys -> years.addAll(ys.keySet())));
    // datasets in the contract's order, as the other pages show them
    Map<String, Map<Integer, Map<Integer, ReportingStatus>>> ordered =
        new java.util.LinkedHashMap<>();
    by.keySet().stream()
        .sorted(
            Comparator.comparingInt(
                d -> DATASET_ORDER.contains(d) ? DATASET_ORDER.indexOf(d) : DATASET_ORDER.size()))
        .forEach(d -> ordered.put(d, by.get(d)));
    return new Statuses(ordered, years, given.isEmpty());
  }

  private static String[] codes(String family) {
    return SeriesCatalogue.ALL.stream()
        .filter(s -> s.family().equals(family))
        .map(Series::code)
        .toArray(String[]::new);
  }

  Page render() {
    Statuses st = statuses(ctx);
    List<Block> b = new ArrayList<>();
    if (st.by().isEmpty()) {
      b.add(Block.note("No country reported in this run."));
      return page(FILE, "Reporting status", lead(), false, b);
    }
    if (st.derived()) {
      b.add(
          Block.note(
              "Derived from the national observations: a country counts as reporting a dataset for a "
                  + "year when at least one value was computed from its return."));
    }
    b.add(Block.h2("datasets", "Response by dataset"));
    b.add(Block.table(responseTable(ctx, st)));
    b.add(Block.h2("regions", "Response rate by SDG region"));
    b.add(Block.table(regionTable(st)));
    b.add(Block.h2("returns", "Returns received"));
    b.add(
        Block.p(
            "Which countries reported each dataset for each year. "
                + java.util.Arrays.stream(Status.values())
                    .map(s -> s.symbol() + " " + s.label())
                    .collect(Collectors.joining(", "))
                + "."));
    for (var e : st.by().entrySet()) {
      b.add(Block.h3("returns-" + e.getKey(), CodeLabels.dataset(e.getKey())));
      b.addAll(mapIfAny(maps.reporting("reporting-" + e.getKey() + "-map", e.getKey(), st)));
      b.add(Block.table(matrix(e.getKey(), e.getValue(), st.years(e.getKey()))));
      b.add(Block.table(returns(e.getKey(), e.getValue())));
    }
    b.add(Block.h2("series", "Reporting by series"));
    b.add(
        Block.p(
            "For each series: the countries with at least one value, and the years of the run in which "
                + "such a country has none, by reason. A country that never reported a series is not "
                + "counted among its gaps."));
    List<String[]> gaps = new ArrayList<>();
    b.add(Block.table(seriesTable(st, gaps)));
    b.add(Block.h2("gaps", "Gaps and their reasons"));
    if (gaps.isEmpty()) {
      b.add(Block.note("No gaps: every country has a value for every year of its series."));
    } else {
      b.add(
          Block.p(
              java.util.Arrays.stream(Gap.values())
                      .map(g -> g.heading + ": " + g.label)
                      .collect(Collectors.joining("; "))
                  + "."));
      List<HeadCell> head =
          new ArrayList<>(List.of(HeadCell.text("Series"), HeadCell.text("Country")));
      for (Gap g : Gap.values()) {
        head.add(HeadCell.text(g.heading));
      }
      List<RowView> rows = new ArrayList<>();
      for (String[] g : gaps) {
        int area = Integer.parseInt(g[1]);
        List<Cell> cells =
            new ArrayList<>(
                List.of(
                    Cell.rowHeader(g[0]), Cell.link(ctx.name(area), ctx.countryHref(area, ""))));
        for (int i = 2; i < g.length; i++) {
          cells.add(Cell.text(g[i]));
        }
        rows.add(RowView.of(cells));
      }
      b.add(
          Block.table(
              new TableView(
                  "Years without a value, by series and country, and why", null, head, rows)));
    }
    return page(FILE, "Reporting status", lead(), false, b);
  }

  private static String lead() {
    return "Which countries reported which datasets and years, when they submitted them, the response "
        + "rate by dataset and region, and why a series has no value where it has none.";
  }

  /**
   * The reporting status per dataset: how many countries reported, the latest year reported, and
   * the response rate, the country-years reported as a share of the run's countries × the years the
   * run covers (the countries asked are not known to the program: the run's countries stand in for
   * them, and the caption says so).
   */
  static TableView responseTable(PageContext ctx, Statuses st) {
    int countries = ctx.countries().size();
    List<RowView> rows = new ArrayList<>();
    for (var e : st.by().entrySet()) {
      long reported = 0;
      long partial = 0;
      long rejected = 0;
      int latest = Integer.MIN_VALUE;
      int reporting = 0;
      for (Map<Integer, ReportingStatus> ys : e.getValue().values()) {
        boolean any = false;
        for (ReportingStatus y : ys.values()) {
          rejected += y.status() == Status.REJECTED ? 1 : 0;
          if (Statuses.reported(y.status())) {
            reported++;
            partial += y.status() == Status.PARTIAL ? 1 : 0;
            latest = Math.max(latest, y.year());
            any = true;
          }
        }
        reporting += any ? 1 : 0;
      }
      TreeSet<Integer> years = st.years(e.getKey());
      long asked = (long) countries * years.size();
      rows.add(
          RowView.of(
              Cell.rowHeader(CodeLabels.dataset(e.getKey())),
              Cell.text(years.isEmpty() ? "\u2013" : ReportingPage.years(List.copyOf(years))),
              Cell.num(Integer.toString(reporting)),
              Cell.num(latest == Integer.MIN_VALUE ? "\u2013" : Integer.toString(latest)),
              Cell.num(Fmt.num(reported, 0)),
              Cell.num(Fmt.num(partial, 0)),
              Cell.num(Fmt.num(rejected, 0)),
              Cell.num(asked == 0 ? "\u2013" : Fmt.num(100.0 * reported / asked, 0) + "%")));
    }
    return new TableView(
        "Reporting status by dataset (response rate: country-years reported out of the "
            + Fmt.count(countries, "country", "countries")
            + " of this run \u00D7 the years the dataset covers)",
        null,
        List.of(
            HeadCell.text("Dataset"),
            HeadCell.text("Years covered"),
            HeadCell.num("Countries reporting"),
            HeadCell.num("Latest year"),
            HeadCell.num("Country-years reported"),
            HeadCell.num("of which with rows quarantined"),
            HeadCell.num("Country-years rejected"),
            HeadCell.num("Response rate")),
        rows);
  }

  /** Per SDG region and dataset: country-years reported out of the region's countries × years. */
  private TableView regionTable(Statuses st) {
    Map<String, List<Integer>> byRegion = new TreeMap<>();
    for (int a : ctx.countries()) {
      String region = ctx.m49.area(a).map(M49.Area::sdgRegion).map(ctx::name).orElse("Other areas");
      byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(a);
    }
    List<HeadCell> head =
        new ArrayList<>(List.of(HeadCell.text("SDG region"), HeadCell.num("Countries")));
    st.by().keySet().forEach(d -> head.add(HeadCell.num(CodeLabels.dataset(d))));
    List<RowView> rows = new ArrayList<>();
    byRegion.forEach(
        (region, areas) -> {
          List<Cell> cells =
              new ArrayList<>(
                  List.of(Cell.rowHeader(region), Cell.num(Integer.toString(areas.size()))));
          for (String d : st.by().keySet()) {
            long reported = 0;
            TreeSet<Integer> years = st.years(d);
            for (int a : areas) {
              for (int y : years) {
                reported += Statuses.reported(st.status(d, a, y)) ? 1 : 0;
              }
            }
            long asked = (long) areas.size() * years.size();
            cells.add(
                asked == 0
                    ? Cell.num("\u2013")
                    : Cell.num(
                        Fmt.num(100.0 * reported / asked, 0)
                            + "% ("
                            + Fmt.num(reported, 0)
                            + " of "
                            + Fmt.num(asked, 0)
                            + ")"));
          }
          rows.add(RowView.of(cells));
        });
    return new TableView(
        "Response rate by SDG region: country-years reported out of the region's countries in this run "
            + "\u00D7 the years the dataset covers",
        null,
        head,
        rows);
  }

  private TableView matrix(
      String dataset, Map<Integer, Map<Integer, ReportingStatus>> m, TreeSet<Integer> years) {
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Country")));
    years.forEach(y -> head.add(HeadCell.text(Integer.toString(y))));
    List<RowView> rows = new ArrayList<>();
    long reported = 0;
    for (int a : byName(m.keySet())) {
      List<Cell> cells =
          new ArrayList<>(List.of(Cell.rowHeader(ctx.name(a), ctx.countryHref(a, ""))));
      for (int y : years) {
        ReportingStatus r = m.get(a).get(y);
        Status s = r == null ? Status.NOT_REPORTED : r.status();
        reported += Statuses.reported(s) ? 1 : 0;
        cells.add(Cell.styled(s.symbol(), "s-" + s.name().toLowerCase(Locale.ROOT), s.label()));
      }
      rows.add(RowView.of(cells));
    }
    return new TableView(
        CodeLabels.dataset(dataset)
            + ": "
            + Fmt.count(m.size(), "country", "countries")
            + ", "
            + Fmt.count(reported, "country-year", "country-years")
            + " reported",
        "matrix",
        head,
        rows);
  }

  /** Per country: the years reported, the latest submission, the years with rows quarantined. */
  private TableView returns(String dataset, Map<Integer, Map<Integer, ReportingStatus>> m) {
    List<RowView> rows = new ArrayList<>();
    boolean dates = false;
    for (int a : byName(m.keySet())) {
      List<Integer> reported = new ArrayList<>();
      List<Integer> partial = new ArrayList<>();
      List<Integer> rejected = new ArrayList<>();
      String latest = null;
      for (ReportingStatus r : m.get(a).values()) {
        if (Statuses.reported(r.status())) {
          reported.add(r.year());
        }
        if (r.status() == Status.PARTIAL) {
          partial.add(r.year());
        }
        if (r.status() == Status.REJECTED) {
          rejected.add(r.year());
        }
        if (r.submittedOn() != null && (latest == null || r.submittedOn().compareTo(latest) > 0)) {
          latest = r.submittedOn();
        }
      }
      dates |= latest != null;
      rows.add(
          RowView.of(
              Cell.rowHeader(ctx.name(a), ctx.countryHref(a, "")),
              Cell.text(years(reported)),
              Cell.text(latest == null ? "\u2013" : latest),
              Cell.text(years(partial)),
              Cell.text(years(rejected))));
    }
    return new TableView(
        CodeLabels.dataset(dataset)
            + ": returns by country"
            + (dates ? "" : " (these records carry no submission date in this run)"),
        null,
        List.of(
            HeadCell.text("Country"),
            HeadCell.text("Years reported"),
            HeadCell.text("Latest submission"),
            HeadCell.text("Years with rows quarantined"),
            HeadCell.text("Years rejected")),
        rows);
  }

  /**
   * Per series: countries with a value, their country-years, and the gaps by reason; the gaps
   * themselves go to {@code gaps} as (series, country, years, reason), grouped by reason.
   */
  private TableView seriesTable(Statuses st, List<String[]> gaps) {
    List<RowView> rows = new ArrayList<>();
    for (Map.Entry<String, String> f : FAMILY_DATASET.entrySet()) {
      for (String code : codes(f.getKey())) {
        String dataset = datasetOf(code);
        Map<Integer, Map<Integer, Integer>> n = ctx.obs().series(code).national().countByAreaYear();
        if (n.isEmpty()) {
          continue;
        }
        // the years of the run for this dataset (a dataset may cover fewer years than another)
        TreeSet<Integer> years = st.years(dataset);
        n.values().forEach(m -> years.addAll(m.keySet()));
        String label = SeriesCatalogue.byCode(code).map(Series::shortTitle).orElse(code);
        long values = 0;
        Map<Gap, Long> count = new java.util.EnumMap<>(Gap.class);
        for (int a : byName(n.keySet())) {
          Map<Gap, List<Integer>> of = new java.util.EnumMap<>(Gap.class);
          for (int y : years) {
            if (n.get(a).containsKey(y)) {
              values++;
            } else {
              of.computeIfAbsent(Gap.of(st.status(dataset, a, y)), k -> new ArrayList<>()).add(y);
            }
          }
          if (!of.isEmpty()) {
            String[] row = new String[2 + Gap.values().length];
            row[0] = label;
            row[1] = Integer.toString(a);
            for (Gap g : Gap.values()) {
              List<Integer> ys = of.getOrDefault(g, List.of());
              count.merge(g, (long) ys.size(), Long::sum);
              row[2 + g.ordinal()] = ys.isEmpty() ? "" : years(ys);
            }
            gaps.add(row);
          }
        }
        List<Cell> cells =
            new ArrayList<>(
                List.of(
                    Cell.rowHeader(label),
                    Cell.text(CodeLabels.dataset(dataset)),
                    Cell.num(Integer.toString(n.size())),
                    Cell.num(Fmt.num(values, 0))));
        for (Gap g : Gap.values()) {
          cells.add(Cell.num(Fmt.num(count.getOrDefault(g, 0L), 0)));
        }
        rows.add(RowView.of(cells));
      }
    }
    List<HeadCell> head =
        new ArrayList<>(
            List.of(
                HeadCell.text("Series"),
                HeadCell.text("Dataset"),
                HeadCell.num("Countries with a value"),
                HeadCell.num("Country-years with a value")));
    for (Gap g : Gap.values()) {
      head.add(HeadCell.num("Gaps: " + g.heading.toLowerCase(Locale.ROOT)));
    }
    return new TableView(
        "Series reported (gaps: years of the dataset without a value, for the countries with one)",
        null,
        head,
        rows);
  }

  private List<Integer> byName(java.util.Collection<Integer> areas) {
    return areas.stream().sorted(Comparator.comparing(ctx::name)).toList();
  }

  /** Years as runs: {@code 2015–2019, 2021}; a dash for none. */
  static String years(List<Integer> years) {
    if (years.isEmpty()) {
      return "\u2013";
    }
    List<Integer> ys = new ArrayList<>(new TreeSet<>(years));
    StringBuilder out = new StringBuilder();
    int start = ys.get(0);
    int prev = start;
    for (int i = 1; i <= ys.size(); i++) {
      if (i < ys.size() && ys.get(i) == prev + 1) {
        prev = ys.get(i);
        continue;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(start == prev ? Integer.toString(start) : start + "\u2013" + prev);
      if (i < ys.size()) {
        start = ys.get(i);
        prev = start;
      }
    }
    return out.toString();
  }
}
