package org.sdg16.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.model.PublishedPoint;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/**
 * Writes the report of the small test input once and checks it as a reader and a link checker
 * would.
 */
class ReportWriterTest {

  static final Path OUT = Path.of("target", "report-sample");
  static ReportInput input;
  static ReportWriter.Result result;
  static Map<Path, String> html = new TreeMap<>();

  @BeforeAll
  static void write() throws IOException {
    input = TestInputs.small();
    if (Files.exists(OUT)) { // the report of an earlier build: a report goes into a new folder only
      try (Stream<Path> s = Files.walk(OUT)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    long t0 = System.nanoTime();
    result = ReportWriter.write(input, OUT);
    System.out.printf(
        "small report: %d observations, %d charts, %.2f s%n",
        input.observations().size(), result.charts(), (System.nanoTime() - t0) / 1e9);
    try (Stream<Path> s = Files.walk(OUT)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        html.put(p, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void everyPageExists() {
    for (String p :
        List.of(
            "index.html",
            "sdg-16-4-2.html",
            "firearms.html",
            "port-seizures.html",
            "trafficking.html",
            "iff.html",
            "reporting.html",
            "data-quality.html",
            "changes.html",
            "methodology.html",
            "style.css",
            "report.pdf")) {
      assertThat(OUT.resolve(p)).as(p).isRegularFile();
    }
    for (int c : TestInputs.SMALL) {
      assertThat(OUT.resolve("country/" + c + ".html")).isRegularFile();
    }
    // 10 pages of the navigation, the metadata pages of 16.4.2, target 16.4, 16.2.2 and 16.4.1
    // (the indicators of SeriesCatalogue), one profile per country
    assertThat(result.pages()).hasSize(10 + 4 + TestInputs.SMALL.length);
  }

  @Test
  void everyIndicatorPageLinksToItsMetadataPageWhichHoldsEverySeriesAndField() {
    Map<String, String> linkFrom =
        Map.of(
            "sdg-16-4-2.html", "metadata-16-4-2.html",
            "firearms.html", "metadata-16-4-2.html",
            "port-seizures.html", "metadata-16-4.html",
            "trafficking.html", "metadata-16-2-2.html",
            "iff.html", "metadata-16-4-1.html");
    linkFrom.forEach(
        (page, meta) ->
            assertThat(html.get(OUT.resolve(page))).as(page).contains("href=\"" + meta + "\""));
    for (org.sdg16.schemas.series.Series s : org.sdg16.schemas.series.SeriesCatalogue.ALL) {
      String meta = "metadata-" + s.indicator().replace('.', '-') + ".html";
      String page = html.get(OUT.resolve(meta));
      assertThat(page).as(meta).isNotNull().contains("id=\"" + s.code() + "\"");
      for (String field : org.sdg16.schemas.series.SeriesMetadata.of(s.code()).fields().keySet()) {
        assertThat(page).as(s.code() + " " + field + " in " + meta).contains(field);
      }
    }
    assertThat(html.get(OUT.resolve("metadata-16-4-2.html")))
        .contains("(official SDG series)")
        .contains("(project series, not official)");
  }

  private static final Pattern REF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @Test
  void everyLinkResolvesToAFile() {
    int checked = 0;
    for (var e : html.entrySet()) {
      Matcher m = REF.matcher(e.getValue());
      while (m.find()) {
        String ref = m.group(1).replace("&amp;", "&");
        assertThat(ref)
            .as("no network in " + e.getKey())
            .doesNotStartWith("http")
            .doesNotStartWith("//");
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        if (file.isEmpty()) {
          continue;
        }
        assertThat(e.getKey().getParent().resolve(file).normalize())
            .as(ref + " in " + e.getKey())
            .isRegularFile();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static final Pattern IMG = Pattern.compile("<img ([^>]*)/?>");

  @Test
  void everyImageHasAltTextAndItsPngSvgAndCsv() {
    int images = 0;
    for (var e : html.entrySet()) {
      Matcher m = IMG.matcher(e.getValue());
      while (m.find()) {
        String attrs = m.group(1);
        Matcher alt = Pattern.compile("alt=\"([^\"]*)\"").matcher(attrs);
        assertThat(alt.find()).as("alt in " + attrs).isTrue();
        assertThat(alt.group(1).length()).as("alt text of " + attrs).isGreaterThan(30);
        Matcher src = Pattern.compile("src=\"([^\"]*)\\.png\"").matcher(attrs);
        assertThat(src.find()).isTrue();
        Path base = e.getKey().getParent().resolve(src.group(1)).normalize();
        for (String ext : List.of(".png", ".svg", ".csv")) {
          assertThat(Path.of(base + ext)).isRegularFile();
        }
        images++;
      }
    }
    assertThat(images).isGreaterThan(20);
  }

  /**
   * The 16.4.2 map colours each country by the value the ranking beside it draws (its latest year),
   * with the boundaries' source and disclaimer in the image; on the reporting page, a map per
   * dataset.
   */
  @Test
  void theChoroplethDrawsTheRankingsValuesAndSaysWhoseBoundaries() throws IOException {
    List<String> map = Files.readAllLines(OUT.resolve("charts/sdg1642-map.csv"));
    List<String> rank = Files.readAllLines(OUT.resolve("charts/sdg1642-ranking.csv"));
    assertThat(map.get(0)).endsWith("m49,area,year,value,class");
    assertThat(map).hasSize(rank.size());
    for (String row : map.subList(1, map.size())) {
      String[] f = row.split(",");
      assertThat(rank)
          .as(row)
          .anyMatch(r -> r.contains("," + f[1] + " (" + f[2] + ")," + f[3] + ","));
    }
    String svg = Files.readString(OUT.resolve("charts/sdg1642-map.svg"));
    assertThat(svg).contains("Natural Earth").contains("do not imply official endorsement");
    assertThat(html.get(OUT.resolve("sdg-16-4-2.html"))).contains("id=\"fig-sdg1642-map\"");
    String reporting = html.get(OUT.resolve("reporting.html"));
    assertThat(reporting).contains("id=\"fig-reporting-firearms-map\"").contains("class=\"map\"");
  }

  /**
   * The routes map draws every route whose two ends are known, summed over years and seizing
   * countries, and counts the arms of the others in its source line: drawn plus left out is every
   * arm of the input's significant cases.
   */
  @Test
  void theRoutesMapDrawsTheKnownRoutesAndCountsTheRest() throws IOException {
    List<String> csv = Files.readAllLines(OUT.resolve("charts/fa-routes-map.csv"));
    assertThat(csv.get(0)).endsWith("from_m49,from,to_m49,to,value");
    double drawn = 0;
    for (String row : csv.subList(1, csv.size())) {
      String[] f = row.split(",");
      assertThat(f[0]).matches("[0-9]+");
      assertThat(f[2]).matches("[0-9]+");
      drawn += Double.parseDouble(f[4]);
    }
    double all =
        input.observations().stream()
            .filter(o -> o.series().equals("FA_ROUTE") && "N".equals(o.reportingType()))
            .mapToDouble(o -> o.value())
            .sum();
    String svg = Files.readString(OUT.resolve("charts/fa-routes-map.svg"));
    Matcher m =
        Pattern.compile("unknown departure or destination \\(([0-9,]+) arms\\)").matcher(svg);
    assertThat(m.find()).as("the arms left out are counted").isTrue();
    double left = Double.parseDouble(m.group(1).replace(",", ""));
    assertThat(left).isPositive();
    assertThat(drawn + left).isEqualTo(all);
  }

  /**
   * Links from every mention of a country to its profile (issue #20): a table cell that names a
   * reporting country ("Mexico", "Mexico (2023)", "Mexico, 2019") is a link, on every page.
   */
  @Test
  void everyTableCellThatNamesACountryLinksToItsProfile() {
    org.sdg16.schemas.codes.M49 m49 = org.sdg16.schemas.codes.M49.standard();
    List<String> names =
        input.observations().stream()
            .filter(o -> "N".equals(o.reportingType()))
            .map(o -> m49.nameOf(o.refArea()))
            .distinct()
            .toList();
    Pattern cell = Pattern.compile("<(td|th)([^>]*)>(.*?)</\\1>", Pattern.DOTALL);
    List<String> unlinked = new ArrayList<>();
    int linked = 0;
    for (var e : html.entrySet()) {
      Matcher m = cell.matcher(e.getValue());
      while (m.find()) {
        String inner = m.group(3);
        String text =
            inner.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#39;", "'").strip();
        for (String n : names) {
          if (text.equals(n) || text.startsWith(n + " (") || text.startsWith(n + ",")) {
            if (inner.contains("<a ")) {
              linked++;
            } else {
              unlinked.add(OUT.relativize(e.getKey()) + ": " + text);
            }
          }
        }
      }
    }
    assertThat(unlinked).isEmpty();
    assertThat(linked).isGreaterThan(100);
  }

  @Test
  void pngIsTwiceTheDisplaySizeAndSvgIsSvg() throws IOException {
    var img = javax.imageio.ImageIO.read(OUT.resolve("charts/sdg1642-regions.png").toFile());
    assertThat(img.getWidth()).isEqualTo(1600);
    assertThat(img.getHeight()).isGreaterThanOrEqualTo(900);
    String svg = Files.readString(OUT.resolve("charts/sdg1642-regions.svg"));
    assertThat(svg.contains("<svg") && svg.contains("Seized arms traced"))
        .as("an SVG with the title")
        .isTrue();
  }

  @Test
  void chartCsvHoldsExactlyThePointsDrawn() throws IOException {
    List<String> lines = Files.readAllLines(OUT.resolve("charts/c484-vc-arm-sztrace.csv"));
    // the dialect of the exports (contract §4.4): LF line ends, UTF-8 without byte order mark
    String raw = Files.readString(OUT.resolve("charts/c484-vc-arm-sztrace.csv"));
    assertThat(raw).startsWith("series,").doesNotContain("\r").endsWith("\n");
    assertThat(lines.get(0)).isEqualTo("series,x,value,note");
    List<String> expected = new ArrayList<>();
    for (Observation o : input.observations()) {
      if (o.series().equals("VC_ARM_SZTRACE")
          && o.refArea() == 484
          && o.reportingType().equals("N")) {
        expected.add("sdg16 computed," + o.timePeriod() + "," + plain(o.value()));
      }
    }
    for (PublishedPoint p : input.published()) {
      if (p.series().equals("VC_ARM_SZTRACE") && p.refArea() == 484) {
        expected.add("published (UN SDG database)," + p.timePeriod() + "," + plain(p.value()));
      }
    }
    TrendRow t =
        input.trends().stream()
            .filter(
                x ->
                    x.series().equals("VC_ARM_SZTRACE")
                        && x.refArea() == 484
                        && x.sex().equals("_T"))
            .findFirst()
            .orElseThrow();
    String trendLabel =
        lines.stream().filter(l -> l.startsWith("Theil")).findFirst().orElseThrow().split(",")[0];
    expected.add(trendLabel + "," + t.firstYear() + "," + plain(t.lineAt(t.firstYear())));
    expected.add(trendLabel + "," + t.lastYear() + "," + plain(t.lineAt(t.lastYear())));
    List<String> drawn =
        lines.subList(1, lines.size()).stream()
            .map(l -> l.startsWith("\"") ? l : l.substring(0, nthComma(l, 3)))
            .toList();
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
    // the flagged point carries its note
    assertThat(lines)
        .anySatisfy(
            l -> assertThat(l).startsWith("sdg16 computed,2019,").contains("estimated value"));
  }

  private static int nthComma(String s, int n) {
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = s.indexOf(',', i + 1);
    }
    return i;
  }

  private static String plain(double v) {
    return org.sdg16.schemas.csv.Numbers.plain(v);
  }

  @Test
  void textFromInputIsEscaped() {
    String page = html.get(OUT.resolve("sdg-16-4-2.html"));
    assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    // the only scripts are our own two files beside the pages: none inline (no input text can
    // reach a script), none from a network address
    java.util.regex.Pattern script = java.util.regex.Pattern.compile("<script[^>]*>");
    for (var e : html.entrySet()) {
      String rel = OUT.relativize(e.getKey()).getNameCount() > 1 ? "../" : "";
      List<String> tags = script.matcher(e.getValue()).results().map(m -> m.group()).toList();
      assertThat(tags)
          .as(e.getKey().toString())
          .containsExactly(
              "<script src=\"" + rel + "search-index.js\" defer>",
              "<script src=\"" + rel + "report.js\" defer>");
      assertThat(e.getValue().split("<script", -1)).hasSize(3);
      assertThat(e.getValue()).doesNotContain("</script><script>").doesNotContain("://cdn");
      // with scripts off, the country menu in the header is a list of links by region
      assertThat(e.getValue())
          .contains("<details class=\"country-menu\">")
          .contains("<a href=\"" + rel + "country/484.html\">Mexico</a>");
    }
    assertThat(OUT.resolve("report.js")).exists();
    assertThat(OUT.resolve("search-index.js"))
        .content()
        .startsWith("/* sdg16 report: the search index of report.js */")
        .doesNotContain("<")
        .doesNotContain("http");
  }

  @Test
  void theDataQualityPageListsThePublishedValuesThatDiffer() {
    String page = html.get(OUT.resolve("data-quality.html"));
    List<org.sdg16.schemas.output.ReconciliationRow> differ =
        input.reconciliation().stream().filter(r -> r.status().equals("differs")).toList();
    // TestInputs publishes values 0.97 to 1.03 times the computed ones: some differ, some agree
    assertThat(differ).isNotEmpty().hasSizeLessThan(input.reconciliation().size());
    assertThat(page).contains("Published values that differ from the computed ones");
    assertThat(page.split("none found", -1)).hasSize(differ.size() + 1);
    // and a country in it links to its profile
    assertThat(page).contains("<a href=\"country/484.html\">Mexico</a>");
  }

  @Test
  void theChangesPageListsWhatChangedSinceTheRelease() {
    String page = html.get(OUT.resolve("changes.html"));
    // TestInputs.changes: one revised (Mexico, 1 point up), one added, one withdrawn
    assertThat(page)
        .contains("What changed since release sdg-2026-02")
        .contains("3 values changed since release sdg-2026-02: 1 added, 1 revised, 1 withdrawn")
        .contains("<td>revised</td>")
        .contains("+1.00 points");
    assertThat(html.get(OUT.resolve("index.html"))).contains("href=\"changes.html\"");
  }

  @Test
  void theOverviewGivesTheReportingStatusAndGroupsCountriesByRegion() {
    String page = html.get(OUT.resolve("index.html"));
    assertThat(page)
        .contains("Reporting status by dataset")
        .contains("Response rate")
        .contains("Firearms returns");
    // Mexico is listed under its SDG region (Latin America and the Caribbean, M49 419)
    int region = page.indexOf(">Latin America and the Caribbean</h3>");
    assertThat(region).isPositive();
    assertThat(page.indexOf("country/484.html", region)).isGreaterThan(region);
  }

  @Test
  void aRegionalChartSaysWhoStandsBehindItsLatestValues() {
    String page = html.get(OUT.resolve("sdg-16-4-2.html"));
    // the source line, drawn into the image and printed under it
    assertThat(page)
        .containsPattern("Latest year: [^<]*\\d+ countr(y|ies)[^<]*% of the population");
  }

  @Test
  void flaggedValueIsFootnoted() {
    String page = html.get(OUT.resolve("sdg-16-4-2.html"));
    assertThat(page).contains("Mexico, 2019: estimated value (status E)");
    assertThat(page).containsPattern("<li value=\"\\d+\">\\[\\d+\\] Mexico, 2019: estimated value");
  }

  @Test
  void numbersHaveThousandsSeparatorsAndPortTableReadsLikeThePublishedOne() {
    String ports = html.get(OUT.resolve("port-seizures.html"));
    assertThat(ports)
        .contains("48,220 kg of cocaine")
        .contains("170,002 kg of precursors")
        .contains("17 containers of strategic commodities")
        .contains("215,816,580 cigarettes");
    assertThat(ports).contains("<td class=\"num\">215,816,580</td>");
  }

  @Test
  void runFactsAndResponseOnIndex() {
    String index = html.get(OUT.resolve("index.html"));
    assertThat(index)
        .contains("snap-000042")
        .contains("2026-03-01")
        .contains("0.1.0")
        .contains("href=\"reporting.html\"");
  }

  /**
   * The statuses of {@link TestInputs#build}: 8 countries, 2015–2023, Brazil (76) and Kenya (404)
   * report nothing in 2016 and 2020, Mexico's firearms return for 2023 has rows quarantined,
   * submitted on 1 March of the next year (Mexico, first country: day 01; Brazil, third: day 03).
   */
  @Test
  void theReportingStatusPageShowsWhoReportedWhenAndTheResponseByRegion() {
    String page = html.get(OUT.resolve("reporting.html"));
    assertThat(page).contains("class=\"matrix\"").contains("s-partial");
    // firearms: 8 × 9 = 72 country-years asked, 2 countries × 2 years missing: 68 reported, 94 %
    assertThat(page)
        .containsPattern(
            "<th[^>]*>Firearms returns</th>\\s*<td>2015\u20132023</td>\\s*<td class=\"num\">8</td>\\s*<td class=\"num\">2023</td>"
                + "\\s*<td class=\"num\">68</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>"
                + "\\s*<td class=\"num\">94%</td>");
    // Latin America and the Caribbean: Mexico, Colombia, Brazil × 9 years = 27, Brazil misses 2
    assertThat(page).contains("93% (25 of 27)");
    // Sub-Saharan Africa: Kenya and Ghana, 18 asked, Kenya misses 2
    assertThat(page).contains("89% (16 of 18)");
    // Brazil's years and latest submission; Mexico's quarantined year
    assertThat(page).contains("2015, 2017\u20132019, 2021\u20132023").contains("2024-03-03");
    assertThat(page)
        .containsPattern(
            "Mexico</a></th>\\s*<td>2015\u20132023</td>\\s*<td>2024-03-01</td>\\s*<td>2023</td>");
    // port seizures keep no submission date, and the caption says so
    assertThat(page)
        .contains(
            "Port seizures (CCP): returns by country (these records carry no submission date");
    assertThat(page).contains("Gaps and their reasons").contains("Not reported");
  }

  @Test
  void iffIsLabelledExperimental() {
    assertThat(html.get(OUT.resolve("iff.html")))
        .contains("Experimental.")
        .contains("modelled estimates");
  }

  @Test
  void methodologySaysThresholdScalingIsNotApplied() {
    String m = html.get(OUT.resolve("methodology.html"));
    assertThat(m)
        .contains("scaling of the thresholds near natural limits")
        .contains("is not applied");
    for (var s : org.sdg16.schemas.series.SeriesCatalogue.ALL) {
      assertThat(m).contains("id=\"" + s.code() + "\"");
    }
  }

  @Test
  void dataQualityListsFindingsWithMessages() {
    String dq = html.get(OUT.resolve("data-quality.html"));
    assertThat(dq)
        .contains("TRACED_ABOVE_DENOMINATOR")
        .contains("value &#39;12,5O&#39; is not a number")
        .contains("Mexico")
        .contains("whole file");
  }

  @Test
  void pdfIsAValidPdfWithManyPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(10);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("SDG 16.4.2").contains("215,816,580").contains("Methodology");
    }
  }

  /** The chapters of the PDF: the pages it holds, by their h1. */
  private static List<String> pdfChapters() {
    return new org.sdg16.reports.page.Site(input)
        .render().pdf().stream().map(org.sdg16.reports.page.View.Page::h1).toList();
  }

  /** Top-level bookmarks: title and the 1-based page each opens. */
  private static Map<String, Integer> bookmarks(PDDocument pdf) throws IOException {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    var outline = pdf.getDocumentCatalog().getDocumentOutline();
    assertThat(outline).as("the PDF has bookmarks").isNotNull();
    for (var item : outline.children()) {
      var dest =
          (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
              item.getDestination();
      out.put(item.getTitle(), pdf.getPages().indexOf(dest.getPage()) + 1);
    }
    return out;
  }

  @Test
  void pdfHasABookmarkPerChapterAndATableOfContentsWithTheirPageNumbers() throws IOException {
    List<String> chapters = pdfChapters();
    assertThat(chapters).contains("Methodology").doesNotContain("Data quality");
    try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
      Map<String, Integer> marks = bookmarks(pdf);
      assertThat(marks.keySet()).containsExactlyElementsOf(chapters);
      // each chapter's sections are bookmarked below it
      assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().children())
          .isNotEmpty();
      PDFTextStripper page2 = new PDFTextStripper();
      page2.setStartPage(2);
      page2.setEndPage(2);
      String toc = page2.getText(pdf);
      assertThat(toc).contains("Contents");
      // the contents list exactly the chapters, each with the page its bookmark opens
      List<String> listed = new ArrayList<>();
      for (String line : toc.split("\\R")) {
        Matcher m = Pattern.compile("^(.+?)[ .]*\\.{3,} ?(\\d+)$").matcher(line.strip());
        if (m.matches() && marks.containsKey(m.group(1).strip())) {
          listed.add(m.group(1).strip());
          assertThat(Integer.parseInt(m.group(2)))
              .as("page of " + m.group(1))
              .isEqualTo(marks.get(m.group(1).strip()));
        }
      }
      assertThat(listed).containsExactlyElementsOf(chapters);
      assertThat(toc).doesNotContain("Data quality").doesNotContain("Country profiles");
    }
  }

  @Test
  void everyPdfPageButTheCoverHasTheRunningHeaderAndPageXOfY() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
      int n = pdf.getNumberOfPages();
      PDFTextStripper t = new PDFTextStripper();
      for (int p = 2; p <= n; p++) {
        t.setStartPage(p);
        t.setEndPage(p);
        assertThat(t.getText(pdf))
            .as("page " + p)
            .contains(ReportWriter.TITLE)
            .contains("Page " + p + " of " + n);
      }
      // the header names the chapter: the last page is the methodology's
      t.setStartPage(n);
      t.setEndPage(n);
      assertThat(t.getText(pdf)).contains(ReportWriter.TITLE + " · Methodology");
    }
  }

  /** Records the right edge of the text on each page. */
  private static final class RightEdge extends PDFTextStripper {
    final Map<Integer, List<String>> beyond = new TreeMap<>();
    final float limit;

    RightEdge(float limit) {
      this.limit = limit;
    }

    @Override
    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> ps)
        throws IOException {
      for (org.apache.pdfbox.text.TextPosition p : ps) {
        if (p.getXDirAdj() + p.getWidthDirAdj() > limit) {
          beyond.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(text);
          break;
        }
      }
    }
  }

  @Test
  void noPdfTextLiesBeyondTheRightMarginAndEveryTableCellIsInTheText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(result.pdf().toFile())) {
      // A4 is 595.3 pt wide and the right margin is 14 mm (39.7 pt): text ends by 555.6 pt
      RightEdge edge = new RightEdge(595.3f - 39.7f + 1f);
      edge.getText(pdf);
      assertThat(edge.beyond).as("text beyond the right margin, by page").isEmpty();
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      int cells = 0;
      for (var page : new org.sdg16.reports.page.Site(input).render().pdf()) {
        for (var b : page.blocks()) {
          if (b.table() == null) {
            continue;
          }
          for (var row : b.table().rows()) {
            for (var c : row.cells()) {
              // a cell's text may wrap onto several lines: each of its words is in the text
              for (String w : c.text().split("\\s+")) {
                assertThat(text).as(b.table().caption()).contains(w);
              }
              cells++;
            }
          }
        }
      }
      assertThat(cells).isGreaterThan(200);
    }
  }

  @Test
  void thePdfCanHoldTheCountryProfilesAsAnAppendix() throws IOException {
    org.sdg16.reports.page.Site site = new org.sdg16.reports.page.Site(input);
    org.sdg16.reports.page.Site.Pages pages = site.render();
    Path with =
        ReportWriter.writePdf(
            site, pages, new ReportWriter.Options(true), OUT, "report-with-profiles.pdf");
    try (PDDocument pdf = Loader.loadPDF(with.toFile());
        PDDocument without = Loader.loadPDF(result.pdf().toFile())) {
      Map<String, Integer> marks = bookmarks(pdf);
      List<String> expected = new ArrayList<>(pdfChapters());
      expected.add("Appendix: country profiles");
      assertThat(marks.keySet()).containsExactlyElementsOf(expected);
      var appendix = pdf.getDocumentCatalog().getDocumentOutline().getLastChild();
      List<String> profiles = new ArrayList<>();
      appendix.children().forEach(i -> profiles.add(i.getTitle()));
      assertThat(profiles)
          .containsExactlyElementsOf(
              pages.countries().stream().map(org.sdg16.reports.page.View.Page::h1).toList())
          .hasSize(TestInputs.SMALL.length);
      assertThat(pdf.getNumberOfPages()).isGreaterThan(without.getNumberOfPages());
      // the profiles hold the widest tables (a series by year with trend, slope and progress)
      RightEdge edge = new RightEdge(595.3f - 39.7f + 1f);
      edge.getText(pdf);
      assertThat(edge.beyond).as("text beyond the right margin, by page").isEmpty();
    }
  }

  @Test
  void sameInputGivesTheSameHtmlAndData(@org.junit.jupiter.api.io.TempDir Path again)
      throws IOException {
    ReportWriter.write(TestInputs.small(), again);
    try (Stream<Path> s = Files.walk(OUT)) {
      for (Path p :
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(html|csv|svg|css)$"))
              .toList()) {
        Path q = again.resolve(OUT.relativize(p));
        assertThat(Files.readString(q)).as(p.toString()).isEqualTo(Files.readString(p));
      }
    }
  }

  @Test
  void aReportIsWrittenIntoANewFolderOnly(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path mine = dir.resolve("notes.txt");
    Files.writeString(mine, "someone's own file");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReportWriter.write(TestInputs.small(), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
    assertThat(mine).hasContent("someone's own file");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).as("nothing was written beside it").containsExactly(mine);
    }
  }
}
