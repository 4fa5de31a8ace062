package org.sdg16.jobs.export;

import java.util.List;
import java.util.Optional;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SdmxSeries;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * How our observations are coded in the SDG data structure definition (the IAEG-SDGs DSD behind the
 * dataflow {@code DF_SDG_GLH}), as the UN Global SDG Indicators Database codes them:
 *
 * <ul>
 *   <li>the dimensions, in DSD order: {@code FREQ, REPORTING_TYPE, SERIES, REF_AREA, SEX, AGE,
 *       URBANISATION, INCOME_WEALTH_QUANTILE, EDUCATION_LEV, OCCUPATION, CUST_BREAKDOWN,
 *       COMPOSITE_BREAKDOWN, DISABILITY_STATUS, ACTIVITY, PRODUCT} (contract §1.6, the header of
 *       the files the UN SDG SDMX API serves), then {@code TIME_PERIOD}; a dimension that does not
 *       apply is {@code _T};
 *   <li>{@code REF_AREA}: the M49 code without leading zeros ({@code 8}, {@code 68});
 *   <li>{@code SEX}: {@code F}, {@code M}, {@code _T}; {@code AGE}: {@code Y0T17} (under 18 years),
 *       {@code Y_GE18} (18 years and over), {@code _T} (all ages). These are the SDG SDMX codes of
 *       the age groups the UN SDG API labels {@code <18Y} and {@code 18+} for VC_HTF_DETV (the
 *       API's {@code ALLAGE} being {@code _T} in SDMX), so our codes pass through unchanged;
 *   <li>{@code SERIES}: the SDMX series of the observation's registry entry ({@link Series#sdmx()},
 *       methodology §7). The form of exploitation of detected victims (methodology §3.1) is not a
 *       dimension of the SDG DSD: the Global SDG Indicators Database publishes it as separate
 *       series, each by age and sex ({@code VC_HTF_DETVSX} sexual exploitation and so on, beside
 *       the total {@code VC_HTF_DETV}), so an observation with a form of exploitation goes out
 *       under the SDMX series its entry maps that form to, with every breakdown {@code _T};
 *   <li>{@code UNIT_MEASURE} {@code PT} for percent and {@code NUMBER} for counts, {@code
 *       UNIT_MULT} {@code 0} (contract §1.6).
 * </ul>
 */
public final class SdmxCodes {

  private SdmxCodes() {}

  /** The SDG DSD dimensions before {@code TIME_PERIOD}, in DSD order. */
  public static final List<String> DIMENSIONS =
      List.of(
          "FREQ",
          "REPORTING_TYPE",
          "SERIES",
          "REF_AREA",
          "SEX",
          "AGE",
          "URBANISATION",
          "INCOME_WEALTH_QUANTILE",
          "EDUCATION_LEV",
          "OCCUPATION",
          "CUST_BREAKDOWN",
          "COMPOSITE_BREAKDOWN",
          "DISABILITY_STATUS",
          "ACTIVITY",
          "PRODUCT");

  /** The breakdowns of the DSD that none of our official series uses ({@code _T} always). */
  public static final List<String> UNUSED_BREAKDOWNS = DIMENSIONS.subList(6, DIMENSIONS.size());

  /** Annual data. */
  public static final String FREQ_ANNUAL = "A";

  /**
   * The SDMX series code of an observation of an official series, as its registry entry maps it
   * ({@link Series#sdmx()}): the series' SDMX code, or the SDMX series of its form of exploitation.
   *
   * @throws IllegalArgumentException when the observation is not of an official series or has a
   *     breakdown the SDG DSD cannot hold (arm type, justification, commodity or route other than
   *     {@code _T}, or a form of exploitation its mapping has no series for): a bug upstream, not
   *     bad data
   */
  public static String series(Observation o) {
    String[] notInDsd = {o.armType(), o.justification(), o.commodity(), o.route()};
    for (String d : notInDsd) {
      if (!Observation.TOTAL.equals(d)) {
        throw new IllegalArgumentException(
            o.series()
                + " "
                + o.refArea()
                + " "
                + o.timePeriod()
                + ": breakdown '"
                + d
                + "' has no place in the SDG DSD");
      }
    }
    SdmxSeries mapping = mapping(o.series());
    return mapping
        .seriesOf(o.exploitation())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    mapping.byExploitation().isEmpty()
                        ? o.series() + " has no forms of exploitation"
                        : "unknown form of exploitation " + o.exploitation()));
  }

  /** The SDMX mapping of an official series of the registry. */
  private static SdmxSeries mapping(String series) {
    Series s =
        SeriesCatalogue.byCode(series)
            .orElseThrow(() -> new IllegalArgumentException(series + " is not in the catalogue"));
    if (s.sdmx() == null) {
      throw new IllegalArgumentException(series + " is a project series: it has no SDMX series");
    }
    return s.sdmx();
  }

  /**
   * The form of exploitation (contract §1.4) of an SDMX series code of a series that has forms of
   * exploitation (VC_HTF_DETV and its per-form series): {@code _T} for the series itself; empty for
   * any other code.
   */
  public static Optional<String> exploitationOf(String sdmxSeries) {
    return SeriesCatalogue.official().stream()
        .map(Series::sdmx)
        .filter(m -> !m.byExploitation().isEmpty())
        .map(m -> m.exploitationOf(sdmxSeries))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * A file name made of a dataflow id: {@code IAEG-SDGs:DF_SDG_GLH(1.24)} → {@code
   * IAEG-SDGs_DF_SDG_GLH_1.24}.
   */
  public static String fileSafe(String dataflow) {
    String s = dataflow.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+", "_");
    s = s.replaceAll("^[_.]+|[_.]+$", "");
    if (s.isEmpty()) {
      throw new IllegalArgumentException("dataflow id gives no file name: " + dataflow);
    }
    return s;
  }
}
