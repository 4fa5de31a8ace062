package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.model.QuarantineRow;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.ReportingStatus.Status;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.Def;
import org.sdg16.reports.page.View.Figure;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Headline;
import org.sdg16.reports.page.View.Link;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.Span;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/** The overview, country profiles, data quality and methodology pages. */
public final class OverviewPages {

  /** Series families → dataset of the contract, in the order the report shows them. */
  private static final Map<String, String> FAMILY_DATASET = new LinkedHashMap<>();

  static {
    FAMILY_DATASET.put("firearms", "firearms");
    FAMILY_DATASET.put("ccp", "ccp");
    FAMILY_DATASET.put("tip", "tip");
    FAMILY_DATASET.put("iff", "markets");
  }

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

  private final Site site;

  public OverviewPages(Site site) {
    this.site = site;
  }

  // ------------------------------------------------------------------------------ index

  public Page index() {
    var run = site.input().run();
    List<Block> b = new ArrayList<>();
    b.add(
        Block.defs(
            List.of(
                new Def("Run date", run.runDate().toString()),
                new Def("Program version", run.programVersion()),
                new Def("Snapshot", run.snapshotId()),
                new Def("Run", run.runId()),
                new Def(
                    "Coverage",
                    site.countries().size()
                        + " reporting countries, "
                        + Fmt.num(site.input().observations().size(), 0)
                        + " observations, "
                        + Fmt.num(site.input().findings().size(), 0)
                        + " findings, "
                        + Fmt.num(site.input().quarantine().size(), 0)
                        + " quarantined rows"))));
    b.add(Block.h2("headlines", "Headline figures"));
    b.add(Block.headlines(headlines()));
    b.add(
        Block.note(
            "\u25B2 increasing, \u25BC decreasing, \u25B6 no significant trend (Mann\u2013Kendall test at the 5% level)."));
    b.add(Block.h2("pages", "Pages"));
    List<Link> links = new ArrayList<>();
    links.add(
        new Link(
            "sdg-16-4-2.html",
            "SDG 16.4.2: seized arms traced",
            "World, regions, countries, trends and progress"));
    links.add(
        new Link(
            "firearms.html",
            "Firearms",
            "seizure rates, types, legal justification, ammunition, routes"));
    links.add(
        new Link(
            "port-seizures.html",
            "Port seizures",
            "Container Control Programme totals by commodity"));
    links.add(
        new Link(
            "trafficking.html",
            "Trafficking in persons",
            "detected victims, sex, age, exploitation, convictions"));
    links.add(
        new Link("iff.html", "Illicit financial flows", "experimental estimates for SDG 16.4.1"));
    links.add(
        new Link(
            "data-quality.html",
            "Data quality",
            "findings and quarantined rows by country, file and rule"));
    links.add(
        new Link(
            "methodology.html",
            "Methodology",
            "formula, unit, source and caveats of every series"));
    links.add(
        new Link("report.pdf", "Report (PDF)", "the overview, indicator pages and methodology"));
    b.add(Block.links(links));
    b.add(Block.h2("countries", "Country profiles"));
    b.add(
        Block.links(
            site.countries().stream()
                .map(a -> new Link("country/" + a + ".html", site.name(a), "M49 " + a))
                .toList()));
    b.add(Block.h2("coverage", "What the run covered"));
    b.add(
        Block.p(
            "Which countries reported each dataset for each year. "
                + Status.REPORTED.symbol()
                + " "
                + Status.REPORTED.label()
                + ", "
                + Status.PARTIAL.symbol()
                + " "
                + Status.PARTIAL.label()
                + ", "
                + Status.REJECTED.symbol()
                + " "
                + Status.REJECTED.label()
                + ", "
                + Status.NOT_REPORTED.symbol()
                + " "
                + Status.NOT_REPORTED.label()
                + "."));
    statusMatrices(b);
    return new Page(
        "index.html",
        "Overview",
        "",
        site.nav("index.html", ""),
        "SDG 16.4 indicators from national crime returns",
        "What this run computed from the returns countries "
            + "sent to UNODC: firearms trafficking and tracing (SDG 16.4.2), port seizures, trafficking in persons "
            + "(SDG 16.2.2) and experimental illicit financial flows (SDG 16.4.1).",
        false,
        b,
        site.footer());
  }

