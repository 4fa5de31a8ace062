package org.sdg16.jobs.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.table.Table;

/**
 * The Spark edge of the contract: the one place where the table declarations of the schemas module
 * ({@link WarehouseTables}, {@code DatasetSchema#table()}) become Spark schemas, and where the
 * plain rows of {@code observations} and {@code trends} become Spark rows and back. The schemas
 * module itself has no Spark.
 */
public final class SparkSchemas {

  private SparkSchemas() {}

  /** The Spark schema of a table: its columns in order, with their types and nullability. */
  public static StructType of(Table table) {
    return of(table.columns());
  }

  /** The Spark schema of some columns, in order. */
  public static StructType of(List<Column> columns) {
    StructField[] f = new StructField[columns.size()];
    for (int i = 0; i < f.length; i++) {
      Column c = columns.get(i);
      f[i] = DataTypes.createStructField(c.name(), type(c.type()), c.nullable());
    }
    return DataTypes.createStructType(f);
  }

  /** The Spark type of a column type. */
  public static DataType type(ColumnType t) {
    if (t instanceof ColumnType.Scalar s) {
      return switch (s) {
        case TEXT -> DataTypes.StringType;
        case INT -> DataTypes.IntegerType;
        case LONG -> DataTypes.LongType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
        case DATE -> DataTypes.DateType;
      };
    }
    if (t instanceof ColumnType.ListOf l) {
      return DataTypes.createArrayType(type(l.element()), l.elementsNullable());
    }
    if (t instanceof ColumnType.MapOf m) {
      return DataTypes.createMapType(type(m.key()), type(m.value()), m.valuesNullable());
    }
    if (t instanceof ColumnType.StructOf s) {
      return of(s.fields());
    }
    throw new IllegalArgumentException("no Spark type for " + t);
  }

  // ---- rows of observations and trends: the record components are the table's columns, in order

  /** An observation as a row of {@link WarehouseTables#OBSERVATIONS}. */
  public static Row row(Observation o) {
    return RowFactory.create(
        o.series(),
        o.refArea(),
        o.timePeriod(),
        o.sex(),
        o.age(),
        o.exploitation(),
        o.armType(),
        o.justification(),
        o.commodity(),
        o.route(),
        o.unitMeasure(),
        o.value(),
        o.numerator(),
        o.denominator(),
        o.obsStatus(),
        o.nature(),
        o.reportingType(),
        o.nCountries(),
        o.coverage(),
        o.comment(),
        o.sourceDetail(),
        o.reportedTotal());
  }

  /** A row of {@link WarehouseTables#OBSERVATIONS} (read with its schema) as an observation. */
  public static Observation observation(Row r) {
    return new Observation(
        r.getString(0),
        r.getInt(1),
        r.getInt(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8),
        r.getString(9),
        r.getString(10),
        d(r, 11),
        d(r, 12),
        d(r, 13),
        r.getString(14),
        r.getString(15),
        r.getString(16),
        r.getInt(17),
        d(r, 18),
        r.getString(19),
        r.getString(20),
        !r.isNullAt(21) && r.getBoolean(21));
  }

  /** A trend as a row of {@link WarehouseTables#TRENDS}. */
  public static Row row(TrendRow t) {
    return RowFactory.create(t.cells());
  }

  /** A row of {@link WarehouseTables#TRENDS} (read with its schema) as a trend. */
  public static TrendRow trend(Row r) {
    Object[] cells = new Object[r.length()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.isNullAt(i) ? null : r.get(i);
    }
    return TrendRow.ofCells(cells);
  }

  private static Double d(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }
}
