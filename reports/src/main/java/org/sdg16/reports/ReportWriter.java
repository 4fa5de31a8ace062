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
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.page.IndicatorPages;
import org.sdg16.reports.page.OverviewPages;
import org.sdg16.reports.page.Site;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.PdfDocument;
import org.sdg16.reports.pdf.PdfRenderer;

/**
 * Writes the report of a run (contract §4.4): {@code index.html} and its pages, one profile per
 * reporting country under {@code country/}, every chart under {@code charts/} as PNG (2×), SVG
 * and CSV, one {@code style.css}, and {@code report.pdf}. Pages are plain HTML that work from
 * {@code file://} without network; the same input gives the same HTML.
 */
public final class ReportWriter {

  private ReportWriter() {}

  private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("org/sdg16/reports/templates");

  /** What was written. */
  public record Result(Path index, Path pdf, List<Path> pages, int charts) {}

  /**
   * Writes the report into {@code reportsDir} (created if needed; earlier pages, charts and
   * country profiles there are replaced), drawing charts on as many threads as there are
   * processors.
   */
  public static Result write(ReportInput input, Path reportsDir) {
    return write(input, reportsDir, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #write(ReportInput, Path)}, drawing charts on at most {@code threads} threads. */
  public static Result write(ReportInput input, Path reportsDir, int threads) {
    try {
      Files.createDirectories(reportsDir);
      Path charts = reportsDir.resolve("charts");
      Path country = reportsDir.resolve("country");
      for (Path own : ownFiles(reportsDir)) {
        Files.deleteIfExists(reportsDir.resolve(own));
      }
      java.util.Set<Path> foreign = files(reportsDir);
      Files.createDirectories(charts);
      Files.createDirectories(country);

      Site site = new Site(input);
      IndicatorPages ind = new IndicatorPages(site);
      OverviewPages ov = new OverviewPages(site);
      Page index = ov.index();
      Page sdg = ind.sdg1642();
      Page fa = ind.firearms();
      Page ccp = ind.ports();
      Page tip = ind.trafficking();
      Page iff = ind.iff();
      Page dq = ov.dataQuality();
      Page meth = ov.methodology();
      List<Page> pages = new ArrayList<>(List.of(index, sdg, fa, ccp, tip, iff, dq, meth));
      for (int a : site.countries()) {
        pages.add(ov.country(a));
      }
      List<Path> written = new ArrayList<>();
      Mustache page = TEMPLATES.compile("page.mustache");
      for (Page p : pages) {
        Path f = reportsDir.resolve(p.file());
        Files.writeString(f, render(page, p), StandardCharsets.UTF_8);
        written.add(f);
      }
      copyResource("style.css", reportsDir.resolve("style.css"));
      drawCharts(site.charts(), charts, threads);

      PdfDocument doc = new PdfDocument("SDG 16.4 indicators from national crime returns", site.footer(),
          List.of(index, sdg, fa, ccp, tip, iff, meth));
      Path pdf = reportsDir.resolve("report.pdf");
      PdfRenderer.render(render(TEMPLATES.compile("pdf.mustache"), doc), reportsDir, pdf);
      java.util.Set<Path> own = files(reportsDir);
      own.removeAll(foreign);
      Files.write(reportsDir.resolve(OWN_FILES), own.stream().map(Path::toString).sorted().toList(),
          StandardCharsets.UTF_8);
      return new Result(reportsDir.resolve("index.html"), pdf, written, site.charts().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(Mustache m, Object scope) {
    StringWriter w = new StringWriter();
    m.execute(w, scope);
    return w.toString();
  }

  /** Draws the charts on up to {@code threads} threads (each chart is independent). */
  private static void drawCharts(List<ChartSpec> specs, Path dir, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, threads)), r -> {
      Thread t = new Thread(r, "sdg16-report-charts");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (ChartSpec s : specs) {
        done.add(pool.submit(() -> ChartRenderer.write(s, dir)));
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
      pool.shutdownNow();
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

  /**
   * The list of the files the last report wrote, relative to the reports folder: the next report
   * deletes those and only those, so that a file someone else put there is never removed.
   */
  static final String OWN_FILES = ".sdg16-files";

  /**
   * The files the previous report wrote: those of its {@link #OWN_FILES} list, or, for a folder
   * written before the list existed, everything below {@code charts/} and {@code country/}.
   */
  private static List<Path> ownFiles(Path reportsDir) throws IOException {
    Path list = reportsDir.resolve(OWN_FILES);
    if (Files.isRegularFile(list)) {
      List<Path> out = new ArrayList<>();
      Path root = reportsDir.toAbsolutePath().normalize();
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        Path p = root.resolve(line).normalize();
        if (!line.isBlank() && p.startsWith(root) && !p.equals(root)) {
          out.add(root.relativize(p));
        }
      }
      return out;
    }
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("charts", "country")) {
      for (Path p : files(reportsDir.resolve(dir))) {
        out.add(Path.of(dir).resolve(p));
      }
    }
    return out;
  }

  /** Every regular file below a folder, relative to it ({@link #OWN_FILES} excepted). */
  private static java.util.Set<Path> files(Path dir) throws IOException {
    java.util.Set<Path> out = new java.util.TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .map(dir::relativize).filter(p -> !p.toString().equals(OWN_FILES)).forEach(out::add);
    }
    return out;
  }
}
