package org.sdg16.schemas.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The declaration of one warehouse table (contract §4.1): its folder name under a snapshot and its
 * columns in table order. Every table is declared once, in {@code WarehouseTables} or, for the
 * tables of accepted rows, by its dataset ({@code DatasetSchema#table()}).
 *
 * @param name table name = folder of the snapshot
 * @param columns columns in table order
 */
public record Table(String name, List<Column> columns) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException(name + ": column " + c.name() + " declared twice");
      }
    }
  }

  /** A table of the columns of each group, one group after the other. */
  @SafeVarargs
  public static Table of(String name, List<Column>... groups) {
    List<Column> all = new ArrayList<>();
    for (List<Column> g : groups) {
      all.addAll(g);
    }
    return new Table(name, all);
  }

  /** The column names in table order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The column of that name. */
  public Column column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
  }
}
