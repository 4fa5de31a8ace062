package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Def;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.Span;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The methodology page: formula, unit, source and caveats of every series in the catalogue, and how
 * aggregates (methodology §5) and trends (§6) are made.
 */
final class MethodologyPage extends PageParts {

  MethodologyPage(PageContext ctx) {
    super(ctx);
  }

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
          c.add(
              "Only countries that break seizures down by type; arms of unknown type count in the sum.");
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

  Page render() {
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
            "Progress is assessed only for series with a desired direction (more tracing is better; seizure counts "
                + "and detected victims have none), by each configured method (configuration key progress.methods; all four "
                + "by default), from base year 2015 or the first year with data after it, towards 2030. Each method has its "
                + "own categories and symbols; the tables give the category, the measure it classified with its unit, and "
                + "the years it compares. For a percentage or a ratio no growth rate is computed: every method uses the "
                + "change in percentage points a year instead. A method that lacks the points it needs does not assess "
                + "the series; where its note is silent it needs at least 3 points spanning 3 years."));
    b.add(
        Block.defs(
            List.of(
                new Def(
                    "Statistics Canada / Open SDG",
                    "The compound annual growth rate (CAGR) from the base year to the latest year, times +1 when an "
                        + "increase is desired and \u22121 otherwise. Without a target: \u2265 1.5% a year substantial "
                        + "progress, 0.5\u20131.5% moderate progress (progress made but acceleration needed), 0\u20130.5% "
                        + "limited progress, below 0 deterioration. With a target: the ratio of the observed to the required "
                        + "growth rate, \u2265 95%, 60\u201395%, 0\u201360%, below 0. Source: Open SDG, Progress "
                        + "measurement methodology."),
                new Def(
                    "UN Progress Chart",
                    "The UN Statistics Division's SDG Progress Chart (technical note 2023): the CAGR from the base year "
                        + "to the latest year. With a target, the value expected in 2030 if that rate goes on, as a share of "
                        + "the change needed: \u2265 0.95 on track or target met (green), 0.10\u20130.95 fair progress "
                        + "but acceleration needed (yellow), below 0.10 stagnation or regression (red). Without a target: "
                        + "\u2265 2% a year on track, 0.5\u20132% fair progress, below 0.5% stagnation or "
                        + "regression. The formulas and thresholds are those of EUSTAT's reproduction of the 2023 "
                        + "technical note, whose own text could not be read."),
                new Def(
                    "Eurostat long-term and short-term",
                    "Eurostat's SDG monitoring report: the annual change over the last 15 years (long-term) and the last "
                        + "5 years (short-term), between the first and last observed years of the period. Without a "
                        + "target: \u2265 1% a year significant progress (\u2191), 0\u20131% moderate progress (\u2197), "
                        + "0 to \u22121% moderate movement away (\u2198), \u2264 \u22121% significant movement away "
                        + "(\u2193). With a target: the observed change as a share of the change required to reach it, "
                        + "\u2265 95%, 60\u201395%, 0\u201360%, below 0. The annex itself could not be read: the "
                        + "thresholds are to be checked against it."),
                new Def(
                    "ESCAP anticipated progress and current status",
                    "ESCAP's Anticipated Progress Index (Asia and the Pacific SDG Progress Report): the value expected in "
                        + "the target year from a regression that weighs recent years more, as a share of the change "
                        + "needed from the base year to the target: \u2265 1 maintain progress (green), 0\u20131 "
                        + "accelerate progress (yellow), below 0 reverse trend (red). ESCAP's Current Status Index: the "
                        + "change from the base year to the latest year as a share of the change needed, 1 once the "
                        + "target is met: above 0 progress made since the base year (blue), below 0 regressed since "
                        + "the base year (red). Only series with a target are assessed."))));
    b.add(
        Block.p(
            "The methods compare two years (or, for ESCAP, weigh recent years more); the Mann\u2013Kendall test and "
                + "the Theil\u2013Sen slope use every year. They can therefore disagree: a series can show progress "
                + "between its first and last years while its slope over all years is negative. Wherever a method "
                + "reports progress or deterioration and the trend test finds no significant change, the report says "
                + "both in one sentence, e.g. \u201cmoderate progress (Eurostat long-term); the change is not "
                + "statistically significant (Mann\u2013Kendall p = 0.92)\u201d."));
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
        ctx.nav("methodology.html", ""),
        "Methodology",
        "Formula, unit, source and caveats of every series the report shows.",
        false,
        b,
        ctx.footer());
  }
}
