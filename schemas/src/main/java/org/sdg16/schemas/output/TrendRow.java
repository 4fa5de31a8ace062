package org.sdg16.schemas.output;

/**
 * One row of the {@code trends} table (methodology §6): one series × area × disaggregation, with
 * the dimension columns of {@link Observation} and every trend statistic, plus {@code
 * theil_sen_intercept} (Sen's intercept, the value of the line at year 0: median of {@code y -
 * slope × year}) so that a chart can draw the trend line. The components are the columns of {@link
 * WarehouseTables#TRENDS}, in table order. A statistic that could not be computed is null and
 * {@code note} says why.
 */
public record TrendRow(
    String series,
    int refArea,
    String sex,
    String age,
    String exploitation,
    String armType,
    String justification,
    String commodity,
    String route,
    String unitMeasure,
    String reportingType,
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
    String direction,
    Double yoyAbs,
    Double yoyPct,
    String progress,
    String note) {

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
    return theilSenSlope == null || theilSenIntercept == null
        ? null
        : theilSenIntercept + theilSenSlope * year;
  }

  /** The dimension values in the order of {@link Observation#DIMENSIONS}. */
  public String[] dimensions() {
    return new String[] {sex, age, exploitation, armType, justification, commodity, route};
  }
}
