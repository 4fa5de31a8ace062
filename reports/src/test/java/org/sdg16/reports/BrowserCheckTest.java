package org.sdg16.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report pages in headless Chromium from {@code file://} and fails on console errors and
 * resources that do not load (broken images, a missing stylesheet). Skipped on a developer machine
 * where {@code /usr/bin/chromium} is not installed; under CI (which installs it) a missing browser
 * fails the test.
 */
@Tag("browser")
class BrowserCheckTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path dir;

  @BeforeAll
  static void write() {
    if ("true".equals(System.getenv("CI"))) {
      // CI installs chromium (.ci/run): there the check must run, never skip
      assertThat(CHROMIUM).as("chromium must be installed in CI").isExecutable();
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    ReportWriter.write(TestInputs.small(), dir.resolve("reports"));
  }

  /** What Chromium printed to stderr while loading a page, and the DOM it ended with. */
  record Load(String dom, List<String> problems) {}

  /**
   * Added to a copy of the page (next to it, so relative links still resolve): records every
   * resource that fails to load and every image without pixels, and writes the list into the DOM.
   */
  static final String PROBE =
      "<script>window.__bad=[];window.addEventListener('error',function(e){var t=e.target;"
          + "window.__bad.push((t&&(t.src||t.href))||String(e.message));},true);window.addEventListener('load',"
          + "function(){for(var i=0;i<document.images.length;i++){var im=document.images[i];if(!im.complete||"
          + "im.naturalWidth===0){window.__bad.push('image '+im.src);}}var d=document.createElement('pre');"
          + "d.id='probe';d.textContent='BAD['+window.__bad.join(' | ')+']';document.body.appendChild(d);});</script>";

  static Load load(Path original) throws IOException, InterruptedException {
    String html = Files.readString(original, StandardCharsets.UTF_8);
    Path page = original.resolveSibling(original.getFileName() + ".probe.html");
    Files.writeString(
        page,
        html.replaceFirst("<head>", "<head>" + java.util.regex.Matcher.quoteReplacement(PROBE)),
        StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(dir, "profile");
    Path err = Files.createTempFile(dir, "chromium", ".log");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=3000",
                "--dump-dom",
                page.toUri().toString())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish loading " + page);
    }
    Files.delete(page);
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      if (line.contains("CONSOLE") || line.contains("Uncaught")) {
        problems.add(line);
      }
    }
    java.util.regex.Matcher bad =
        java.util.regex.Pattern.compile(
                "<pre id=\"probe\">BAD\\[(.*?)\\]</pre>", java.util.regex.Pattern.DOTALL)
            .matcher(dom);
    if (!bad.find()) {
      problems.add("the page did not finish loading (no probe result)");
    } else if (!bad.group(1).isEmpty()) {
      problems.add("failed to load: " + bad.group(1));
    }
    return new Load(dom, problems);
  }

  @Test
  void indexAndACountryPageLoadWithoutErrors() throws Exception {
    for (String page : List.of("index.html", "sdg-16-4-2.html", "country/484.html")) {
      Load l = load(dir.resolve("reports").resolve(page));
      assertThat(l.dom()).as(page).contains("</html>");
      assertThat(l.problems()).as("console errors and failed loads on " + page).isEmpty();
    }
  }

  @Test
  void theCheckSeesABrokenImage() throws Exception {
    Path broken = dir.resolve("reports/broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html><body><img src=\"charts/missing.png\" alt=\"x\"/></body></html>");
    assertThat(load(broken).problems()).isNotEmpty();
  }

  /** The PDF renders page by page with poppler's pdftoppm, as a reader's viewer would. */
  @Test
  void thePdfRendersWithPdftoppm() throws IOException, InterruptedException {
    Path pdftoppm = Path.of("/usr/bin/pdftoppm");
    if ("true".equals(System.getenv("CI"))) {
      assertThat(pdftoppm).as("poppler-utils must be installed in CI").isExecutable();
    }
    Assumptions.assumeTrue(Files.isExecutable(pdftoppm), "pdftoppm is not installed");
    Path out = dir.resolve("pdfpages");
    Files.createDirectories(out);
    Process p =
        new ProcessBuilder(
                pdftoppm.toString(),
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "3",
                dir.resolve("reports/report.pdf").toString(),
                out.resolve("page").toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    try (var files = Files.list(out)) {
      List<Path> pages = files.sorted().toList();
      assertThat(pages).hasSize(3);
      for (Path page : pages) {
        assertThat(Files.size(page)).as(page.toString()).isGreaterThan(2_000);
      }
    }
  }
}
