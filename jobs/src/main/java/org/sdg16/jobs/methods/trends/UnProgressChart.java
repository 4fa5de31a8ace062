package org.sdg16.jobs.methods.trends;

import java.util.List;

/**
 * The trend assessment of the UN Sustainable Development Goals Progress Chart, methodology §6.2.
 *
 * <p>Source. The note is UNSD's <i>Progress Chart Technical Note</i> (2023 edition,
 * unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf, section II "a)
 * Measuring the trend for indicators without an explicit numerical target" and "b) … with an
 * explicit numerical target"). Its text could not be read here: of the note only the table of
 * contents of the 2022 edition was found. The formulas, thresholds, categories and exceptions below
 * are those of EUSTAT's methodology page, which follows the 2023 note and quotes its formulas
 * (EUSTAT, <i>Measuring progress on the Sustainable Development Goals</i>,
 * github.com/EUSTAT-DES/site, {@code _pages/en/metodologia.md}, commit 74e6a31, §2.1–2.4).
 *
 * <ul>
 *   <li>base b: the first observed year from the base year on; when that leaves a single year, the
 *       last observed year before the base year ("the first available year after or before 2015
 *       that allows having at least 2 values", §2.4 exception 3). Latest t: the last observed year,
 *       and with a target year T already past, the last observed year up to T (§2.4 exception 5).
 *       Two data points are needed (§2.4 exception 6);
 *   <li>{@code CAGR_a = (v_t / v_b)^(1/(t − b)) − 1}, in % a year. For a percentage or a ratio
 *       sdg16 takes the absolute change in points a year instead ({@link AnnualChange}, methodology
 *       §6.3); the note as reproduced computes the CAGR of every series and leaves only series that
 *       are growth rates to expert judgement;
 *   <li>with a target v* for year T: {@code v_T^e = v_t (1 + CAGR_a)^(T − t)} and {@code r = (v_T^e
 *       − v_b) / (v* − v_b)}: r ≥ 0.95 <i>on track or target met</i> (green), 0.10 ≤ r &lt; 0.95
 *       <i>fair progress, but acceleration needed</i> (yellow), r &lt; 0.10 <i>stagnation or
 *       regression</i> (red). A latest value that meets the target is <i>on track or target met</i>
 *       whatever the trend (§2.4 exception 1);
 *   <li>without a target, d · CAGR_a (d = +1 when an increase is desired, −1 otherwise): ≥ 2 % a
 *       year green, 0.5 % ≤ · &lt; 2 % yellow, &lt; 0.5 % red, with the same three categories. For
 *       a percentage the same numbers are read in percentage points a year (sdg16's reading; the
 *       note gives no other thresholds).
 * </ul>
 *
 * Each threshold belongs to the better category, as in the reproduced tables (≥ on the green side,
 * strict &lt; on the red side).
 */
public final class UnProgressChart {

  /** Thresholds on r with a target. */
  public static final double TARGET_MET = 0.95;

  public static final double TARGET_FAIR = 0.10;

  /** Thresholds on d · change without a target (% a year, or points a year). */
  public static final double ON_TRACK = 2.0;

  public static final double FAIR = 0.5;

  /** Unit text of r. */
  public static final String RATIO_UNIT = "share of the required change";

  /** The three categories (EUSTAT §2.3, score 3, 2 and 1). */
  static final String MET = "on track or target met";

  static final String FAIR_TEXT = "fair progress, but acceleration needed";
  static final String STAGNATION = "stagnation or regression";

  private UnProgressChart() {}

  /**
   * Assesses a series.
   *
   * @param points observed years, any order
   * @param spec desired direction, optional target, base year
   * @param unitMeasure unit code of the series ({@code PT} and {@code RATIO} change absolutely)
   */
  public static MethodResult assess(
      List<TrendPoint> points, ProgressSpec spec, String unitMeasure) {
    List<TrendPoint> sorted = TrendPoint.sortedByYear(points);
    if (spec.hasTarget()) {
      // a target year already past: the assessment runs up to the target year
      sorted = sorted.stream().filter(p -> p.year() <= spec.targetYear()).toList();
    }
    List<TrendPoint> from = sorted.stream().filter(p -> p.year() >= spec.baseYear()).toList();
    List<TrendPoint> before = sorted.stream().filter(p -> p.year() < spec.baseYear()).toList();
    if (from.isEmpty() || from.size() == 1 && before.isEmpty()) {
      return MethodResult.notAssessed("fewer than 2 years", null, null);
    }
    TrendPoint b = from.size() >= 2 ? from.get(0) : before.get(before.size() - 1);
    TrendPoint t = from.get(from.size() - 1);
    int d = spec.desired().sign();
    if (spec.hasTarget() && (d > 0 ? t.value() >= spec.target() : t.value() <= spec.target())) {
      return new MethodResult(
          null, null, MET, "green", MethodResult.Tone.PROGRESS, b.year(), t.year());
    }
    Double change = AnnualChange.between(b.year(), b.value(), t.year(), t.value(), unitMeasure);
    if (change == null) {
      return MethodResult.notAssessed("a value is not > 0", b.year(), t.year());
    }
    if (!spec.hasTarget()) {
      double m = d * change;
      String unit = AnnualChange.unit(unitMeasure);
      return m >= ON_TRACK - ProgressMeasure.EDGE_TOLERANCE
          ? result(m, unit, MET, "green", MethodResult.Tone.PROGRESS, b, t)
          : m >= FAIR - ProgressMeasure.EDGE_TOLERANCE
              ? result(m, unit, FAIR_TEXT, "yellow", MethodResult.Tone.PROGRESS, b, t)
              : result(m, unit, STAGNATION, "red", MethodResult.Tone.DETERIORATION, b, t);
    }
    if (spec.target() == b.value()) {
      return MethodResult.notAssessed("target equals the base value", b.year(), t.year());
    }
    double expected =
        AnnualChange.project(t.year(), t.value(), change, spec.targetYear(), unitMeasure);
    double r = (expected - b.value()) / (spec.target() - b.value());
    return r >= TARGET_MET - ProgressMeasure.EDGE_TOLERANCE
        ? result(r, RATIO_UNIT, MET, "green", MethodResult.Tone.PROGRESS, b, t)
        : r >= TARGET_FAIR - ProgressMeasure.EDGE_TOLERANCE
            ? result(r, RATIO_UNIT, FAIR_TEXT, "yellow", MethodResult.Tone.PROGRESS, b, t)
            : result(r, RATIO_UNIT, STAGNATION, "red", MethodResult.Tone.DETERIORATION, b, t);
  }

  static MethodResult result(
      double value,
      String unit,
      String category,
      String symbol,
      MethodResult.Tone tone,
      TrendPoint from,
      TrendPoint to) {
    return new MethodResult(value, unit, category, symbol, tone, from.year(), to.year());
  }
}
