package org.sdg16.schemas.output;

import java.util.Objects;

/**
 * One computed value of the {@code observations} table (contract §4.2), long format. Dimensions
 * that do not apply hold {@code _T}; {@code value} is null only for an observation kept to say why
 * it is not published (it never is 0 for "missing").
 *
 * @param series series code of the catalogue
 * @param refArea M49 code of the country, region or World (1)
 * @param timePeriod reference year
 * @param sex {@code F}, {@code M} or {@code _T}
 * @param age {@code Y0T17}, {@code Y_GE18} or {@code _T}
 * @param exploitation form of exploitation or {@code _T}
 * @param armType type of arm or {@code _T}
 * @param justification legal justification or {@code _T}
 * @param commodity seized or traded commodity or {@code _T}
 * @param route route of significant firearms cases as {@code departure>destination} M49 codes
 *     ({@code _U} unknown), {@code _T} for every other series (an extension of contract §4.2 for
 *     FA_ROUTE)
 * @param unitMeasure unit code
 * @param value the value
 * @param numerator numerator of a ratio, share or rate (null for counts)
 * @param denominator denominator (population for rates)
 * @param obsStatus SDMX OBS_STATUS
 * @param nature SDG NATURE
 * @param reportingType {@code N} national, {@code G} aggregate
 * @param nCountries countries behind the value (1 for national values)
 * @param coverage population of reporting countries / population of the region (null for national
 *     values and where no population is known)
 * @param comment comment, e.g. which parts a denominator covers
 * @param sourceDetail where the value came from
 * @param reportedTotal a project "reported total": a count over too few countries or too little of
 *     the region's population to be an aggregate (methodology §5); kept in {@code observations}
 *     with {@code obs_status U}, never exported as SDG data nor shown as a headline
 */
public record Observation(
    String series,
    int refArea,
    int timePeriod,
    String sex,
    String age,
    String exploitation,
    String armType,
    String justification,
    String commodity,
    String route,
    String unitMeasure,
    Double value,
    Double numerator,
    Double denominator,
    String obsStatus,
    String nature,
    String reportingType,
    int nCountries,
    Double coverage,
    String comment,
    String sourceDetail,
    boolean reportedTotal) {

  public static final String TOTAL = "_T";

  /** Dimension columns, in table order; each holds {@code _T} where it does not apply. */
  public static final java.util.List<String> DIMENSIONS =
      java.util.List.of(
          "sex", "age", "exploitation", "arm_type", "justification", "commodity", "route");

  public Observation {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(unitMeasure, "unitMeasure");
    sex = dim(sex);
    age = dim(age);
    exploitation = dim(exploitation);
    armType = dim(armType);
    justification = dim(justification);
    commodity = dim(commodity);
    route = dim(route);
    if (!"N".equals(reportingType) && !"G".equals(reportingType)) {
      throw new IllegalArgumentException("reporting_type is N or G: " + reportingType);
    }
    if (reportedTotal && !"G".equals(reportingType)) {
      throw new IllegalArgumentException("a reported total is an aggregate (reporting_type G)");
    }
    if (value != null && (value.isNaN() || value.isInfinite())) {
      throw new IllegalArgumentException(series + ": value must be finite, not " + value);
    }
  }

  /** An observation that is not a reported total. */
  public Observation(
      String series,
      int refArea,
      int timePeriod,
      String sex,
      String age,
      String exploitation,
      String armType,
      String justification,
      String commodity,
      String route,
      String unitMeasure,
      Double value,
      Double numerator,
      Double denominator,
      String obsStatus,
      String nature,
      String reportingType,
      int nCountries,
      Double coverage,
      String comment,
      String sourceDetail) {
    this(
        series,
        refArea,
        timePeriod,
        sex,
        age,
        exploitation,
        armType,
        justification,
        commodity,
        route,
        unitMeasure,
        value,
        numerator,
        denominator,
        obsStatus,
        nature,
        reportingType,
        nCountries,
        coverage,
        comment,
        sourceDetail,
        false);
  }

  /** A dimension value as stored: {@link #TOTAL} where it is missing. */
  static String dim(String d) {
    return d == null || d.isEmpty() ? TOTAL : d;
  }

  /** The dimension values in the order of {@link #DIMENSIONS}. */
  public String[] dimensions() {
    return new String[] {sex, age, exploitation, armType, justification, commodity, route};
  }
}
