package org.sdg16.schemas.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data row as read from a file, before any rule: 1-based data row number and the raw cells by
 * lower-case column name, in file order.
 */
public record RawRow(int row, Map<String, String> cells) {
  public RawRow {
    if (row < 1) {
      throw new IllegalArgumentException("rows are 1-based: " + row);
    }
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }
}
