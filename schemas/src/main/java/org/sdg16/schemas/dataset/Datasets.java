package org.sdg16.schemas.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.codes.Codes;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.Unit;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Problem;

/** The declaration of every dataset of contract §1, one constant each. */
public final class Datasets {

  private Datasets() {}

  /** Columns every return accepts (contract §1): SDMX status, free comment, source. */
  private static List<Field> withCommon(Field... fields) {
    List<Field> out = new ArrayList<>(List.of(fields));
    out.add(Field.optionalCode("obs_status", Codes.OBS_STATUS));
    out.add(Field.optionalText("comment"));
    out.add(Field.optionalText("source"));
    return out;
  }

  /** Contract §1.1: the annual firearms return, one value per row. */
  public static final DatasetSchema FIREARMS =
      new DatasetSchema(
          "firearms",
          "returns_firearms",
          withCommon(
              Field.area("ref_area"),
              Field.year("year"),
              Field.code("measure", Codes.FIREARMS_MEASURE),
              Field.dimension("arm_type", Codes.ARM_TYPE),
              Field.dimension("justification", Codes.JUSTIFICATION),
              Field.reportedValue("value"),
              Field.date("submitted_on")),
          List.of("ref_area", "year", "measure", "arm_type", "justification"),
          List.of("ref_area", "year"),
          List.of(),
          List.of(
              FirearmsRules.tracedAboveDenominator(),
              FirearmsRules.successAboveRequests(),
              new PartsAboveTotal(
                  "arm_type", List.of("ref_area", "year", "measure", "justification")),
              new PartsAboveTotal(
                  "justification", List.of("ref_area", "year", "measure", "arm_type")),
              FirearmsRules.combinedBelowParts()));

  /** Contract §1.2: significant seizure cases, one row per case. */
  public static final DatasetSchema FIREARMS_CASES =
      new DatasetSchema(
          "firearms_cases",
          "returns_firearms_cases",
          withCommon(
              Field.text("case_id"),
              Field.area("ref_area"),
              Field.date("seizure_date"),
              Field.dimension("arm_type", Codes.ARM_TYPE),
              Field.intAbove("quantity", 0),
              Field.dimension("justification", Codes.JUSTIFICATION),
              Field.optionalArea("country_of_manufacture"),
              Field.optionalArea("country_of_last_import"),
              Field.optionalArea("country_of_departure"),
              Field.optionalArea("country_of_destination"),
              Field.optionalCode("traced", Codes.TRACED_FLAG),
              Field.code("transport", Codes.CASE_TRANSPORT),
              Field.date("submitted_on")),
          List.of("ref_area", "case_id"),
          List.of("ref_area", "case_id"),
          List.of(),
          List.of());

  /** Contract §1.3: Container Control Programme seizure events, one row per seizure. */
  public static final DatasetSchema CCP =
      new DatasetSchema(
          "ccp",
          "returns_ccp",
          withCommon(
              Field.text("seizure_id"),
              Field.area("ref_area"),
              Field.text("port"),
              Field.date("seizure_date"),
              Field.code("transport", Codes.CCP_TRANSPORT),
              Field.code("commodity", Codes.COMMODITY),
              Field.above("quantity", 0),
              Field.code("unit", Codes.UNIT),
              Field.optionalArea("origin"),
              Field.optionalArea("destination"),
              Field.date("submitted_on")),
          List.of("ref_area", "seizure_id"),
          List.of("ref_area", "seizure_id"),
          List.of(Datasets::unitFitsCommodity),
          List.of());

  /** Contract §1.4: trafficking in persons annual return, long format. */
  public static final DatasetSchema TIP =
      new DatasetSchema(
          "tip",
          "returns_tip",
          withCommon(
              Field.area("ref_area"),
              Field.year("year"),
              Field.code("measure", Codes.TIP_MEASURE),
              Field.dimension("sex", Codes.SEX),
              Field.dimension("age", Codes.AGE),
              Field.dimension("exploitation", Codes.EXPLOITATION),
              Field.reportedValue("value"),
              Field.date("submitted_on")),
          List.of("ref_area", "year", "measure", "sex", "age", "exploitation"),
          List.of("ref_area", "year"),
          List.of(Datasets::exploitationOnlyForVictims),
          List.of(
              new PartsAboveTotal(
                  "sex", List.of("ref_area", "year", "measure", "age", "exploitation")),
              new PartsAboveTotal(
                  "age", List.of("ref_area", "year", "measure", "sex", "exploitation")),
              new PartsAboveTotal(
                  "exploitation", List.of("ref_area", "year", "measure", "sex", "age"))));

