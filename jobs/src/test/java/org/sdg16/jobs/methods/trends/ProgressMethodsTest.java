package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The progress methods of methodology §6.2 and the coherence rules of §6.3. Golden values are
 * computed by hand from the formulas of each note (the computation is written next to the value).
 */
class ProgressMethodsTest {

  static final ProgressSpec UP = ProgressSpec.of(DesiredDirection.INCREASE);
  static final ProgressSpec DOWN = ProgressSpec.of(DesiredDirection.DECREASE);

  static List<TrendPoint> pts(double... yearValue) {
    List<TrendPoint> out = new java.util.ArrayList<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      out.add(TrendPoint.of((int) yearValue[i], yearValue[i + 1]));
    }
    return out;
  }

  // ---- UN Progress Chart (Progress Chart Technical Note 2023, as reproduced by EUSTAT,
  // github.com/EUSTAT-DES/site _pages/en/metodologia.md, commit 74e6a31, §2.1–2.4). No worked
  // example or published series could be read with the note: the golden values are computed by
  // hand from the formulas of §2.1 (with a target) and §2.2 (without).

  @Test
  void unWithTargetGolden() {
    // §2.1: CAGR_a = (25/20)^(1/5) − 1; v_2030^e = 25 · 1.25^(10/5) = 39.0625;
    // r = (39.0625 − 20) / (40 − 20) = 0.953125 ≥ 0.95: score 3, on track or target met
    MethodResult r =
        UnProgressChart.assess(
            pts(2015, 20, 2018, 22, 2020, 25),
            ProgressSpec.withTarget(DesiredDirection.INCREASE, 40, 2030),
            "NUMBER");
    assertThat(r.value()).isCloseTo(0.953125, within(1e-12));
    assertThat(r.category()).isEqualTo("on track or target met");
    assertThat(r.symbol()).isEqualTo("green");
    assertThat(r.years()).isEqualTo("2015–2020");
    assertThat(r.unit()).isEqualTo(UnProgressChart.RATIO_UNIT);
  }

  @Test
  void unTargetEdges() {
    // r = 19.0625 / (target − 20); target for r = x is 20 + 19.0625 / x
    assertThat(unTarget(20 + 19.0625 / 0.95).category()).isEqualTo("on track or target met");
    assertThat(unTarget(20 + 19.0625 / 0.9499).category())
        .isEqualTo("fair progress, but acceleration needed");
    assertThat(unTarget(20 + 19.0625 / 0.10).category())
        .isEqualTo("fair progress, but acceleration needed");
    assertThat(unTarget(20 + 19.0625 / 0.0999).category()).isEqualTo("stagnation or regression");
    assertThat(unTarget(24).category()).isEqualTo("on track or target met"); // latest 25 ≥ 24
  }

  private static MethodResult unTarget(double target) {
    return UnProgressChart.assess(
        pts(2015, 20, 2020, 25),
        ProgressSpec.withTarget(DesiredDirection.INCREASE, target, 2030),
        "NUMBER");
  }

  @Test
  void unWithoutTargetEdges() {
    // 100 → 102 in one year: CAGR 2 % a year, the on-track threshold, belongs to on track
    assertThat(un(102, UP).category()).isEqualTo("on track or target met");
    assertThat(un(101.99, UP).category()).isEqualTo("fair progress, but acceleration needed");
    assertThat(un(100.5, UP).category()).isEqualTo("fair progress, but acceleration needed");
    assertThat(un(100.49, UP).category()).isEqualTo("stagnation or regression");
    // a decrease desired: −2 % a year is on track
    MethodResult down = un(98, DOWN);
    assertThat(down.category()).isEqualTo("on track or target met");
    assertThat(down.value()).isCloseTo(2.0, within(1e-9));
    assertThat(down.unit()).isEqualTo("% a year");
  }

  private static MethodResult un(double latest, ProgressSpec spec) {
    return UnProgressChart.assess(pts(2015, 100, 2016, latest), spec, "NUMBER");
  }

  @Test
  void unDecreaseWithTargetGolden() {
    // §2.1, a decrease desired: 100 (2015) → 80 (2020), CAGR_a = 0.8^(1/5) − 1;
    // v_2030^e = 80 · 0.8^(10/5) = 51.2; r = (51.2 − 100) / (50 − 100) = 0.976 ≥ 0.95
    MethodResult r =
        UnProgressChart.assess(
            pts(2015, 100, 2020, 80),
            ProgressSpec.withTarget(DesiredDirection.DECREASE, 50, 2030),
            "NUMBER");
    assertThat(r.value()).isCloseTo(0.976, within(1e-12));
    assertThat(r.symbol()).isEqualTo("green");
    // target 40: r = 48.8 / 60 = 0.8133, fair progress; the latest 80 ≤ target 85 meets it
    MethodResult fair =
        UnProgressChart.assess(
            pts(2015, 100, 2020, 80),
            ProgressSpec.withTarget(DesiredDirection.DECREASE, 40, 2030),
            "NUMBER");
    assertThat(fair.value()).isCloseTo(48.8 / 60, within(1e-12));
    assertThat(fair.symbol()).isEqualTo("yellow");
    MethodResult met =
        UnProgressChart.assess(
            pts(2015, 100, 2020, 80),
            ProgressSpec.withTarget(DesiredDirection.DECREASE, 85, 2030),
            "NUMBER");
    assertThat(met.category()).isEqualTo("on track or target met");
    assertThat(met.value()).isNull();
  }

  @Test
  void unDecreaseWithoutTargetEdges() {
    // §2.2, a decrease desired: CAGR ≤ −0.02 score 3, −0.02 < CAGR ≤ −0.005 score 2, else 1
    assertThat(un(98.01, DOWN).symbol()).isEqualTo("yellow"); // −1.99 %
    assertThat(un(99.5, DOWN).symbol()).isEqualTo("yellow"); // −0.5 %, the edge
    assertThat(un(99.51, DOWN).symbol()).isEqualTo("red"); // −0.49 %
    assertThat(un(100, DOWN).symbol()).isEqualTo("red"); // no change
    assertThat(un(101, DOWN).tone()).isEqualTo(MethodResult.Tone.DETERIORATION);
  }

  @Test
  void unNeedsTwoYears() {
    // §2.4 exceptions 3 and 6: two years, the base from 2015 on, or else the last year before
    MethodResult one = UnProgressChart.assess(pts(2016, 9), UP, "NUMBER");
    assertThat(one.category()).startsWith(MethodResult.NOT_ASSESSED);
    assertThat(one.value()).isNull();
    assertThat(one.tone()).isEqualTo(MethodResult.Tone.NEUTRAL);
    // one year from 2015 on: the base is 2014, the last year before it (6 → 9 over two years,
    // CAGR = 1.5^(1/2) − 1 = 22.47 % a year)
    MethodResult before = UnProgressChart.assess(pts(2010, 5, 2014, 6, 2016, 9), UP, "NUMBER");
    assertThat(before.years()).isEqualTo("2014–2016");
    assertThat(before.value()).isCloseTo(100 * (Math.sqrt(1.5) - 1), within(1e-9));
    // two years from 2015 on: the years before are not used
    assertThat(UnProgressChart.assess(pts(2010, 5, 2015, 6, 2016, 9), UP, "NUMBER").years())
        .isEqualTo("2015–2016");
  }

  @Test
  void unTargetYearInThePastRunsUpToIt() {
    // §2.4 exception 5: target 40 by 2020, data to 2023: assessed on 2015–2020; t = T = 2020,
    // v_T^e = v_t = 25, r = (25 − 20) / (40 − 20) = 0.25: fair progress (2023 is not used)
    MethodResult r =
        UnProgressChart.assess(
            pts(2015, 20, 2018, 22, 2020, 25, 2023, 10),
            ProgressSpec.withTarget(DesiredDirection.INCREASE, 40, 2020),
            "NUMBER");
    assertThat(r.years()).isEqualTo("2015–2020");
    assertThat(r.value()).isCloseTo(0.25, within(1e-12));
    assertThat(r.symbol()).isEqualTo("yellow");
  }

  @Test
  void aPercentageChangesInPercentagePointsAYearNeverAsACagr() {
    // 40 % → 46 % over 2015–2018: (46 − 40) / 3 = 2 percentage points a year (a CAGR would be
    // 4.77 % a year)
    MethodResult r = UnProgressChart.assess(pts(2015, 40, 2017, 44, 2018, 46), UP, "PT");
    assertThat(r.value()).isCloseTo(2.0, within(1e-12));
    assertThat(r.unit()).isEqualTo("percentage points a year");
    assertThat(r.category()).isEqualTo("on track or target met");
    // a percentage may start at 0
    assertThat(UnProgressChart.assess(pts(2015, 0, 2016, 1), UP, "PT").value()).isEqualTo(1.0);
    // the trend statistics give no CAGR for it, and say why
    TrendStats t = TrendAnalysis.analyse(pts(2015, 40, 2017, 44, 2018, 46), UP, "PT");
    assertThat(t.cagr()).isNull();
    assertThat(t.note()).contains(TrendStats.NO_CAGR_FOR_UNIT);
    // a ratio too
    assertThat(AnnualChange.between(2015, 0.5, 2017, 0.7, "RATIO")).isCloseTo(0.1, within(1e-12));
    assertThat(AnnualChange.unit("RATIO")).isEqualTo("ratio points a year");
    assertThat(AnnualChange.slopeUnit("PT")).isEqualTo("percentage points a year");
    assertThat(AnnualChange.slopeUnit("NUMBER")).isEqualTo("a year");
    assertThat(AnnualChange.slopeUnit("ROUNDS_PER_ARM")).isEqualTo("rounds per arm a year");
    assertThat(AnnualChange.slopeUnit("PER_100000_POP")).isEqualTo("per 100,000 population a year");
  }

  // ---- Eurostat (SDG monitoring report 2024, methodological notes: not found, see
  // EurostatAssessment; golden values computed by hand from the documented rules)

  @Test
  void eurostatShortTermWithoutTargetGoldenAndEdges() {
    // 100 → 100 · 1.01^5 over 2018–2023: 1 % a year, the threshold, belongs to significant
    MethodResult r = euShort(100 * Math.pow(1.01, 5), UP);
    assertThat(r.value()).isCloseTo(1.0, within(1e-9));
    assertThat(r.category()).isEqualTo("significant progress towards the SD objectives");
    assertThat(r.symbol()).isEqualTo("↑");
    assertThat(r.years()).isEqualTo("2018–2023");
    assertThat(euShort(100 * Math.pow(1.0099, 5), UP).symbol()).isEqualTo("↗");
    assertThat(euShort(100.0001, UP).symbol()).isEqualTo("↗");
    assertThat(euShort(100, UP).symbol()).isEqualTo("↘"); // no change is not progress
    assertThat(euShort(100 * Math.pow(0.9901, 5), UP).symbol()).isEqualTo("↘");
    assertThat(euShort(100 * Math.pow(0.99, 5), UP).symbol()).isEqualTo("↓");
    assertThat(euShort(100 * Math.pow(0.99, 5), DOWN).symbol()).isEqualTo("↑");
  }

  private static MethodResult euShort(double latest, ProgressSpec spec) {
    // 2010 lies outside the short-term period (2018–2023) and is not used
    return EurostatAssessment.assess(
        pts(2010, 1, 2018, 100, 2020, 100.5, 2023, latest),
        spec,
        "NUMBER",
        EurostatAssessment.SHORT_TERM);
  }

  @Test
  void eurostatWithTargetGoldenAndEdges() {
    // observed = 1.1^(1/5) − 1 = 1.9245 % a year over 2018–2023; required from 2018 to the
    // target 150 in 2030: 1.5^(1/12) − 1 = 3.4366 % a year; R = 0.5600: insufficient progress
    MethodResult r = euTarget(150);
    assertThat(r.value()).isCloseTo(0.5600, within(1e-4));
    assertThat(r.category()).isEqualTo("insufficient progress towards the target");
    double observed = Math.pow(1.1, 0.2);
    assertThat(euTarget(targetFor(observed, 0.95)).symbol()).isEqualTo("↑");
    assertThat(euTarget(targetFor(observed, 0.9499)).symbol()).isEqualTo("↗");
    assertThat(euTarget(targetFor(observed, 0.60)).symbol()).isEqualTo("↗");
    assertThat(euTarget(targetFor(observed, 0.5999)).symbol()).isEqualTo("↘");
    assertThat(euTarget(105).category()).isEqualTo("target met"); // latest 110 ≥ 105
    MethodResult away =
        EurostatAssessment.assess(
            pts(2018, 100, 2020, 95, 2023, 90),
            ProgressSpec.withTarget(DesiredDirection.INCREASE, 150, 2030),
            "NUMBER",
            EurostatAssessment.LONG_TERM);
    assertThat(away.category()).isEqualTo("movement away from the target");
  }

  /** The target whose required growth from 100 in 2018 to 2030 makes R = ratio. */
  private static double targetFor(double observedFactor, double ratio) {
    double required = (observedFactor - 1) / ratio;
    return 100 * Math.pow(1 + required, 12);
  }

  private static MethodResult euTarget(double target) {
    return EurostatAssessment.assess(
        pts(2018, 100, 2021, 105, 2023, 110),
        ProgressSpec.withTarget(DesiredDirection.INCREASE, target, 2030),
        "NUMBER",
        EurostatAssessment.SHORT_TERM);
  }

  @Test
  void eurostatNeedsThreePointsOverThreeYears() {
    MethodResult two =
        EurostatAssessment.assess(
            pts(2010, 1, 2021, 100, 2023, 150), UP, "NUMBER", EurostatAssessment.SHORT_TERM);
    assertThat(two.category()).startsWith(MethodResult.NOT_ASSESSED);
    assertThat(two.value()).isNull();
    MethodResult three =
        EurostatAssessment.assess(
            pts(2021, 100, 2022, 120, 2023, 150), UP, "NUMBER", EurostatAssessment.SHORT_TERM);
    assertThat(three.value()).isNotNull();
    // the long term uses 2010 as well
    MethodResult longTerm =
        EurostatAssessment.assess(
            pts(2010, 1, 2021, 100, 2023, 150), UP, "NUMBER", EurostatAssessment.LONG_TERM);
    assertThat(longTerm.years()).isEqualTo("2010–2023");
  }

  // ---- ESCAP (Asia and the Pacific SDG Progress Report 2025, annex 1)

  @Test
  void escapGoldenOnALine() {
    // 10, 12, 14 in 2015–2017 lie on a line of slope 2, whatever the weights: v̂_2030 = 40;
    // target 50: r = (40 − 10) / (50 − 10) = 0.75: accelerate progress
    List<TrendPoint> p = pts(2015, 10, 2016, 12, 2017, 14);
    MethodResult r =
        EscapAssessment.assess(p, ProgressSpec.withTarget(DesiredDirection.INCREASE, 50, 2030));
    assertThat(r.value()).isCloseTo(0.75, within(1e-9));
    assertThat(r.category()).isEqualTo("accelerate progress to achieve target");
    assertThat(
            EscapAssessment.assess(p, ProgressSpec.withTarget(DesiredDirection.INCREASE, 40, 2030))
                .category())
        .isEqualTo("maintain progress to achieve target"); // r = 1, the edge
    // 10, 9, 8: v̂_2030 = −5, r = (−5 − 10) / (20 − 10) = −1.5
    MethodResult rev =
        EscapAssessment.assess(
            pts(2015, 10, 2016, 9, 2017, 8),
            ProgressSpec.withTarget(DesiredDirection.INCREASE, 20, 2030));
    assertThat(rev.value()).isCloseTo(-1.5, within(1e-9));
    assertThat(rev.symbol()).isEqualTo("red");
    // r = 0, the edge, is accelerate: a flat series against a target above it
    assertThat(
            EscapAssessment.assess(
                    pts(2015, 10, 2016, 10, 2017, 10),
                    ProgressSpec.withTarget(DesiredDirection.INCREASE, 20, 2030))
                .symbol())
        .isEqualTo("yellow");
  }

  @Test
  void escapWeighsRecentYearsMore() {
    // year t weighs (T − t_first) / (T − t) (UNICEF MENARO's wi, progress_assessment_functions.R,
    // commit 3505208): to 2030 from 2015–2017 the weights are 1, 15/14, 15/13
    assertThat(EscapAssessment.weight(2015, 2015, 2030)).isEqualTo(1.0);
    assertThat(EscapAssessment.weight(2015, 2016, 2030)).isCloseTo(15.0 / 14, within(1e-15));
    assertThat(EscapAssessment.weight(2015, 2017, 2030)).isCloseTo(15.0 / 13, within(1e-15));
    // 0, 0, 3 in 2015–2017 (hand computation in fractions): Σw = 587/182, weighted means of the
    // years 1183420/587 and of the values 630/587, slope 43/28 (ordinary least squares: 3/2), line
    // at 2030 exactly 22.5 (ordinary least squares: 22)
    assertThat(EscapAssessment.predict(pts(2015, 0, 2016, 0, 2017, 3), 2030))
        .isCloseTo(22.5, within(1e-9));
    // a year at or after the one extrapolated to has no weight
    assertThatThrownBy(() -> EscapAssessment.weight(2015, 2030, 2030))
        .isInstanceOf(IllegalArgumentException.class);
    // so a target year not after the latest year is not assessed, unless the target is met
    ProgressSpec past = ProgressSpec.withTarget(DesiredDirection.INCREASE, 50, 2017);
    assertThat(EscapAssessment.assess(pts(2015, 10, 2016, 12, 2017, 14), past).category())
        .isEqualTo(MethodResult.NOT_ASSESSED + ": target year not after the latest year");
    assertThat(
            EscapAssessment.assess(
                    pts(2015, 10, 2016, 12, 2017, 14),
                    ProgressSpec.withTarget(DesiredDirection.INCREASE, 12, 2017))
                .category())
        .isEqualTo("target achieved");
  }

  @Test
  void escapCurrentStatusGolden() {
    // CS = d · (v_t − v_2015) / |v* − v_2015|, the progress made since 2015 as a share of the
    // progress needed (resource guide, step 1; formula as in UNICEF MENARO's CS(), which is 10 ·
    // this): 10 → 20 towards 50 is 10 / 40 = 0.25 (MENARO: 2.5); 2010 is before the base year
    ProgressSpec up50 = ProgressSpec.withTarget(DesiredDirection.INCREASE, 50, 2030);
    assertThat(EscapAssessment.currentStatus(pts(2010, 0, 2015, 10, 2020, 20), up50))
        .isCloseTo(0.25, within(1e-12));
    // a decrease desired: 40 → 30 towards 20 is −1 · (30 − 40) / 20 = 0.5
    assertThat(
            EscapAssessment.currentStatus(
                pts(2015, 40, 2022, 30),
                ProgressSpec.withTarget(DesiredDirection.DECREASE, 20, 2030)))
        .isCloseTo(0.5, within(1e-12));
    // a move away is negative: 10 → 5 towards 50 is −5 / 40
    assertThat(EscapAssessment.currentStatus(pts(2015, 10, 2020, 5), up50))
        .isCloseTo(-0.125, within(1e-12));
    // the target reached or passed: 1 (MENARO returns 10 once the target is met)
    assertThat(EscapAssessment.currentStatus(pts(2015, 10, 2020, 50), up50)).isEqualTo(1.0);
    assertThat(EscapAssessment.currentStatus(pts(2015, 10, 2020, 60), up50)).isEqualTo(1.0);
    // a target behind the base and met: 60 → 70, target 50
    assertThat(
            EscapAssessment.currentStatus(
                pts(2015, 60, 2020, 70),
                ProgressSpec.withTarget(DesiredDirection.INCREASE, 50, 2030)))
        .isEqualTo(1.0);
    // no value without a target, without two years from 2015 on, or when the target is the base
    assertThat(EscapAssessment.currentStatus(pts(2015, 10, 2020, 20), UP)).isNull();
    assertThat(EscapAssessment.currentStatus(pts(2014, 10, 2020, 20), up50)).isNull();
    assertThat(
            EscapAssessment.currentStatus(
                pts(2015, 20, 2020, 10),
                ProgressSpec.withTarget(DesiredDirection.INCREASE, 20, 2030)))
        .isNull();
  }

  @Test
  void escapCurrentStatusCategories() {
    ProgressSpec up50 = ProgressSpec.withTarget(DesiredDirection.INCREASE, 50, 2030);
    MethodResult made = EscapAssessment.currentStatusResult(pts(2012, 1, 2015, 10, 2020, 20), up50);
    assertThat(made.value()).isCloseTo(0.25, within(1e-12));
    assertThat(made.unit()).isEqualTo("share of the progress needed");
    assertThat(made.category()).isEqualTo("progress made since the base year");
    assertThat(made.symbol()).isEqualTo("blue");
    assertThat(made.years()).isEqualTo("2015–2020"); // from the base value, not 2012
    MethodResult regressed = EscapAssessment.currentStatusResult(pts(2015, 10, 2020, 5), up50);
    assertThat(regressed.category()).isEqualTo("regressed since the base year");
    assertThat(regressed.symbol()).isEqualTo("red");
    assertThat(regressed.tone()).isEqualTo(MethodResult.Tone.DETERIORATION);
    // the edge CS = 0 is neither progress nor regression
    MethodResult none = EscapAssessment.currentStatusResult(pts(2015, 10, 2020, 10), up50);
    assertThat(none.category()).isEqualTo("no progress since the base year");
    assertThat(none.tone()).isEqualTo(MethodResult.Tone.NEUTRAL);
    // the target met at the edge: value 1, target achieved
    MethodResult met = EscapAssessment.currentStatusResult(pts(2015, 10, 2020, 50), up50);
    assertThat(met.value()).isEqualTo(1.0);
    assertThat(met.category()).isEqualTo("target achieved");
    assertThat(met.symbol()).isEqualTo("green");
    // just short of the target: progress made, below 1
    MethodResult almost = EscapAssessment.currentStatusResult(pts(2015, 10, 2020, 49), up50);
    assertThat(almost.value()).isCloseTo(0.975, within(1e-12));
    assertThat(almost.category()).isEqualTo("progress made since the base year");
    // without a target, with one year from the base year, or a target equal to the base value
    assertThat(EscapAssessment.currentStatusResult(pts(2015, 10, 2020, 20), UP).category())
        .isEqualTo(MethodResult.NOT_ASSESSED + ": ESCAP needs a target");
    MethodResult one = EscapAssessment.currentStatusResult(pts(2010, 5, 2015, 10), up50);
    assertThat(one.category())
        .isEqualTo(MethodResult.NOT_ASSESSED + ": fewer than 2 years from the base year");
    assertThat(one.value()).isNull();
    assertThat(
            EscapAssessment.currentStatusResult(
                    pts(2015, 20, 2020, 10),
                    ProgressSpec.withTarget(DesiredDirection.INCREASE, 20, 2030))
                .category())
        .isEqualTo(MethodResult.NOT_ASSESSED + ": target equals the base value");
  }

  @Test
  void escapWithoutTargetIsNotAssessed() {
    MethodResult r = EscapAssessment.assess(pts(2015, 10, 2016, 12, 2017, 14), UP);
    assertThat(r.category()).isEqualTo(MethodResult.NOT_ASSESSED + ": ESCAP needs a target");
    assertThat(r.years()).isEqualTo("2015–2017");
  }

  // ---- Statistics Canada group and the combined sentence

  @Test
  void statcanGroupCarriesTheMeasureInPercentAYear() {
    ProgressMethods.Assessment a =
        ProgressMethods.assess(
            pts(2015, 100, 2016, 101.5),
            UP,
            "NUMBER",
            EnumSet.of(ProgressMethod.STATCAN),
            null,
            null);
    assertThat(a.statcan().category()).isEqualTo("on track");
    assertThat(a.statcan().symbol()).isEqualTo("substantial_progress");
    assertThat(a.statcan().value()).isCloseTo(1.5, within(1e-9));
    assertThat(a.statcan().unit()).isEqualTo("% a year");
    assertThat(a.unChart()).isNull();
    assertThat(a.sentence())
        .isEqualTo(
            "on track (Statistics Canada / Open SDG); too few points for a trend test"
                + " (Mann–Kendall needs 3)");
  }

  @Test
  void statcanOnAPercentageUsesPercentagePoints() {
    // 40 → 41.5 %: 1.5 percentage points a year ≥ 1.5: on track (a CAGR would be 3.75 %)
    ProgressResult r = ProgressMeasure.assess(pts(2015, 40, 2016, 41.5), UP, "PT");
    assertThat(r.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(r.measure()).isCloseTo(0.015, within(1e-12));
    assertThat(ProgressMeasure.assess(pts(2015, 40, 2016, 41.4), UP, "PT").status())
        .isEqualTo(ProgressStatus.PROGRESS_MADE);
  }

  @Test
  void theSentenceSaysBothWhenTheTrendIsNotSignificant() {
    MethodResult progress =
        new MethodResult(
            0.7, "% a year", "progress made", "↗", MethodResult.Tone.PROGRESS, 2008, 2023);
    String s =
        ProgressSentence.of(
            List.of(new ProgressSentence.Labelled("Eurostat long-term", progress)), 0.919, 3.0);
    assertThat(s)
        .isEqualTo(
            "progress made (Eurostat long-term); the change is not statistically significant"
                + " (Mann–Kendall p = 0.92)");
    // significant: the categories alone
    assertThat(
            ProgressSentence.of(
                List.of(new ProgressSentence.Labelled("Eurostat long-term", progress)), 0.01, 9.0))
        .isEqualTo("progress made (Eurostat long-term)");
    // nothing to say when every method is neutral
    assertThat(
            ProgressSentence.of(
                List.of(
                    new ProgressSentence.Labelled(
                        "ESCAP", MethodResult.notAssessed("ESCAP needs a target", null, null))),
                0.5,
                1.0))
        .isNull();
  }

  @Test
  void everyMethodFromTheConfigCodes() {
    ProgressMethods.Assessment a =
        ProgressMethods.assess(
            pts(2015, 100, 2016, 90, 2017, 101),
            ProgressSpec.withTarget(DesiredDirection.INCREASE, 120, 2030),
            "NUMBER",
            EnumSet.allOf(ProgressMethod.class),
            0.6,
            1.0);
    assertThat(a.statcan()).isNotNull();
    assertThat(a.unChart()).isNotNull();
    assertThat(a.eurostatLong()).isNotNull();
    assertThat(a.eurostatShort()).isNotNull();
    assertThat(a.escap()).isNotNull();
    assertThat(a.sentence()).contains("(Mann–Kendall p = 0.60)");
    assertThat(ProgressMethod.of("un_chart")).isEqualTo(ProgressMethod.UN_CHART);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgressMethod.of("oecd"))
        .hasMessageContaining("statcan, un_chart, eurostat, escap");
    assertThat(java.util.Arrays.stream(ProgressMethod.values()).map(ProgressMethod::code).toList())
        .isEqualTo(org.sdg16.schemas.config.ProgressConfig.METHODS);
  }
}
