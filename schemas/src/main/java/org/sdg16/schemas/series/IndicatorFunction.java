package org.sdg16.schemas.series;

/**
 * The indicator function of a series: which formula of {@code docs/methodology.md} §1–§4 computes
 * its national values. One constant per series of the {@link SeriesCatalogue}; the jobs module maps
 * each constant to the Java code that computes it with one exhaustive switch ({@code
 * org.sdg16.jobs.methods.indicators.Indicators}), so a series without code does not compile. The
 * formula as the methodology writes it is {@link Series#formula()}.
 */
public enum IndicatorFunction {
  /** Methodology §1.1: 100 × TRACED / arms seized, found and surrendered. */
  TRACED_SHARE,
  /** Methodology §1.1: 100 × IDENTIFIED / arms seized, found and surrendered. */
  IDENTIFIED_SHARE,
  /** Methodology §1.1: 100 × tracing requests answered with an origin / requests sent. */
  TRACE_SUCCESS,
  /** Methodology §1.2: arms seized, found and surrendered, in total and by type. */
  ARMS_SEIZED,
  /** Methodology §1.2: arms seized, found and surrendered per 100,000 population. */
  ARMS_SEIZED_RATE,
  /** Methodology §1.2: share of each type of arm, over the measures that carry the type. */
  ARM_TYPE_SHARE,
  /** Methodology §1.2: rounds of ammunition per arm seized. */
  AMMUNITION_PER_ARM,
  /** Methodology §1.2: share of arms with illicit trafficking as legal justification. */
  TRAFFICKING_JUSTIFICATION_SHARE,
  /** Methodology §1.2: share of arms with illicit possession as legal justification. */
  POSSESSION_JUSTIFICATION_SHARE,
  /** Methodology §1.2: share of arms in significant cases with a foreign origin. */
  TRANSNATIONAL_SHARE,
  /** Methodology §1.2: arms in significant cases by route. */
  ROUTES,
  /** Methodology §2: quantity seized by port control units, by commodity and unit. */
  PORT_SEIZED_QUANTITY,
  /** Methodology §2: seizure events of port control units, by commodity. */
  PORT_SEIZURE_EVENTS,
  /** Methodology §3.1: detected victims by sex, age and form of exploitation. */
  DETECTED_VICTIMS,
  /** Methodology §3.1: detected victims per 100,000 population. */
  DETECTED_VICTIMS_RATE,
  /** Methodology §3.1: share of women and girls among detected victims. */
  FEMALE_VICTIM_SHARE,
  /** Methodology §3.1: share of children among detected victims. */
  CHILD_VICTIM_SHARE,
  /** Methodology §3.1: share of detected victims by form of exploitation. */
  EXPLOITATION_SHARE,
  /** Methodology §3.1: persons convicted per 100,000 population. */
  CONVICTED_RATE,
  /** Methodology §3.1: persons convicted per suspect. */
  CONVICTION_RATIO,
  /** Methodology §4: inward illicit financial flows, Σ quantity × price. */
  INWARD_FLOWS,
  /** Methodology §4: outward illicit financial flows, Σ quantity × price. */
  OUTWARD_FLOWS,
  /** Methodology §4: inward and outward flows, gross. */
  GROSS_FLOWS
}
