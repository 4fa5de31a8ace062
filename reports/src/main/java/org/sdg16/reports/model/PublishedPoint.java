package org.sdg16.reports.model;

import java.util.Objects;

/**
 * One published value of an official series (the {@code published} dataset, contract §1.6),
 * national total, drawn beside the value we compute.
 *
 * @param series series code, e.g. {@code VC_ARM_SZTRACE}
 * @param refArea M49 code
 * @param timePeriod year
 * @param value the published value
 * @param source where it was published, e.g. {@code UN SDG database}
 */
public record PublishedPoint(
    String series, int refArea, int timePeriod, double value, String source) {

  public PublishedPoint {
    Objects.requireNonNull(series, "series");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("published value must be finite: " + value);
    }
  }
}
