package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sdg16.jobs.methods.trends.DesiredDirection.DECREASE;
import static org.sdg16.jobs.methods.trends.DesiredDirection.INCREASE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threshold edges of the progress methods of methodology §6.2 that {@link ProgressMethodsTest} and
 * {@link ProgressMeasureTest} leave out: a value exactly at each threshold, with and without a
 * target, both desired directions, and the percentage series (unit {@code PT}) whose change is in
 * percentage points a year. Every value is chosen so that the arithmetic is exact or nearly so; the
 * hand computation is written next to it. None of these is a worked example of a note: no note
 * found has one with numbers (methodology §6.2, "What was verified against what").
 */
class ProgressThresholdEdgesTest {

  static final ProgressSpec UP = ProgressSpec.of(INCREASE);
  static final ProgressSpec DOWN = ProgressSpec.of(DECREASE);

  static List<TrendPoint> pts(double... yearValue) {
    List<TrendPoint> out = new ArrayList<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      out.add(TrendPoint.of((int) yearValue[i], yearValue[i + 1]));
    }
    return out;
  }

  // ---- Eurostat

  private static MethodResult euShortPt(double first, double mid, double last, ProgressSpec spec) {
    return EurostatAssessment.assess(
        pts(2018, first, 2020, mid, 2023, last), spec, "PT", EurostatAssessment.SHORT_TERM);
  }

  @Test
  void eurostatWithoutTargetOnAPercentageAtEachThreshold() {
    // 40 → 45 % over 2018–2023: (45 − 40) / 5 = 1 point a year, the threshold: significant
    MethodResult one = euShortPt(40, 41, 45, UP);
    assertThat(one.value()).isEqualTo(1.0);
    assertThat(one.unit()).isEqualTo("percentage points a year");
    assertThat(one.category()).isEqualTo("significant progress towards the SD objectives");
    assertThat(one.symbol()).isEqualTo("↑");
    // 40 → 40.0001: 0.00002 points a year > 0: moderate progress
    assertThat(euShortPt(40, 41, 40.0001, UP).symbol()).isEqualTo("↗");
    // 40 → 40: 0, the edge between ↗ and ↘, belongs to moderate movement away (0 is not progress)
    MethodResult zero = euShortPt(40, 41, 40, UP);
    assertThat(zero.value()).isEqualTo(0.0);
    assertThat(zero.category()).isEqualTo("moderate movement away from the SD objectives");
    // 40 → 35: (35 − 40) / 5 = −1 point a year, the edge: significant movement away
    MethodResult minusOne = euShortPt(40, 39, 35, UP);
    assertThat(minusOne.value()).isEqualTo(-1.0);
    assertThat(minusOne.category()).isEqualTo("significant movement away from the SD objectives");
    assertThat(minusOne.tone()).isEqualTo(MethodResult.Tone.DETERIORATION);
    // a decrease desired: d · (−1) = +1, significant progress; d · 0 = 0, moderate movement away
    assertThat(euShortPt(40, 39, 35, DOWN).symbol()).isEqualTo("↑");
    assertThat(euShortPt(40, 41, 40, DOWN).symbol()).isEqualTo("↘");
    // d · (+1) = −1: significant movement away
    assertThat(euShortPt(40, 41, 45, DOWN).symbol()).isEqualTo("↓");
  }

  @Test
  void eurostatWithTargetAtTheZeroEdgeAndAtTheTarget() {
    // 100 (2018) → 100 (2023): observed (100/100)^(1/5) − 1 = 0 exactly, R = 0 / required = 0,
    // the edge between insufficient progress and movement away: insufficient progress
    MethodResult flat =
        EurostatAssessment.assess(
            pts(2018, 100, 2021, 105, 2023, 100),
            ProgressSpec.withTarget(INCREASE, 150, 2030),
            "NUMBER",
            EurostatAssessment.SHORT_TERM);
    assertThat(flat.value()).isEqualTo(0.0);
    assertThat(flat.category()).isEqualTo("insufficient progress towards the target");
    assertThat(flat.symbol()).isEqualTo("↘");
    // the latest value exactly at the target meets it, in either direction
    MethodResult metUp = euShortPt(40, 42, 45, ProgressSpec.withTarget(INCREASE, 45, 2030));
    assertThat(metUp.category()).isEqualTo("target met");
    assertThat(metUp.value()).isNull();
    MethodResult metDown = euShortPt(50, 48, 45, ProgressSpec.withTarget(DECREASE, 45, 2030));
    assertThat(metDown.category()).isEqualTo("target met");
  }

  @Test
  void eurostatWithTargetOnAPercentage() {
    // increase desired, 40 → 45 % over 2018–2023: observed (45 − 40) / 5 = 1 point a year;
    // target 60 in 2030: required (60 − 40) / (2030 − 2018) = 20/12 points a year;
    // R = 1 / (20/12) = 0.6, the edge: moderate progress
    MethodResult sixty = euShortPt(40, 42, 45, ProgressSpec.withTarget(INCREASE, 60, 2030));
    assertThat(sixty.value()).isCloseTo(0.6, within(1e-12));
    assertThat(sixty.category()).isEqualTo("moderate progress towards the target");
    // target 52: required 12/12 = 1, R = 1 ≥ 0.95: significant progress
    assertThat(euShortPt(40, 42, 45, ProgressSpec.withTarget(INCREASE, 52, 2030)).symbol())
        .isEqualTo("↑");
    // decrease desired, 50 → 45: observed −1; target 30: required (30 − 50) / 12 = −20/12;
    // R = d · observed / |required| = (−1)(−1) / (20/12) = 0.6: moderate progress
    ProgressSpec down30 = ProgressSpec.withTarget(DECREASE, 30, 2030);
    MethodResult down = euShortPt(50, 49, 45, down30);
    assertThat(down.value()).isCloseTo(0.6, within(1e-12));
    assertThat(down.symbol()).isEqualTo("↗");
    // 50 → 55: observed +1, R = (−1)(+1) / (20/12) = −0.6: movement away
    MethodResult away = euShortPt(50, 51, 55, down30);
    assertThat(away.value()).isCloseTo(-0.6, within(1e-12));
    assertThat(away.category()).isEqualTo("movement away from the target");
  }

  @Test
  void eurostatPeriodStartsExactlyFifteenOrFiveYearsBeforeTheLatest() {
    // latest 2023: the long-term period starts in 2023 − 15 = 2008 (included), 2007 is not used
    MethodResult longTerm =
        EurostatAssessment.assess(
            pts(2007, 1, 2008, 100, 2015, 110, 2023, 120),
            UP,
            "NUMBER",
            EurostatAssessment.LONG_TERM);
    assertThat(longTerm.years()).isEqualTo("2008–2023");
    // the short-term period starts in 2023 − 5 = 2018 (included), 2017 is not used
    MethodResult shortTerm =
        EurostatAssessment.assess(
            pts(2017, 1, 2018, 100, 2020, 105, 2023, 110),
            UP,
            "NUMBER",
            EurostatAssessment.SHORT_TERM);
    assertThat(shortTerm.years()).isEqualTo("2018–2023");
  }

  // ---- UN Progress Chart

  @Test
  void unTargetMetExactlyAtTheTarget() {
    // §2.4 exception 1 (EUSTAT's reproduction): a latest value that meets the target, equality
    // included, is on track or target met, with no value
    MethodResult up =
        UnProgressChart.assess(
            pts(2015, 20, 2020, 25), ProgressSpec.withTarget(INCREASE, 25, 2030), "NUMBER");
    assertThat(up.category()).isEqualTo("on track or target met");
    assertThat(up.value()).isNull();
    MethodResult down =
        UnProgressChart.assess(
            pts(2015, 100, 2020, 80), ProgressSpec.withTarget(DECREASE, 80, 2030), "NUMBER");
    assertThat(down.category()).isEqualTo("on track or target met");
    assertThat(down.value()).isNull();
  }

  @Test
  void unWithoutTargetOnAPercentageAtEachThreshold() {
    // 40 → 42 % in one year: 2 points a year, the threshold: green
    MethodResult two = UnProgressChart.assess(pts(2015, 40, 2016, 42), UP, "PT");
    assertThat(two.value()).isEqualTo(2.0);
    assertThat(two.unit()).isEqualTo("percentage points a year");
    assertThat(two.symbol()).isEqualTo("green");
    // 1.99 points: yellow; 0.5 points, the threshold: yellow; 0.49 points: red
    assertThat(UnProgressChart.assess(pts(2015, 40, 2016, 41.99), UP, "PT").symbol())
        .isEqualTo("yellow");
    assertThat(UnProgressChart.assess(pts(2015, 40, 2016, 40.5), UP, "PT").symbol())
        .isEqualTo("yellow");
    assertThat(UnProgressChart.assess(pts(2015, 40, 2016, 40.49), UP, "PT").symbol())
        .isEqualTo("red");
    // a decrease desired: 40 → 38 is d · (−2) = +2: green; 40 → 39.5 is +0.5: yellow
    assertThat(UnProgressChart.assess(pts(2015, 40, 2016, 38), DOWN, "PT").symbol())
        .isEqualTo("green");
    assertThat(UnProgressChart.assess(pts(2015, 40, 2016, 39.5), DOWN, "PT").symbol())
        .isEqualTo("yellow");
  }

  @Test
  void unWithTargetOnAPercentageAtTheFairEdge() {
    // 10 → 10.5 % over 2015–2020: change 0.5 / 5 = 0.1 points a year; linear projection to 2030:
    // v^e = 10.5 + 0.1 · 10 = 11.5; target 25: r = (11.5 − 10) / (25 − 10) = 1.5 / 15 = 0.10,
    // the threshold: fair progress (yellow)
    MethodResult r =
        UnProgressChart.assess(
            pts(2015, 10, 2020, 10.5), ProgressSpec.withTarget(INCREASE, 25, 2030), "PT");
    assertThat(r.value()).isCloseTo(0.10, within(1e-12));
    assertThat(r.category()).isEqualTo("fair progress, but acceleration needed");
    // target 25.01: r = 1.5 / 15.01 = 0.09993… < 0.10: stagnation or regression
    assertThat(
            UnProgressChart.assess(
                    pts(2015, 10, 2020, 10.5), ProgressSpec.withTarget(INCREASE, 25.01, 2030), "PT")
                .symbol())
        .isEqualTo("red");
    // a decrease desired: 50 → 45 over 2015–2020, −1 point a year, v^e = 45 − 10 = 35;
    // target 35: r = (35 − 50) / (35 − 50) = 1 ≥ 0.95 (green); target 30: r = −15 / −20 = 0.75
    MethodResult down35 =
        UnProgressChart.assess(
            pts(2015, 50, 2020, 45), ProgressSpec.withTarget(DECREASE, 35, 2030), "PT");
    assertThat(down35.value()).isCloseTo(1.0, within(1e-12));
    assertThat(down35.symbol()).isEqualTo("green");
    MethodResult down30 =
        UnProgressChart.assess(
            pts(2015, 50, 2020, 45), ProgressSpec.withTarget(DECREASE, 30, 2030), "PT");
    assertThat(down30.value()).isCloseTo(0.75, within(1e-12));
    assertThat(down30.symbol()).isEqualTo("yellow");
  }

  // ---- ESCAP

  @Test
  void escapTargetMetExactlyAtTheTarget() {
    MethodResult up =
        EscapAssessment.assess(
            pts(2015, 10, 2016, 12, 2017, 14), ProgressSpec.withTarget(INCREASE, 14, 2030));
    assertThat(up.category()).isEqualTo("target achieved");
    assertThat(up.value()).isNull();
    MethodResult down =
        EscapAssessment.assess(
            pts(2015, 14, 2016, 12, 2017, 10), ProgressSpec.withTarget(DECREASE, 10, 2030));
    assertThat(down.category()).isEqualTo("target achieved");
  }

  @Test
  void escapDecreaseDesiredAtEachThreshold() {
    // 20, 19.5, 19 in 2015–2017 lie on a line of slope −0.5, whatever the weights:
    // v̂_2030 = 19 − 0.5 · 13 = 12.5
    List<TrendPoint> falling = pts(2015, 20, 2016, 19.5, 2017, 19);
    // target 12.5: r = (12.5 − 20) / (12.5 − 20) = 1, the edge: maintain progress
    MethodResult one =
        EscapAssessment.assess(falling, ProgressSpec.withTarget(DECREASE, 12.5, 2030));
    assertThat(one.value()).isCloseTo(1.0, within(1e-9));
    assertThat(one.category()).isEqualTo("maintain progress to achieve target");
    // target 5: r = −7.5 / −15 = 0.5: accelerate progress
    MethodResult half = EscapAssessment.assess(falling, ProgressSpec.withTarget(DECREASE, 5, 2030));
    assertThat(half.value()).isCloseTo(0.5, within(1e-9));
    assertThat(half.symbol()).isEqualTo("yellow");
    // flat 20, 20, 20 against target 5: v̂ = 20, r = 0, the edge: accelerate progress
    MethodResult flat =
        EscapAssessment.assess(
            pts(2015, 20, 2016, 20, 2017, 20), ProgressSpec.withTarget(DECREASE, 5, 2030));
    assertThat(flat.value()).isCloseTo(0.0, within(1e-9));
    assertThat(flat.symbol()).isEqualTo("yellow");
    // rising 20, 20.5, 21: v̂_2030 = 21 + 0.5 · 13 = 27.5, r = 7.5 / −15 = −0.5: reverse trend
    MethodResult rising =
        EscapAssessment.assess(
            pts(2015, 20, 2016, 20.5, 2017, 21), ProgressSpec.withTarget(DECREASE, 5, 2030));
    assertThat(rising.value()).isCloseTo(-0.5, within(1e-9));
    assertThat(rising.category()).isEqualTo("reverse trend to achieve target");
  }

  @Test
  void escapCurrentStatusDecreaseDesiredAtEachEdge() {
    ProgressSpec down10 = ProgressSpec.withTarget(DECREASE, 10, 2030);
    // CS = d · (v_t − v_b) / |v* − v_b|; 20 → 20: CS = 0, no progress
    MethodResult none = EscapAssessment.currentStatusResult(pts(2015, 20, 2020, 20), down10);
    assertThat(none.value()).isCloseTo(0.0, within(1e-15)); // −0.0: d · 0
    assertThat(none.category()).isEqualTo("no progress since the base year");
    // 20 → 15: CS = (−1)(−5) / 10 = 0.5, progress made
    MethodResult made = EscapAssessment.currentStatusResult(pts(2015, 20, 2020, 15), down10);
    assertThat(made.value()).isCloseTo(0.5, within(1e-12));
    assertThat(made.symbol()).isEqualTo("blue");
    // 20 → 10, exactly the target: 1, target achieved
    MethodResult met = EscapAssessment.currentStatusResult(pts(2015, 20, 2020, 10), down10);
    assertThat(met.value()).isEqualTo(1.0);
    assertThat(met.category()).isEqualTo("target achieved");
    // 20 → 25: CS = (−1)(5) / 10 = −0.5, regressed
    MethodResult regressed = EscapAssessment.currentStatusResult(pts(2015, 20, 2020, 25), down10);
    assertThat(regressed.value()).isCloseTo(-0.5, within(1e-12));
    assertThat(regressed.category()).isEqualTo("regressed since the base year");
  }

  // ---- Statistics Canada / Open SDG

  @Test
  void statcanWithTargetOnAPercentageAtEachThreshold() {
    // a percentage: the rates are the change in points a year / 100 (methodology §6.2).
    // Target 55 % in 2025 from 40 % in 2015: required (55 − 40) / 10 / 100 = 0.015.
    ProgressSpec spec = ProgressSpec.withTarget(INCREASE, 55, 2025);
    // 40 → 41.425 in 2016: observed 1.425 / 100 = 0.01425, R = 0.01425 / 0.015 = 0.95: on track
    ProgressResult onTrack = ProgressMeasure.assess(pts(2015, 40, 2016, 41.425), spec, "PT");
    assertThat(onTrack.measure()).isCloseTo(0.95, within(1e-12));
    assertThat(onTrack.status()).isEqualTo(ProgressStatus.ON_TRACK);
    // 40 → 40.9: R = 0.009 / 0.015 = 0.60: progress made
    ProgressResult made = ProgressMeasure.assess(pts(2015, 40, 2016, 40.9), spec, "PT");
    assertThat(made.measure()).isCloseTo(0.60, within(1e-12));
    assertThat(made.status()).isEqualTo(ProgressStatus.PROGRESS_MADE);
    // 40 → 40: R = 0: limited progress; 40 → 39.9: R = −0.001 / 0.015 < 0: deterioration
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 40), spec, "PT").status())
        .isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 39.9), spec, "PT").status())
        .isEqualTo(ProgressStatus.DETERIORATION);
    // 40 → 55, exactly the target: target achieved
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 55), spec, "PT").status())
        .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    // a percentage may start at 0 and is not replaced by 0.001: 0 → 1 % in one year, target 10 %
    // in 2025: observed 0.01, required (10 − 0) / 10 / 100 = 0.01, R = 1: on track
    ProgressResult fromZero =
        ProgressMeasure.assess(
            pts(2015, 0, 2016, 1), ProgressSpec.withTarget(INCREASE, 10, 2025), "PT");
    assertThat(fromZero.measure()).isCloseTo(1.0, within(1e-12));
    assertThat(fromZero.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void statcanDecreaseDesiredOnAPercentageAtEachThreshold() {
    // without a target, d · change / 100: 40 → 38.5 is (−1)(−1.5) / 100 = 0.015: on track;
    // 40 → 39.5 is 0.005: progress made; 40 → 40 is 0: limited; 40 → 40.1 is −0.001: deterioration
    ProgressResult onTrack = ProgressMeasure.assess(pts(2015, 40, 2016, 38.5), DOWN, "PT");
    assertThat(onTrack.measure()).isCloseTo(0.015, within(1e-12));
    assertThat(onTrack.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 39.5), DOWN, "PT").status())
        .isEqualTo(ProgressStatus.PROGRESS_MADE);
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 40), DOWN, "PT").status())
        .isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 40.1), DOWN, "PT").status())
        .isEqualTo(ProgressStatus.DETERIORATION);
  }

  @Test
  void statcanDecreaseDesiredWithTargetAtTheZeroEdge() {
    // target 81 in 2017 from 100 in 2015: required 0.81^(1/2) − 1 = −0.1; 100 → 100 in 2016:
    // observed 0, R = (−1) · 0 / 0.1 = 0: limited progress (the edge belongs to the better class)
    ProgressResult r =
        ProgressMeasure.assess(
            pts(2015, 100, 2016, 100), ProgressSpec.withTarget(DECREASE, 81, 2017));
    assertThat(r.measure()).isCloseTo(0.0, within(1e-15));
    assertThat(r.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
  }
}
