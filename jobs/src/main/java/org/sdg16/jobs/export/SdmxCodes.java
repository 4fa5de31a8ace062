package org.sdg16.jobs.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdg16.schemas.output.Observation;
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
 *   <li>the form of exploitation of detected victims (methodology §3.1) is not a dimension of the
 *       SDG DSD: the Global SDG Indicators Database publishes it as separate series, each by age
 *       and sex — {@code VC_HTF_DETVSX} (sexual exploitation), {@code VC_HTF_DETVFL} (forced
 *       labour), {@code VC_HTF_DETVOG} (removal of organs), {@code VC_HTF_DETVOP} (other purposes)
 *       beside the total {@code VC_HTF_DETV} — so an observation of VC_HTF_DETV with a form of
 *       exploitation goes out under that series code, with every breakdown {@code _T};
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

  /** The series of detected victims of trafficking (methodology §3.1). */
  public static final String VICTIMS = SeriesCatalogue.VC_HTF_DETV;

  /**
   * Form of exploitation (contract §1.4 codes) → series code of the SDG database: the registry's.
   */
  public static final Map<String, String> VICTIMS_BY_EXPLOITATION =
      SeriesCatalogue.SDMX_VICTIMS_BY_EXPLOITATION;

  /** Annual data. */
  public static final String FREQ_ANNUAL = "A";

  /**
   * The SDMX series code of an observation of an official series: its own code, or the VC_HTF_DETV
   * series of its form of exploitation.
   *
   * @throws IllegalArgumentException when the observation has a breakdown the SDG DSD cannot hold
   *     (arm type, justification, commodity or route other than {@code _T}, or a form of
   *     exploitation on another series): a bug upstream, not bad data
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
    if (Observation.TOTAL.equals(o.exploitation())) {
      return o.series();
    }
    if (!VICTIMS.equals(o.series())) {
      throw new IllegalArgumentException(
          o.series() + ": only " + VICTIMS + " has forms of exploitation");
    }
    String s = VICTIMS_BY_EXPLOITATION.get(o.exploitation());
    if (s == null) {
      throw new IllegalArgumentException("unknown form of exploitation " + o.exploitation());
    }
    return s;
  }

  /** The form of exploitation (contract §1.4) of a VC_HTF_DETV series code of the SDG database. */
  public static Optional<String> exploitationOf(String sdmxSeries) {
    if (VICTIMS.equals(sdmxSeries)) {
      return Optional.of(Observation.TOTAL);
    }
    return VICTIMS_BY_EXPLOITATION.entrySet().stream()
        .filter(e -> e.getValue().equals(sdmxSeries))
        .map(Map.Entry::getKey)
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
