package org.sdg16.jobs.methods.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * Methodology §6 (Trends) for one series × area × disaggregation: every estimator, the direction,
 * the year-on-year change and, when a desired direction is configured, the progress class.
 *
 * <ul>
 *   <li>fewer than 3 observed years: only the year-on-year change (from 2 years) and the progress
 *       class are computed; note {@value TrendStats#INSUFFICIENT_POINTS};
 *   <li>a value ≤ 0: no log-linear trend, and no CAGR when the first or last value is ≤ 0 (the CAGR
 *       needs only its ends); Theil–Sen and Mann–Kendall still run; note {@value
 *       TrendStats#NON_POSITIVE_VALUES};
 *   <li>Theil–Sen interval not determined (n ≤ 5 without ties): note {@value
 *       TrendStats#THEIL_SEN_CI_UNDEFINED};
 *   <li>progress unable to assess: note {@code progress_<reason>} (see {@link ProgressResult});
 *   <li>no spec: progress is null (no direction is assumed, e.g. for seizure counts).
 * </ul>
 *
 * Years may have gaps; they are never filled. Several note codes are joined with {@code ;}.
 */
public final class TrendAnalysis {

  /** Fewest observed years for the estimators (methodology §6). */
  public static final int MIN_POINTS = 3;

  private TrendAnalysis() {}

  /**
   * Computes the trend statistics.
   *
   * @param points the observed years of one series, in any order
   * @param specOrNull the progress configuration, or null when the series has no desired direction
   * @throws IllegalArgumentException when a year occurs twice
   */
  public static TrendStats analyse(List<TrendPoint> points, ProgressSpec specOrNull) {
    return analyse(points, specOrNull, null);
  }

  /**
   * Computes the trend statistics of a series in a unit: for a percentage or a ratio ({@link
   * AnnualChange#absolute}) there is no CAGR (note {@value TrendStats#NO_CAGR_FOR_UNIT}) and the
   * progress class uses the change in points a year (methodology §6.2).
   *
   * @param unitMeasure unit code of the series, null for a level
   */
  public static TrendStats analyse(
      List<TrendPoint> points, ProgressSpec specOrNull, String unitMeasure) {
    List<TrendPoint> sorted = TrendPoint.sortedByYear(points);
    int n = sorted.size();
    List<String> notes = new ArrayList<>();
    Integer firstYear = n == 0 ? null : sorted.get(0).year();
    Integer lastYear = n == 0 ? null : sorted.get(n - 1).year();

    Double yoyAbs = null;
    Double yoyPct = null;
    if (n >= 2) {
      double previous = sorted.get(n - 2).value();
      double last = sorted.get(n - 1).value();
      yoyAbs = last - previous;
      yoyPct = previous == 0 ? null : 100.0 * (last - previous) / Math.abs(previous);
    }

    Double cagr = null;
    Double llRate = null;
    Double llLo = null;
    Double llHi = null;
    Double tsSlope = null;
    Double tsLo = null;
    Double tsHi = null;
    Double tsIntercept = null;
    Double mkS = null;
    Double mkTau = null;
    Double mkVar = null;
    Double mkP = null;
    TrendDirection direction = null;
    if (n < MIN_POINTS) {
      notes.add(TrendStats.INSUFFICIENT_POINTS);
    } else {
      int[] years = new int[n];
      double[] values = new double[n];
      boolean allPositive = true;
      for (int i = 0; i < n; i++) {
        years[i] = sorted.get(i).year();
        values[i] = sorted.get(i).value();
        allPositive &= values[i] > 0;
      }
      if (!allPositive) {
        notes.add(TrendStats.NON_POSITIVE_VALUES);
      }
      if (AnnualChange.absolute(unitMeasure)) {
        notes.add(TrendStats.NO_CAGR_FOR_UNIT);
      } else if (values[0] > 0 && values[n - 1] > 0) {
        cagr = Cagr.rate(years[0], values[0], years[n - 1], values[n - 1]);
      }
      if (allPositive) {
        LogLinearTrend.Result ll = LogLinearTrend.fit(years, values);
        llRate = ll.rate();
        llLo = ll.rateLower();
        llHi = ll.rateUpper();
      }
      MannKendall.Result mk = MannKendall.test(values);
      mkS = (double) mk.s();
      mkTau = mk.tau();
      mkVar = mk.variance();
      mkP = mk.p();
      direction = TrendDirection.of(mk);
      TheilSen.Result ts = TheilSen.estimate(years, values, mk.variance());
      tsSlope = ts.slope();
      tsLo = ts.lower();
      tsHi = ts.upper();
      tsIntercept = ts.intercept();
      if (!ts.hasInterval()) {
        notes.add(TrendStats.THEIL_SEN_CI_UNDEFINED);
      }
    }

    ProgressStatus progress = null;
    if (specOrNull != null) {
      ProgressResult result = ProgressMeasure.assess(sorted, specOrNull, unitMeasure);
      progress = result.status();
      if (result.reason() != null) {
        notes.add(TrendStats.PROGRESS_PREFIX + result.reason());
      }
    }
    String note = notes.isEmpty() ? null : String.join(TrendStats.NOTE_SEPARATOR, notes);
    return new TrendStats(
        n,
        firstYear,
        lastYear,
        cagr,
        llRate,
        llLo,
        llHi,
        tsSlope,
        tsLo,
        tsHi,
        tsIntercept,
        mkS,
        mkTau,
        mkVar,
        mkP,
        direction,
        yoyAbs,
        yoyPct,
        progress,
        note);
  }
}
