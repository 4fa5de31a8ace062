package org.sdg16.jobs.methods.trends;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The progress methods a series can be assessed with (methodology §6.2, config key {@code
 * progress.methods}, contract §3). Each has its own categories and symbols; the notes they follow
 * are cited in the class that implements them; the names printed with their categories are those of
 * the trends table's column groups ({@link org.sdg16.schemas.output.TrendRow.Method}).
 */
public enum ProgressMethod {
  /** Statistics Canada / Open SDG ({@link ProgressMeasure}). */
  STATCAN("statcan"),
  /** UN SDG Progress Chart ({@link UnProgressChart}). */
  UN_CHART("un_chart"),
  /** Eurostat SDG monitoring report, long- and short-term ({@link EurostatAssessment}). */
  EUROSTAT("eurostat"),
  /** ESCAP Anticipated Progress Index and Current Status Index ({@link EscapAssessment}). */
  ESCAP("escap");

  private final String code;

  ProgressMethod(String code) {
    this.code = code;
  }

  /** The name used in the config. */
  public String code() {
    return code;
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
