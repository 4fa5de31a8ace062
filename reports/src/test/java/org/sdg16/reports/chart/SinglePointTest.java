package org.sdg16.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;

/** A line chart of one year is a labelled value and says it covers one year (issue #20). */
class SinglePointTest {

  private static ChartSpec chart(String... years) {
    List<Point> pts = java.util.Arrays.stream(years).map(y -> new Point(y, 123.0, null)).toList();
    return new ChartSpec(
        "one",
        "Psychotropic substances seized",
        "Programme total in kg",
        Kind.LINE,
        "Year",
        "Kilograms",
        "KG",
        List.of(),
        List.of(new Line("cat:PSYCHOTROPICS", "Psychotropic substances", Style.LINE, pts)),
        "Source: test.",
        640,
        360);
  }

  private static String subtitle(JFreeChart c) {
    return ((TextTitle) c.getSubtitle(0)).getText();
  }

  @Test
  void oneYearIsLabelledAndSaid() {
    JFreeChart c = ChartRenderer.build(chart("2017"));
    assertThat(subtitle(c)).isEqualTo("Programme total in kg (one year only, 2017)");
    assertThat(((XYPlot) c.getPlot()).getRenderer().getDefaultItemLabelsVisible()).isTrue();
  }

  @Test
  void twoYearsAreALine() {
    JFreeChart c = ChartRenderer.build(chart("2017", "2018"));
    assertThat(subtitle(c)).isEqualTo("Programme total in kg");
    assertThat(((XYPlot) c.getPlot()).getRenderer().getDefaultItemLabelsVisible()).isFalse();
  }
}
