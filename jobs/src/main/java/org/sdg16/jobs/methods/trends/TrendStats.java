package org.sdg16.jobs.methods.trends;

/**
 * The trend statistics of one series × area × disaggregation (methodology §6): the statistical
 * columns of a {@code trends} row. Every statistic is null when it was not computed, and {@code
 * note} says why (codes joined with {@code ;}). Rates (CAGR, log-linear) are fractions a year (0.05
 * = 5 %); {@code yoyPct} is in percent.
 *
 * @param nPoints number of observed years
 * @param firstYear first observed year, null without points
 * @param lastYear last observed year, null without points
 * @param cagr compound annual growth rate from first to last year ({@link Cagr})
 * @param loglinearRate {@code e^b − 1} of the log-linear OLS ({@link LogLinearTrend})
 * @param loglinearRateLo its lower 95 % limit
 * @param loglinearRateHi its upper 95 % limit
 * @param theilSenSlope Sen's slope, units a year ({@link TheilSen})
 * @param theilSenLo its lower 95 % limit
 * @param theilSenHi its upper 95 % limit
 * @param theilSenIntercept Sen's intercept, the line's value at year 0
 * @param mkS Mann–Kendall S ({@link MannKendall})
 * @param mkTau Kendall's tau-a
 * @param mkVar tie-corrected Var(S)
 * @param mkP two-sided p-value (exact below n = 10, normal approximation from 10)
 * @param direction trend direction at α = 0.05
 * @param yoyAbs last value minus the previous observed value
 * @param yoyPct {@code 100 · yoyAbs / |previous|}, null when the previous value is 0
 * @param progress progress category, null when no desired direction is configured
 * @param note why something is missing, codes joined with {@code ;}, or null
 */
public record TrendStats(
    int nPoints,
    Integer firstYear,
    Integer lastYear,
    Double cagr,
    Double loglinearRate,
    Double loglinearRateLo,
    Double loglinearRateHi,
    Double theilSenSlope,
    Double theilSenLo,
    Double theilSenHi,
    Double theilSenIntercept,
    Double mkS,
    Double mkTau,
    Double mkVar,
    Double mkP,
    TrendDirection direction,
    Double yoyAbs,
    Double yoyPct,
    ProgressStatus progress,
    String note) {

  /** Fewer than 3 observed years: no estimator but the year-on-year change. */
  public static final String INSUFFICIENT_POINTS = "insufficient_points";

  /** A percentage or a ratio: no CAGR, its change is in points a year (methodology §6.2). */
  public static final String NO_CAGR_FOR_UNIT = "no_cagr_for_percentage_or_ratio";

  /** A value ≤ 0: no log-linear trend, and no CAGR when an end is ≤ 0. */
  public static final String NON_POSITIVE_VALUES = "non_positive_values";

  /** The 95 % Theil–Sen interval is not determined (M1 &lt; 1, n ≤ 5 without ties). */
  public static final String THEIL_SEN_CI_UNDEFINED = "theil_sen_ci_undefined";

  /** Prefix of the reason why progress is unable to assess ({@link ProgressResult}). */
  public static final String PROGRESS_PREFIX = "progress_";

  /** Separator of the note codes. */
  public static final String NOTE_SEPARATOR = ";";

  public TrendStats {
    if (nPoints < 0
        || (nPoints == 0) != (firstYear == null)
        || (firstYear == null) != (lastYear == null)) {
      throw new IllegalArgumentException(
          "n_points " + nPoints + " with years " + firstYear + ".." + lastYear);
    }
    if (firstYear != null && lastYear < firstYear) {
      throw new IllegalArgumentException("last year " + lastYear + " before first " + firstYear);
    }
    for (Double x :
        new Double[] {
          cagr,
          loglinearRate,
          loglinearRateLo,
          loglinearRateHi,
          theilSenSlope,
          theilSenLo,
          theilSenHi,
          theilSenIntercept,
          mkS,
          mkTau,
          mkVar,
          mkP,
          yoyAbs,
          yoyPct
        }) {
      if (x != null && x.isNaN()) {
        throw new IllegalArgumentException("a statistic is NaN; missing is null");
      }
    }
    if ((mkP == null) != (direction == null)) {
      throw new IllegalArgumentException("direction goes with the Mann–Kendall p-value");
    }
    if (note != null && note.isBlank()) {
      throw new IllegalArgumentException("an empty note is null");
    }
  }

  /** The {@code direction} column value, or null. */
  public String directionLabel() {
    return direction == null ? null : direction.label();
  }

  /** The {@code progress} column value, or null. */
  public String progressLabel() {
    return progress == null ? null : progress.label();
  }
}
