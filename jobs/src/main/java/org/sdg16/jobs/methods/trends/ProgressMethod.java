package org.sdg16.jobs.methods.trends;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The progress methods a series can be assessed with (methodology §6.2, config key {@code
 * progress.methods}, contract §3). Each has its own categories and symbols; the notes they follow
 * are cited in the class that implements them.
 */
public enum ProgressMethod {
  /** Statistics Canada / Open SDG ({@link ProgressMeasure}). */
  STATCAN("statcan", "Statistics Canada / Open SDG"),
  /** UN SDG Progress Chart ({@link UnProgressChart}). */
  UN_CHART("un_chart", "UN Progress Chart"),
  /** Eurostat SDG monitoring report, long- and short-term ({@link EurostatAssessment}). */
  EUROSTAT("eurostat", "Eurostat"),
  /** ESCAP Anticipated Progress Index ({@link EscapAssessment}). */
  ESCAP("escap", "ESCAP");

  private final String code;
  private final String label;

  ProgressMethod(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The name used in the config. */
  public String code() {
    return code;
  }

  /** The name printed after a category, e.g. "(Eurostat long-term)". */
  public String label() {
    return label;
  }

  /**
   * The method with a config code.
   *
   * @throws IllegalArgumentException naming the known codes when there is none
   */
  public static ProgressMethod of(String code) {
    for (ProgressMethod m : values()) {
      if (m.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown progress method '" + code + "' (known: " + codes() + ")");
  }

  /** The config codes, comma-separated. */
  public static String codes() {
    return Arrays.stream(values()).map(ProgressMethod::code).collect(Collectors.joining(", "));
  }
}
