package org.sdg16.jobs.methods.trends;

import java.util.Objects;

/**
 * What one progress method says about one series (methodology §6.2): the number it classified with
 * its unit text, the category with its symbol, and the years it used.
 *
 * @param value the classified number, null when the category needs none (target achieved, not
 *     assessed)
 * @param unit what {@code value} is measured in, printable after it ("% a year", "percentage points
 *     a year", "share of the required change"); null with {@code value}
 * @param category the method's own category text
 * @param symbol the method's own symbol (arrow, colour or code)
 * @param tone whether the category reports progress, deterioration or neither
 * @param fromYear first year used, null when none was
 * @param toYear last year used, null with {@code fromYear}
 */
public record MethodResult(
    Double value,
    String unit,
    String category,
    String symbol,
    Tone tone,
    Integer fromYear,
    Integer toYear) {

  /** The direction a category reports, for the combined sentence ({@link ProgressSentence}). */
  public enum Tone {
    PROGRESS,
    DETERIORATION,
    NEUTRAL
  }

  /** Category of a series a method cannot assess. */
  public static final String NOT_ASSESSED = "not assessed";

  public MethodResult {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(tone, "tone");
    if ((value == null) != (unit == null) || value != null && value.isNaN()) {
      throw new IllegalArgumentException("a value goes with its unit: " + value + ", " + unit);
    }
    if ((fromYear == null) != (toYear == null)) {
      throw new IllegalArgumentException("from and to years go together");
    }
  }

  /** Not assessed, with the reason as the symbol's text. */
  static MethodResult notAssessed(String why, Integer fromYear, Integer toYear) {
    return new MethodResult(
        null, null, NOT_ASSESSED + ": " + why, "n/a", Tone.NEUTRAL, fromYear, toYear);
  }

  /** The years used as printed, e.g. "2015–2022", or null. */
  public String years() {
    return fromYear == null ? null : fromYear + "–" + toYear;
  }
}
