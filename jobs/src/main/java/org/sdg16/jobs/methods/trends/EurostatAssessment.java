package org.sdg16.jobs.methods.trends;

import java.util.List;

/**
 * The indicator assessment of Eurostat's <i>Sustainable development in the European Union —
 * Monitoring report on progress towards the SDGs in an EU context</i> (2024 edition, annex
 * "Methodological notes"), methodology §6.2: a long-term (the last 15 years) and a short-term (the
 * last 5 years) assessment of the annual change between the first and last observed year of the
 * period.
 *
 * <p>Source. The annex itself could not be found in the reference corpora searched for this
 * implementation (Eurostat's pages found there describe the report, not the assessment rules). The
 * rules below are the documented assumptions of methodology §6.2, unchanged: the period lengths,
 * thresholds and category names as the report is usually summarised, the estimator (the compound
 * annual growth rate between the first and the last observed year of the period, not a regression)
 * and the rule on short series (sdg16's default of §6.3, not the annex's own rule) are all to be
 * checked against the annex when it can be read. A secondary account (IISD SDG Knowledge Hub,
 * "Eurostat Reports on Monitoring SDG Trends in EU Context", September 2018, on the 2018 edition)
 * confirms the two periods ("long-term (past 15 years) or short term (previous five years)") and
 * the four categories with a target ("significant progress, moderate progress, insufficient
 * progress, or movement away").
 *
 * <ul>
 *   <li>period: from {@code latest − years} to the latest observed year; the first point is the
 *       first observed year in it. A category needs at least {@value #MIN_POINTS} points spanning
 *       at least {@value #MIN_SPAN} years (methodology §6.3);
 *   <li>annual change: CAGR in % a year, or for a percentage or a ratio the change in points a year
 *       ({@link AnnualChange}, sdg16's rule of methodology §6.3);
 *   <li>with a target: {@code R = d · observed / |required|}, the required change from the period's
 *       first value to the target in its year. R ≥ 95 % <i>significant progress towards the
 *       target</i> (↑), 60 % ≤ R &lt; 95 % <i>moderate progress towards the target</i> (↗), 0 ≤ R
 *       &lt; 60 % <i>insufficient progress towards the target</i> (↘), R &lt; 0 <i>movement away
 *       from the target</i> (↓); a latest value that meets the target is <i>target met</i> (↑);
 *   <li>without a target, d · change: ≥ 1 % a year <i>significant progress towards the SD
 *       objectives</i> (↑), 0 &lt; · &lt; 1 <i>moderate progress</i> (↗), −1 &lt; · ≤ 0 <i>moderate
 *       movement away</i> (↘), ≤ −1 <i>significant movement away</i> (↓).
 * </ul>
 */
public final class EurostatAssessment {

  /** Length of the long-term period, years. */
  public static final int LONG_TERM = 15;

  /** Length of the short-term period, years. */
  public static final int SHORT_TERM = 5;

  /** Fewest points in the period. */
  public static final int MIN_POINTS = 3;

  /** Fewest years between the first and last point of the period, counting both. */
  public static final int MIN_SPAN = 3;

  /** Thresholds on R with a target. */
  public static final double TARGET_SIGNIFICANT = 0.95;

  public static final double TARGET_MODERATE = 0.60;

  /** Threshold on d · change without a target (% a year or points a year). */
  public static final double SIGNIFICANT = 1.0;

  /** Unit text of R. */
  public static final String RATIO_UNIT = "ratio of the observed to the required change";

  private EurostatAssessment() {}

  /**
   * Assesses the last {@code years} years of a series.
   *
   * @param years {@link #LONG_TERM} or {@link #SHORT_TERM}
   */
  public static MethodResult assess(
      List<TrendPoint> points, ProgressSpec spec, String unitMeasure, int years) {
    List<TrendPoint> sorted = TrendPoint.sortedByYear(points);
    if (sorted.isEmpty()) {
      return MethodResult.notAssessed("no data", null, null);
    }
    int last = sorted.get(sorted.size() - 1).year();
    List<TrendPoint> in = sorted.stream().filter(p -> p.year() >= last - years).toList();
    TrendPoint a = in.get(0);
    TrendPoint z = in.get(in.size() - 1);
    if (in.size() < MIN_POINTS || z.year() - a.year() + 1 < MIN_SPAN) {
      return MethodResult.notAssessed(
          "fewer than " + MIN_POINTS + " points over " + MIN_SPAN + " years", a.year(), z.year());
    }
    int d = spec.desired().sign();
    if (spec.hasTarget() && (d > 0 ? z.value() >= spec.target() : z.value() <= spec.target())) {
      return new MethodResult(
          null, null, "target met", "↑", MethodResult.Tone.PROGRESS, a.year(), z.year());
    }
    Double observed = AnnualChange.between(a.year(), a.value(), z.year(), z.value(), unitMeasure);
    if (observed == null) {
      return MethodResult.notAssessed("a value is not > 0", a.year(), z.year());
    }
    double tol = ProgressMeasure.EDGE_TOLERANCE;
    if (!spec.hasTarget()) {
      double m = d * observed;
      String u = AnnualChange.unit(unitMeasure);
      if (m >= SIGNIFICANT - tol) {
        return UnProgressChart.result(
            m, u, "significant progress towards the SD objectives", "↑", up(), a, z);
      }
      if (m > tol) {
        return UnProgressChart.result(
            m, u, "moderate progress towards the SD objectives", "↗", up(), a, z);
      }
      if (m > -SIGNIFICANT + tol) {
        return UnProgressChart.result(
            m, u, "moderate movement away from the SD objectives", "↘", down(), a, z);
      }
      return UnProgressChart.result(
          m, u, "significant movement away from the SD objectives", "↓", down(), a, z);
    }
    if (spec.targetYear() <= a.year()) {
      return MethodResult.notAssessed(
          "target year not after the period's start", a.year(), z.year());
    }
    Double required =
        AnnualChange.between(a.year(), a.value(), spec.targetYear(), spec.target(), unitMeasure);
    if (required == null || required == 0) {
      return MethodResult.notAssessed("no required change", a.year(), z.year());
    }
    double r = d * observed / Math.abs(required);
    if (r >= TARGET_SIGNIFICANT - tol) {
      return UnProgressChart.result(
          r, RATIO_UNIT, "significant progress towards the target", "↑", up(), a, z);
    }
    if (r >= TARGET_MODERATE - tol) {
      return UnProgressChart.result(
          r, RATIO_UNIT, "moderate progress towards the target", "↗", up(), a, z);
    }
    if (r >= -tol) {
      return UnProgressChart.result(
          r, RATIO_UNIT, "insufficient progress towards the target", "↘", up(), a, z);
    }
    return UnProgressChart.result(
        r, RATIO_UNIT, "movement away from the target", "↓", down(), a, z);
  }

  private static MethodResult.Tone up() {
    return MethodResult.Tone.PROGRESS;
  }

  private static MethodResult.Tone down() {
    return MethodResult.Tone.DETERIORATION;
  }
}
