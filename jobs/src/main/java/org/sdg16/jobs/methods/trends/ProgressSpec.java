package org.sdg16.jobs.methods.trends;

import java.util.Objects;

/**
 * What the progress classes of methodology §6 need to know about a series: the desired direction,
 * an optional target (value and year, both or neither) and the base year (2015 unless configured).
 *
 * @param desired desired direction, d = +1 for an increase, −1 for a decrease
 * @param target target value y_T, or null for the method without a target
 * @param targetYear target year t_T, null exactly when {@code target} is
 * @param baseYear base year; the base is the first observed year from it on
 */
public record ProgressSpec(
    DesiredDirection desired, Double target, Integer targetYear, int baseYear) {

  /** Base year of methodology §6 unless configured. */
  public static final int DEFAULT_BASE_YEAR = 2015;

  public ProgressSpec {
    Objects.requireNonNull(desired, "desired");
    if ((target == null) != (targetYear == null)) {
      throw new IllegalArgumentException(
          "a target needs both a value and a year: " + target + ", " + targetYear);
    }
    if (target != null && !Double.isFinite(target)) {
      throw new IllegalArgumentException("target must be finite, not " + target);
    }
  }

  /** Without a target, base year {@value #DEFAULT_BASE_YEAR}. */
  public static ProgressSpec of(DesiredDirection desired) {
    return new ProgressSpec(desired, null, null, DEFAULT_BASE_YEAR);
  }

  /** With a target value for a target year, base year {@value #DEFAULT_BASE_YEAR}. */
  public static ProgressSpec withTarget(DesiredDirection desired, double target, int targetYear) {
    return new ProgressSpec(desired, target, targetYear, DEFAULT_BASE_YEAR);
  }

  /** The same spec with another base year. */
  public ProgressSpec withBaseYear(int year) {
    return new ProgressSpec(desired, target, targetYear, year);
  }

  public boolean hasTarget() {
    return target != null;
  }
}
