package org.sdg16.jobs.methods.trends;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One observed year of a series (methodology §6): the reference year and its value. Years may have
 * gaps; a gap is never filled.
 *
 * @param year reference year
 * @param value observed value, finite (a missing year is an absent point, never NaN or 0)
 */
public record TrendPoint(int year, double value) {

  public TrendPoint {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + year + " must be finite, not " + value);
    }
  }

  public static TrendPoint of(int year, double value) {
    return new TrendPoint(year, value);
  }

  /**
   * The points ordered by year, as an unmodifiable list.
   *
   * @throws IllegalArgumentException when a year occurs twice (one series has one value a year)
   * @throws NullPointerException when the collection or one of its points is null
   */
  public static List<TrendPoint> sortedByYear(Collection<TrendPoint> points) {
    Objects.requireNonNull(points, "points");
    List<TrendPoint> sorted = new ArrayList<>(points.size());
    for (TrendPoint p : points) {
      sorted.add(Objects.requireNonNull(p, "point"));
    }
    sorted.sort(Comparator.comparingInt(TrendPoint::year));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).year() == sorted.get(i - 1).year()) {
        throw new IllegalArgumentException(
            "year "
                + sorted.get(i).year()
                + " occurs twice: "
                + sorted.get(i - 1).value()
                + " and "
                + sorted.get(i).value());
      }
    }
    return List.copyOf(sorted);
  }
}
