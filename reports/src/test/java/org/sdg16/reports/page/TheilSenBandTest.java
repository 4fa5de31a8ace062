package org.sdg16.reports.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

class TheilSenBandTest {

  private static Observation obs(int year, double v) {
    return new Observation(
        "VC_ARM_SZTRACE",
        276,
        year,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        v,
        null,
        null,
        "A",
        "C",
        "N",
        1,
        null,
        null,
        null);
  }

  private static TrendRow trend(double lo, double hi) {
    return new TrendRow(
        "VC_ARM_SZTRACE",
        276,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        "N",
        4,
        2015,
        2018,
        null,
        null,
        null,
        null,
        1.0,
        lo,
        hi,
        -2014.0,
        0.0,
        0.0,
        1.0,
        0.5,
        "no significant trend",
        null,
        null,
        null,
        null);
  }

  /**
   * Values 1, 3, 2, 5 in 2015–2018, Sen's line 1 × (t − 2014), interval of the slope [0.5, 2]. Hand
   * computed: the median year of the values is 2016.5, where the line is 2.5; the lower slope's
   * line through it is 2.5 + 0.5 (t − 2016.5): 1.75 in 2015, 2.25 in 2016, 3.25 in 2018; the
   * upper's 2.5 + 2 (t − 2016.5): −0.5 in 2015, 1.5 in 2016, 5.5 in 2018. The band's edges are the
   * lower and the higher of the two each year, and Sen's line (1, 2, 3, 4) lies within them.
   */
  @Test
  void theBandTurnsAboutTheTrendLineAtTheMedianYearAndHoldsIt() {
    List<Observation> v = List.of(obs(2015, 1), obs(2016, 3), obs(2017, 2), obs(2018, 5));
    TrendRow t = trend(0.5, 2);
    List<Line> band = Charts.theilSenBand(t, v);
    assertThat(band).hasSize(2).allMatch(l -> l.style() == Style.BAND);
    List<Point> lower = band.get(0).points();
    List<Point> upper = band.get(1).points();
    assertThat(lower).extracting(Point::x).containsExactly("2015", "2016", "2017", "2018");
    assertThat(lower.get(0).value()).isCloseTo(-0.5, within(1e-9));
    assertThat(upper.get(0).value()).isCloseTo(1.75, within(1e-9));
    assertThat(lower.get(1).value()).isCloseTo(1.5, within(1e-9));
    assertThat(upper.get(1).value()).isCloseTo(2.25, within(1e-9));
    assertThat(lower.get(3).value()).isCloseTo(3.25, within(1e-9));
    assertThat(upper.get(3).value()).isCloseTo(5.5, within(1e-9));
    for (int i = 0; i < 4; i++) {
      double line = t.lineAt(2015 + i);
      assertThat(line).isBetween(lower.get(i).value(), upper.get(i).value());
    }
  }

  /** Values outside the trend's years do not move the band. */
  @Test
  void valuesOutsideTheTrendsYearsAreNotUsed() {
    List<Observation> v =
        List.of(obs(2010, 500), obs(2015, 1), obs(2016, 3), obs(2017, 2), obs(2018, 5));
    assertThat(Charts.theilSenBand(trend(0.5, 2), v).get(1).points().get(0).value())
        .isCloseTo(1.75, within(1e-9));
    assertThat(Charts.theilSenBand(trend(0.5, 2), v).get(0).points().get(0).value())
        .isCloseTo(-0.5, within(1e-9));
  }
}
