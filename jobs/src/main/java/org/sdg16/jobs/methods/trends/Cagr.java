package org.sdg16.jobs.methods.trends;

/**
 * Compound annual growth rate of methodology §6 ({@code cagr}), also the growth measure of the
 * progress classes: {@code (y1 / y0)^(1 / (t1 - t0)) - 1}, a fraction (0.05 = 5 % a year).
 */
public final class Cagr {

  private Cagr() {}

  /**
   * The compound annual growth rate from {@code (t0, y0)} to {@code (t1, y1)}.
   *
   * @throws IllegalArgumentException unless {@code t1 > t0} and both values are &gt; 0 (the caller
   *     decides what a zero or negative end means)
   */
  public static double rate(int t0, double y0, int t1, double y1) {
    if (t1 <= t0) {
      throw new IllegalArgumentException("CAGR needs t1 > t0: " + t0 + ", " + t1);
    }
    if (!(y0 > 0) || !(y1 > 0) || !Double.isFinite(y0) || !Double.isFinite(y1)) {
      throw new IllegalArgumentException("CAGR needs finite positive values: " + y0 + ", " + y1);
    }
    return Math.pow(y1 / y0, 1.0 / (t1 - t0)) - 1.0;
  }
}
