package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sdg16.jobs.methods.trends.DesiredDirection.DECREASE;
import static org.sdg16.jobs.methods.trends.DesiredDirection.INCREASE;
import static org.sdg16.jobs.methods.trends.ProgressStatus.DETERIORATION;
import static org.sdg16.jobs.methods.trends.ProgressStatus.LIMITED_PROGRESS;
import static org.sdg16.jobs.methods.trends.ProgressStatus.ON_TRACK;
import static org.sdg16.jobs.methods.trends.ProgressStatus.PROGRESS_MADE;
import static org.sdg16.jobs.methods.trends.ProgressStatus.TARGET_ACHIEVED;
import static org.sdg16.jobs.methods.trends.ProgressStatus.UNABLE_TO_ASSESS;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Statistics Canada progress classes of methodology §6, with the edge conventions of {@link
 * ProgressMeasure}. Expected categories follow the thresholds of the method as implemented in Open
 * SDG ({@code sdg-build/sdg/ProgressMeasure.py}: {@code value >= x} is the better class).
 */
class ProgressMeasureTest {

  private static final ProgressSpec UP = ProgressSpec.of(INCREASE);
  private static final ProgressSpec DOWN = ProgressSpec.of(DECREASE);

  private static List<TrendPoint> series(double... yearValuePairs) {
    TrendPoint[] points = new TrendPoint[yearValuePairs.length / 2];
    for (int i = 0; i < points.length; i++) {
      points[i] = TrendPoint.of((int) yearValuePairs[2 * i], yearValuePairs[2 * i + 1]);
    }
    return List.of(points);
  }

  // ---------------------------------------------------------------- without a target

  /** 2015 → 2016, one year: CAGR = latest/100 − 1. 1.5 % and 0.5 % belong to the better class. */
  @Test
  void thresholdEdgesWithoutTarget() {
    assertThat(status(series(2015, 100, 2016, 101.5), UP)).isEqualTo(ON_TRACK); // 1.5 %
    assertThat(status(series(2015, 100, 2016, 120), UP)).isEqualTo(ON_TRACK); // 20 %
    assertThat(status(series(2015, 100, 2016, 101.49), UP)).isEqualTo(PROGRESS_MADE); // 1.49 %
    assertThat(status(series(2015, 100, 2016, 100.5), UP)).isEqualTo(PROGRESS_MADE); // 0.5 %
    assertThat(status(series(2015, 100, 2016, 100.49), UP)).isEqualTo(LIMITED_PROGRESS); // 0.49 %
    assertThat(status(series(2015, 100, 2016, 100), UP)).isEqualTo(LIMITED_PROGRESS); // 0
    assertThat(status(series(2015, 100, 2016, 99.99), UP)).isEqualTo(DETERIORATION); // −0.01 %
  }

  /**
   * A decrease is desired: d = −1. 100 → 97.0225 over two years is 0.985² (CAGR −1.5 %), 100 →
   * 99.0025 is 0.995² (−0.5 %).
   */
  @Test
  void decreaseDesiredWithoutTarget() {
    ProgressResult onTrack = ProgressMeasure.assess(series(2015, 100, 2017, 97.0225), DOWN);
    assertThat(onTrack.status()).isEqualTo(ON_TRACK);
    assertThat(onTrack.measure()).isCloseTo(0.015, within(1e-12));
    assertThat(status(series(2015, 100, 2017, 99.0025), DOWN)).isEqualTo(PROGRESS_MADE);
    assertThat(status(series(2015, 100, 2017, 100), DOWN)).isEqualTo(LIMITED_PROGRESS);
    assertThat(status(series(2015, 100, 2017, 101), DOWN)).isEqualTo(DETERIORATION);
  }

  /** Within 1e-9 under a threshold counts as at it; further below does not. */
  @Test
  void edgeTolerance() {
    double t = ProgressMeasure.NO_TARGET_ON_TRACK;
    assertThat(ProgressMeasure.classify(t - 5e-10, t, 0.005, 0)).isEqualTo(ON_TRACK);
    assertThat(ProgressMeasure.classify(t - 2e-9, t, 0.005, 0)).isEqualTo(PROGRESS_MADE);
    assertThat(ProgressMeasure.classify(-2e-9, t, 0.005, 0)).isEqualTo(DETERIORATION);
  }

