package org.sdg16.schemas.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How an official series goes out in the SDG data structure definition (methodology §7): the SDMX
 * {@code SERIES} code of its values, and, where the SDG Global Database keeps each form of
 * exploitation as a series of its own (the DSD has no dimension for it), the SDMX series of each
 * form. Sex and age go out as the SDMX {@code SEX} and {@code AGE} codes, which are ours; every
 * other breakdown of the DSD is {@code _T}.
 *
 * @param series the SDMX {@code SERIES} code of the values without a form of exploitation, e.g.
 *     {@code VC_HTF_DETV}
 * @param byExploitation form of exploitation (contract §1.4 codes) → SDMX {@code SERIES} code, e.g.
 *     {@code SEXUAL → VC_HTF_DETVSX}; empty when the series has no forms of exploitation
 */
public record SdmxSeries(String series, Map<String, String> byExploitation) {

  private static final String TOTAL = "_T";

  public SdmxSeries {
    Objects.requireNonNull(series, "series");
    if (series.isBlank()) {
      throw new IllegalArgumentException("an SDMX series code is not blank");
    }
    byExploitation = Map.copyOf(byExploitation);
    if (byExploitation.containsKey(TOTAL) || byExploitation.containsValue(series)) {
      throw new IllegalArgumentException(
          series + ": the total goes out as the series itself, not as a form of exploitation");
    }
  }

  /** A series that goes out under one SDMX series code. */
  public static SdmxSeries of(String series) {
    return new SdmxSeries(series, Map.of());
  }

  /**
   * The SDMX series code of a value with a form of exploitation ({@code _T}: {@link #series});
   * empty when that form has no SDMX series.
   */
  public Optional<String> seriesOf(String exploitation) {
    return TOTAL.equals(exploitation)
        ? Optional.of(series)
        : Optional.ofNullable(byExploitation.get(exploitation));
  }

  /** The form of exploitation of one of its SDMX series codes ({@code _T} for {@link #series}). */
  public Optional<String> exploitationOf(String sdmxSeries) {
    if (series.equals(sdmxSeries)) {
      return Optional.of(TOTAL);
    }
    return byExploitation.entrySet().stream()
        .filter(e -> e.getValue().equals(sdmxSeries))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Every SDMX series code it goes out as: {@link #series}, then by form of exploitation. */
  public List<String> codes() {
    List<String> c = new ArrayList<>();
    c.add(series);
    c.addAll(new TreeMap<>(byExploitation).values());
    return List.copyOf(c);
  }
}
