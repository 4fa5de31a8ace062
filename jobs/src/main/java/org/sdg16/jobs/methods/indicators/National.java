package org.sdg16.jobs.methods.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.codes.ObsStatus;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * What every indicator function builds a national observation from: its dimensions, the observation
 * itself (unit and nature from the series' registry entry), its status and source (methodology §0)
 * and the grouping of a return's values by country and year. Totals are {@code _T} (methodology,
 * Conventions).
 */
final class National {

  /** The total of a dimension. */
  static final String T = CodeList.TOTAL;

  private National() {}

  /** The dimension values of an observation, in {@code Observation.DIMENSIONS} order. */
  record Dims(
      String sex,
      String age,
      String exploitation,
      String armType,
      String justification,
      String commodity,
      String route) {
    static final Dims NONE = new Dims(T, T, T, T, T, T, T);

    static Dims arm(String a) {
      return new Dims(T, T, T, a, T, T, T);
    }

    static Dims commodity(String c) {
      return new Dims(T, T, T, T, T, c, T);
    }
  }

  /** A national observation of a series in the series' unit. */
  static Observation of(
      Series s,
      int area,
      int year,
      Dims d,
      Double value,
      Double num,
      Double den,
      String status,
      String comment,
      String source) {
    return of(s, area, year, d, value, num, den, status, comment, source, s.unitMeasure());
  }

  /** A national observation of a series in a unit of its own (a seized commodity's unit). */
  static Observation of(
      Series s,
      int area,
      int year,
      Dims d,
      Double value,
      Double num,
      Double den,
      String status,
      String comment,
      String source,
      String unit) {
    return new Observation(
        s.code(),
        area,
        year,
        d.sex(),
        d.age(),
        d.exploitation(),
        d.armType(),
        d.justification(),
        d.commodity(),
        d.route(),
        unit,
        value,
        num,
        den,
        status,
        s.nature(),
        "N",
        1,
        null,
        comment,
        source);
  }

  /**
   * The values of a return by country and year ({@link Facts#key}, in key order), each keyed by
   * {@code cell} in input order.
   */
  static Map<Long, Map<String, Facts.Value>> byAreaYear(
      List<Facts.Value> values, Function<Facts.Value, String> cell) {
    Map<Long, Map<String, Facts.Value>> byAreaYear = new TreeMap<>();
    for (Facts.Value v : values) {
      byAreaYear
          .computeIfAbsent(Facts.key(v.area(), v.year()), k -> new LinkedHashMap<>())
          .put(cell.apply(v), v);
    }
    return byAreaYear;
  }

  /** The area of a {@link Facts#key}. */
  static int area(long key) {
    return (int) (key / 10_000L);
  }

  /** The year of a {@link Facts#key}. */
  static int year(long key) {
    return (int) (key % 10_000L);
  }

  /** The status of a value computed from several inputs: the least reliable of theirs (§0). */
  static String status(List<Facts.Value> inputs) {
    return ObsStatus.leastReliable(inputs.stream().map(Facts.Value::obsStatus).toList());
  }

  /** The sources of the inputs of a value, sorted, {@code ; }-separated; null when none (§0). */
  static String source(List<Facts.Value> inputs) {
    TreeSet<String> s = new TreeSet<>();
    for (Facts.Value v : inputs) {
      if (v.source() != null && !v.source().isBlank()) {
        s.add(v.source());
      }
    }
    return s.isEmpty() ? null : String.join("; ", s);
  }

  /** Two comments as one, {@code ; }-separated; a blank or repeated one left out. */
  static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null || b.isBlank() ? null : b;
    }
    return b == null || b.isBlank() || a.equals(b) ? a : a + "; " + b;
  }

  /** Two {@code ; }-separated source lists as one, sorted and without repeats. */
  static String joinSources(String a, String b) {
    TreeSet<String> s = new TreeSet<>();
    for (String x : new String[] {a, b}) {
      if (x != null) {
        for (String p : x.split("; ")) {
          if (!p.isBlank()) {
            s.add(p);
          }
        }
      }
    }
    return s.isEmpty() ? null : String.join("; ", s);
  }
}