  /**
   * The base is the first year from 2015 on: 2016 here (2012 and 2014 are ignored). 100 → 102.01
   * over 2016..2018 is 1.01²: CAGR 1 %, progress made. With base year 2012: (102.01/50)^(1/6) − 1 =
   * e^(ln 2.0402 / 6) − 1 = e^(0.713048/6) − 1 = e^0.118841 − 1 = 0.12619, on track.
   */
  @Test
  void baseIsTheFirstYearFromTheBaseYearOn() {
    List<TrendPoint> s = series(2012, 50, 2014, 60, 2016, 100, 2018, 102.01);
    ProgressResult r = ProgressMeasure.assess(s, UP);
    assertThat(r.baseYear()).isEqualTo(2016);
    assertThat(r.latestYear()).isEqualTo(2018);
    assertThat(r.measure()).isCloseTo(0.01, within(1e-12));
    assertThat(r.status()).isEqualTo(PROGRESS_MADE);
    ProgressResult from2012 = ProgressMeasure.assess(s, UP.withBaseYear(2012));
    assertThat(from2012.measure()).isCloseTo(0.12619, within(1e-5));
    assertThat(from2012.status()).isEqualTo(ON_TRACK);
  }

  // ---------------------------------------------------------------- with a target

  /**
   * Target 121 in 2017 from 100 in 2015: CAGR_required = 1.21^(1/2) − 1 = 10 %. Latest in 2016:
   * 109.5 → CAGR_observed 9.5 %, R = 95 %; 106 → 60 %; 105.99 → 59.99 %; 100 → 0; 99 → −10 %.
   */
  @Test
  void thresholdEdgesWithTarget() {
    ProgressSpec spec = ProgressSpec.withTarget(INCREASE, 121, 2017);
    ProgressResult atEdge = ProgressMeasure.assess(series(2015, 100, 2016, 109.5), spec);
    assertThat(atEdge.status()).isEqualTo(ON_TRACK);
    assertThat(atEdge.measure()).isCloseTo(0.95, within(1e-12));
    assertThat(status(series(2015, 100, 2016, 115), spec)).isEqualTo(ON_TRACK);
    assertThat(status(series(2015, 100, 2016, 109.49), spec)).isEqualTo(PROGRESS_MADE);
    assertThat(status(series(2015, 100, 2016, 106), spec)).isEqualTo(PROGRESS_MADE);
    assertThat(status(series(2015, 100, 2016, 105.99), spec)).isEqualTo(LIMITED_PROGRESS);
    assertThat(status(series(2015, 100, 2016, 100), spec)).isEqualTo(LIMITED_PROGRESS);
    ProgressResult worse = ProgressMeasure.assess(series(2015, 100, 2016, 99), spec);
    assertThat(worse.status()).isEqualTo(DETERIORATION);
    assertThat(worse.measure()).isCloseTo(-0.1, within(1e-12));
  }

  /** Meeting the target: ≥ when an increase is desired, ≤ when a decrease is; equality counts. */
  @Test
  void targetAchieved() {
    ProgressSpec up = ProgressSpec.withTarget(INCREASE, 121, 2017);
    assertThat(status(series(2015, 100, 2016, 121), up)).isEqualTo(TARGET_ACHIEVED);
    assertThat(status(series(2015, 100, 2016, 130), up)).isEqualTo(TARGET_ACHIEVED);
    ProgressSpec down = ProgressSpec.withTarget(DECREASE, 81, 2017);
    assertThat(status(series(2015, 100, 2016, 81), down)).isEqualTo(TARGET_ACHIEVED);
    assertThat(status(series(2015, 100, 2016, 80), down)).isEqualTo(TARGET_ACHIEVED);
    assertThat(ProgressMeasure.assess(series(2015, 100, 2016, 80), down).measure()).isNull();
  }

  /**
   * A decrease is desired, target 81 in 2017 from 100: CAGR_required = 0.81^(1/2) − 1 = −10 %. 90.5
   * in 2016 → CAGR_observed −9.5 %, R = d·(−9.5 %)/|−10 %| = 95 %; 94 → 60 %; 101 → −10 %.
   */
  @Test
  void decreaseDesiredWithTarget() {
    ProgressSpec spec = ProgressSpec.withTarget(DECREASE, 81, 2017);
    ProgressResult r = ProgressMeasure.assess(series(2015, 100, 2016, 90.5), spec);
    assertThat(r.measure()).isCloseTo(0.95, within(1e-12));
    assertThat(r.status()).isEqualTo(ON_TRACK);
    assertThat(status(series(2015, 100, 2016, 94), spec)).isEqualTo(PROGRESS_MADE);
    assertThat(status(series(2015, 100, 2016, 101), spec)).isEqualTo(DETERIORATION);
  }

