package org.sdg16.jobs.methods.trends;

import java.util.List;

/**
 * The trend assessment of the UN Sustainable Development Goals Progress Chart (UNSD, <i>Progress
 * Chart Technical Note 2023</i>,
 * unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf, section II;
 * thresholds as reproduced by EUSTAT's methodology page that follows that note), methodology §6.2.
 *
 * <ul>
 *   <li>base b: the first observed year from the base year on; latest t: the last observed year;
 *       the note needs these two data points (no more);
 *   <li>the actual annual change {@code CAGR_a = (v_t / v_b)^(1/(t − b)) − 1}, in % a year; for a
 *       percentage or a ratio the absolute change in points a year ({@link AnnualChange});
 *   <li>with a target v* for year T: the value expected at T if the change goes on, {@code v_T^e =
 *       v_t (1 + CAGR_a)^(T − t)}, and the ratio {@code r = (v_T^e − v_b) / (v* − v_b)}: r ≥ 0.95
 *       <i>target met or almost met</i> (green), 0.10 ≤ r &lt; 0.95 <i>fair progress, but
 *       acceleration needed</i> (yellow), r &lt; 0.10 <i>stagnation or regression</i> (red); a
 *       latest value that meets the target is <i>target met</i>;
 *   <li>without a target, d · CAGR_a (d = +1 when an increase is desired, −1 otherwise): ≥ 2 % a
 *       year <i>substantial progress / on track</i> (green), 0.5 % ≤ · &lt; 2 % <i>fair progress,
 *       but acceleration needed</i> (yellow), &lt; 0.5 % <i>stagnation or regression</i> (red). For
 *       a percentage the same numbers are read in percentage points a year (the note gives no other
 *       thresholds; methodology §6.2).
 * </ul>
 *
 * Each threshold belongs to the better category.
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

  static final String MET = "target met or almost met";
  static final String SUBSTANTIAL = "substantial progress / on track";
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
    List<TrendPoint> from =
        TrendPoint.sortedByYear(points).stream().filter(p -> p.year() >= spec.baseYear()).toList();
    if (from.size() < 2) {
      return MethodResult.notAssessed("fewer than 2 years from the base year", null, null);
    }
    TrendPoint b = from.get(0);
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
          ? result(m, unit, SUBSTANTIAL, "green", MethodResult.Tone.PROGRESS, b, t)
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
