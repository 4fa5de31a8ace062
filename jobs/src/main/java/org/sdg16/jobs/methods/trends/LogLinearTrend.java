package org.sdg16.jobs.methods.trends;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The log-linear trend of methodology §6 ({@code loglinear_rate}, {@code loglinear_rate_lo}, {@code
 * loglinear_rate_hi}): ordinary least squares of ln(value) on the year, {@code ln y = a + b·t}; the
 * annual rate is {@code e^b − 1} and its 95 % confidence interval is {@code e^(b ± t · se(b)) − 1},
 * with {@code t} the 0.975 quantile of Student's t with {@code n − 2} degrees of freedom and {@code
 * se(b) = sqrt(SSE / (n − 2) / Σ(t − t̄)²)}. Years may have gaps (x is the year itself). For n = 3
 * there is 1 degree of freedom (t ≈ 12.71, a wide interval); for a perfect fit SSE = 0 and the
 * interval collapses to the rate.
 */
public final class LogLinearTrend {

  /** Two-sided confidence level of the interval. */
  public static final double CONFIDENCE = 0.95;

  private LogLinearTrend() {}

  /**
   * The fit.
   *
   * @param slope b, the OLS slope of ln(value) on year
   * @param slopeStdErr standard error of b (0 for a perfect fit)
   * @param rate {@code e^b − 1}
   * @param rateLower lower 95 % limit of the rate
   * @param rateUpper upper 95 % limit of the rate
   */
  public record Result(
      double slope, double slopeStdErr, double rate, double rateLower, double rateUpper) {

    public Result {
      if (!Double.isFinite(slope)
          || !(slopeStdErr >= 0)
          || Double.isNaN(rate)
          || Double.isNaN(rateLower)
          || Double.isNaN(rateUpper)) {
        throw new IllegalArgumentException(
            "log-linear fit is not a number: slope " + slope + ", se " + slopeStdErr);
      }
      if (!(rateLower <= rate && rate <= rateUpper)) {
        throw new IllegalArgumentException(
            "interval [" + rateLower + ", " + rateUpper + "] does not hold rate " + rate);
      }
    }
  }

  /**
   * Fits ln(value) on year.
   *
   * @param years distinct years in increasing order
   * @param values values of those years, all &gt; 0
   * @throws IllegalArgumentException with fewer than 3 points, unequal lengths, years not strictly
   *     increasing or a value that is not positive
   */
  public static Result fit(int[] years, double[] values) {
    int n = years.length;
    if (n != values.length) {
      throw new IllegalArgumentException(n + " years but " + values.length + " values");
    }
    if (n < 3) {
      throw new IllegalArgumentException("the log-linear interval needs n >= 3, not " + n);
    }
    double[] ln = new double[n];
    double meanT = 0;
    double meanLn = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && years[i] <= years[i - 1]) {
        throw new IllegalArgumentException(
            "years must increase: " + years[i - 1] + ", " + years[i]);
      }
      if (!(values[i] > 0) || !Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "log-linear trend needs positive values, not " + values[i]);
      }
      ln[i] = Math.log(values[i]);
      meanT += years[i];
      meanLn += ln[i];
    }
    meanT /= n;
    meanLn /= n;
    // centred sums: the years are ~2000, their squares would lose digits
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dt = years[i] - meanT;
      sxx += dt * dt;
      sxy += dt * (ln[i] - meanLn);
    }
    double b = sxy / sxx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double residual = ln[i] - meanLn - b * (years[i] - meanT);
      sse += residual * residual;
    }
    int df = n - 2;
    double se = Math.sqrt(sse / df / sxx);
    double t = new TDistribution(null, df).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    double rate = Math.expm1(b);
    double lo = se == 0 ? rate : Math.expm1(b - t * se);
    double hi = se == 0 ? rate : Math.expm1(b + t * se);
    return new Result(b, se, rate, Math.min(lo, rate), Math.max(hi, rate));
  }
}
