package org.sdg16.schemas.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.table.Table;

/**
 * The declaration of one dataset of contract §1: its fields and rules, the key that must be unique
 * within one submission, and the key by which a later submission replaces an earlier one. The table
 * of its accepted rows ({@link #table()}: its fields, then {@link #LINEAGE}) is derived from it,
 * never written by hand.
 *
 * @param name dataset name = inbox folder = workbook sheet name
 * @param tableName the warehouse table of its accepted rows (contract §4.1): {@code returns_<name>}
 *     for the returns, {@code published} and {@code population} for the others
 * @param fields columns in their canonical order
 * @param uniqueKey columns that identify one row in one submission
 * @param revisionKey columns by which a later submission wins whole (area and year, or area and
 *     event id)
 * @param rowRules rules across the cells of one row
 * @param crossRowRules rules across the rows of one submission
 */
public record DatasetSchema(
    String name,
    String tableName,
    List<Field> fields,
    List<String> uniqueKey,
    List<String> revisionKey,
    List<RowRule> rowRules,
    List<CrossRowRule> crossRowRules) {

  /** Lineage columns added to every table of accepted rows (contract §4.1). */
  public static final List<Column> LINEAGE =
      List.of(
          Column.notNull("source_file", ColumnType.TEXT),
          Column.nullable("source_sheet", ColumnType.TEXT),
          Column.notNull("source_row", ColumnType.INT),
          Column.notNull("ingest_run", ColumnType.TEXT),
          Column.notNull("flags", ColumnType.listOf(ColumnType.TEXT, true)));

  public DatasetSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tableName, "tableName");
    fields = List.copyOf(fields);
    uniqueKey = List.copyOf(uniqueKey);
    revisionKey = List.copyOf(revisionKey);
    rowRules = List.copyOf(rowRules);
    crossRowRules = List.copyOf(crossRowRules);
    Map<String, Field> seen = new LinkedHashMap<>();
    for (Field f : fields) {
      if (seen.put(f.name(), f) != null) {
        throw new IllegalArgumentException(name + ": field " + f.name() + " declared twice");
      }
    }
    for (String k : uniqueKey) {
      if (!seen.containsKey(k)) {
        throw new IllegalArgumentException(name + ": unique key column " + k + " is not a field");
      }
    }
    for (String k : revisionKey) {
      if (!seen.containsKey(k)) {
        throw new IllegalArgumentException(name + ": revision key column " + k + " is not a field");
      }
    }
  }

  public Optional<Field> field(String column) {
    return fields.stream().filter(f -> f.name().equals(column)).findFirst();
  }

  /**
   * Whether the rows of one submission can be checked one by one: the only rule across rows is the
   * unique key (no {@link #crossRowRules()}), so a reader may stream a big file and leave the
   * duplicate keys to a later step (contract §2). The ingest job does so for CSV files of these
   * datasets ({@code ccp}, {@code firearms_cases}, {@code markets}, population).
   */
  public boolean rowByRow() {
    return crossRowRules.isEmpty();
  }

  /** Columns a file must have. */
  public List<String> requiredColumns() {
    return fields.stream().filter(f -> !f.omittable()).map(Field::name).toList();
  }

  /** The table of the accepted rows: the fields in declaration order, then {@link #LINEAGE}. */
  public Table table() {
    return Table.of(tableName, fields.stream().map(Field::column).toList(), LINEAGE);
  }
}
