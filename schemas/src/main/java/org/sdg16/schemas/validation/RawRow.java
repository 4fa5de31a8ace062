package org.sdg16.schemas.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data row as read from a file, before any rule: 1-based data row number, the raw cells by
 * lower-case column name, in file order, and the cells the reader could not read as the file gives
 * them, by column, with the reason (an Excel formula without a cached value, a shared string the
 * workbook does not hold, a malformed value): each is a finding on its row.
 */
public record RawRow(int row, Map<String, String> cells, Map<String, String> unreadable) {
  public RawRow {
    if (row < 1) {
      throw new IllegalArgumentException("rows are 1-based: " + row);
    }
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    unreadable =
        unreadable == null || unreadable.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(unreadable));
  }

  /** A row whose every cell was read. */
  public RawRow(int row, Map<String, String> cells) {
    this(row, cells, Map.of());
  }
}
