package org.sdg16.schemas.series;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sdg16.schemas.series.Series.Kind;

/**
 * The series registry: every series of the methodology (§1–§4), one entry each, and its code as a
 * constant for the code that computes, pools, exports and draws it. An entry holds the code, title,
 * short title, unit, decimals, official or project series, aggregation kind (methodology §5), the
 * SDMX mapping of an official series (methodology §7) and its indicator function ({@link
 * IndicatorFunction}): the formulas, the aggregates and the exports all ask this registry, and no
 * series code is written anywhere else in the main code.
 *
 * <p>The file is longer than 400 lines because it is the registry itself: a table of 23 entries of
 * a dozen fields each. Split, the one place per series would become several.
 */
public final class SeriesCatalogue {

  private SeriesCatalogue() {}

  /** The series codes, as the code refers to them: no series code is written anywhere else. */
  public static final String VC_ARM_SZTRACE = "VC_ARM_SZTRACE";

  public static final String FA_IDENTIFIED_SHARE = "FA_IDENTIFIED_SHARE";
  public static final String FA_TRACE_SUCCESS = "FA_TRACE_SUCCESS";
  public static final String FA_SEIZED = "FA_SEIZED";
  public static final String FA_SEIZED_R = "FA_SEIZED_R";
  public static final String FA_TYPE_SHARE = "FA_TYPE_SHARE";
  public static final String FA_AMMO_RATIO = "FA_AMMO_RATIO";
  public static final String FA_TRAFFICKING_SHARE = "FA_TRAFFICKING_SHARE";
  public static final String FA_POSSESSION_SHARE = "FA_POSSESSION_SHARE";
  public static final String FA_TRANSNATIONAL_SHARE = "FA_TRANSNATIONAL_SHARE";
  public static final String FA_ROUTE = "FA_ROUTE";
  public static final String CCP_SEIZED_QTY = "CCP_SEIZED_QTY";
  public static final String CCP_SEIZURES = "CCP_SEIZURES";
  public static final String VC_HTF_DETV = "VC_HTF_DETV";
  public static final String TIP_DETV_R = "TIP_DETV_R";
  public static final String TIP_SHARE_FEMALE = "TIP_SHARE_FEMALE";
  public static final String TIP_SHARE_CHILD = "TIP_SHARE_CHILD";
  public static final String TIP_EXPLOITATION_SHARE = "TIP_EXPLOITATION_SHARE";
  public static final String TIP_CONVICTED_R = "TIP_CONVICTED_R";
  public static final String TIP_CONVICTION_RATIO = "TIP_CONVICTION_RATIO";
  public static final String IFF_CRIME_IN = "IFF_CRIME_IN";
  public static final String IFF_CRIME_OUT = "IFF_CRIME_OUT";
  public static final String IFF_CRIME_TOTAL = "IFF_CRIME_TOTAL";

  /**
   * The SDMX mapping of {@link #VC_HTF_DETV} (methodology §7): the SDG Global Database keeps each
   * form of exploitation (contract §1.4 codes) as a series of its own.
   */
  private static final SdmxSeries VICTIMS_SDMX =
      new SdmxSeries(
          VC_HTF_DETV,
          Map.of(
              "SEXUAL", "VC_HTF_DETVSX",
              "FORCED_LABOUR", "VC_HTF_DETVFL",
              "ORGAN_REMOVAL", "VC_HTF_DETVOG",
              "OTHER", "VC_HTF_DETVOP"));

  private static Series s(
      String code,
      String title,
      String shortTitle,
      String unit,
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
    return new Series(
        code,
        title,
        shortTitle == null ? title : shortTitle,
        unit,
        official,
        nature,
        indicator,
        family,
        section,
        formula,
        kind,
        decimals,
        function,
        sdmx);
  }

