package org.sdg16.schemas.output;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the {@code trends} table (methodology §6): one series × area × disaggregation, with
 * the dimension columns of {@link Observations} and every trend statistic, plus
 * {@code theil_sen_intercept} (Sen's intercept, the value of the line at year 0: median of
 * {@code y - slope × year}) so that a chart can draw the trend line. A statistic that could
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

  public static final StructType SCHEMA;

  static {
    StructField[] f = new StructField[COLUMNS.size()];
    for (int i = 0; i < f.length; i++) {
      String c = COLUMNS.get(i);
      org.apache.spark.sql.types.DataType t;
      if (c.equals("ref_area") || c.equals("n_points") || c.equals("first_year") || c.equals("last_year")) {
        t = DataTypes.IntegerType;
      } else if (i >= 14 && i <= 25 || c.equals("yoy_abs") || c.equals("yoy_pct")) {
        t = DataTypes.DoubleType;
      } else {
        t = DataTypes.StringType;
      }
      boolean nullable = !(i <= 11);
      f[i] = DataTypes.createStructField(c, t, nullable);
    }
    SCHEMA = DataTypes.createStructType(f);
  }

  public Row toRow() {
    return RowFactory.create(series, refArea, sex, age, exploitation, armType, justification, commodity,
        route, unitMeasure, reportingType, nPoints, firstYear, lastYear, cagr, loglinearRate,
        loglinearRateLo, loglinearRateHi, theilSenSlope, theilSenLo, theilSenHi, theilSenIntercept, mkS, mkTau, mkVar, mkP,
        direction, yoyAbs, yoyPct, progress, note);
  }

  /** The inverse of {@link #toRow()}. */
  public static TrendRow fromRow(Row r) {
    return new TrendRow(r.getString(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
        r.getInt(11), i(r, 12), i(r, 13), d(r, 14), d(r, 15), d(r, 16), d(r, 17), d(r, 18), d(r, 19), d(r, 20),
        d(r, 21), d(r, 22), d(r, 23), d(r, 24), d(r, 25), r.getString(26), d(r, 27), d(r, 28), r.getString(29),
        r.getString(30));
  }

  private static Double d(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  private static Integer i(Row r, int i) {
    return r.isNullAt(i) ? null : r.getInt(i);
  }
}
