package org.sdg16.schemas.table;

import java.util.List;
import java.util.Objects;

/**
 * What a column of a warehouse table holds (contract §4.1), in the project's own terms: a plain
 * value, or a list, map or struct of them for the {@code flags}, {@code raw} and {@code findings}
 * columns. No engine's types: the Spark edge of the jobs module translates these.
 */
public sealed interface ColumnType {

  /** A single value. */
  enum Scalar implements ColumnType {
    TEXT,
    /** A 32-bit whole number (areas, years, counts of rows). */
    INT,
    /** A 64-bit whole number (counts of events summed over a big table). */
    LONG,
    DOUBLE,
    BOOLEAN,
    /** A calendar date without time zone. */
    DATE
  }

  /** A list of values; {@code elementsNullable} whether an element may be null. */
  record ListOf(ColumnType element, boolean elementsNullable) implements ColumnType {
    public ListOf {
      Objects.requireNonNull(element, "element");
    }
  }

  /** A map of keys (never null) to values; {@code valuesNullable} whether a value may be null. */
  record MapOf(ColumnType key, ColumnType value, boolean valuesNullable) implements ColumnType {
    public MapOf {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A struct of named fields, in order. */
  record StructOf(List<Column> fields) implements ColumnType {
    public StructOf {
      fields = List.copyOf(fields);
    }
  }

  ColumnType TEXT = Scalar.TEXT;
  ColumnType INT = Scalar.INT;
  ColumnType LONG = Scalar.LONG;
  ColumnType DOUBLE = Scalar.DOUBLE;
  ColumnType BOOLEAN = Scalar.BOOLEAN;
  ColumnType DATE = Scalar.DATE;

  static ColumnType listOf(ColumnType element, boolean elementsNullable) {
    return new ListOf(element, elementsNullable);
  }

  static ColumnType mapOf(ColumnType key, ColumnType value, boolean valuesNullable) {
    return new MapOf(key, value, valuesNullable);
  }

  static ColumnType structOf(Column... fields) {
    return new StructOf(List.of(fields));
  }
}
