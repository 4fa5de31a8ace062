package org.sdg16.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.reports.chart.ChartRenderer;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;
import org.sdg16.reports.chart.Palette;
import org.sdg16.reports.page.Fmt;
import org.sdg16.reports.page.PortSeizuresPage;

class FmtAndChartTest {

  @Test
  void numbersUseThousandsSeparatorsInEveryLocale() {
    assertThat(Fmt.num(215816580, 0)).isEqualTo("215,816,580");
    assertThat(Fmt.num(48220.04, 1)).isEqualTo("48,220.0");
    assertThat(Fmt.value(31.25, "PT")).isEqualTo("31.3");
    assertThat(Fmt.value(1.234, "PER_100000_POP")).isEqualTo("1.23");
    assertThat(Fmt.rate(0.034)).isEqualTo("+3.4%");
    assertThat(Fmt.rate(-0.0001)).isEqualTo("0.0%");
    // money as a reader says it, in the precision of Fmt.money, its sign first
    assertThat(Fmt.signed(27_000_000.0, "USD")).isEqualTo("+US$ 27.0 million");
    assertThat(Fmt.signed(-186_250_000.0, "USD")).isEqualTo("-US$ 186 million");
    assertThat(Fmt.millionsFormat().format(850_000_000.0)).isEqualTo("850");
    assertThat(PortSeizuresPage.quantity(215816580, "PIECES", "CIGARETTES"))
        .isEqualTo("215,816,580 cigarettes");
    assertThat(PortSeizuresPage.quantity(48220, "KG", "COCAINE")).isEqualTo("48,220 kg of cocaine");
    assertThat(PortSeizuresPage.quantity(17, "CONTAINERS", "STRATEGIC_GOODS"))
        .isEqualTo("17 containers of strategic commodities");
  }

  @Test
  void aCountryKeepsItsColourAndNoCountryLineIsYellow() {
    assertThat(Palette.of("area:484")).isEqualTo(Palette.of("area:484"));
    // Okabe–Ito's yellow #F0E442 is too faint on white: no area and no code is drawn in it
    java.awt.Color faint = new java.awt.Color(0xF0E442);
    for (var a : org.sdg16.schemas.codes.M49.standard().areas()) {
      assertThat(Palette.of("area:" + a.m49())).as(a.name()).isNotEqualTo(faint);
    }
    assertThat(Palette.CYCLE).doesNotContain(faint).doesNotHaveDuplicates();
    assertThat(Palette.of("cat:PISTOL")).isEqualTo(Palette.BLUE);
    // the port-seizure chart draws every commodity at once: each has its own colour
    List<java.awt.Color> commodities =
        org.sdg16.schemas.codes.Commodity.codeList().codes().stream()
            .map(c -> Palette.of("cat:" + c))
            .toList();
    assertThat(commodities).doesNotHaveDuplicates().doesNotContain(faint);
  }

  @Test
  void programCodesReachReadersAsWords() {
    assertThat(Fmt.plain("denominator covers SEIZED + FOUND; SURRENDERED not reported"))
        .isEqualTo("denominator covers seized + found; surrendered not reported");
    assertThat(Fmt.plain("covers OUTWARD flows only; INWARD not estimated"))
        .isEqualTo("covers outward flows only; inward not estimated");
    // names and abbreviations that are not program codes stay as they are
    assertThat(Fmt.plain("UNODC and WCO, SDG 16.4.2")).isEqualTo("UNODC and WCO, SDG 16.4.2");
    assertThat(Fmt.count(1, "country", "countries")).isEqualTo("1 country");
    assertThat(Fmt.count(1204, "row", "rows")).isEqualTo("1,204 rows");
    assertThat(Fmt.unitLabel("L")).isEqualTo("litres");
    // money in readable units (issue 20: "5,819,500,000 US dollars")
    assertThat(Fmt.value(5_819_500_000.0, "USD")).isEqualTo("US$ 5.8 billion");
    assertThat(Fmt.valueWithUnit(950_000_000.0, "USD")).isEqualTo("US$ 950 million");
    assertThat(Fmt.value(12_500.0, "USD")).isEqualTo("US$ 12,500");
    assertThat(org.sdg16.schemas.codes.CodeLabels.dataset("ccp")).isEqualTo("Port seizures (CCP)");
  }

