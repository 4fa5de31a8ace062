package org.sdg16.schemas.output;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code trends} table (methodology §6): its Spark schema and the mapping of {@link TrendRow}. */
public final class TrendTable {

  private TrendTable() {}

  public static final StructType SCHEMA;

  static {
    StructField[] f = new StructField[TrendRow.COLUMNS.size()];
    for (int i = 0; i < f.length; i++) {
      String c = TrendRow.COLUMNS.get(i);
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



  public static Row toRow(TrendRow t) {
    return RowFactory.create(t.series(), t.refArea(), t.sex(), t.age(), t.exploitation(), t.armType(),
        t.justification(), t.commodity(), t.route(), t.unitMeasure(), t.reportingType(), t.nPoints(), t.firstYear(),
        t.lastYear(), t.cagr(), t.loglinearRate(), t.loglinearRateLo(), t.loglinearRateHi(), t.theilSenSlope(),
        t.theilSenLo(), t.theilSenHi(), t.theilSenIntercept(), t.mkS(), t.mkTau(), t.mkVar(), t.mkP(), t.direction(),
        t.yoyAbs(), t.yoyPct(), t.progress(), t.note());
  }

  /** The inverse of {@link #toRow}. */
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
