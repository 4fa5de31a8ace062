package org.sdg16.schemas.series;

import java.util.Objects;

/**
 * One series of the methodology: its code, what it measures, its unit, whether it is official SDG
 * data or a project series, where it is defined, how aggregates pool it, the indicator function
 * that computes it and, for an official series, how it goes out as SDMX. The entries are those of
 * {@link SeriesCatalogue}.
 *
 * @param code series code as in outputs, e.g. {@code VC_ARM_SZTRACE}
 * @param title plain-English title
 * @param unitMeasure unit code ({@code PT} percent, {@code NUMBER}, {@code PER_100000_POP}, {@code
 *     RATIO}, {@code ROUNDS_PER_ARM}, {@code USD}, or the canonical unit of a seized commodity)
 * @param official official SDG series (sent to the SDG Global Database) or project series
 * @param nature SDG NATURE code of national values ({@code C} country data, {@code M} modelled for
 *     the experimental IFF series)
 * @param indicator SDG indicator it belongs to, e.g. {@code 16.4.2}
 * @param family series family, one workbook sheet and report page each
 * @param section methodology section that defines it
 * @param formula the formula as the methodology writes it
 * @param kind how aggregates pool it (methodology §5)
 * @param shortTitle a title short enough for a chart or a table head (the title where it is short)
 * @param decimals decimals of the published value (SDMX, Open SDG, the workbook's display): 2 for
 *     percentages, rates and ratios, 0 for counts; the warehouse keeps full precision
 * @param function the indicator function that computes its national values (methodology §1–§4)
 * @param sdmx how it goes out in the SDG DSD (methodology §7): present exactly for an official
 *     series, null for a project series
 */
public record Series(
    String code,
    String title,
    String shortTitle,
    String unitMeasure,
    boolean official,
    String nature,
    String indicator,
    String family,
    String section,
    String formula,
    Kind kind,
    int decimals,
    IndicatorFunction function,
    SdmxSeries sdmx) {

  /** How a series is pooled into regional aggregates (methodology §5). */
  public enum Kind {
    /**
     * A count, summed over the reporting countries; below the publication thresholds a project
     * "reported total", never an aggregate.
     */
    COUNT,
    /** A ratio or percentage: Σ numerators / Σ denominators over countries reporting both. */
    RATIO,
    /** A rate per 100,000: Σ counts / Σ population × 100,000. */
    RATE,
    /** Not aggregated (e.g. a per-country route table). */
    NONE
  }

  public Series {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(unitMeasure, "unitMeasure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(function, "function");
    if (official != (sdmx != null)) {
      throw new IllegalArgumentException(
          code + ": an official series has an SDMX mapping and a project series has none");
    }
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException(code + ": decimals must be 0 to 6, not " + decimals);
    }
  }

  /** The value rounded to {@link #decimals} (half up, as published), or null when missing. */
  public Double rounded(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return new java.math.BigDecimal(Double.toString(value))
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
