package org.sdg16.reports.model;

import java.util.Objects;
import org.sdg16.schemas.output.TrendRow;

/**
 * One row of the {@code trends} table (methodology §6), as the report reads it: the same
 * components as {@link TrendRow}. The report keeps its own copy because {@code TrendRow} carries
 * its Spark schema as a static constant and cannot be created without Spark on the class path,
 * while the report runs without Spark; {@link #of(TrendRow)} converts.
 */
public record Trend(String series, int refArea, String sex, String age, String exploitation,
    String armType, String justification, String commodity, String route, String unitMeasure,
    String reportingType, int nPoints, Integer firstYear, Integer lastYear, Double cagr,
    Double loglinearRate, Double loglinearRateLo, Double loglinearRateHi, Double theilSenSlope,
    Double theilSenLo, Double theilSenHi, Double theilSenIntercept, Double mkS, Double mkTau,
    Double mkVar, Double mkP, String direction, Double yoyAbs, Double yoyPct, String progress,
    String note) {

  private static final String TOTAL = "_T";

  public Trend {
    Objects.requireNonNull(series, "series");
    sex = dim(sex);
    age = dim(age);
    exploitation = dim(exploitation);
    armType = dim(armType);
    justification = dim(justification);
    commodity = dim(commodity);
    route = dim(route);
  }

  /** The row of the warehouse's {@code trends} table. */
  public static Trend of(TrendRow r) {
    return new Trend(r.series(), r.refArea(), r.sex(), r.age(), r.exploitation(), r.armType(),
        r.justification(), r.commodity(), r.route(), r.unitMeasure(), r.reportingType(), r.nPoints(),
        r.firstYear(), r.lastYear(), r.cagr(), r.loglinearRate(), r.loglinearRateLo(),
        r.loglinearRateHi(), r.theilSenSlope(), r.theilSenLo(), r.theilSenHi(),
        r.theilSenIntercept(), r.mkS(), r.mkTau(), r.mkVar(), r.mkP(), r.direction(), r.yoyAbs(),
        r.yoyPct(), r.progress(), r.note());
  }

  /** The trend line's value in a year (Sen's line), or null when there is no line. */
  public Double lineAt(int year) {
    return theilSenSlope == null || theilSenIntercept == null ? null
        : theilSenIntercept + theilSenSlope * year;
  }

  /** The dimension values in the order of the {@code observations} table. */
  public String[] dimensions() {
    return new String[] {sex, age, exploitation, armType, justification, commodity, route};
  }

  private static String dim(String d) {
    return d == null || d.isEmpty() ? TOTAL : d;
  }
}