  /**
   * How d applies with a target (Open SDG: R = d · CAGR_o / |CAGR_r|). An increase is desired but
   * the target 81 lies below the base 100; the series fell to 80: CAGR_o = −20 %, CAGR_r = −10 %.
   * The plain ratio would be +200 % ("on track"); the series moved against the desired direction,
   * so R = +1 · (−20 %)/10 % = −200 %, deterioration.
   */
  @Test
  void targetOnTheWrongSideOfTheBase() {
    ProgressResult r =
        ProgressMeasure.assess(
            series(2015, 100, 2016, 80), ProgressSpec.withTarget(INCREASE, 81, 2017));
    assertThat(r.measure()).isCloseTo(-2.0, within(1e-12));
    assertThat(r.status()).isEqualTo(DETERIORATION);
  }

  /** Target equal to the base and missed: no rate is required, R = −∞, deterioration. */
  @Test
  void targetEqualToTheBase() {
    ProgressResult r =
        ProgressMeasure.assess(
            series(2015, 100, 2016, 90), ProgressSpec.withTarget(INCREASE, 100, 2020));
    assertThat(r.status()).isEqualTo(DETERIORATION);
    assertThat(r.measure()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  // ---------------------------------------------------------------- zeros and unable to assess

  /**
   * A zero base is replaced by 0.001: 0 → 5 in one year is CAGR 5/0.001 − 1 = 4999, on track when
   * an increase is desired; 0 → 0.002 is CAGR 1 = +100 %, deterioration when a decrease is.
   */
  @Test
  void zeroBaseIsReplaced() {
    ProgressResult up = ProgressMeasure.assess(series(2015, 0, 2016, 5), UP);
    assertThat(up.baseValue()).isEqualTo(0.001);
    assertThat(up.measure()).isCloseTo(4999, within(1e-9));
    assertThat(up.status()).isEqualTo(ON_TRACK);
    ProgressResult down = ProgressMeasure.assess(series(2015, 0, 2016, 0.002), DOWN);
    assertThat(down.measure()).isCloseTo(-1.0, within(1e-12));
    assertThat(down.status()).isEqualTo(DETERIORATION);
  }

  /**
   * A zero target is replaced by 0.001: from 100 in 2015 to 0.001 in 2020, CAGR_required =
   * (0.001/100)^(1/5) − 1 = (10^−5)^(1/5) − 1 = 0.1 − 1 = −90 %. 50 in 2016: CAGR_o = −50 %, R =
   * 50/90 = 55.6 %, limited progress; 10 in 2016: CAGR_o = −90 %, R = 100 %, on track; 0 in 2016
   * meets the target (0 ≤ 0.001).
   */
  @Test
  void zeroTargetIsReplaced() {
    ProgressSpec spec = ProgressSpec.withTarget(DECREASE, 0, 2020);
    ProgressResult r = ProgressMeasure.assess(series(2015, 100, 2016, 50), spec);
    assertThat(r.measure()).isCloseTo(0.5 / 0.9, within(1e-12));
    assertThat(r.status()).isEqualTo(LIMITED_PROGRESS);
    assertThat(status(series(2015, 100, 2016, 10), spec)).isEqualTo(ON_TRACK);
    assertThat(status(series(2015, 100, 2016, 0), spec)).isEqualTo(TARGET_ACHIEVED);
  }

  /**
   * The note (Open SDG 2.4.0, "Minimum data requirements" 2): "valid only when all values are
   * positive or all values are negative. If all values are negative, the desired direction of
   * progress is flipped". −100 → −98.5 with an increase desired: the magnitude falls 1.5 %, d
   * flipped to −1, measure +1.5 %: on track; −100 → −102: deterioration. With a target −50 for 2030
   * and −80 in 2020: CAGR_o = 0.8^(1/5) − 1, CAGR_r = 0.5^(1/15) − 1, R = −CAGR_o / |CAGR_r| =
   * 0.9665: on track.
   */
  @Test
  void allNegativeValuesFlipTheDirection() {
    ProgressResult r = ProgressMeasure.assess(series(2015, -100, 2016, -98.5), UP);
    assertThat(r.measure()).isCloseTo(0.015, within(1e-12));
    assertThat(r.status()).isEqualTo(ON_TRACK);
    assertThat(status(series(2015, -100, 2016, -102), UP)).isEqualTo(DETERIORATION);
    assertThat(status(series(2015, -100, 2016, -102), DOWN)).isEqualTo(ON_TRACK);
    ProgressResult t =
        ProgressMeasure.assess(
            series(2015, -100, 2020, -80), ProgressSpec.withTarget(INCREASE, -50, 2030));
    double expected = -(Math.pow(0.8, 0.2) - 1) / Math.abs(Math.pow(0.5, 1.0 / 15) - 1);
    assertThat(t.measure()).isCloseTo(expected, within(1e-12));
    assertThat(t.measure()).isCloseTo(0.9665, within(1e-4));
    assertThat(t.status()).isEqualTo(ON_TRACK);
    // the latest value meets a negative target: target achieved, before any growth rate
    assertThat(status(series(2015, -100, 2020, -40), ProgressSpec.withTarget(INCREASE, -50, 2030)))
        .isEqualTo(TARGET_ACHIEVED);
  }

  @Test
  void unableToAssess() {
    assertUnable(series(2010, 5, 2014, 6), UP, ProgressResult.REASON_NO_DATA_FROM_BASE_YEAR);
    assertUnable(series(2014, 5, 2015, 6), UP, ProgressResult.REASON_ONE_YEAR_FROM_BASE);
    assertUnable(series(2016, 6), UP, ProgressResult.REASON_ONE_YEAR_FROM_BASE);
    // one year that meets the target is still not enough (methodology §6 needs two years)
    assertUnable(
        series(2016, 200),
        ProgressSpec.withTarget(INCREASE, 121, 2020),
        ProgressResult.REASON_ONE_YEAR_FROM_BASE);
    // a latest value of 0 is not replaced
    assertUnable(series(2015, 10, 2016, 0), DOWN, ProgressResult.REASON_NON_POSITIVE_VALUES);
    assertUnable(series(2015, -5, 2016, 3), UP, ProgressResult.REASON_NON_POSITIVE_VALUES);
    assertUnable(
        series(2015, 10, 2016, 20),
        ProgressSpec.withTarget(DECREASE, -1, 2020),
        ProgressResult.REASON_NON_POSITIVE_VALUES);
    assertUnable(
        series(2015, 10, 2016, 20),
        ProgressSpec.withTarget(INCREASE, 30, 2015),
        ProgressResult.REASON_TARGET_YEAR_NOT_AFTER_BASE);
  }

  @Test
  void specNeedsBothTargetValueAndYear() {
    assertThatThrownBy(() -> new ProgressSpec(INCREASE, 5.0, null, 2015))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressSpec(INCREASE, null, 2030, 2015))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressSpec(null, null, null, 2015))
        .isInstanceOf(NullPointerException.class);
    assertThat(UP.baseYear()).isEqualTo(2015);
  }

  @Test
  void labelsOfTheTable() {
    assertThat(ON_TRACK.label()).isEqualTo("on track");
    assertThat(PROGRESS_MADE.label()).isEqualTo("progress made but acceleration needed");
    assertThat(LIMITED_PROGRESS.label()).isEqualTo("limited progress");
    assertThat(DETERIORATION.label()).isEqualTo("deterioration");
    assertThat(TARGET_ACHIEVED.label()).isEqualTo("target achieved");
    assertThat(UNABLE_TO_ASSESS.label()).isEqualTo("unable to assess");
  }

  private static ProgressStatus status(List<TrendPoint> points, ProgressSpec spec) {
    return ProgressMeasure.assess(points, spec).status();
  }

  private static void assertUnable(List<TrendPoint> points, ProgressSpec spec, String reason) {
    ProgressResult r = ProgressMeasure.assess(points, spec);
    assertThat(r.status()).isEqualTo(UNABLE_TO_ASSESS);
    assertThat(r.reason()).isEqualTo(reason);
    assertThat(r.measure()).isNull();
  }
}