  /**
   * Contract §1.5: illicit market estimates for 16.4.1 (experimental). {@code submitted_on} is
   * optional here; without it the file name decides between two submissions.
   */
  public static final DatasetSchema MARKETS =
      new DatasetSchema(
          "markets",
          "returns_markets",
          withCommon(
              Field.area("ref_area"),
              Field.year("year"),
              Field.code("commodity", Codes.MARKET_COMMODITY),
              Field.code("flow", Codes.FLOW),
              Field.atLeast("quantity_kg", 0),
              Field.above("price_usd_per_kg", 0),
              Field.text("price_source"),
              Field.optionalDate("submitted_on")),
          List.of("ref_area", "year", "commodity", "flow"),
          List.of("ref_area", "year"),
          List.of(),
          List.of());

  /** Contract §1.6: published SDG series, normalised from SDMX-CSV or Open SDG files. */
  public static final DatasetSchema PUBLISHED =
      new DatasetSchema(
          "published",
          "published",
          List.of(
              Field.text("series"),
              Field.area("ref_area"),
              new Field("time_period", Field.Kind.INT, true, false, null, null, 1900.0, true),
              Field.dimension("sex", Codes.SEX),
              Field.dimension("age", CodeList.of("age", "Y0T17", "Y_GE18", "_T", "ALLAGE")),
              Field.reportedValue("value"),
              Field.optionalText("unit_measure"),
              Field.optionalCode("obs_status", Codes.OBS_STATUS),
              Field.optionalCode("nature", Codes.NATURE),
              Field.optionalText("comment"),
              Field.optionalText("source"),
              Field.optionalText("last_update")),
          List.of("series", "ref_area", "time_period", "sex", "age"),
          List.of("series", "ref_area"),
          List.of(),
          List.of());

  /**
   * Contract §1.7: population of an area in a year (World Population Prospects); projection years
   * are allowed.
   */
  public static final DatasetSchema POPULATION =
      new DatasetSchema(
          "population",
          "population",
          List.of(
              Field.area("ref_area"),
              new Field("year", Field.Kind.INT, true, false, null, null, 1949.0, true),
              Field.above("population", 0)),
          List.of("ref_area", "year"),
          List.of("ref_area", "year"),
          List.of(),
          List.of());

  /** The datasets an inbox holds, in processing order. */
  public static final List<DatasetSchema> INBOX =
      List.of(FIREARMS, FIREARMS_CASES, CCP, TIP, MARKETS);

  /** Every declared dataset. */
  public static final List<DatasetSchema> ALL =
      List.of(FIREARMS, FIREARMS_CASES, CCP, TIP, MARKETS, PUBLISHED, POPULATION);

  public static Optional<DatasetSchema> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(d -> d.name().equals(n)).findFirst();
  }

  /**
   * Methodology §2: a commodity given in a unit that does not belong to it is an error; grams and
   * tonnes become kilograms.
   */
  static List<Problem> unitFitsCommodity(Map<String, Object> row) {
    Object c = row.get("commodity");
    Object u = row.get("unit");
    if (c == null || u == null) {
      return List.of();
    }
    Commodity commodity = Commodity.valueOf(c.toString());
    Unit unit = Unit.valueOf(u.toString());
    if (!commodity.accepts(unit)) {
      return List.of(
          Problem.of(
              FindingCode.UNIT_MISMATCH,
              "unit",
              "unit "
                  + unit
                  + " does not fit commodity "
                  + commodity
                  + " (expected "
                  + commodity.allowedUnits().stream()
                      .map(Enum::name)
                      .reduce((a, b) -> a + ", " + b)
                      .orElse("")
                  + ")"));
    }
    Object q = row.get("quantity");
    if (q != null) {
      row.put("quantity", unit.toCanonical((Double) q));
    }
    row.put("unit", unit.canonical().name());
    return List.of();
  }

  /** Contract §1.4: forms of exploitation apply to detected victims only. */
  static List<Problem> exploitationOnlyForVictims(Map<String, Object> row) {
    Object m = row.get("measure");
    Object e = row.get("exploitation");
    if (m != null && e != null && !"DETECTED_VICTIMS".equals(m) && !CodeList.TOTAL.equals(e)) {
      return List.of(
          Problem.of(
              FindingCode.NOT_APPLICABLE,
              "exploitation",
              "exploitation '" + e + "' applies to DETECTED_VICTIMS only, not to " + m));
    }
    return List.of();
  }
}
