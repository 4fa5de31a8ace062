package org.sdg16.schemas.table;

import java.util.Locale;
import java.util.Objects;

/**
 * One column of a warehouse table (contract §4.1): name, type and whether it may hold nulls.
 *
 * @param name column name, lower case
 * @param type what it holds
 * @param nullable whether a row may leave it null
 */
public record Column(String name, ColumnType type, boolean nullable) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("column names are lower case: " + name);
    }
  }

  /** A column every row fills. */
  public static Column notNull(String name, ColumnType type) {
    return new Column(name, type, false);
  }

  /** A column a row may leave null. */
  public static Column nullable(String name, ColumnType type) {
    return new Column(name, type, true);
  }
}
