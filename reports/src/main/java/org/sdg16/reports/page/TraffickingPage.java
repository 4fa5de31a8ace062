package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Page;
import org.sdg16.schemas.codes.Codes;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The trafficking in persons page (methodology §3): detected victims, their sex, age and form of
 * exploitation, and convictions.
 */
final class TraffickingPage extends PageParts {

  TraffickingPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    List<Block> b = new ArrayList<>();
    b.add(
        Block.p(
            "Detected victims of trafficking in persons (SDG 16.2.2 concept, article 3 of the Trafficking in "
                + "Persons Protocol) and the criminal justice response. Detected victims depend on how much a country "
                + "looks: a higher rate is not, by itself, more trafficking."));
    b.add(Block.h2("rate", "Detected victims per 100,000 population"));
    b.addAll(
        rateByRegionAndCountry(
            "tip-detv-r",
            SeriesCatalogue.TIP_DETV_R,
            "Detected victims of trafficking per 100,000"));

    b.add(Block.h2("profile", "Sex and age of detected victims"));
    ChartSpec sa =
        charts.latestBars(
            "tip-sex-age",
            "Share of women and girls, and of children, among detected victims",
            Kind.BAR,
            "PT",
            "tip",
            "Area (latest year)",
            List.of(
                charts.seriesPart(
                    SeriesCatalogue.TIP_SHARE_FEMALE, "Women and girls", "cat:F", "sex"),
                charts.seriesPart(
                    SeriesCatalogue.TIP_SHARE_CHILD, "Children (0\u201317)", "cat:Y0T17", "age")));
    b.add(figureOr(sa, "shares by sex and age"));

    b.add(Block.h2("exploitation", "Form of exploitation"));
    List<Charts.Part> forms = new ArrayList<>();
    List<String> present =
        ctx.obs()
            .series(SeriesCatalogue.TIP_EXPLOITATION_SHARE)
            .by("exploitation")
            .values("exploitation");
    for (String code : Codes.EXPLOITATION.codes()) {
      if (present.contains(code)) {
        forms.add(
            charts.breakdownPart(SeriesCatalogue.TIP_EXPLOITATION_SHARE, "exploitation", code));
      }
    }
    ChartSpec ex =
        charts.latestBars(
            "tip-exploitation",
            "Detected victims by form of exploitation",
            Kind.STACKED_BAR,
            "PT",
            "tip",
            "Area (latest year)",
            forms);
    b.add(figureOr(ex, "shares by form of exploitation"));

    b.add(Block.h2("convictions", "Convictions"));
    ChartSpec cv =
        charts.ranking(
            "tip-convicted-r",
            SeriesCatalogue.TIP_CONVICTED_R,
            "Persons convicted of trafficking per 100,000, by country");
    b.add(figureOr(cv, "conviction rates"));
    b.addAll(
        yearTable(
            SeriesCatalogue.TIP_CONVICTION_RATIO,
            "Persons convicted per suspect, by country and year"));
    b.add(
        Block.table(
            latestTable(
                List.of(
                    SeriesCatalogue.VC_HTF_DETV,
                    SeriesCatalogue.TIP_SHARE_FEMALE,
                    SeriesCatalogue.TIP_SHARE_CHILD,
                    SeriesCatalogue.TIP_CONVICTION_RATIO),
                "Detected victims (official SDG series) and shares, latest year by country")));
    b.add(MetadataPage.linkFor(SeriesCatalogue.VC_HTF_DETV));
    return page("trafficking.html", "Trafficking in persons", null, false, b);
  }
}
