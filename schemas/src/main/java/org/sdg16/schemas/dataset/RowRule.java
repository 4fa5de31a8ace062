package org.sdg16.schemas.dataset;

import java.util.List;
import java.util.Map;
import org.sdg16.schemas.validation.Problem;

/**
 * A rule over several cells of one row, run after every cell has parsed. It may normalise the row
 * (e.g. convert tonnes to kilograms) and returns its problems. Values of cells that failed to parse
 * are absent from the map.
 */
@FunctionalInterface
public interface RowRule {
  List<Problem> apply(Map<String, Object> row);
}
