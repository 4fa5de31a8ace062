package org.sdg16.jobs.methods.trends;

import java.util.List;
import java.util.Objects;

/**
 * The progress classes of methodology §6: the Statistics Canada progress measure as implemented by
 * Open SDG ({@code sdg-build}, {@code sdg/ProgressMeasure.py}), without the scaling of thresholds
 * near natural limits (methodology §6 leaves it out).
 *
 * <p>Source: Statistics Canada, <i>Progress Measurement Methodology for the Sustainable Development
 * Goals</i>, as published with Open SDG 2.4.0 (open-sdg.readthedocs.io/en/latest/
 * progress-methodology/; github.com/open-sdg/open-sdg, {@code docs/progress-methodology.md}, commit
 * 26d2e38): thresholds, categories, the 0.001 replacement of a zero base or target, the base year
 * rule (2015, else the first year after it), "at least two years of data", and "valid only when all
 * values are positive or all values are negative. If all values are negative, the desired direction
 * of progress is flipped".
 *
 * <h2>Inputs</h2>
 *
 * The base is the first observed year at or after the base year of the {@link ProgressSpec} (2015
 * by default); the latest is the last observed year. Years before the base year and the values
 * between base and latest are not used. A base value or target of exactly 0 is replaced by {@value
 * #ZERO_REPLACEMENT}, as the method does.
 *
 * <h2>Order of the decisions</h2>
 *
 * <ol>
 *   <li>no observed year from the base year on, or only one: <i>unable to assess</i> (methodology
 *       §6 needs two years; Open SDG would still report <i>target achieved</i> from a single year,
 *       this implementation does not);
 *   <li>with a target, when the latest value meets it (latest ≥ target when an increase is desired,
 *       ≤ when a decrease is; the target after the 0 replacement): <i>target achieved</i>. This
 *       needs no growth rate, so it is decided before the next check;
 *   <li>base value (after replacement), latest value and target (after replacement) all &lt; 0: the
 *       growth rates are those of their magnitudes and d is flipped, as the note says;
 *   <li>otherwise, one of them not &gt; 0: <i>unable to assess</i> (a latest value of 0 cannot
 *       enter a growth rate; the method only replaces the base and the target);
 *   <li>with a target, a target year not after the base year: <i>unable to assess</i>;
 *   <li>otherwise the measure is classified.
 * </ol>
 *
 * <h2>Measure</h2>
 *
 * <ul>
 *   <li>without a target: {@code d · CAGR(base → latest)}, d = +1 when an increase is desired, −1
 *       otherwise;
 *   <li>with a target: {@code R = d · CAGR_observed / |CAGR_required|}, {@code CAGR_required = (y_T
 *       / y_0)^(1/(t_T − t_0)) − 1}. This is Open SDG's formula. When the target lies in the
 *       desired direction from the base (the normal case) it equals {@code CAGR_observed /
 *       CAGR_required} of methodology §6; when it does not (an increase desired but a target below
 *       the base), the sign still says whether the series moved in the desired direction, where the
 *       plain ratio would call a fall towards a lower target "on track". When the target equals the
 *       base value and is not met, R = −∞ (deterioration).
 * </ul>
 *
 * <h2>Categories and their edges</h2>
 *
 * Each threshold belongs to the better category (as in Open SDG's {@code value >= x}):
 *
 * <table>
 *   <caption>thresholds</caption>
 *   <tr><th>category</th><th>without target (d · CAGR)</th><th>with target (R)</th></tr>
 *   <tr><td>on track</td><td>≥ 1.5 %</td><td>≥ 95 %</td></tr>
 *   <tr><td>progress made but acceleration needed</td><td>0.5 % ≤ · &lt; 1.5 %</td>
 *       <td>60 % ≤ R &lt; 95 %</td></tr>
 *   <tr><td>limited progress</td><td>0 ≤ · &lt; 0.5 %</td><td>0 ≤ R &lt; 60 %</td></tr>
 *   <tr><td>deterioration</td><td>&lt; 0</td><td>&lt; 0</td></tr>
 * </table>
 *
 * So exactly 1.5 % is on track, exactly 0.5 % is progress made, and no change at all (0) is limited
 * progress. Because a rate that is exactly 1.5 % in decimals (100 → 101.5) comes out of binary
 * arithmetic a few ulps away from 0.015, a measure less than {@value #EDGE_TOLERANCE} below a
 * threshold counts as at the threshold.
 */
public final class ProgressMeasure {

  /** What a zero base value or target is replaced by. */
  public static final double ZERO_REPLACEMENT = 0.001;

  /** Slack under a threshold that still counts as reaching it (binary rounding of the power). */
  public static final double EDGE_TOLERANCE = 1e-9;

  /** Thresholds on d · CAGR without a target: on track, progress made, limited progress. */
  public static final double NO_TARGET_ON_TRACK = 0.015;

