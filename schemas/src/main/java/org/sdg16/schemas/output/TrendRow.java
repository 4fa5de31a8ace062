package org.sdg16.schemas.output;

import java.util.List;

/**
 * One row of the {@code trends} table (methodology §6): one series × area × disaggregation, with
 * the dimension columns of {@link Observations} and every trend statistic, plus
 * {@code theil_sen_intercept} (Sen's intercept, the value of the line at year 0: median of
 * {@code y - slope × year}) so that a chart can draw the trend line. Plain values, no Spark:
 * {@link TrendTable} holds the Spark schema and row mapping. A statistic that could
 * not be computed is null and {@code note} says why.
 */
public record TrendRow(String series, int refArea, String sex, String age, String exploitation,
    String armType, String justification, String commodity, String route, String unitMeasure,
    String reportingType, int nPoints, Integer firstYear, Integer lastYear, Double cagr,
    Double loglinearRate, Double loglinearRateLo, Double loglinearRateHi, Double theilSenSlope,
    Double theilSenLo, Double theilSenHi, Double theilSenIntercept, Double mkS, Double mkTau, Double mkVar, Double mkP,
    String direction, Double yoyAbs, Double yoyPct, String progress, String note) {

  /** Columns in table order. */
  public static final List<String> COLUMNS = List.of("series", "ref_area", "sex", "age", "exploitation",
      "arm_type", "justification", "commodity", "route", "unit_measure", "reporting_type", "n_points",
      "first_year", "last_year", "cagr", "loglinear_rate", "loglinear_rate_lo", "loglinear_rate_hi",
      "theil_sen_slope", "theil_sen_lo", "theil_sen_hi", "theil_sen_intercept", "mk_s", "mk_tau", "mk_var", "mk_p", "direction",
      "yoy_abs", "yoy_pct", "progress", "note");

  public TrendRow {
    java.util.Objects.requireNonNull(series, "series");
    sex = Observation.dim(sex);
    age = Observation.dim(age);
    exploitation = Observation.dim(exploitation);
    armType = Observation.dim(armType);
    justification = Observation.dim(justification);
    commodity = Observation.dim(commodity);
    route = Observation.dim(route);
  }

  /** The Theil–Sen line at a year (intercept + slope × year), or null when there is no slope. */
  public Double lineAt(int year) {
    return theilSenSlope == null || theilSenIntercept == null ? null : theilSenIntercept + theilSenSlope * year;
  }

  /** The dimension values in the order of {@link Observation#DIMENSIONS}. */
  public String[] dimensions() {
    return new String[] {sex, age, exploitation, armType, justification, commodity, route};
  }
}