  private List<Headline> headlines() {
    List<Headline> h = new ArrayList<>();
    h.add(
        headline(
            SeriesCatalogue.VC_ARM_SZTRACE,
            "Seized arms traced (SDG 16.4.2), World",
            "sdg-16-4-2.html",
            null));
    h.add(
        headline(
            SeriesCatalogue.FA_SEIZED_R, "Arms seized per 100,000, World", "firearms.html", null));
    h.add(
        headline(
            SeriesCatalogue.TIP_DETV_R,
            "Detected victims of trafficking per 100,000, World",
            "trafficking.html",
            null));
    h.add(
        headline(
            SeriesCatalogue.CCP_SEIZED_QTY,
            "Cocaine seized by port control units",
            "port-seizures.html",
            "COCAINE"));
    h.add(
        headline(
            SeriesCatalogue.IFF_CRIME_TOTAL,
            "Illicit financial flows from crime, World (experimental)",
            "iff.html",
            null));
    return h;
  }

  private Headline headline(String series, String label, String href, String commodity) {
    ObsTable t = site.obs().series(series).area(M49.WORLD);
    t = commodity == null ? t.totals() : t.totalsExcept("commodity").by("commodity");
    List<Observation> l =
        t.list().stream()
            .filter(o -> commodity == null || commodity.equals(o.commodity()))
            .toList();
    if (l.isEmpty()) {
      boolean reported = !site.obs().series(series).national().isEmpty();
      return new Headline(
          label,
          "\u2013",
          "",
          reported
              ? "no World value: the reporting countries are too few, or hold too little of the world's population, "
                  + "for an aggregate"
              : "no data in this run",
          "",
          "flat",
          null,
          href);
    }
    Observation last = l.get(l.size() - 1);
    Optional<TrendRow> tr = site.trend(last);
    String detail = tr.map(Site::trendSummary).orElse("no trend computed");
    boolean pt = "PT".equals(last.unitMeasure());
    String value = Fmt.value(last.value(), last.unitMeasure()) + (pt ? "%" : "");
    String unit = pt ? "" : Fmt.unitLabel(last.unitMeasure());
    String cov =
        last.coverage() == null ? "" : ", coverage " + Fmt.num(100 * last.coverage(), 0) + "%";
    return new Headline(
        label,
        value,
        unit,
        last.timePeriod() + " (" + last.nCountries() + " countries" + cov + ")",
        tr.map(x -> Fmt.arrow(x.direction())).orElse(""),
        Site.arrowClass(tr.map(TrendRow::direction).orElse(null)),
        detail,
        href);
  }

  private void statusMatrices(List<Block> b) {
    List<ReportingStatus> given = site.input().run().reporting();
    Map<String, Map<Integer, Map<Integer, Status>>> by = new TreeMap<>();
    if (!given.isEmpty()) {
      for (ReportingStatus s : given) {
        by.computeIfAbsent(s.dataset(), k -> new TreeMap<>())
            .computeIfAbsent(s.refArea(), k -> new TreeMap<>())
            .put(s.year(), s.status());
      }
    } else {
      for (Map.Entry<String, String> f : FAMILY_DATASET.entrySet()) {
        List<String> codes =
            SeriesCatalogue.ALL.stream()
                .filter(s -> s.family().equals(f.getKey()))
                .map(Series::code)
                .toList();
        Map<Integer, Map<Integer, Integer>> n =
            site.obs().seriesIn(codes.toArray(new String[0])).national().countByAreaYear();
        Map<Integer, Map<Integer, Status>> m = new TreeMap<>();
        n.forEach(
            (a, ys) ->
                ys.forEach(
                    (y, c) -> m.computeIfAbsent(a, k -> new TreeMap<>()).put(y, Status.REPORTED)));
        if (!m.isEmpty()) {
          by.put(f.getValue(), m);
        }
      }
      b.add(
          Block.note(
              "Derived from the national observations: a country counts as reporting a dataset for a year "
                  + "when at least one value was computed from its return."));
    }
    if (by.isEmpty()) {
      b.add(Block.note("No country reported in this run."));
      return;
    }
    TreeSet<Integer> years = new TreeSet<>();
    by.values().forEach(m -> m.values().forEach(ys -> years.addAll(ys.keySet())));
    for (var e : by.entrySet()) {
      b.add(Block.h3("coverage-" + e.getKey(), "Dataset " + e.getKey()));
      List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Country")));
      years.forEach(y -> head.add(HeadCell.text(Integer.toString(y))));
      List<RowView> rows = new ArrayList<>();
      List<Integer> areas =
          e.getValue().keySet().stream().sorted(Comparator.comparing(site::name)).toList();
      for (int a : areas) {
        List<Cell> cells =
            new ArrayList<>(List.of(Cell.rowHeader(site.name(a), site.countryHref(a, ""))));
        for (int y : years) {
          Status s = e.getValue().get(a).getOrDefault(y, Status.NOT_REPORTED);
          cells.add(
              Cell.styled(
                  s.symbol(), "s-" + s.name().toLowerCase(java.util.Locale.ROOT), s.label()));
        }
        rows.add(RowView.of(cells));
      }
      long reported =
          e.getValue().values().stream()
              .flatMap(m -> m.values().stream())
              .filter(s -> s == Status.REPORTED || s == Status.PARTIAL)
              .count();
      b.add(
          Block.table(
              new TableView(
                  areas.size() + " countries, " + reported + " country-years reported",
                  "matrix",
                  head,
                  rows)));
    }
  }