  public static final double NO_TARGET_PROGRESS = 0.005;
  public static final double NO_TARGET_LIMITED = 0.0;

  /** Thresholds on R with a target: on track, progress made, limited progress. */
  public static final double TARGET_ON_TRACK = 0.95;

  public static final double TARGET_PROGRESS = 0.60;
  public static final double TARGET_LIMITED = 0.0;

  private ProgressMeasure() {}

  /**
   * Assesses the progress of a series.
   *
   * @param points the observed years, in any order (duplicate years are rejected)
   * @param spec desired direction, optional target and base year
   */
  public static ProgressResult assess(List<TrendPoint> points, ProgressSpec spec) {
    return assess(points, spec, null);
  }

  /**
   * Assesses the progress of a series in a unit: for a percentage or a ratio ({@link
   * AnnualChange#absolute}) the growth rates are replaced by the absolute change a year divided by
   * 100, so that the thresholds read as 1.5 and 0.5 percentage points a year (methodology §6.2);
   * such a series may hold values of 0 or below.
   *
   * @param unitMeasure unit code of the series, null for a level
   */
  public static ProgressResult assess(
      List<TrendPoint> points, ProgressSpec spec, String unitMeasure) {
    Objects.requireNonNull(spec, "spec");
    boolean absolute = AnnualChange.absolute(unitMeasure);
    List<TrendPoint> fromBase =
        TrendPoint.sortedByYear(points).stream().filter(p -> p.year() >= spec.baseYear()).toList();
    if (fromBase.isEmpty()) {
      return ProgressResult.unable(
          ProgressResult.REASON_NO_DATA_FROM_BASE_YEAR, null, null, null, null);
    }
    TrendPoint base = fromBase.get(0);
    TrendPoint latest = fromBase.get(fromBase.size() - 1);
    int t0 = base.year();
    double y0 = base.value() == 0 && !absolute ? ZERO_REPLACEMENT : base.value();
    int t1 = latest.year();
    double y1 = latest.value();
    if (fromBase.size() < 2) {
      return ProgressResult.unable(ProgressResult.REASON_ONE_YEAR_FROM_BASE, t0, y0, t1, y1);
    }
    int d = spec.desired().sign();
    Double target =
        spec.target() == null || absolute || spec.target() != 0
            ? spec.target()
            : Double.valueOf(ZERO_REPLACEMENT);
    if (target != null && (d > 0 ? y1 >= target : y1 <= target)) {
      return new ProgressResult(ProgressStatus.TARGET_ACHIEVED, null, t0, y0, t1, y1, null);
    }
    boolean allNegative = !absolute && y0 < 0 && y1 < 0 && (target == null || target < 0);
    if (allNegative) {
      // the note: "If all values are negative, the desired direction of progress is flipped"
      d = -d;
    } else if (!absolute && (!(y0 > 0) || !(y1 > 0) || target != null && !(target > 0))) {
      return ProgressResult.unable(ProgressResult.REASON_NON_POSITIVE_VALUES, t0, y0, t1, y1);
    }
    double m0 = allNegative ? -y0 : y0;
    double observed = rate(t0, m0, t1, allNegative ? -y1 : y1, absolute);
    if (target == null) {
      double measure = d * observed;
      return new ProgressResult(
          classify(measure, NO_TARGET_ON_TRACK, NO_TARGET_PROGRESS, NO_TARGET_LIMITED),
          measure,
          t0,
          y0,
          t1,
          y1,
          null);
    }
    if (spec.targetYear() <= t0) {
      return ProgressResult.unable(
          ProgressResult.REASON_TARGET_YEAR_NOT_AFTER_BASE, t0, y0, t1, y1);
    }
    double required = rate(t0, m0, spec.targetYear(), allNegative ? -target : target, absolute);
    // required == 0 (target = base, not met) gives d·observed/0 = −∞: the series moved away
    double ratio = d * observed / Math.abs(required);
    return new ProgressResult(
        classify(ratio, TARGET_ON_TRACK, TARGET_PROGRESS, TARGET_LIMITED),
        ratio,
        t0,
        y0,
        t1,
        y1,
        null);
  }

  /** CAGR, or for a percentage or a ratio the change a year / 100. */
  private static double rate(int t0, double y0, int t1, double y1, boolean absolute) {
    return absolute ? (y1 - y0) / (t1 - t0) / 100.0 : Cagr.rate(t0, y0, t1, y1);
  }

  /** The category of a measure; each threshold belongs to the better category. */
  static ProgressStatus classify(double measure, double onTrack, double progress, double limited) {
    if (measure >= onTrack - EDGE_TOLERANCE) {
      return ProgressStatus.ON_TRACK;
    }
    if (measure >= progress - EDGE_TOLERANCE) {
      return ProgressStatus.PROGRESS_MADE;
    }
    if (measure >= limited - EDGE_TOLERANCE) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }
}
