package org.sdg16.schemas.dataset;

import java.util.Collections;
import java.util.Map;

/**
 * A row whose cells all parsed: column name to typed value (null = missing), plus its 1-based data
 * row number in the file.
 */
public record TypedRow(int row, Map<String, Object> values) {

  public TypedRow {
    values = Collections.unmodifiableMap(values);
  }

  public Object get(String column) {
    return values.get(column);
  }

  public String code(String column) {
    Object v = values.get(column);
    return v == null ? null : v.toString();
  }

  public Double number(String column) {
    Object v = values.get(column);
    return v == null ? null : ((Number) v).doubleValue();
  }
}
