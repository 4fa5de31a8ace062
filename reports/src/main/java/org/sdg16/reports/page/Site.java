package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.page.View.Footer;
import org.sdg16.reports.page.View.Page;

/**
 * The pages of the report (contract §4.4): the list the navigation shows, and every page rendered
 * from one run's input, one class per page (the overview, the indicator pages, data quality,
 * methodology, an SDG metadata page per indicator, and a profile per reporting country). What the
 * pages share is in {@link PageContext}, {@link PageParts} and {@link Charts}.
 */
public final class Site {

  /** The pages of the report, in navigation order: file and label. */
  public static final List<String[]> PAGES =
      List.of(
          new String[] {"index.html", "Overview"},
          new String[] {"sdg-16-4-2.html", "SDG 16.4.2 tracing"},
          new String[] {"firearms.html", "Firearms"},
          new String[] {"port-seizures.html", "Port seizures"},
          new String[] {"trafficking.html", "Trafficking in persons"},
          new String[] {"iff.html", "Illicit financial flows"},
          new String[] {ReportingPage.FILE, "Reporting status"},
          new String[] {"data-quality.html", "Data quality"},
          new String[] {"changes.html", "Changes"},
          new String[] {"methodology.html", "Methodology"});

  /**
   * The rendered report: every HTML page in the order written (the pages of the navigation, the
   * metadata page of each indicator, then a profile per reporting country, by name), the pages the
   * PDF holds as its chapters, in its order, and the country profiles, which the PDF holds as an
   * appendix when the config asks for it ({@code report.pdf_country_profiles}, contract §3.4).
   */
  public record Pages(List<Page> html, List<Page> pdf, List<Page> countries) {
    public Pages {
      html = List.copyOf(html);
      pdf = List.copyOf(pdf);
      countries = List.copyOf(countries);
    }
  }

  private final PageContext ctx;

  public Site(ReportInput in) {
    this.ctx = new PageContext(in);
  }

  /** Renders every page, registering the charts they show (see {@link #charts()}). */
  public Pages render() {
    Page index = new IndexPage(ctx).render();
    Page sdg = new Sdg1642Page(ctx).render();
    Page fa = new FirearmsPage(ctx).render();
    Page ccp = new PortSeizuresPage(ctx).render();
    Page tip = new TraffickingPage(ctx).render();
    Page iff = new IffPage(ctx).render();
    Page reporting = new ReportingPage(ctx).render();
    Page dq = new DataQualityPage(ctx).render();
    Page changes = new ChangesPage(ctx).render();
    Page meth = new MethodologyPage(ctx).render();
    List<Page> html =
        new ArrayList<>(List.of(index, sdg, fa, ccp, tip, iff, reporting, dq, changes, meth));
    MetadataPage metadata = new MetadataPage(ctx);
    for (String indicator : MetadataPage.indicators()) {
      html.add(metadata.render(indicator));
    }
    CountryPage country = new CountryPage(ctx);
    List<Page> countries = new ArrayList<>();
    for (int a : ctx.countries()) {
      countries.add(country.render(a));
    }
    html.addAll(countries);
    return new Pages(html, List.of(index, sdg, fa, ccp, tip, iff, reporting, meth), countries);
  }

  /** The report's countries by SDG region: the country menu in the header of every page. */
  public List<View.Region> regions() {
    return ctx.regions();
  }

  /** The search index of these pages, as the script {@code search-index.js}. */
  public String searchIndex(Pages pages) {
    return SearchIndex.script(SearchIndex.entries(ctx, pages));
  }

  /** Every chart the rendered pages registered, in registration order. */
  public List<ChartSpec> charts() {
    return ctx.charts();
  }

  /** The maps the rendered pages show. */
  public List<org.sdg16.reports.map.MapSpec> maps() {
    return ctx.maps();
  }

  /** The footer of every page: run date, program version, snapshot and run. */
  public Footer footer() {
    return ctx.footer();
  }
}
