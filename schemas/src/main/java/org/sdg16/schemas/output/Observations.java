package org.sdg16.schemas.output;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code observations} table of contract §4.2: its columns, Spark schema and row mapping. */
public final class Observations {

  private Observations() {}

  /** Dimension columns, in table order; each holds {@code _T} where it does not apply. */
  public static final List<String> DIMENSIONS = Observation.DIMENSIONS;

  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("series", DataTypes.StringType, false),
      DataTypes.createStructField("ref_area", DataTypes.IntegerType, false),
      DataTypes.createStructField("time_period", DataTypes.IntegerType, false),
      DataTypes.createStructField("sex", DataTypes.StringType, false),
      DataTypes.createStructField("age", DataTypes.StringType, false),
      DataTypes.createStructField("exploitation", DataTypes.StringType, false),
      DataTypes.createStructField("arm_type", DataTypes.StringType, false),
      DataTypes.createStructField("justification", DataTypes.StringType, false),
      DataTypes.createStructField("commodity", DataTypes.StringType, false),
      DataTypes.createStructField("route", DataTypes.StringType, false),
      DataTypes.createStructField("unit_measure", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, true),
      DataTypes.createStructField("numerator", DataTypes.DoubleType, true),
      DataTypes.createStructField("denominator", DataTypes.DoubleType, true),
      DataTypes.createStructField("obs_status", DataTypes.StringType, true),
      DataTypes.createStructField("nature", DataTypes.StringType, true),
      DataTypes.createStructField("reporting_type", DataTypes.StringType, false),
      DataTypes.createStructField("n_countries", DataTypes.IntegerType, false),
      DataTypes.createStructField("coverage", DataTypes.DoubleType, true),
      DataTypes.createStructField("comment", DataTypes.StringType, true),
      DataTypes.createStructField("source_detail", DataTypes.StringType, true),
      DataTypes.createStructField("reported_total", DataTypes.BooleanType, true)});

  public static Row toRow(Observation o) {
    return RowFactory.create(o.series(), o.refArea(), o.timePeriod(), o.sex(), o.age(), o.exploitation(),
        o.armType(), o.justification(), o.commodity(), o.route(), o.unitMeasure(), o.value(), o.numerator(),
        o.denominator(), o.obsStatus(), o.nature(), o.reportingType(), o.nCountries(), o.coverage(),
        o.comment(), o.sourceDetail(), o.reportedTotal());
  }

  public static Observation fromRow(Row r) {
    return new Observation(r.getString(0), r.getInt(1), r.getInt(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
        d(r, 11), d(r, 12), d(r, 13), r.getString(14), r.getString(15), r.getString(16), r.getInt(17),
        d(r, 18), r.getString(19), r.getString(20), !r.isNullAt(21) && r.getBoolean(21));
  }

  private static Double d(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }
}
