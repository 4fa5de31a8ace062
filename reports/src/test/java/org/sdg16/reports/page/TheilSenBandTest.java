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
   * Values 1, 3, 2, 5 in 2015–2018, interval of the slope [0.5, 2]. Hand computed: the lower
   * slope's intercept is median(y − 0.5·t) = median(−1006.5, −1005, −1006.5, −1004) = −1005.75, so
   * its line is 1.75 in 2015, 2.25 in 2016 and 3.25 in 2018; the upper slope's intercept is
   * median(y − 2·t) = median(−4029, −4029, −4032, −4031) = −4030, its line 0 in 2015, 2 in 2016 and
   * 6 in 2018. The band's edges are the lower and the higher of the two each year.
   */
  @Test
  void theBandIsBetweenTheLinesOfTheIntervalsSlopes() {
    List<Observation> v = List.of(obs(2015, 1), obs(2016, 3), obs(2017, 2), obs(2018, 5));
    List<Line> band = Charts.theilSenBand(trend(0.5, 2), v);
    assertThat(band).hasSize(2).allMatch(l -> l.style() == Style.BAND);
    List<Point> lower = band.get(0).points();
    List<Point> upper = band.get(1).points();
    assertThat(lower).extracting(Point::x).containsExactly("2015", "2016", "2017", "2018");
    assertThat(lower.get(0).value()).isCloseTo(0.0, within(1e-9));
    assertThat(upper.get(0).value()).isCloseTo(1.75, within(1e-9));
    assertThat(lower.get(1).value()).isCloseTo(2.0, within(1e-9));
    assertThat(upper.get(1).value()).isCloseTo(2.25, within(1e-9));
    assertThat(lower.get(3).value()).isCloseTo(3.25, within(1e-9));
    assertThat(upper.get(3).value()).isCloseTo(6.0, within(1e-9));
  }

  /** Values outside the trend's years do not move the band. */
  @Test
  void valuesOutsideTheTrendsYearsAreNotUsed() {
    List<Observation> v =
        List.of(obs(2010, 500), obs(2015, 1), obs(2016, 3), obs(2017, 2), obs(2018, 5));
    assertThat(Charts.theilSenBand(trend(0.5, 2), v).get(1).points().get(0).value())
        .isCloseTo(1.75, within(1e-9));
  }
}
