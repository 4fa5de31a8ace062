package org.sdg16.schemas.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code progress:} settings (contract §3, methodology §6.2), globally and per series: which
 * progress methods assess a series, the base year and the target year of a target given without
 * one. Every key is optional; what is not set here comes from the level above (series → global →
 * {@code trends.base_year}, all four methods, target year 2030).
 *
 * @param methods method codes, each one of {@link #METHODS}; null = not set here
 * @param baseYear base year of the assessment; null = not set here
 * @param targetYear target year of a series target without {@code target_year}; null = not set
 */
public record ProgressConfig(
    List<String> methods,
    @JsonProperty("base_year") Integer baseYear,
    @JsonProperty("target_year") Integer targetYear) {

  /** The method codes, in the order of the trends table's column groups. */
  public static final List<String> METHODS = List.of("statcan", "un_chart", "eurostat", "escap");

  /** Target year unless configured. */
  public static final int DEFAULT_TARGET_YEAR = 2030;

  /** Nothing set. */
  public static final ProgressConfig UNSET = new ProgressConfig(null, null, null);

  public ProgressConfig {
    if (methods != null) {
      for (String m : methods) {
        if (m == null || !METHODS.contains(m)) {
          throw new ConfigException(
              "progress.methods",
              "unknown progress method '"
                  + m
                  + "' under 'progress.methods' (known: "
                  + String.join(", ", METHODS)
                  + ")");
        }
      }
      methods = List.copyOf(methods);
    }
    for (Integer y : new Integer[] {baseYear, targetYear}) {
      if (y != null && (y < 1990 || y > 2100)) {
        throw new ConfigException(
            y.equals(baseYear) ? "progress.base_year" : "progress.target_year",
            "progress years must be years, not " + y);
      }
    }
  }

  /** This level's settings, with what it leaves unset taken from {@code outer}. */
  public ProgressConfig over(ProgressConfig outer) {
    return new ProgressConfig(
        methods != null ? methods : outer.methods,
        baseYear != null ? baseYear : outer.baseYear,
        targetYear != null ? targetYear : outer.targetYear);
  }

  /** The configured methods, all of them when unset. */
  public List<String> methodsOrAll() {
    return methods == null ? METHODS : methods;
  }

  /** The target year, {@value #DEFAULT_TARGET_YEAR} when unset. */
  public int targetYearOrDefault() {
    return targetYear == null ? DEFAULT_TARGET_YEAR : targetYear;
  }
}
