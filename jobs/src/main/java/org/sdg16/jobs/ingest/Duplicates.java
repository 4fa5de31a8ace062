package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.validation.DuplicateKeys;
import org.sdg16.schemas.validation.Validator;

/**
 * Contract §2, "duplicate keys in one submission", for the files the ingest job reads row by row
 * ({@link DatasetSchema#rowByRow()}): every row of a key that appears more than once in one file
 * (or sheet) is quarantined with a {@code DUPLICATE_KEY} finding that names all the rows of the
 * key. This is the Spark twin of the check in {@link Validator}, which the {@code validate} command
 * and whole-file reading use: the same column ({@link DuplicateKeys#column}) and message ({@link
 * DuplicateKeys#message}), built with column functions; {@code StreamingIngestTest} keeps the two
 * equal.
 *
 * <p>It is given only the rows whose revision key repeats ({@link Revisions#repeatedKeys}), a
 * superset of the duplicated ones that stays as small as the bad rows and revisions are.
 */
final class Duplicates {

  private Duplicates() {}

  /**
   * The rows of repeated keys among {@code rows} (accepted rows of {@code schema} whose key is
   * pending, with the dataset's fields as columns next to those of the scratch record), with {@code
   * task, part, source_file, source_sheet, source_row, column, message, raw}; null when no key
   * repeats. The result is cached: several outputs use it.
   *
   * @param headers {@code task, part, header} of every outcome, for the raw cells (from {@code
   *     raw_line}, or from the record's parsed detail {@code d})
   */
  static Dataset<Row> find(Dataset<Row> rows, Dataset<Row> headers, DatasetSchema schema) {
    List<String> key = new ArrayList<>(List.of("task", "part"));
    key.addAll(schema.uniqueKey());
    WindowSpec sameKey =
        Window.partitionBy(
            key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    List<Column> parts = new ArrayList<>();
    for (String c : schema.uniqueKey()) {
      parts.add(concat(lit(c + "="), coalesce(col(c).cast(DataTypes.StringType), lit("null"))));
    }
    Column rowsOfKey = array_sort(collect_list(col("source_row")).over(sameKey));
    Column message =
        concat(
            lit("key ("),
            concat_ws(", ", parts.toArray(Column[]::new)),
            lit(") appears in rows ["),
            array_join(rowsOfKey.cast(DataTypes.createArrayType(DataTypes.StringType)), ", "),
            lit("]"));
    Dataset<Row> found =
        rows.withColumn("_n", count(lit(1)).over(sameKey))
            .filter(col("_n").gt(1))
            .withColumn("message", message)
            .join(headers, new String[] {"task", "part"})
            .select(
                col("task"),
                col("part"),
                col("source_file"),
                col("source_sheet"),
                col("source_row"),
                lit(DuplicateKeys.column(schema)).as("column"),
                col("message"),
                Scratch.rawCells().as("raw"))
            .cache();
    if (found.count() == 0) {
      found.unpersist();
      return null;
    }
    return found;
  }
}
