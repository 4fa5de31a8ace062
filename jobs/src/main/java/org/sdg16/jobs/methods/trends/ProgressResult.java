package org.sdg16.jobs.methods.trends;

import java.util.Objects;

/**
 * The progress class of one series (methodology §6) with what it was computed from.
 *
 * @param status the category
 * @param measure the number that was classified: d · CAGR without a target, R with one; null when
 *     the target is achieved or progress cannot be assessed. R is −∞ when the target equals the
 *     base value and the series moved away from it
 * @param baseYear year of the base value, null when there is no data from the base year on
 * @param baseValue base value y_0 as used (0 replaced by 0.001), null with {@code baseYear}
 * @param latestYear latest observed year, null with {@code baseYear}
 * @param latestValue latest observed value, null with {@code baseYear}
 * @param reason why progress cannot be assessed (one of the {@code REASON_} codes), null unless the
 *     status is {@link ProgressStatus#UNABLE_TO_ASSESS}
 */
public record ProgressResult(
    ProgressStatus status,
    Double measure,
    Integer baseYear,
    Double baseValue,
    Integer latestYear,
    Double latestValue,
    String reason) {

  /** No observed year from the base year on. */
  public static final String REASON_NO_DATA_FROM_BASE_YEAR = "no_data_from_base_year";

  /** Only one observed year from the base year on. */
  public static final String REASON_ONE_YEAR_FROM_BASE = "one_year_from_base";

  /** Base (after the 0.001 replacement), latest value or target is negative, or the latest is 0. */
  public static final String REASON_NON_POSITIVE_VALUES = "non_positive_values";

  /** The target year is not after the base year, so no rate is required. */
  public static final String REASON_TARGET_YEAR_NOT_AFTER_BASE = "target_year_not_after_base";

  public ProgressResult {
    Objects.requireNonNull(status, "status");
    if ((reason != null) != (status == ProgressStatus.UNABLE_TO_ASSESS)) {
      throw new IllegalArgumentException(
          "a reason goes with unable to assess only: " + status + ", " + reason);
    }
    boolean classified =
        status != ProgressStatus.UNABLE_TO_ASSESS && status != ProgressStatus.TARGET_ACHIEVED;
    if ((measure != null) != classified || measure != null && measure.isNaN()) {
      throw new IllegalArgumentException("measure " + measure + " with status " + status);
    }
    if ((baseYear == null) != (baseValue == null)
        || (baseYear == null) != (latestYear == null)
        || (baseYear == null) != (latestValue == null)) {
      throw new IllegalArgumentException("base and latest go together");
    }
  }

  static ProgressResult unable(
      String reason, Integer baseYear, Double baseValue, Integer latestYear, Double latestValue) {
    return new ProgressResult(
        ProgressStatus.UNABLE_TO_ASSESS,
        null,
        baseYear,
        baseValue,
        latestYear,
        latestValue,
        reason);
  }
}
