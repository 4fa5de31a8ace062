package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.Span;
import org.sdg16.schemas.series.SeriesCatalogue;

/** The illicit financial flows page: experimental estimates for SDG 16.4.1 (methodology §4). */
final class IffPage extends PageParts {

  IffPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            Span.of(
                "SDG 16.4.1 asks for the total value of inward and outward illicit financial flows. No global "
                    + "series exists yet. Following the UNODC\u2013UNCTAD conceptual framework (2020), the pipeline computes the "
                    + "crime-related part from analyst-supplied market estimates: inward flows are the income from exports of "
                    + "illicit goods, outward flows the payments for imports; the total is gross, never netted. Seizures are "
                    + "never counted as flows. "),
            Span.link("Methodology", "methodology.html#" + SeriesCatalogue.IFF_CRIME_TOTAL)));
    ChartSpec w =
        charts.regionalLines(
            "iff-total-regions",
            SeriesCatalogue.IFF_CRIME_TOTAL,
            "Illicit financial flows from crime, gross (experimental)",
            true);
    b.add(Block.h2("world", "World and regions"));
    if (!w.isEmpty()) {
      b.add(Block.figure(ctx.figure(w, "")));
    }
    b.add(
        Block.note(
            "A World or regional total is a sum over the countries with an estimate, so it is drawn only "
                + "where the same countries have one in every year: otherwise a line would show countries "
                + "entering the estimates, not flows changing."
                + (w.isEmpty()
                    ? " No region has the same countries in every year in this run."
                    : "")));
    b.add(
        Block.note(
            "Some countries have an estimate of inward flows only, or of outward flows only, in some "
                + "years: such a year's total covers that direction only. It is marked in the table "
                + "below, each mark explained under it, and a chart draws it as a point, never joined "
                + "by a line to a year of the other direction; compare a country's years only where "
                + "their marks agree."));
    b.add(Block.h2("countries", "Inward and outward flows by country"));
    ChartSpec io =
        charts.latestBars(
            "iff-in-out",
            "Inward and outward illicit financial flows from crime (experimental)",
            Kind.BAR,
            "USD",
            "iff",
            "Area (latest year)",
            List.of(
                charts.seriesPart(
                    SeriesCatalogue.IFF_CRIME_IN, "Inward", "cat:" + SeriesCatalogue.IFF_CRIME_IN),
                charts.seriesPart(
                    SeriesCatalogue.IFF_CRIME_OUT,
                    "Outward",
                    "cat:" + SeriesCatalogue.IFF_CRIME_OUT)));
    b.add(figureOr(io, "illicit financial flow estimates"));
    b.addAll(
        yearTable(
            SeriesCatalogue.IFF_CRIME_TOTAL,
            "Gross illicit financial flows from crime (current US dollars), by country and year"));
    b.add(
        Block.note(
            "Every value keeps the source of its prices with it in the exported observations."));
    b.add(MetadataPage.linkFor(SeriesCatalogue.IFF_CRIME_TOTAL));
    return page(
        "iff.html", "SDG 16.4.1: illicit financial flows from crime (experimental)", null, true, b);
  }
}
