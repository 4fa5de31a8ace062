package org.sdg16.reports.page;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import org.sdg16.schemas.output.Observation;

/**
 * The rule that no table or chart mixes units under one caption (issue #20): every builder that
 * puts observations under a caption or an axis with one unit checks that each of them is in that
 * unit, and fails, naming the caption and the units, when one is not. Quantities in several units
 * are grouped by unit before they reach a builder, as the port-seizure tables are.
 */
final class Units {

  private Units() {}

  /**
   * {@code unit}, after checking that every row is in it.
   *
   * @throws IllegalStateException when a row is in another unit
   */
  static String check(String unit, Collection<Observation> rows, String caption) {
    TreeSet<String> other = new TreeSet<>();
    for (Observation o : rows) {
      if (!Objects.equals(o.unitMeasure(), unit)) {
        other.add(String.valueOf(o.unitMeasure()));
      }
    }
    if (!other.isEmpty()) {
      throw new IllegalStateException(
          "\"" + caption + "\" would mix units: " + unit + " and " + String.join(", ", other));
    }
    return unit;
  }

  /** The one unit of the rows (null when there are none), failing when they have several. */
  static String of(Collection<Observation> rows, String caption) {
    return rows.isEmpty() ? null : check(rows.iterator().next().unitMeasure(), rows, caption);
  }
}
