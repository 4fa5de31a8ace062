package org.sdg16.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The rendered pages of the sample's run and of a generated inbox's run hold none of the
 * contradictions issue 18 found (methodology §6.3): a progress category beside "no trend:
 * insufficient points", a category that stands without what the trend test says, a slope or rate
 * without its unit, a growth rate of a percentage, a category from too few points. The pages are
 * read as a browser reads them (jsoup); a "text unit" is one table row, paragraph, list item,
 * definition, caption, headline or image description.
 */
class ReportMessagesTest extends SparkTestBase {

  /** What the trend test said, in any of the report's wordings. */
  private static final Pattern TEST_STATEMENT =
      Pattern.compile(
          "not statistically significant|significant (increase|decrease)"
              + "|too few (points|years) for a trend test|(increasing|decreasing) \\(p = "
              + "|(increasing|decreasing) \\(Mann\u2013Kendall p = "
              + "|the reporting countries change");

  /** A Theil–Sen slope or trend with its number. */
  private static final Pattern SLOPE =
      Pattern.compile(
          "Theil\u2013Sen (?:slope|trend \\()\\s*[+\u2212-]?(?:US\\$ )?[0-9][0-9,.]*"
              + "(?: million| billion)?");

  /** The unit that must follow a slope: "... a year". */
  private static final Pattern UNIT_AFTER = Pattern.compile("^ [^;\u00B7()]*? a year");

  /** What must follow a slope in money, whose number holds its unit: " a year". */
  private static final Pattern MONEY_UNIT_AFTER = Pattern.compile("^ a year");

  @Test
  void theSamplePagesHoldNoContradiction() throws IOException {
    scan(SampleRuns.output());
  }

  @Test
  void aGeneratedInboxsPagesHoldNoContradiction() throws IOException {
    scan(GeneratedRuns.output());
  }

  private static void scan(Path out) throws IOException {
    List<CSVRecord> trends = read(out.resolve("exports/csv/trends.csv"));
    Set<String> categories = reportedCategories(trends);
    // the run's data give the scan something to find: some series are assessed
    assertThat(categories).isNotEmpty();
    dataRules(trends);
    Path reports = out.resolve("reports").toRealPath();
    List<Path> pages;
    try (Stream<Path> s = Files.walk(reports)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(5);
    int categoriesSeen = 0;
    int slopesSeen = 0;
    for (Path page : pages) {
      Document d = Jsoup.parse(page.toFile(), "UTF-8");
      String name = reports.relativize(page).toString();
      boolean explains = name.startsWith("methodology") || name.startsWith("metadata");
      for (String unit : units(d)) {
        String where = name + ": " + unit;
        assertThat(unit)
            .as(where)
            .doesNotContainIgnoringCase("insufficient points")
            .doesNotContain("insufficient_points")
            .doesNotContain("progress: ")
            .doesNotContainPattern("[0-9] per year");
        Matcher m = SLOPE.matcher(unit);
        while (m.find()) {
          slopesSeen++;
          // money carries its unit in the number ("US$ 158 million"): "a year" follows it
          assertThat(unit.substring(m.end()))
              .as("a slope's unit in " + where)
              .containsPattern(m.group().contains("US$") ? MONEY_UNIT_AFTER : UNIT_AFTER);
        }
        if (explains) {
          continue;
        }
        for (String c : categories) {
          if (unit.contains(c)) {
            categoriesSeen++;
            assertThat(TEST_STATEMENT.matcher(unit).find())
                .as("'" + c + "' without the trend test in " + where)
                .isTrue();
          }
        }
      }
      for (Element table : d.select("table")) {
        tableRules(name, table);
      }
    }
    assertThat(categoriesSeen).as("categories shown").isPositive();
    assertThat(slopesSeen).as("slopes shown").isPositive();
  }

  /** The text units of a page. */
  private static List<String> units(Document d) {
    List<String> out = new ArrayList<>();
    for (Element e : d.select("tr, p, li, dd, figcaption, caption, .headline")) {
      out.add(e.text());
    }
    for (Element img : d.select("img[alt]")) {
      out.add(img.attr("alt"));
    }
    return out;
  }

  /**
   * In a table, every cell under "Theil–Sen slope" has its unit, and a table of a percentage has no
   * CAGR column.
   */
  private static void tableRules(String page, Element table) {
    List<String> head = table.select("thead th").eachText();
    String caption = table.select("caption").text();
    if (head.stream().anyMatch(h -> h.startsWith("CAGR"))) {
      assertThat(caption).as("a CAGR column in " + page + ": " + caption).doesNotContain("(%");
    }
    int slope = head.indexOf("Theil\u2013Sen slope");
    if (slope < 0) {
      return;
    }
    for (Element tr : table.select("tbody tr")) {
      List<String> cells = tr.children().eachText();
      String v = cells.get(slope);
      assertThat(v.equals("\u2013") || v.endsWith(" a year"))
          .as("slope with its unit in " + page + ": " + tr.text())
          .isTrue();
    }
  }

  /**
   * The trends table itself: no CAGR of a percentage or a ratio, and no category from fewer than 3
   * points (Eurostat: 3 points spanning 3 years; the others at least 2 years apart).
   */
  private static void dataRules(List<CSVRecord> trends) {
    for (CSVRecord r : trends) {
      String unit = r.get("unit_measure");
      if (unit.equals("PT") || unit.equals("RATIO")) {
        assertThat(r.get("cagr")).as("CAGR of a percentage: " + r).isEmpty();
      }
      for (String g : WarehouseTables.PROGRESS_GROUPS) {
        String c = r.get(g + "_category");
        if (c.isEmpty() || c.startsWith("not assessed")) {
          continue;
        }
        String[] years = r.get(g + "_years").split("\u2013");
        int span = Integer.parseInt(years[1]) - Integer.parseInt(years[0]) + 1;
        assertThat(Integer.parseInt(r.get("n_points"))).as(g + " points: " + r).isGreaterThan(1);
        assertThat(span)
            .as(g + " years: " + r)
            .isGreaterThanOrEqualTo(g.startsWith("eurostat") ? 3 : 2);
      }
    }
  }

  /** The categories that report progress or deterioration in a run's trends table. */
  private static Set<String> reportedCategories(List<CSVRecord> trends) {
    Set<String> out = new TreeSet<>();
    for (CSVRecord r : trends) {
      for (String g : WarehouseTables.PROGRESS_GROUPS) {
        String c = r.get(g + "_category");
        if (!c.isEmpty() && !c.startsWith("not assessed")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
