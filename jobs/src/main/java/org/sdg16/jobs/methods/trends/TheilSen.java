package org.sdg16.jobs.methods.trends;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Theil–Sen slope of methodology §6 ({@code theil_sen_slope}, {@code theil_sen_lo}, {@code
 * theil_sen_hi}, {@code theil_sen_intercept}), after Sen (1968) and Gilbert (1987) §16.5.
 *
 * <ul>
 *   <li>slope: the median of the N' = n(n − 1)/2 pairwise slopes {@code (y_j − y_i) / (t_j − t_i)},
 *       i &lt; j, with t the year itself, so gaps between years are taken into account;
 *   <li>95 % interval from the Mann–Kendall variance: {@code C = z_{0.975} · sqrt(Var(S))}, {@code
 *       M1 = (N' − C)/2}, {@code M2 = (N' + C)/2}; with the N' slopes sorted in increasing order
 *       and numbered from 1, the lower limit is the slope of rank M1 and the upper limit the slope
 *       of rank M2 + 1 (Gilbert's "M1-th largest" and "(M2+1)-th largest" of the ordered slopes).
 *       <b>Convention for fractional ranks</b>: a rank r that is not an integer is interpolated
 *       linearly between the slopes of ranks ⌊r⌋ and ⌈r⌉: {@code d(⌊r⌋) + (r − ⌊r⌋)·(d(⌈r⌉) −
 *       d(⌊r⌋))} (as in MAKESENS and MeteoSwiss' implementation of Gilbert; R's {@code
 *       trend::sens.slope} rounds the ranks instead). When M1 &lt; 1, equivalently M2 + 1 &gt; N',
 *       the 95 % interval lies beyond the observed slopes and both limits are left empty (null)
 *       rather than clamped: this happens for n ≤ 5 without ties;
 *   <li>intercept (Sen's intercept, the line's value at year 0): {@code median(y_i − slope · t_i)}.
 * </ul>
 */
public final class TheilSen {

  /** Two-sided confidence level of the interval. */
  public static final double CONFIDENCE = 0.95;

  /** z_{0.975}, the standard normal quantile of the interval. */
  static final double Z =
      new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);

  private TheilSen() {}

  /**
   * The estimate.
   *
   * @param slope Sen's slope, units per year
   * @param lower lower 95 % limit, null when the interval is not determined (M1 &lt; 1)
   * @param upper upper 95 % limit, null exactly when {@code lower} is
   * @param intercept Sen's intercept at year 0
   */
  public record Result(double slope, Double lower, Double upper, double intercept) {

    public Result {
      if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
        throw new IllegalArgumentException("slope " + slope + ", intercept " + intercept);
      }
      if ((lower == null) != (upper == null)) {
        throw new IllegalArgumentException("both limits or neither: " + lower + ", " + upper);
      }
      if (lower != null && !(lower <= slope && slope <= upper)) {
        throw new IllegalArgumentException(
            "interval [" + lower + ", " + upper + "] does not hold slope " + slope);
      }
    }

    /** Whether the 95 % interval could be determined. */
    public boolean hasInterval() {
      return lower != null;
    }
  }

  /**
   * Estimates the slope, its interval and the intercept.
   *
   * @param years distinct years in increasing order
   * @param values the values of those years, finite
   * @param varianceOfS the tie-corrected Mann–Kendall Var(S) of the same values ({@link
   *     MannKendall#variance(double[])})
   * @throws IllegalArgumentException with fewer than 2 points, unequal lengths, years not strictly
   *     increasing or a negative variance
   */
  public static Result estimate(int[] years, double[] values, double varianceOfS) {
    if (!(varianceOfS >= 0)) {
      throw new IllegalArgumentException("Var(S) must be >= 0, not " + varianceOfS);
    }
    double[] slopes = pairwiseSlopes(years, values);
    double slope = median(slopes);
    int pairs = slopes.length;
    double c = Z * Math.sqrt(varianceOfS);
    double m1 = (pairs - c) / 2;
    double m2 = (pairs + c) / 2;
    Double lower = null;
    Double upper = null;
    if (m1 >= 1) {
      // M1 <= N'/2 < (N' + 1)/2 <= M2 + 1: the limits enclose the median by construction
      lower = rank(slopes, m1);
      upper = rank(slopes, m2 + 1);
    }
    double[] intercepts = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      intercepts[i] = values[i] - slope * years[i];
    }
    Arrays.sort(intercepts);
    return new Result(slope, lower, upper, median(intercepts));
  }

  /**
   * The n(n − 1)/2 slopes {@code (y_j − y_i)/(t_j − t_i)}, i &lt; j, sorted in increasing order.
   */
  public static double[] pairwiseSlopes(int[] years, double[] values) {
    int n = years.length;
    if (n != values.length) {
      throw new IllegalArgumentException(n + " years but " + values.length + " values");
    }
    if (n < 2) {
      throw new IllegalArgumentException("a slope needs at least 2 points, not " + n);
    }
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("values must be finite, not " + values[i]);
      }
      if (i > 0 && years[i] <= years[i - 1]) {
        throw new IllegalArgumentException(
            "years must increase: " + years[i - 1] + ", " + years[i]);
      }
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (values[j] - values[i]) / ((double) years[j] - years[i]);
      }
    }
    Arrays.sort(slopes);
    return slopes;
  }

  /** The value of rank r (1-based, 1 ≤ r ≤ length) of sorted data, interpolated linearly. */
  static double rank(double[] sorted, double r) {
    if (!(r >= 1 && r <= sorted.length)) {
      throw new IllegalArgumentException("rank " + r + " outside 1.." + sorted.length);
    }
    int below = (int) Math.floor(r);
    double fraction = r - below;
    double low = sorted[below - 1];
    return fraction == 0 ? low : low + fraction * (sorted[below] - low);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
