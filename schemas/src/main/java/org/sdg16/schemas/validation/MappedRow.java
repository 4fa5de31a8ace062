package org.sdg16.schemas.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of a file in another layout than its dataset's, mapped onto the dataset's fields by a
 * format mapper (the SDMX-CSV and Open SDG files of {@code published/}, contract §1.6), for {@link
 * Validator#validateMapped}.
 *
 * @param cells the cells under the dataset's field names, as the field rules read them
 * @param typed values the mapping typed itself, by field name, which no field rule reads again (the
 *     area of a published row, resolved from an M49 code, a region code or a name; null when the
 *     mapping could not, with a problem saying why)
 * @param problems what the mapping found (a breakdown the dataset does not keep, an unknown area)
 */
public record MappedRow(
    Map<String, String> cells, Map<String, Object> typed, List<Problem> problems) {
  public MappedRow {
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
    problems = List.copyOf(problems);
  }
}