  // ------------------------------------------------------------------------------ country profile

  public Page country(int area) {
    String rel = "../";
    List<Block> b = new ArrayList<>();
    var a = site.m49.area(area);
    StringBuilder lead = new StringBuilder("M49 code " + area);
    a.ifPresent(
        x -> {
          if (x.iso3() != null) {
            lead.append(", ISO 3166 ").append(x.iso3());
          }
          if (x.sdgRegion() != null) {
            lead.append(", SDG region: ").append(site.name(x.sdgRegion()));
          }
        });
    lead.append(".");
    ObsTable mine = site.obs().area(area).national();
    List<Figure> figs = new ArrayList<>();
    for (String s :
        List.of(
            SeriesCatalogue.VC_ARM_SZTRACE,
            SeriesCatalogue.FA_SEIZED_R,
            SeriesCatalogue.TIP_DETV_R,
            SeriesCatalogue.IFF_CRIME_TOTAL)) {
      if (!mine.series(s).totals().isEmpty()) {
        figs.add(site.figure(site.countryTimeSeries(s, area), rel));
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
                Span.of("Modelled estimates (nature M), not official statistics.")));
      }
      for (Series s : series) {
        b.add(Block.table(seriesTable(s, mine.series(s.code()))));
      }
    }
    List<FindingRecord> f = findingsByArea().getOrDefault(area, List.of());
    if (!f.isEmpty()) {
      b.add(Block.h2("findings", "Findings on this country's returns"));
      b.add(Block.table(findingsTable(f, "Findings", false)));
    }
    return new Page(
        "country/" + area + ".html",
        site.name(area),
        rel,
        site.nav("", rel),
        site.name(area),
        lead.toString(),
        false,
        b,
        site.footer());
  }

  private TableView seriesTable(Series s, ObsTable t) {
    List<Integer> years = t.years();
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text("Disaggregation")));
    years.forEach(y -> head.add(HeadCell.num(Integer.toString(y))));
    head.add(HeadCell.text("Trend"));
    head.add(HeadCell.num("Slope per year"));
    head.add(HeadCell.num("CAGR"));
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
          String n = site.note(o);
          String v = Fmt.value(o.value(), o.unitMeasure());
          cells.add(n == null ? Cell.num(v) : new Cell(v + " *", null, "num flag", n, false));
        }
      }
      TrendRow tr = site.trend(any).orElse(null);
      String unit = any.unitMeasure();
      cells.add(
          Cell.text(
              tr == null
                  ? "\u2013"
                  : tr.direction() != null
                      ? Fmt.arrow(tr.direction()) + " " + tr.direction().replace('_', ' ')
                      : tr.note() == null ? "\u2013" : tr.note().replace('_', ' ')));
      cells.add(Cell.num(tr == null ? "\u2013" : Fmt.signed(tr.theilSenSlope(), unit)));
      cells.add(Cell.num(tr == null ? "\u2013" : Fmt.rate(tr.cagr())));
      cells.add(
          Cell.text(
              tr == null || tr.progress() == null ? "\u2013" : tr.progress().replace('_', ' ')));
      rows.add(RowView.of(cells));
    }
    String unit = t.list().get(0).unitMeasure();
    String status =
        s.official()
            ? "official series"
            : "M".equals(s.nature()) ? "experimental series" : "project series";
    return new TableView(
        s.code() + ": " + s.title() + " (" + Fmt.unitLabel(unit) + "; " + status + ")",
        null,
        head,
        rows);
  }

  private static String disaggregation(Observation o) {
    List<String> parts = new ArrayList<>();
    String[] d = o.dimensions();
    for (int i = 0; i < d.length; i++) {
      if (!Observation.TOTAL.equals(d[i])) {
        parts.add(i == 6 ? "route " + d[i] : Fmt.label(d[i]));
      }
    }
    return parts.isEmpty() ? "Total" : String.join(", ", parts);
  }

  // ------------------------------------------------------------------------------ data quality

  private Map<Integer, List<FindingRecord>> findingsByArea;

  /** The findings by the country of their row (-1: not known), in their order, made once. */
  private Map<Integer, List<FindingRecord>> findingsByArea() {
    if (findingsByArea == null) {
      findingsByArea =
          site.input().findings().stream().collect(Collectors.groupingBy(x -> areaOf(x.raw())));
    }
    return findingsByArea;
  }

  private int areaOf(Map<String, String> raw) {
    String v = raw == null ? null : raw.get("ref_area");
    return site.m49.resolve(v).map(M49.Area::m49).orElse(-1);
  }

  private String countryOf(Map<String, String> raw) {
    int a = areaOf(raw);
    if (a > 0) {
      return site.name(a);
    }
    String v = raw == null ? null : raw.get("ref_area");
    return v == null || v.isBlank() ? "(not known)" : "(" + v.strip() + ")";
  }

  public Page dataQuality() {
    List<Block> b = new ArrayList<>();
    List<FindingRecord> f = site.input().findings();
    List<QuarantineRow> q = site.input().quarantine();
    long errors = f.stream().filter(x -> x.severity().equals("ERROR")).count();
    b.add(
        Block.p(
            count(f.size(), "finding")
                + " ("
                + count(errors, "error")
                + ", "
                + count(f.size() - errors, "warning")
                + ") and "
                + count(q.size(), "quarantined row or file", "quarantined rows or files")
                + ". Rows with an error are "
                + "quarantined and left out of every value; rows with a warning are kept and flagged. One bad cell never "
                + "rejects a country's whole return."));
    b.add(Block.h2("by-country", "By country and rule"));
    b.add(Block.table(countTable(f, x -> countryOf(x.raw()), "Country")));
    b.add(Block.h2("by-file", "By file and rule"));
    b.add(Block.table(countTable(f, FindingRecord::file, "File")));
    b.add(Block.h2("findings", "Every finding"));
    b.add(Block.table(findingsTable(f, "Findings with their messages", true)));
    b.add(Block.h2("quarantine", "Quarantined rows"));
    List<RowView> rows = new ArrayList<>();
    for (QuarantineRow r : q) {
      String raw =
          new TreeMap<>(r.raw())
              .entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("; "));
      String why =
          r.findings().stream()
              .map(
                  p ->
                      p.code()
                          + (p.column() == null ? "" : " [" + p.column() + "]")
                          + ": "
                          + p.message())
              .collect(Collectors.joining(" | "));
      rows.add(
          RowView.of(
              Cell.text(r.dataset()),
              Cell.text(r.sourceFile() + (r.sheet() == null ? "" : " / " + r.sheet())),
              Cell.num(r.sourceRow() == null ? "whole file" : Integer.toString(r.sourceRow())),
              Cell.text(countryOf(r.raw())),
              new Cell(raw, null, "mono wrap", null, false),
              new Cell(why, null, "wrap", null, false)));
    }
    b.add(
        Block.table(
            new TableView(
                Fmt.num(q.size(), 0) + " quarantined rows and files",
                null,
                List.of(
                    HeadCell.text("Dataset"),
                    HeadCell.text("File"),
                    HeadCell.num("Row"),
                    HeadCell.text("Country"),
                    HeadCell.text("Raw values"),
                    HeadCell.text("Why")),
                rows)));
    return new Page(
        "data-quality.html",
        "Data quality",
        "",
        site.nav("data-quality.html", ""),
        "Data quality",
        "What was wrong with the returns of this run, for the people who must correct them.",
        false,
        b,
        site.footer());
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return Fmt.num(n, 0) + " " + (n == 1 ? one : many);
  }

  private TableView countTable(
      List<FindingRecord> f, java.util.function.Function<FindingRecord, String> key, String what) {
    TreeSet<String> codes =
        f.stream().map(FindingRecord::code).collect(Collectors.toCollection(TreeSet::new));
    Map<String, Map<String, Integer>> n = new TreeMap<>();
    for (FindingRecord x : f) {
      n.computeIfAbsent(key.apply(x), k -> new TreeMap<>()).merge(x.code(), 1, Integer::sum);
    }
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text(what)));
    codes.forEach(c -> head.add(HeadCell.num(c)));
    head.add(HeadCell.num("Total"));
    List<RowView> rows = new ArrayList<>();
    n.forEach(
        (k, m) -> {
          List<Cell> cells = new ArrayList<>(List.of(Cell.rowHeader(k)));
          codes.forEach(c -> cells.add(Cell.num(m.containsKey(c) ? Fmt.num(m.get(c), 0) : "")));
          cells.add(Cell.num(Fmt.num(m.values().stream().mapToInt(Integer::intValue).sum(), 0)));
          rows.add(RowView.of(cells));
        });
    return new TableView(
        "Number of findings by " + what.toLowerCase(java.util.Locale.ROOT) + " and rule",
        null,
        head,
        rows);
  }

  private TableView findingsTable(List<FindingRecord> f, String caption, boolean withCountry) {
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
        cells.add(Cell.text(countryOf(x.raw())));
      }
      cells.add(Cell.text(x.dataset()));
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

  // ------------------------------------------------------------------------------ methodology

  private static final Map<String, String> SOURCE =
      Map.of(
          "firearms", "UNODC Illicit Arms Flows Questionnaire (revised 2018), national returns",
          "ccp",
              "UNODC\u2013WCO Container Control Programme, seizure records of port control units",
          "tip", "UNODC data collection on trafficking in persons, national returns",
          "iff",
              "Analyst-supplied illicit market estimates (quantities and prices), UNODC\u2013UNCTAD framework");

  private static String caveat(Series s) {
    List<String> c = new ArrayList<>();
    if (s.official()) {
      c.add("Official SDG series, exported as SDMX for the SDG Global Database.");
    } else if ("M".equals(s.nature())) {
      c.add(
          "Experimental (nature M): modelled from market estimates; no official global series exists.");
    } else {
      c.add("Project series computed by sdg16; not official SDG data.");
    }
    switch (s.code()) {
      case SeriesCatalogue.VC_ARM_SZTRACE ->
          c.add(
              "The denominator is the sum of the parts reported; a combined SEIZED_FOUND_SURRENDERED "
                  + "figure wins over the parts. When FOUND or SURRENDERED is not reported the value is still published with a "
                  + "comment saying which parts the denominator covers. Not published when the denominator is 0 or missing; "
                  + "TRACED above the denominator is a validation error.");
      case SeriesCatalogue.FA_TYPE_SHARE ->
          c.add("Only countries that break seizures down by type; UNKNOWN counts in the sum.");
      case SeriesCatalogue.FA_TRAFFICKING_SHARE, SeriesCatalogue.FA_POSSESSION_SHARE ->
          c.add("Legal justification is not criminal context.");
      case SeriesCatalogue.FA_ROUTE ->
          c.add("Significant individual cases only, not all seizures.");
      case SeriesCatalogue.CCP_SEIZED_QTY ->
          c.add(
              "Summed only within one unit of measure; tonnes and grams converted to kg on ingest.");
      case SeriesCatalogue.TIP_DETV_R, SeriesCatalogue.VC_HTF_DETV ->
          c.add("Detected victims reflect detection effort as much as prevalence.");
      case SeriesCatalogue.IFF_CRIME_TOTAL ->
          c.add("Gross: inward plus outward, never netted. Seizures are never counted as flows.");
      default -> {}
    }
    switch (s.kind()) {
      case COUNT ->
          c.add(
              "Aggregates are sums over the reporting countries, published only above the thresholds; "
                  + "below them a sum is kept in the data files as a project reported total, never shown as a regional value.");
      case RATIO ->
          c.add("Aggregates pool numerators and denominators over countries reporting both.");
      case RATE ->
          c.add(
              "Aggregates are \u03A3 counts / \u03A3 population of reporting countries \u00D7 100,000.");
      default -> {}
    }
    return String.join(" ", c);
  }

  public Page methodology() {
    List<Block> b = new ArrayList<>();
    b.add(Block.h2("series", "Series"));
    for (Series s : SeriesCatalogue.ALL) {
      b.add(Block.h3(s.code(), s.code() + ": " + s.title()));
      String unit =
          s.unitMeasure().equals("CANONICAL_UNIT")
              ? "canonical unit of the commodity (kg, pieces, containers, items or litres)"
              : Fmt.unitLabel(s.unitMeasure()) + " (" + s.unitMeasure() + ")";
      b.add(
          Block.defs(
              List.of(
                  new Def("Formula", s.formula()),
                  new Def("Unit", unit),
                  new Def("Indicator", "SDG " + s.indicator() + "; methodology " + s.section()),
                  new Def(
                      "Status",
                      s.official()
                          ? "official"
                          : "M".equals(s.nature()) ? "experimental (nature M)" : "project series"),
                  new Def("Source", SOURCE.getOrDefault(s.family(), "national returns")),
                  new Def("Caveats", caveat(s)))));
    }
    b.add(Block.h2("aggregates", "Regional and World aggregates"));
    b.add(
        Block.p(
            "An aggregate, whether a count, a ratio, a share or a rate, is published only when at least "
                + "min_countries countries report (default 3) and they hold at least min_coverage of the region's population "
                + "(default 50%), measured against every member country of the region with a population in the World Bank "
                + "series or the configured population file. Below either threshold a count is kept in the data files as a "
                + "project reported total (status U, never an official figure or a headline) and a ratio, share or rate is "
                + "not computed. Counts are summed over reporting countries. "
                + "Ratios and percentages are pooled: \u03A3 numerators / \u03A3 denominators over countries that report both, "
                + "never an average of country ratios. Rates per 100,000 are \u03A3 counts / \u03A3 population of the reporting "
                + "countries \u00D7 100,000. Every aggregate carries the number of countries and the coverage (population of "
                + "reporting countries / population of the region's member countries); its status is the least reliable status of "
                + "its members. Trends of an aggregate use the constant panel of countries that report in every year it is "
                + "published; when that panel fails a threshold there is no trend. Missing countries are never imputed."));
    b.add(Block.h2("trends", "Trends and progress"));
    b.add(
        Block.p(
            "For every series, area and disaggregation with at least three observed years (gaps allowed, never "
                + "filled) the pipeline computes the compound annual growth rate, the log-linear growth rate with its 95% "
                + "interval, the Theil\u2013Sen slope (median of pairwise slopes) with its 95% interval, and the Mann\u2013Kendall "
                + "test; the direction is increasing, decreasing or no significant trend at the 5% level. The trend line drawn "
                + "in the charts is Sen's line: intercept + slope \u00D7 year."));
    b.add(
        Block.p(
            "Progress categories use the Statistics Canada method of Open SDG, with base year 2015 (or the first "
                + "year with data after it), only for series with a desired direction (more tracing is better; seizures and "
                + "detected victims have none): on track, progress made but acceleration needed, limited progress, "
                + "deterioration, target achieved, or unable to assess."));
    b.add(
        Block.warning(
            Span.strong("Not applied: "),
            Span.of(
                "the Statistics Canada method's scaling of the thresholds "
                    + "near natural limits (percentages close to 100) is not applied. A percentage series close to 100% can "
                    + "therefore be classed as limited progress where the method with scaling would call it on track.")));
    b.add(Block.h2("conventions", "Conventions"));
    b.add(
        Block.p(
            "The reference period is the calendar year. Areas are UN M49 codes. Missing is never zero: a blank "
                + "value is not reported and never enters a sum; a ratio with a zero or missing denominator is not published. "
                + "Observation status uses the SDMX OBS_STATUS codes (A normal, B break, E estimated, P provisional, "
                + "U low reliability, Q suppressed); values with any status other than A, or with a comment, are marked "
                + "with a footnote in charts and with an asterisk in tables."));
    return new Page(
        "methodology.html",
        "Methodology",
        "",
        site.nav("methodology.html", ""),
        "Methodology",
        "Formula, unit, source and caveats of every series the report shows.",
        false,
        b,
        site.footer());
  }
}
