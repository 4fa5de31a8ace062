package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sdg16.reports.data.ObsTable;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Def;
import org.sdg16.reports.page.View.Headline;
import org.sdg16.reports.page.View.Link;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.Span;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The overview page: the run, the headline World figures with their trends (methodology §6), links
 * to the other pages and country profiles, and which countries reported each dataset each year.
 */
final class IndexPage extends PageParts {

  IndexPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    var run = ctx.input().run();
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
                    Fmt.count(ctx.countries().size(), "reporting country", "reporting countries")
                        + ", "
                        + Fmt.count(
                            ctx.input().observations().size(), "observation", "observations")
                        + ", "
                        + Fmt.count(ctx.input().findings().size(), "finding", "findings")
                        + ", "
                        + Fmt.count(
                            ctx.input().quarantine().size(),
                            "quarantined row",
                            "quarantined rows")))));
    b.add(Block.h2("headlines", "Headline figures"));
    List<Headline> hs = headlines();
    b.add(Block.headlines(hs));
    // the key of the arrows, where an arrow is shown
    if (hs.stream().anyMatch(h -> h.arrow() != null && !h.arrow().isEmpty())) {
      b.add(
          Block.note(
              "\u25B2 increasing, \u25BC decreasing, \u25B6 no significant trend (Mann\u2013Kendall test at the 5% level)."));
    }
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
            ReportingPage.FILE,
            "Reporting status",
            "who reported which years, response rates, gaps and their reasons"));
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
        new Link(
            "report.pdf",
            "Report (PDF)",
            "the overview, indicator pages, reporting status and methodology"));
    b.add(Block.links(links));
    b.add(Block.h2("countries", "Country profiles"));
    // grouped by SDG region, regions and countries by name
    for (View.Region r : ctx.regions()) {
      b.add(Block.h3(r.id(), r.name()));
      b.add(
          Block.links(
              r.countries().stream()
                  .map(c -> new Link(c.file(), c.name(), "M49 " + c.m49()))
                  .toList()));
    }
    b.add(Block.h2("coverage", "What the run covered"));
    ReportingPage.Statuses st = ReportingPage.statuses(ctx);
    if (st.by().isEmpty()) {
      b.add(Block.note("No country reported in this run."));
    } else {
      b.add(Block.table(ReportingPage.responseTable(ctx, st)));
      b.add(
          Block.p(
              Span.of(
                  "Who reported which years, submission dates, response by region and the gaps "
                      + "of every series: "),
              Span.link("reporting status", ReportingPage.FILE),
              Span.of(".")));
    }
    return new Page(
        "index.html",
        "Overview",
        "",
        ctx.nav("index.html", ""),
        "SDG 16.4 indicators from national crime returns",
        "What this run computed from the returns countries "
            + "sent to UNODC: firearms trafficking and tracing (SDG 16.4.2), port seizures, trafficking in persons "
            + "(SDG 16.2.2) and experimental illicit financial flows (SDG 16.4.1).",
        false,
        b,
        ctx.footer());
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
    ObsTable t = ctx.obs().series(series).area(M49.WORLD);
    t = commodity == null ? t.totals() : t.totalsExcept("commodity").by("commodity");
    List<Observation> l =
        t.list().stream()
            .filter(o -> commodity == null || commodity.equals(o.commodity()))
            // a reported total (too few countries for an aggregate, methodology §5) is never a
            // headline
            .filter(o -> !o.reportedTotal())
            .toList();
    if (l.isEmpty()) {
      boolean reported = !ctx.obs().series(series).national().isEmpty();
      boolean summed =
          SeriesCatalogue.byCode(series).map(x -> x.kind() == Series.Kind.COUNT).orElse(false);
      return new Headline(
          label,
          "\u2013",
          "",
          !reported
              ? "no data in this run."
              : summed
                  ? "no World value: the countries that report are too few, or hold too little of the "
                      + "world's population, for a World total; the sum over them is on its page."
                  : "no World value: the reporting countries are too few, or hold too little of the "
                      + "world's population, for an aggregate.",
          "",
          "flat",
          null,
          href);
    }
    Observation last = l.get(l.size() - 1);
    Optional<TrendRow> tr = ctx.trend(last);
    String detail = tr.map(ProgressParts::summary).orElse("no trend computed");
    boolean pt = "PT".equals(last.unitMeasure());
    String value = Fmt.value(last.value(), last.unitMeasure()) + (pt ? "%" : "");
    String unit = pt ? "" : Fmt.unitLabel(last.unitMeasure());
    String cov =
        last.coverage() == null ? "" : ", coverage " + Fmt.num(100 * last.coverage(), 0) + "%";
    return new Headline(
        label,
        value,
        unit,
        last.timePeriod() + " (" + Fmt.count(last.nCountries(), "country", "countries") + cov + ")",
        tr.map(x -> Fmt.arrow(x.direction())).orElse(""),
        arrowClass(tr.map(TrendRow::direction).orElse(null)),
        detail,
        href);
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
}
