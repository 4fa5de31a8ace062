package org.sdg16.jobs.methods.trends;

/**
 * The {@code direction} column of methodology §6: the sign of Mann–Kendall S when its two-sided
 * p-value is at most α = 0.05, otherwise no significant trend.
 */
public enum TrendDirection {
  INCREASING("increasing"),
  DECREASING("decreasing"),
  NO_SIGNIFICANT_TREND("no significant trend");

  /** Significance level of methodology §6. */
  public static final double ALPHA = 0.05;

  private final String label;

  TrendDirection(String label) {
    this.label = label;
  }

  /** The value written to the {@code trends} table. */
  public String label() {
    return label;
  }

  /**
   * The direction of a Mann–Kendall result. Significant means {@code p ≤ α} (a test of size α
   * rejects when the p-value does not exceed α).
   */
  public static TrendDirection of(MannKendall.Result mk) {
    if (mk.p() <= ALPHA && mk.s() != 0) {
      return mk.s() > 0 ? INCREASING : DECREASING;
    }
    return NO_SIGNIFICANT_TREND;
  }
}
