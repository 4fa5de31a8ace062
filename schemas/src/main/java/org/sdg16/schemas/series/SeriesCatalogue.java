package org.sdg16.schemas.series;

import java.util.List;
import java.util.Optional;
import org.sdg16.schemas.series.Series.Kind;

/** Every series of the methodology (§1–§4), one entry each. */
public final class SeriesCatalogue {

  private SeriesCatalogue() {}

  private static Series s(String code, String title, String unit, boolean official, String nature,
      String indicator, String family, String section, String formula, Kind kind, int decimals) {
    return new Series(code, title, unit, official, nature, indicator, family, section, formula, kind, decimals);
  }

  public static final List<Series> ALL = List.of(
      s("VC_ARM_SZTRACE", "Proportion of seized, found or surrendered arms whose illicit origin or context has been traced or established",
          "PT", true, "C", "16.4.2", "firearms", "§1.1", "100 × TRACED / (SEIZED + FOUND + SURRENDERED)", Kind.RATIO, 2),
      s("FA_IDENTIFIED_SHARE", "Share of seized arms recorded with identifying information",
          "PT", false, "C", "16.4.2", "firearms", "§1.1", "100 × IDENTIFIED / (SEIZED + FOUND + SURRENDERED)", Kind.RATIO, 2),
      s("FA_TRACE_SUCCESS", "Share of tracing requests answered with an established origin",
          "PT", false, "C", "16.4.2", "firearms", "§1.1", "100 × TRACE_REQ_SUCCESS / TRACE_REQ_SENT", Kind.RATIO, 2),
      s("FA_SEIZED", "Arms seized, found and surrendered, by type (by type: the measures that carry the type breakdown)",
          "NUMBER", false, "C", "16.4.2", "firearms", "§1.2", "SEIZED + FOUND + SURRENDERED", Kind.COUNT, 0),
      s("FA_SEIZED_R", "Arms seized, found and surrendered per 100,000 population",
          "PER_100000_POP", false, "C", "16.4.2", "firearms", "§1.2", "100,000 × FA_SEIZED(_T) / population", Kind.RATE, 2),
      s("FA_TYPE_SHARE", "Share of each type of arm among seized arms",
          "PT", false, "C", "16.4.2", "firearms", "§1.2", "100 × arms of type k / Σ over the reported types, both over the measures that carry the type breakdown", Kind.RATIO, 2),
      s("FA_AMMO_RATIO", "Rounds of ammunition seized per arm seized",
          "ROUNDS_PER_ARM", false, "C", "16.4.2", "firearms", "§1.2", "AMMUNITION / FA_SEIZED(_T)", Kind.RATIO, 2),
      s("FA_TRAFFICKING_SHARE", "Share of arms seized with illicit trafficking as legal justification",
          "PT", false, "C", "16.4.2", "firearms", "§1.2", "100 × arms justified as ILLICIT_TRAFFICKING / all arms, both over the measures that carry the justification breakdown", Kind.RATIO, 2),
      s("FA_POSSESSION_SHARE", "Share of arms seized with illicit possession as legal justification",
          "PT", false, "C", "16.4.2", "firearms", "§1.2", "100 × arms justified as ILLICIT_POSSESSION / all arms, both over the measures that carry the justification breakdown", Kind.RATIO, 2),
      s("FA_TRANSNATIONAL_SHARE", "Share of arms in significant cases manufactured or last imported abroad",
          "PT", false, "C", "16.4.2", "firearms", "§1.2", "100 × arms in cases with a foreign country of manufacture or last import / arms in cases where known", Kind.RATIO, 2),
      s("FA_ROUTE", "Arms in significant cases by route (departure → seizing → destination)",
          "NUMBER", false, "C", "16.4.2", "firearms", "§1.2", "Σ quantity by route", Kind.NONE, 0),
      s("CCP_SEIZED_QTY", "Quantity seized by Container Control Programme port control units",
          "CANONICAL_UNIT", false, "C", "16.4", "ccp", "§2", "Σ quantity by commodity and area, within one unit", Kind.COUNT, 0),
      s("CCP_SEIZURES", "Seizure events by Container Control Programme port control units",
          "NUMBER", false, "C", "16.4", "ccp", "§2", "count of seizure events by commodity", Kind.COUNT, 0),
      s("VC_HTF_DETV", "Detected victims of human trafficking",
          "NUMBER", true, "C", "16.2.2", "tip", "§3.1", "detected victims by sex × age × form of exploitation", Kind.COUNT, 0),
      s("TIP_DETV_R", "Detected victims of human trafficking per 100,000 population",
          "PER_100000_POP", false, "C", "16.2.2", "tip", "§3.1", "100,000 × VC_HTF_DETV(_T,_T,_T) / population", Kind.RATE, 2),
      s("TIP_SHARE_FEMALE", "Share of women and girls among detected victims",
          "PT", false, "C", "16.2.2", "tip", "§3.1", "100 × victims(F) / victims(_T)", Kind.RATIO, 2),
      s("TIP_SHARE_CHILD", "Share of children among detected victims",
          "PT", false, "C", "16.2.2", "tip", "§3.1", "100 × victims(Y0T17) / victims(_T)", Kind.RATIO, 2),
      s("TIP_EXPLOITATION_SHARE", "Share of detected victims by form of exploitation",
          "PT", false, "C", "16.2.2", "tip", "§3.1", "100 × victims(form k) / victims(_T)", Kind.RATIO, 2),
      s("TIP_CONVICTED_R", "Persons convicted of trafficking in persons per 100,000 population",
          "PER_100000_POP", false, "C", "16.2.2", "tip", "§3.1", "100,000 × persons convicted / population", Kind.RATE, 2),
      s("TIP_CONVICTION_RATIO", "Persons convicted per suspect of trafficking in persons",
          "RATIO", false, "C", "16.2.2", "tip", "§3.1", "persons convicted / suspects", Kind.RATIO, 2),
      s("IFF_CRIME_IN", "Inward illicit financial flows from crime (experimental)",
          "USD", false, "M", "16.4.1", "iff", "§4", "Σ inward quantity × price", Kind.COUNT, 0),
      s("IFF_CRIME_OUT", "Outward illicit financial flows from crime (experimental)",
          "USD", false, "M", "16.4.1", "iff", "§4", "Σ outward quantity × price", Kind.COUNT, 0),
      s("IFF_CRIME_TOTAL", "Inward and outward illicit financial flows from crime, gross (experimental)",
          "USD", false, "M", "16.4.1", "iff", "§4", "IFF_CRIME_IN + IFF_CRIME_OUT", Kind.COUNT, 0));

  public static Optional<Series> byCode(String code) {
    return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The official SDG series, the only ones exported as SDMX. */
  public static List<Series> official() {
    return ALL.stream().filter(Series::official).toList();
  }
}
