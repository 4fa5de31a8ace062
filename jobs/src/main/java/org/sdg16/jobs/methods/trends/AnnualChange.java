package org.sdg16.jobs.methods.trends;

import java.util.Set;

/**
 * The annual change a progress method classifies (methodology §6.2): the compound annual growth
 * rate in % a year for a level, and — because a growth rate of a percentage or a ratio has no
 * meaning the reader can use — the absolute change in percentage points (or ratio points) a year
 * for a series whose unit is {@code PT} or {@code RATIO} (methodology §6.3).
 *
 * <p>This is sdg16's rule, not the notes': the texts found (the UN Progress Chart's formulas as
 * EUSTAT reproduces them, Open SDG's progress measurement methodology) compute the CAGR of every
 * series, percentages included, and set aside only series that are themselves growth rates. Each
 * method reads its thresholds in points a year for such a series.
 */
public final class AnnualChange {

  /** Units whose change is absolute, never a growth rate. */
  public static final Set<String> ABSOLUTE_UNITS = Set.of("PT", "RATIO");

  /** Unit text of a growth rate in percent. */
  public static final String PERCENT_A_YEAR = "% a year";

  /** Unit text of the absolute change of a percentage. */
  public static final String PP_A_YEAR = "percentage points a year";

  /** Unit text of the absolute change of a ratio. */
  public static final String RATIO_POINTS_A_YEAR = "ratio points a year";

  private AnnualChange() {}

  /** Whether the unit code is a percentage or a ratio. */
  public static boolean absolute(String unitMeasure) {
    return unitMeasure != null && ABSOLUTE_UNITS.contains(unitMeasure);
  }

  /** The unit text of the change of a series in this unit. */
  public static String unit(String unitMeasure) {
    if (!absolute(unitMeasure)) {
      return PERCENT_A_YEAR;
    }
    return "PT".equals(unitMeasure) ? PP_A_YEAR : RATIO_POINTS_A_YEAR;
  }

  /** The unit text of a Theil–Sen slope of a series in this unit. */
  public static String slopeUnit(String unitMeasure) {
    if ("PT".equals(unitMeasure)) {
      return PP_A_YEAR;
    }
    if ("RATIO".equals(unitMeasure)) {
      // as the progress methods say it (methodology §6.2), so that one page never says both
      return RATIO_POINTS_A_YEAR;
    }
    if (unitMeasure == null || "NUMBER".equals(unitMeasure)) {
      return "a year";
    }
    return org.sdg16.schemas.codes.CodeLabels.unit(unitMeasure) + " a year";
  }

  /**
   * The annual change from {@code (t0, y0)} to {@code (t1, y1)}: {@code 100 · CAGR} for a level,
   * {@code (y1 − y0) / (t1 − t0)} for a percentage or a ratio; null when a growth rate is needed
   * and a value is not &gt; 0.
   */
  public static Double between(int t0, double y0, int t1, double y1, String unitMeasure) {
    if (t1 <= t0) {
      throw new IllegalArgumentException("a change needs t1 > t0: " + t0 + ", " + t1);
    }
    if (absolute(unitMeasure)) {
      return (y1 - y0) / (t1 - t0);
    }
    return y0 > 0 && y1 > 0 ? 100.0 * Cagr.rate(t0, y0, t1, y1) : null;
  }

  /**
   * The value at year {@code t} if the change from {@code (t1, y1)} goes on: compound for a level
   * ({@code y1 · (1 + rate/100)^(t − t1)}), linear for a percentage or a ratio.
   */
  public static double project(int t1, double y1, double change, int t, String unitMeasure) {
    if (absolute(unitMeasure)) {
      return y1 + change * (t - t1);
    }
    return y1 * Math.pow(1.0 + change / 100.0, t - t1);
  }
}
