package org.sdg16.schemas.csv;

import java.math.BigDecimal;

/**
 * Numbers as the exports and the report's chart data print them (contract §4.4, style.md §8): plain
 * {@code Locale.ROOT} decimals with no exponent, no thousands separator and no trailing zeros
 * ({@code 22.91}, {@code 215816580}, {@code -12.5}); a missing number is an empty cell, never
 * {@code 0}.
 */
public final class Numbers {

  private Numbers() {}

  /** The plain decimal form of a value, or {@code ""} when it is missing or not finite. */
  public static String plain(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return "";
    }
    if (v == 0.0) {
      return "0"; // also -0.0
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** An integer as text, or {@code ""} when missing. */
  public static String plain(Integer v) {
    return v == null ? "" : Integer.toString(v);
  }
}
