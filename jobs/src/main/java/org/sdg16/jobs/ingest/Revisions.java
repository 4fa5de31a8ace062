package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.sdg16.schemas.dataset.DatasetSchema;

/**
 * Contract §1, revisions: per revision key (area and year for the annual returns, area and event id
 * for the event datasets) only the rows of the submission with the latest {@code submitted_on} win,
 * and on equal dates those of the file whose name sorts last; one file (or sheet) is one
 * submission. {@link #mark} is the rule; {@link #repeatedKeys} only narrows down where it has
 * anything to decide.
 */
final class Revisions {

  private Revisions() {}

  /** Adds {@code _wins}: whether a row belongs to the winning submission of its revision key. */
  static Dataset<Row> mark(Dataset<Row> df, DatasetSchema schema) {
    // one file (or workbook sheet) is one submission: its date for a key is the latest
    // submitted_on of its rows, so that a key's rows from one file are kept or replaced together
    Column sheet = coalesce(col("source_sheet"), lit(""));
    Column[] fileKey =
        Stream.concat(Arrays.stream(key(schema)), Stream.of(col("source_file"), sheet))
            .toArray(Column[]::new);
    Column submission =
        struct(
            max(date(schema)).over(Window.partitionBy(fileKey)).as("d"),
            element_at(split(col("source_file"), "/"), -1).as("name"),
            col("source_file").as("path"),
            sheet.as("sheet"));
    return df.withColumn("_submission", submission)
        .withColumn(
            "_wins",
            col("_submission")
                .equalTo(max(col("_submission")).over(Window.partitionBy(key(schema)))))
        .drop("_submission");
  }

  /**
   * The revision keys held by more than one row, as their {@link #keyHash} in {@code _key}. Only
   * their rows can lose to a later submission or hold a duplicate key (the unique key of a dataset
   * contains its revision key). A hash aggregate over one long per row finds them without shuffling
   * the rows of a big table; two keys that share a hash only add rows to check, never take one
   * away.
   */
  static Dataset<Row> repeatedKeys(Dataset<Row> df, DatasetSchema schema) {
    return df.groupBy(keyHash(schema).as("_key"))
        .agg(count(lit(1)).as("_n"))
        .filter(col("_n").gt(1))
        .select("_key");
  }

  /** A 64-bit hash of the revision key (xxHash64 of its columns). */
  static Column keyHash(DatasetSchema schema) {
    return xxhash64(key(schema));
  }

  private static Column date(DatasetSchema schema) {
    Column epoch = lit(java.sql.Date.valueOf("0001-01-01"));
    return schema.field("submitted_on").isPresent() ? coalesce(col("submitted_on"), epoch) : epoch;
  }

  private static Column[] key(DatasetSchema schema) {
    return schema.revisionKey().stream()
        .map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }
}
