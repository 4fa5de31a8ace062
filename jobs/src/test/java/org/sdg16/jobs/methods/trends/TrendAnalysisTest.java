package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point of methodology §6: what is computed when, and the notes saying why not. */
class TrendAnalysisTest {

  private static List<TrendPoint> series(double... yearValuePairs) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < yearValuePairs.length; i += 2) {
      points.add(TrendPoint.of((int) yearValuePairs[i], yearValuePairs[i + 1]));
    }
    return points;
  }

  @Test
  void noPoints() {
    TrendStats s = TrendAnalysis.analyse(List.of(), null);
    assertThat(s.nPoints()).isZero();
    assertThat(s.firstYear()).isNull();
    assertThat(s.lastYear()).isNull();
    assertThat(s.yoyAbs()).isNull();
    assertThat(s.mkP()).isNull();
    assertThat(s.direction()).isNull();
    assertThat(s.progress()).isNull();
    assertThat(s.note()).isEqualTo("insufficient_points");
  }

  @Test
  void onePoint() {
    TrendStats s = TrendAnalysis.analyse(series(2016, 4), null);
    assertThat(s.nPoints()).isEqualTo(1);
    assertThat(s.firstYear()).isEqualTo(2016);
    assertThat(s.lastYear()).isEqualTo(2016);
    assertThat(s.yoyAbs()).isNull();
    assertThat(s.yoyPct()).isNull();
    assertThat(s.note()).isEqualTo("insufficient_points");
  }

  /**
   * n = 2: only the year-on-year change (110 − 100 = 10, 10 % of 100) and, with a spec, progress
   * (CAGR 10 % ≥ 1.5 %: on track).
   */
  @Test
  void twoPointsGiveYearOnYearAndProgressOnly() {
    List<TrendPoint> two = series(2015, 100, 2016, 110);
    TrendStats s = TrendAnalysis.analyse(two, ProgressSpec.of(DesiredDirection.INCREASE));
    assertThat(s.yoyAbs()).isCloseTo(10, within(1e-12));
    assertThat(s.yoyPct()).isCloseTo(10, within(1e-12));
    assertThat(s.cagr()).isNull();
    assertThat(s.loglinearRate()).isNull();
    assertThat(s.theilSenSlope()).isNull();
    assertThat(s.mkS()).isNull();
    assertThat(s.direction()).isNull();
    assertThat(s.progress()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(s.note()).isEqualTo("insufficient_points");
    // no spec, no direction assumed: no progress class
    assertThat(TrendAnalysis.analyse(two, null).progress()).isNull();
  }

  @Test
  void reasonsAreJoined() {
    TrendStats s =
        TrendAnalysis.analyse(series(2010, 1, 2011, 2), ProgressSpec.of(DesiredDirection.INCREASE));
    assertThat(s.progress()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
    assertThat(s.note()).isEqualTo("insufficient_points;progress_no_data_from_base_year");
  }

  /**
   * n = 3, 100 110 121 in 2015..2017 (geometric, +10 % a year). CAGR = 1.21^(1/2) − 1 = 0.1 and the
   * log-linear fit is perfect (rate 0.1, interval collapsed). S = 3 (all pairs rise), tau = 1, Var
   * = 3·2·11/18 = 3.6667; exact distribution for n = 3 is S = 3, 1, −1, −3 with counts 1 2 2 1, so
   * p = P(|S| ≥ 3) = 2/6. Slopes 10, 10.5, 11: Sen's slope 10.5; y − 10.5·year = −21057.5, −21058,
   * −21057.5 → intercept −21057.5. M1 = (3 − 1.96·1.915)/2 &lt; 1: no interval.
   */
  @Test
  void threePoints() {
    TrendStats s = TrendAnalysis.analyse(series(2015, 100, 2016, 110, 2017, 121), null);
    assertThat(s.nPoints()).isEqualTo(3);
    assertThat(s.cagr()).isCloseTo(0.1, within(1e-12));
    assertThat(s.loglinearRate()).isCloseTo(0.1, within(1e-12));
    assertThat(s.loglinearRateLo()).isCloseTo(0.1, within(1e-12));
    assertThat(s.loglinearRateHi()).isCloseTo(0.1, within(1e-12));
    assertThat(s.mkS()).isEqualTo(3.0);
    assertThat(s.mkTau()).isEqualTo(1.0);
    assertThat(s.mkVar()).isCloseTo(66.0 / 18, within(1e-12));
    assertThat(s.mkP()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(s.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_TREND);
    assertThat(s.theilSenSlope()).isCloseTo(10.5, within(1e-12));
    assertThat(s.theilSenIntercept()).isCloseTo(-21057.5, within(1e-9));
    assertThat(s.theilSenLo()).isNull();
    assertThat(s.theilSenHi()).isNull();
    assertThat(s.yoyAbs()).isCloseTo(11, within(1e-12));
    assertThat(s.yoyPct()).isCloseTo(10, within(1e-12));
    assertThat(s.note()).isEqualTo("theil_sen_ci_undefined");
  }

  /**
   * Zeros, as in crime counts: 0 3 5 0 2 in 2010..2014. No CAGR (first value 0), no log-linear
   * trend; Theil–Sen and Mann–Kendall run. By hand: S = 3 − 1 − 2 + 1 = 1; one tied pair (the 0s):
   * Var = (300 − 18)/18 = 15.667. Slopes: 3, 2.5, 0, 0.5, 2, −1.5, −1/3, −5, −1.5, 2; sorted −5
   * −1.5 −1.5 −0.333 0 0.5 2 2 2.5 3; median 0.25. M1 = 1.121120, so lower = −5 + 0.121120·3.5 =
   * −4.576080 and upper (rank 9.878880) = 2.5 + 0.878880·0.5 = 2.939440. Year on year: 2 − 0 = 2,
   * percent undefined (previous 0).
   */
  @Test
  void zerosStopOnlyTheLogarithmicEstimators() {
    TrendStats s = TrendAnalysis.analyse(series(2010, 0, 2011, 3, 2012, 5, 2013, 0, 2014, 2), null);
    assertThat(s.cagr()).isNull();
    assertThat(s.loglinearRate()).isNull();
    assertThat(s.loglinearRateLo()).isNull();
    assertThat(s.mkS()).isEqualTo(1.0);
    assertThat(s.mkVar()).isCloseTo(282.0 / 18, within(1e-12));
    assertThat(s.theilSenSlope()).isCloseTo(0.25, within(1e-12));
    assertThat(s.theilSenLo()).isCloseTo(-4.576080, within(2e-6));
    assertThat(s.theilSenHi()).isCloseTo(2.939440, within(2e-6));
    assertThat(s.yoyAbs()).isEqualTo(2.0);
    assertThat(s.yoyPct()).isNull();
    assertThat(s.note()).isEqualTo("non_positive_values");
  }

  /** A zero inside the series: the CAGR needs only its ends, (6/5)^(1/2) − 1 = 0.095445. */
  @Test
  void zeroInsideKeepsTheCagr() {
    TrendStats s = TrendAnalysis.analyse(series(2015, 5, 2016, 0, 2017, 6), null);
    assertThat(s.cagr()).isCloseTo(0.095445, within(1e-6));
    assertThat(s.loglinearRate()).isNull();
    assertThat(s.note()).isEqualTo("non_positive_values;theil_sen_ci_undefined");
  }

  @Test
  void constantSeries() {
    TrendStats s = TrendAnalysis.analyse(series(2015, 8, 2016, 8, 2017, 8, 2018, 8), null);
    assertThat(s.cagr()).isZero();
    assertThat(s.loglinearRate()).isZero();
    assertThat(s.loglinearRateLo()).isZero();
    assertThat(s.loglinearRateHi()).isZero();
    assertThat(s.theilSenSlope()).isZero();
    assertThat(s.theilSenLo()).isZero();
    assertThat(s.theilSenHi()).isZero();
    assertThat(s.mkS()).isZero();
    assertThat(s.mkVar()).isZero();
    assertThat(s.mkP()).isEqualTo(1.0);
    assertThat(s.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_TREND);
    assertThat(s.directionLabel()).isEqualTo("no significant trend");
    assertThat(s.yoyAbs()).isZero();
    assertThat(s.yoyPct()).isZero();
    assertThat(s.note()).isNull();
  }

  /** n = 6 rising every year: exact p = 2/720 = 0.0028 ≤ 0.05, increasing; reversed, decreasing. */
  @Test
  void significantDirections() {
    TrendStats up =
        TrendAnalysis.analyse(series(2010, 1, 2011, 2, 2012, 3, 2013, 5, 2014, 8, 2015, 13), null);
    assertThat(up.mkP()).isCloseTo(2.0 / 720, within(1e-15));
    assertThat(up.direction()).isEqualTo(TrendDirection.INCREASING);
    assertThat(up.directionLabel()).isEqualTo("increasing");
    TrendStats down =
        TrendAnalysis.analyse(series(2010, 13, 2011, 8, 2012, 5, 2013, 3, 2014, 2, 2015, 1), null);
    assertThat(down.direction()).isEqualTo(TrendDirection.DECREASING);
    assertThat(down.theilSenSlope()).isNegative();
  }

  @Test
  void orderOfInputDoesNotMatterAndGapsAreKept() {
    List<TrendPoint> points = series(2012, 7, 2009, 3, 2015, 4, 2010, 9, 2016, 11, 2013, 6);
    TrendStats sorted = TrendAnalysis.analyse(points, ProgressSpec.of(DesiredDirection.DECREASE));
    List<TrendPoint> shuffled = new ArrayList<>(points);
    Collections.reverse(shuffled);
    assertThat(TrendAnalysis.analyse(shuffled, ProgressSpec.of(DesiredDirection.DECREASE)))
        .isEqualTo(sorted);
    assertThat(sorted.firstYear()).isEqualTo(2009);
    assertThat(sorted.lastYear()).isEqualTo(2016);
    // last minus previous observed (2015, not a filled 2015..2016 gap): 11 − 4 = 7, 175 %
    assertThat(sorted.yoyAbs()).isEqualTo(7.0);
    assertThat(sorted.yoyPct()).isCloseTo(175, within(1e-12));
  }

  @Test
  void duplicateYearsAreABug() {
    assertThatThrownBy(() -> TrendAnalysis.analyse(series(2015, 1, 2016, 2, 2015, 3), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015");
  }

  @Test
  void pointsMustBeFinite() {
    assertThatThrownBy(() -> TrendPoint.of(2015, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrendPoint.of(2015, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