  public static final List<Series> ALL =
      List.of(
          s(
              VC_ARM_SZTRACE,
              "Proportion of seized, found or surrendered arms whose illicit origin or context has"
                  + " been traced or established",
              "Seized arms traced (SDG 16.4.2)",
              "PT",
              true,
              "C",
              "16.4.2",
              "firearms",
              "§1.1",
              "100 × TRACED / (SEIZED + FOUND + SURRENDERED)",
              Kind.RATIO,
              2,
              IndicatorFunction.TRACED_SHARE,
              SdmxSeries.of(VC_ARM_SZTRACE)),
          s(
              FA_IDENTIFIED_SHARE,
              "Share of seized arms recorded with identifying information",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.1",
              "100 × IDENTIFIED / (SEIZED + FOUND + SURRENDERED)",
              Kind.RATIO,
              2,
              IndicatorFunction.IDENTIFIED_SHARE,
              null),
          s(
              FA_TRACE_SUCCESS,
              "Share of tracing requests answered with an established origin",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.1",
              "100 × TRACE_REQ_SUCCESS / TRACE_REQ_SENT",
              Kind.RATIO,
              2,
              IndicatorFunction.TRACE_SUCCESS,
              null),
          s(
              FA_SEIZED,
              "Arms seized, found and surrendered, by type (by type: the measures that carry the"
                  + " type breakdown)",
              "Arms seized, found and surrendered",
              "NUMBER",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "SEIZED + FOUND + SURRENDERED",
              Kind.COUNT,
              0,
              IndicatorFunction.ARMS_SEIZED,
              null),
          s(
              FA_SEIZED_R,
              "Arms seized, found and surrendered per 100,000 population",
              "Arms seized per 100,000 population",
              "PER_100000_POP",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "100,000 × FA_SEIZED(_T) / population",
              Kind.RATE,
              2,
              IndicatorFunction.ARMS_SEIZED_RATE,
              null),
          s(
              FA_TYPE_SHARE,
              "Share of each type of arm among seized arms",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "100 × arms of type k / Σ over the reported types, both over the measures that carry"
                  + " the type breakdown",
              Kind.RATIO,
              2,
              IndicatorFunction.ARM_TYPE_SHARE,
              null),
          s(
              FA_AMMO_RATIO,
              "Rounds of ammunition seized per arm seized",
              "Rounds of ammunition per arm seized",
              "ROUNDS_PER_ARM",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "AMMUNITION / FA_SEIZED(_T)",
              Kind.RATIO,
              2,
              IndicatorFunction.AMMUNITION_PER_ARM,
              null),
          s(
              FA_TRAFFICKING_SHARE,
              "Share of arms seized with illicit trafficking as legal justification",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "100 × arms justified as ILLICIT_TRAFFICKING / all arms, both over the measures that"
                  + " carry the justification breakdown",
              Kind.RATIO,
              2,
              IndicatorFunction.TRAFFICKING_JUSTIFICATION_SHARE,
              null),
          s(
              FA_POSSESSION_SHARE,
              "Share of arms seized with illicit possession as legal justification",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "100 × arms justified as ILLICIT_POSSESSION / all arms, both over the measures that"
                  + " carry the justification breakdown",
              Kind.RATIO,
              2,
              IndicatorFunction.POSSESSION_JUSTIFICATION_SHARE,
              null),
          s(
              FA_TRANSNATIONAL_SHARE,
              "Share of arms in significant cases manufactured or last imported abroad",
              null,
              "PT",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "100 × arms in cases with a foreign country of manufacture or last import / arms in"
                  + " cases where known",
              Kind.RATIO,
              2,
              IndicatorFunction.TRANSNATIONAL_SHARE,
              null),
          s(
              FA_ROUTE,
              "Arms in significant cases by route (departure → seizing → destination)",
              null,
              "NUMBER",
              false,
              "C",
              "16.4.2",
              "firearms",
              "§1.2",
              "Σ quantity by route",
              Kind.NONE,
              0,
              IndicatorFunction.ROUTES,
              null),
          s(
              CCP_SEIZED_QTY,
              "Quantity seized by Container Control Programme port control units",
              null,
              "CANONICAL_UNIT",
              false,
              "C",
              "16.4",
              "ccp",
              "§2",
              "Σ quantity by commodity and area, within one unit",
              Kind.COUNT,
              0,
              IndicatorFunction.PORT_SEIZED_QUANTITY,
              null),
          s(
              CCP_SEIZURES,
              "Seizure events by Container Control Programme port control units",
              null,
              "NUMBER",
              false,
              "C",
              "16.4",
              "ccp",
              "§2",
              "count of seizure events by commodity",
              Kind.COUNT,
              0,
              IndicatorFunction.PORT_SEIZURE_EVENTS,
              null),
          s(
              VC_HTF_DETV,
              "Detected victims of human trafficking",
              null,
              "NUMBER",
              true,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "detected victims by sex × age × form of exploitation",
              Kind.COUNT,
              0,
              IndicatorFunction.DETECTED_VICTIMS,
              VICTIMS_SDMX),
          s(
              TIP_DETV_R,
              "Detected victims of human trafficking per 100,000 population",
              "Detected victims of trafficking per 100,000",
              "PER_100000_POP",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "100,000 × VC_HTF_DETV(_T,_T,_T) / population",
              Kind.RATE,
              2,
              IndicatorFunction.DETECTED_VICTIMS_RATE,
              null),
          s(
              TIP_SHARE_FEMALE,
              "Share of women and girls among detected victims",
              null,
              "PT",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "100 × victims(F) / victims(_T)",
              Kind.RATIO,
              2,
              IndicatorFunction.FEMALE_VICTIM_SHARE,
              null),
          s(
              TIP_SHARE_CHILD,
              "Share of children among detected victims",
              null,
              "PT",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "100 × victims(Y0T17) / victims(_T)",
              Kind.RATIO,
              2,
              IndicatorFunction.CHILD_VICTIM_SHARE,
              null),
          s(
              TIP_EXPLOITATION_SHARE,
              "Share of detected victims by form of exploitation",
              null,
              "PT",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "100 × victims(form k) / victims(_T)",
              Kind.RATIO,
              2,
              IndicatorFunction.EXPLOITATION_SHARE,
              null),
          s(
              TIP_CONVICTED_R,
              "Persons convicted of trafficking in persons per 100,000 population",
              "Persons convicted of trafficking per 100,000",
              "PER_100000_POP",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "100,000 × persons convicted / population",
              Kind.RATE,
              2,
              IndicatorFunction.CONVICTED_RATE,
              null),
          s(
              TIP_CONVICTION_RATIO,
              "Persons convicted per suspect of trafficking in persons",
              null,
              "RATIO",
              false,
              "C",
              "16.2.2",
              "tip",
              "§3.1",
              "persons convicted / suspects",
              Kind.RATIO,
              2,
              IndicatorFunction.CONVICTION_RATIO,
              null),
          s(
              IFF_CRIME_IN,
              "Inward illicit financial flows from crime (experimental)",
              "Inward illicit financial flows (experimental)",
              "USD",
              false,
              "M",
              "16.4.1",
              "iff",
              "§4",
              "Σ inward quantity × price",
              Kind.COUNT,
              0,
              IndicatorFunction.INWARD_FLOWS,
              null),
          s(
              IFF_CRIME_OUT,
              "Outward illicit financial flows from crime (experimental)",
              "Outward illicit financial flows (experimental)",
              "USD",
              false,
              "M",
              "16.4.1",
              "iff",
              "§4",
              "Σ outward quantity × price",
              Kind.COUNT,
              0,
              IndicatorFunction.OUTWARD_FLOWS,
              null),
          s(
              IFF_CRIME_TOTAL,
              "Inward and outward illicit financial flows from crime, gross (experimental)",
              "Illicit financial flows from crime, gross (experimental)",
              "USD",
              false,
              "M",
              "16.4.1",
              "iff",
              "§4",
              "IFF_CRIME_IN + IFF_CRIME_OUT",
              Kind.COUNT,
              0,
              IndicatorFunction.GROSS_FLOWS,
              null));

  public static Optional<Series> byCode(String code) {
    return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The official SDG series, the only ones exported as SDMX. */
  public static List<Series> official() {
    return ALL.stream().filter(Series::official).toList();
  }
}
