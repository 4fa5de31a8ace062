package org.sdg16.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sdg16.reports.chart.ChartRenderer;
import org.sdg16.reports.map.MapRenderer;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.page.Site;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.pdf.PdfEdition;
import org.sdg16.reports.pdf.PdfRenderer;

/**
 * Writes the report of a run (contract §4.4): {@code index.html} and its pages, one profile per
 * reporting country under {@code country/}, every chart under {@code charts/} as PNG (2×), SVG and
 * CSV, one {@code style.css}, our own {@code report.js} (search and sortable tables) with the
 * generated {@code search-index.js}, and {@code report.pdf}. Pages are HTML that work from {@code
 * file://} without network, and without scripts; the same input gives the same HTML.
 */
public final class ReportWriter {

  private ReportWriter() {}

  private static final MustacheFactory TEMPLATES =
      new DefaultMustacheFactory("org/sdg16/reports/templates");

  /** What was written. */
  /** What was written: the index, the PDF, every page, and the number of charts and maps drawn. */
  public record Result(Path index, Path pdf, List<Path> pages, int charts) {}

  /** The title of the report, on the PDF's cover and in its running header. */
  public static final String TITLE = "SDG 16.4 indicators from national crime returns";

  /**
   * How the report is written (contract §3.4, key {@code report}).
   *
   * @param pdfCountryProfiles whether the PDF holds the country profiles as an appendix
   */
  public record Options(boolean pdfCountryProfiles) {
    /** The defaults: no country profiles in the PDF. */
    public static final Options DEFAULT = new Options(false);
  }

  /**
   * Writes the report into {@code reportsDir}, a new or empty folder (the pipeline writes each
   * report into its staging snapshot, contract §4.3, so that nothing of an earlier report is left
   * to replace), drawing charts on as many threads as there are processors.
   */
  public static Result write(ReportInput input, Path reportsDir) {
    return write(input, reportsDir, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #write(ReportInput, Path)}, drawing charts on at most {@code threads} threads. */
  public static Result write(ReportInput input, Path reportsDir, int threads) {
    return write(input, reportsDir, threads, Options.DEFAULT);
  }

  /** As {@link #write(ReportInput, Path, int)}, with these options. */
  public static Result write(ReportInput input, Path reportsDir, int threads, Options options) {
    try {
      Files.createDirectories(reportsDir);
      try (Stream<Path> s = Files.list(reportsDir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "a report is written into a new folder, and " + reportsDir + " is not empty");
        }
      }
      Path charts = reportsDir.resolve("charts");
      Path country = reportsDir.resolve("country");
      Files.createDirectories(charts);
      Files.createDirectories(country);

      Site site = new Site(input);
      Site.Pages pages = site.render();
      List<Path> written = new ArrayList<>();
      Mustache page = TEMPLATES.compile("page.mustache");
      // what every page's header shows besides the page: the country menu
      Chrome chrome = new Chrome(site.regions());
      for (Page p : pages.html()) {
        Path f = reportsDir.resolve(p.file());
        Files.writeString(f, render(page, List.of(chrome, p)), StandardCharsets.UTF_8);
        written.add(f);
      }
      copyResource("style.css", reportsDir.resolve("style.css"));
      copyResource("report.js", reportsDir.resolve("report.js"));
      Files.writeString(
          reportsDir.resolve("search-index.js"), site.searchIndex(pages), StandardCharsets.UTF_8);
      List<Runnable> draws = new ArrayList<>();
      site.charts().forEach(c -> draws.add(() -> ChartRenderer.write(c, charts)));
      site.maps().forEach(m -> draws.add(() -> MapRenderer.write(m, charts)));
      draw(draws, threads);

      Path pdf = writePdf(site, pages, options, reportsDir, "report.pdf");
      return new Result(reportsDir.resolve("index.html"), pdf, written, draws.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the PDF edition of {@code pages} as {@code name} into {@code reportsDir}, whose charts
   * are drawn already: the chapters, and the country profiles as an appendix when {@code options}
   * ask for them.
   */
  static Path writePdf(Site site, Site.Pages pages, Options options, Path reportsDir, String name) {
    PdfEdition.Document doc =
        PdfEdition.of(
            TITLE,
            site.footer(),
            pages.pdf(),
            options.pdfCountryProfiles() ? pages.countries() : List.of());
    Path pdf = reportsDir.resolve(name);
    PdfRenderer.render(render(TEMPLATES.compile("pdf.mustache"), doc), reportsDir, pdf);
    return pdf;
  }

  /** The header of every page beyond the page itself: the countries by SDG region. */
  public record Chrome(List<org.sdg16.reports.page.View.Region> regions) {}

  private static String render(Mustache m, Object scope) {
    StringWriter w = new StringWriter();
    m.execute(w, scope);
    return w.toString();
  }

  /** Renders with several scopes, the last one looked up first. */
  private static String render(Mustache m, List<Object> scopes) {
    StringWriter w = new StringWriter();
    m.execute(w, scopes);
    return w.toString();
  }

  /** Draws the charts and maps on up to {@code threads} threads (each is independent). */
  private static void draw(List<Runnable> draws, int threads) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, threads)),
            r -> {
              Thread t = new Thread(r, "sdg16-report-charts");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Runnable d : draws) {
        done.add(pool.submit(d));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing charts", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      // after a failure too, no chart is still being written when the caller goes on (and, say,
      // deletes the folder)
      pool.shutdownNow();
      try {
        if (!pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
          throw new IllegalStateException("charts were still being drawn after 5 minutes");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + name);
      }
      Files.write(to, in.readAllBytes());
    }
  }
}
