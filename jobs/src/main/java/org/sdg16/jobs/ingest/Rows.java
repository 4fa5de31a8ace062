package org.sdg16.jobs.ingest;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of the {@code quarantine} and {@code findings} tables (contract §2, §4.1). */
public final class Rows {

  private Rows() {}

  /** The {@code quarantine} table: rejected rows and files with their findings and raw values. */
  public static final StructType QUARANTINE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("dataset", DataTypes.StringType, false),
      DataTypes.createStructField("source_file", DataTypes.StringType, false),
      DataTypes.createStructField("source_sheet", DataTypes.StringType, true),
      DataTypes.createStructField("source_row", DataTypes.IntegerType, true),
      DataTypes.createStructField("raw", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false),
      DataTypes.createStructField("findings", DataTypes.createArrayType(DataTypes.createStructType(List.of(
          DataTypes.createStructField("code", DataTypes.StringType, false),
          DataTypes.createStructField("severity", DataTypes.StringType, false),
          DataTypes.createStructField("column", DataTypes.StringType, true),
          DataTypes.createStructField("message", DataTypes.StringType, false))), false), false),
      DataTypes.createStructField("ingest_run", DataTypes.StringType, false)));

  /** The {@code findings} table: every validation finding of the run. */
  public static final StructType FINDINGS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("dataset", DataTypes.StringType, false),
      DataTypes.createStructField("source_file", DataTypes.StringType, false),
      DataTypes.createStructField("source_sheet", DataTypes.StringType, true),
      DataTypes.createStructField("row", DataTypes.IntegerType, true),
      DataTypes.createStructField("column", DataTypes.StringType, true),
      DataTypes.createStructField("code", DataTypes.StringType, false),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false),
      DataTypes.createStructField("raw", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true),
      DataTypes.createStructField("ingest_run", DataTypes.StringType, false)));
}