  @Test
  void aLineBreaksAtAYearWithoutAValue() {
    ChartSpec spec =
        new ChartSpec(
            "g",
            "Title",
            null,
            Kind.LINE,
            "Year",
            "Percent (%)",
            "PT",
            List.of(),
            List.of(
                new Line(
                    "area:404",
                    "computed",
                    Style.LINE,
                    List.of(
                        new Point("2016", 10, null),
                        new Point("2017", 11, null),
                        new Point("2019", 12, null)))),
            "Source: test.",
            800,
            450);
    JFreeChart chart = ChartRenderer.build(spec);
    org.jfree.data.xy.XYSeries s =
        ((org.jfree.data.xy.XYSeriesCollection) ((XYPlot) chart.getPlot()).getDataset())
            .getSeries(0);
    // a line chart names its one line in a legend: the title need not say whose line it is
    assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof org.jfree.chart.title.LegendTitle);
    // 2018 (Kenya's quarantined year, say) is a gap in the line, not a segment from 2017 to 2019
    assertThat(s.getItemCount()).isEqualTo(4);
    assertThat(s.getX(2).intValue()).isEqualTo(2018);
    assertThat(s.getY(2)).isNull();
    assertThat(ChartRenderer.drawnData(chart, spec)).hasSize(3);
  }

  @Test
  void theDataOfAChartAreReadBackFromWhatItDraws() {
    ChartSpec spec =
        new ChartSpec(
            "t",
            "Title",
            null,
            Kind.LINE,
            "Year",
            "Percent (%)",
            "PT",
            List.of(),
            List.of(
                new Line(
                    "area:484",
                    "computed",
                    Style.LINE,
                    List.of(new Point("2015", 10.5, null), new Point("2016", 12, "estimated"))),
                new Line(
                    "role:trend",
                    "trend",
                    Style.DASHED,
                    List.of(new Point("2015", 10, null), new Point("2016", 12.25, null)))),
            "Source: test.",
            800,
            450);
    JFreeChart chart = ChartRenderer.build(spec);
    assertThat(chart.getPlot()).isInstanceOf(XYPlot.class);
    assertThat(((XYPlot) chart.getPlot()).getBackgroundPaint()).isEqualTo(Color.WHITE);
    assertThat(((XYPlot) chart.getPlot()).isDomainGridlinesVisible()).isFalse();
    assertThat(ChartRenderer.drawnData(chart, spec))
        .containsExactly(
            List.of("computed", "2015", "10.5", ""),
            List.of("computed", "2016", "12", "estimated"),
            List.of("trend", "2015", "10", ""),
            List.of("trend", "2016", "12.25", ""));
  }

  @Test
  void theChartCsvIsInTheDialectOfTheExports(@TempDir Path dir) throws IOException {
    // a label from the input that a spreadsheet would run as a formula; a note with a comma
    ChartSpec spec =
        new ChartSpec(
            "c",
            "Title",
            null,
            Kind.BAR,
            "Area",
            "Number",
            "NUMBER",
            List.of("=A1", "B"),
            List.of(
                new Line(
                    "area:484",
                    "=HYPERLINK(\"x\")",
                    Style.LINE,
                    List.of(new Point("=A1", -3, "est., rounded"), new Point("B", 2.5, null)))),
            "Source: test.",
            800,
            450);
    ChartRenderer.write(spec, dir);
    String csv = Files.readString(dir.resolve("c.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            "series,x,value,note\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",'=A1,-3,\"est., rounded\"\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",B,2.5,\n");
  }

  @Test
  void aChartIdIsAFileNameAndValuesAreFinite() {
    assertThatThrownBy(
            () ->
                new ChartSpec(
                    "../x", "t", null, Kind.BAR, "", "", "PT", List.of(), List.of(), null, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Point("2015", Double.NaN, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
