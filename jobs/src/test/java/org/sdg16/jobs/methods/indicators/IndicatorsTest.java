package org.sdg16.jobs.methods.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;

/**
 * Golden values for every country series of methodology §1–§4, computed by hand in the comments.
 */
class IndicatorsTest {

  static final int MEX = 484;
  static final int NGA = 566;
  static final double EPS = 1e-9;

  static Facts.Value fa(int area, int year, String measure, String arm, String just, Double v) {
    return new Facts.Value(area, year, measure, arm, just, "_T", v, null, null, "return " + area);
  }

  static Facts.Value tip(
      int area, int year, String measure, String sex, String age, String expl, Double v) {
    return new Facts.Value(area, year, measure, sex, age, expl, v, null, null, null);
  }

  static List<Facts.Value> mexico2020() {
    List<Facts.Value> v = new ArrayList<>();
    v.add(fa(MEX, 2020, "SEIZED", "_T", "_T", 1000.0));
    v.add(fa(MEX, 2020, "FOUND", "_T", "_T", 150.0));
    v.add(fa(MEX, 2020, "SURRENDERED", "_T", "_T", 50.0));
    v.add(fa(MEX, 2020, "TRACED", "_T", "_T", 300.0));
    v.add(fa(MEX, 2020, "IDENTIFIED", "_T", "_T", 900.0));
    v.add(fa(MEX, 2020, "TRACE_REQ_SENT", "_T", "_T", 80.0));
    v.add(fa(MEX, 2020, "TRACE_REQ_SUCCESS", "_T", "_T", 60.0));
    v.add(fa(MEX, 2020, "AMMUNITION", "_T", "_T", 30000.0));
    v.add(fa(MEX, 2020, "SEIZED", "PISTOL", "_T", 600.0));
    v.add(fa(MEX, 2020, "SEIZED", "RIFLE", "_T", 300.0));
    v.add(fa(MEX, 2020, "SEIZED", "UNKNOWN", "_T", 100.0));
    v.add(fa(MEX, 2020, "SEIZED", "_T", "ILLICIT_POSSESSION", 800.0));
    v.add(fa(MEX, 2020, "SEIZED", "_T", "ILLICIT_TRAFFICKING", 90.0));
    // 2021: FOUND not reported (blank), SURRENDERED absent; TRACED reported
    v.add(fa(MEX, 2021, "SEIZED", "_T", "_T", 500.0));
    v.add(fa(MEX, 2021, "FOUND", "_T", "_T", null));
    v.add(fa(MEX, 2021, "TRACED", "_T", "_T", 100.0));
    // 2022: only the combined measure, which wins over parts
    v.add(fa(MEX, 2022, "SEIZED_FOUND_SURRENDERED", "_T", "_T", 400.0));
    v.add(fa(MEX, 2022, "SEIZED", "_T", "_T", 390.0));
    v.add(fa(MEX, 2022, "TRACED", "_T", "_T", 100.0));
    // 2023: nothing seized reported: TRACED cannot be published
    v.add(fa(MEX, 2023, "TRACED", "_T", "_T", 10.0));
    v.add(fa(MEX, 2023, "SEIZED", "_T", "_T", 0.0));
    return v;
  }

  static Facts.All facts() {
    List<Facts.Value> t = new ArrayList<>();
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "_T", "_T", "_T", 400.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "F", "_T", "_T", 300.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "M", "_T", "_T", 100.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "_T", "Y0T17", "_T", 120.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "_T", "_T", "SEXUAL", 200.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "_T", "_T", "FORCED_LABOUR", 150.0));
    t.add(tip(NGA, 2020, "DETECTED_VICTIMS", "F", "Y0T17", "SEXUAL", null));
    t.add(tip(NGA, 2020, "SUSPECTS", "_T", "_T", "_T", 90.0));
    t.add(tip(NGA, 2020, "CONVICTED", "_T", "_T", "_T", 30.0));
    Map<Long, Double> pop = new HashMap<>();
    pop.put(Facts.key(MEX, 2020), 126_000_000.0);
    pop.put(Facts.key(NGA, 2020), 208_000_000.0);
    return new Facts.All(
        mexico2020(),
        t,
        List.of(
            new Facts.Ccp(218, 2017, "COCAINE", "KG", 1500.0, 3),
            new Facts.Ccp(218, 2017, "COCAINE", "PIECES", 2.0, 1),
            new Facts.Ccp(218, 2017, "CIGARETTES", "PIECES", 1.0e6, 2)),
        List.of(new Facts.Route(MEX, 2021, 840, null, 12)),
        List.of(new Facts.Origin(MEX, 2021, 40, 30)),
        List.of(
            new Facts.Market(170, 2020, "COCAINE", "INWARD", 2.5e9, "WDR"),
            new Facts.Market(170, 2020, "CANNABIS", "INWARD", 1.0e8, "UNODC"),
            new Facts.Market(276, 2020, "COCAINE", "OUTWARD", 1.0e9, "WDR"),
            new Facts.Market(276, 2020, "COCAINE", "INWARD", 2.0e8, "WDR")),
        pop,
        SOURCES);
  }

  static final Map<String, String> SOURCES =
      Map.of(
          "firearms",
          "IAFQ national response",
          "ccp",
          "CCP records",
          "firearms_cases",
          "IAFQ cases",
          "tip",
          "GLOTIP national response",
          "markets",
          "market estimates");

  static final List<Observation> OBS = Indicators.compute(facts());

  static Optional<Observation> find(String series, int area, int year, String dimsLike) {
    return OBS.stream()
        .filter(
            o ->
                o.series().equals(series)
                    && o.refArea() == area
                    && o.timePeriod() == year
                    && String.join("|", o.dimensions()).contains(dimsLike))
        .findFirst();
  }

  static Observation get(String series, int area, int year) {
    return find(series, area, year, "")
        .orElseThrow(() -> new AssertionError(series + " " + area + " " + year));
  }

  @Test
  void sdg1642TracedShare() {
    // 100 × 300 / (1000 + 150 + 50) = 100 × 300 / 1200 = 25
    Observation o = get("VC_ARM_SZTRACE", MEX, 2020);
    assertThat(o.value()).isCloseTo(25.0, within(EPS));
    assertThat(o.numerator()).isEqualTo(300.0);
    assertThat(o.denominator()).isEqualTo(1200.0);
    assertThat(o.unitMeasure()).isEqualTo("PT");
    assertThat(o.nature()).isEqualTo("C");
    assertThat(o.reportingType()).isEqualTo("N");
    assertThat(o.comment()).isNull();
    // 2021: FOUND blank and SURRENDERED absent: 100 × 100 / 500 = 20, published with a comment
    Observation p = get("VC_ARM_SZTRACE", MEX, 2021);
    assertThat(p.value()).isCloseTo(20.0, within(EPS));
    assertThat(p.comment()).isEqualTo("denominator covers SEIZED; FOUND, SURRENDERED not reported");
    // 2022: the combined measure 400 wins over SEIZED 390: 100 × 100 / 400 = 25
    assertThat(get("VC_ARM_SZTRACE", MEX, 2022).value()).isCloseTo(25.0, within(EPS));
    // 2023: denominator 0: not published
    assertThat(find("VC_ARM_SZTRACE", MEX, 2023, "")).isEmpty();
  }

  @Test
  void firearmsDiagnosticsAndStudyIndicators() {
    // FA_IDENTIFIED_SHARE = 100 × 900 / 1200 = 75
    assertThat(get("FA_IDENTIFIED_SHARE", MEX, 2020).value()).isCloseTo(75.0, within(EPS));
    // FA_TRACE_SUCCESS = 100 × 60 / 80 = 75
    assertThat(get("FA_TRACE_SUCCESS", MEX, 2020).value()).isCloseTo(75.0, within(EPS));
    // FA_SEIZED(_T) = 1200; by type: PISTOL 600, RIFLE 300, UNKNOWN 100
    assertThat(find("FA_SEIZED", MEX, 2020, "_T|_T|_T|_T|_T|_T|_T").orElseThrow().value())
        .isEqualTo(1200.0);
    assertThat(find("FA_SEIZED", MEX, 2020, "PISTOL").orElseThrow().value()).isEqualTo(600.0);
    // FA_SEIZED_R = 100,000 × 1200 / 126,000,000 = 0.952380952...
    assertThat(get("FA_SEIZED_R", MEX, 2020).value())
        .isCloseTo(100_000 * 1200 / 126_000_000.0, within(EPS));
    assertThat(get("FA_SEIZED_R", MEX, 2020).denominator()).isEqualTo(126_000_000.0);
    // FA_TYPE_SHARE: Σ reported types = 600 + 300 + 100 = 1000 (UNKNOWN counts): PISTOL 60 %, RIFLE
    // 30 %, UNKNOWN 10 %
    assertThat(find("FA_TYPE_SHARE", MEX, 2020, "PISTOL").orElseThrow().value())
        .isCloseTo(60.0, within(EPS));
    assertThat(find("FA_TYPE_SHARE", MEX, 2020, "UNKNOWN").orElseThrow().value())
        .isCloseTo(10.0, within(EPS));
    // FA_AMMO_RATIO = 30,000 / 1200 = 25 rounds per arm
    assertThat(get("FA_AMMO_RATIO", MEX, 2020).value()).isCloseTo(25.0, within(EPS));
    // the justification is broken down for SEIZED only, so both shares are shares of SEIZED:
    // FA_TRAFFICKING_SHARE = 100 × 90 / 1000 = 9; FA_POSSESSION_SHARE = 100 × 800 / 1000 = 80
    assertThat(get("FA_TRAFFICKING_SHARE", MEX, 2020).value()).isCloseTo(9.0, within(EPS));
    assertThat(get("FA_TRAFFICKING_SHARE", MEX, 2020).denominator()).isEqualTo(1000.0);
    assertThat(get("FA_POSSESSION_SHARE", MEX, 2020).value()).isCloseTo(80.0, within(EPS));
    // missing is not zero: no population for 2021, so no rate; no ammunition, so no ratio
    assertThat(find("FA_SEIZED_R", MEX, 2021, "")).isEmpty();
    assertThat(find("FA_AMMO_RATIO", MEX, 2021, "")).isEmpty();
    assertThat(find("FA_TRACE_SUCCESS", MEX, 2021, "")).isEmpty();
  }

  /** The rows of one firearms return, as facts, with the population of the year. */
  static List<Observation> firearmsOf(List<Facts.Value> rows) {
    return Indicators.compute(
        new Facts.All(
            rows, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), SOURCES));
  }

  static Observation in(List<Observation> obs, String series, String dimsLike) {
    return obs.stream()
        .filter(
            o -> o.series().equals(series) && String.join("|", o.dimensions()).contains(dimsLike))
        .findFirst()
        .orElseThrow(() -> new AssertionError(series + " " + dimsLike));
  }

  @Test
  void justificationSharesAreSharesOfTheMeasureThatCarriesTheBreakdown() {
    // Colombia 2016 as in the sample inbox (data-samples/inbox/firearms/col_2016-2023.csv): the
    // legal
    // justification is reported for SEIZED only. Possession share = 100 × 15,786 / 23,084 = 68.385…
    // (not 100 × 15,786 / (23,084 + 1,386 + 2,412) = 58.72, which mixes measures)
    int col = 170;
    List<Observation> obs =
        firearmsOf(
            List.of(
                fa(col, 2016, "SEIZED", "_T", "_T", 23_084.0),
                fa(col, 2016, "SEIZED", "_T", "ILLICIT_POSSESSION", 15_786.0),
                fa(col, 2016, "SEIZED", "_T", "ILLICIT_TRAFFICKING", 2_208.0),
                fa(col, 2016, "SEIZED", "_T", "OTHER", 5_090.0),
                fa(col, 2016, "FOUND", "_T", "_T", 1_386.0),
                fa(col, 2016, "SURRENDERED", "_T", "_T", 2_412.0),
                fa(col, 2016, "TRACED", "_T", "_T", 8_791.0)));
    Observation possession = in(obs, "FA_POSSESSION_SHARE", "");
    assertThat(possession.value()).isCloseTo(100.0 * 15_786 / 23_084, within(EPS));
    assertThat(possession.value()).isCloseTo(68.385, within(0.001));
    assertThat(possession.numerator()).isEqualTo(15_786.0);
    assertThat(possession.denominator()).isEqualTo(23_084.0);
    assertThat(possession.comment())
        .isEqualTo(
            "numerator and denominator cover SEIZED; FOUND, SURRENDERED not broken down by legal"
                + " justification");
    // 100 × 2,208 / 23,084 = 9.565…
    assertThat(in(obs, "FA_TRAFFICKING_SHARE", "").value())
        .isCloseTo(100.0 * 2_208 / 23_084, within(EPS));
    // SDG 16.4.2 keeps its denominator of every part: 100 × 8,791 / 26,882, with no note (all parts
    // reported)
    Observation traced = in(obs, "VC_ARM_SZTRACE", "");
    assertThat(traced.denominator()).isEqualTo(26_882.0);
    assertThat(traced.comment()).isNull();
  }

  @Test
  void aJustificationWithoutAValueForOneCarryingMeasureIsAShareOfTheOthers() {
    // SEIZED and FOUND are broken down by justification, but FOUND gives no ILLICIT_TRAFFICKING
    // value:
    // trafficking share = 100 × 10 / 100 over SEIZED only; possession = 100 × (50 + 5) / (100 + 20)
    int mex = MEX;
    List<Observation> obs =
        firearmsOf(
            List.of(
                fa(mex, 2019, "SEIZED", "_T", "_T", 100.0),
                fa(mex, 2019, "SEIZED", "_T", "ILLICIT_TRAFFICKING", 10.0),
                fa(mex, 2019, "SEIZED", "_T", "ILLICIT_POSSESSION", 50.0),
                fa(mex, 2019, "FOUND", "_T", "_T", 20.0),
                fa(mex, 2019, "FOUND", "_T", "ILLICIT_POSSESSION", 5.0)));
    Observation trafficking = in(obs, "FA_TRAFFICKING_SHARE", "");
    assertThat(trafficking.value()).isCloseTo(10.0, within(EPS));
    assertThat(trafficking.comment())
        .isEqualTo(
            "numerator and denominator cover SEIZED; no ILLICIT_TRAFFICKING value for FOUND;"
                + " SURRENDERED not reported");
    Observation possession = in(obs, "FA_POSSESSION_SHARE", "");
    assertThat(possession.value()).isCloseTo(100.0 * 55 / 120, within(EPS));
    assertThat(possession.comment())
        .isEqualTo("numerator and denominator cover SEIZED + FOUND; SURRENDERED not reported");
  }

  @Test
  void armsByTypeSayWhichMeasuresTheySum() {
    // Argentina 2015 as in the sample inbox (data-samples/inbox/firearms/arg_2015-2023.csv): types
    // for
    // SEIZED only (14,586 = 4,009 + 4,601 + 2,377 + 2,810 + 333 + 456), FOUND and SURRENDERED as
    // totals
    int arg = 32;
    List<Observation> obs =
        firearmsOf(
            List.of(
                fa(arg, 2015, "SEIZED", "_T", "_T", 14_586.0),
                fa(arg, 2015, "SEIZED", "PISTOL", "_T", 4_009.0),
                fa(arg, 2015, "SEIZED", "REVOLVER", "_T", 4_601.0),
                fa(arg, 2015, "SEIZED", "RIFLE", "_T", 2_377.0),
                fa(arg, 2015, "SEIZED", "SHOTGUN", "_T", 2_810.0),
                fa(arg, 2015, "SEIZED", "OTHER", "_T", 333.0),
                fa(arg, 2015, "SEIZED", "UNKNOWN", "_T", 456.0),
                fa(arg, 2015, "FOUND", "_T", "_T", 627.0),
                fa(arg, 2015, "SURRENDERED", "_T", "_T", 7_578.0)));
    Observation pistols = in(obs, "FA_SEIZED", "PISTOL");
    assertThat(pistols.value()).isEqualTo(4_009.0);
    assertThat(pistols.comment())
        .isEqualTo("sums SEIZED; FOUND, SURRENDERED not broken down by arm type");
    // the total sums every part and says nothing: all three are reported
    Observation total = in(obs, "FA_SEIZED", "_T|_T|_T|_T|_T|_T|_T");
    assertThat(total.value()).isEqualTo(14_586.0 + 627 + 7_578);
    assertThat(total.comment()).isNull();
    // shares of SEIZED: 100 × 4,009 / 14,586 = 27.48…
    Observation share = in(obs, "FA_TYPE_SHARE", "PISTOL");
    assertThat(share.value()).isCloseTo(100.0 * 4_009 / 14_586, within(EPS));
    assertThat(share.denominator()).isEqualTo(14_586.0);
    assertThat(share.comment())
        .isEqualTo(
            "numerator and denominator cover SEIZED; FOUND, SURRENDERED not broken down by arm"
                + " type");
    // a total with a missing part says so in its own words
    List<Observation> partial =
        firearmsOf(
            List.of(
                fa(arg, 2016, "SEIZED", "_T", "_T", 100.0),
                fa(arg, 2016, "FOUND", "_T", "_T", 10.0),
                fa(arg, 2016, "TRACED", "_T", "_T", 11.0)));
    assertThat(in(partial, "FA_SEIZED", "").comment())
        .isEqualTo("sums SEIZED + FOUND; SURRENDERED not reported");
    assertThat(in(partial, "VC_ARM_SZTRACE", "").comment())
        .isEqualTo("denominator covers SEIZED + FOUND; SURRENDERED not reported");
    assertThat(FirearmsReturn.partOfValue(in(partial, "VC_ARM_SZTRACE", "").comment()))
        .isEqualTo("denominator");
    assertThat(FirearmsReturn.partOfValue(in(partial, "FA_SEIZED", "").comment())).isEqualTo("sum");
    assertThat(FirearmsReturn.partOfValue(pistols.comment()))
        .as("a narrower scope is not a partial sum")
        .isNull();
  }

  @Test
  void noTypeSharesWhenTypesCoverDifferentMeasures() {
    // PISTOL is given for SEIZED and FOUND, RIFLE for SEIZED only: RIFLE's sum would miss FOUND
    List<Observation> obs =
        firearmsOf(
            List.of(
                fa(MEX, 2018, "SEIZED", "_T", "_T", 100.0),
                fa(MEX, 2018, "FOUND", "_T", "_T", 10.0),
                fa(MEX, 2018, "SEIZED", "PISTOL", "_T", 60.0),
                fa(MEX, 2018, "FOUND", "PISTOL", "_T", 4.0),
                fa(MEX, 2018, "SEIZED", "RIFLE", "_T", 40.0)));
    assertThat(obs).noneMatch(o -> o.series().equals("FA_TYPE_SHARE"));
    assertThat(in(obs, "FA_SEIZED", "PISTOL").value()).isEqualTo(64.0);
    assertThat(in(obs, "FA_SEIZED", "RIFLE").comment())
        .isEqualTo("sums SEIZED; FOUND not reported");
  }

  @Test
  void aValueTakesTheLeastReliableStatusOfItsInputsAndTheSourceOfItsDataset() {
    List<Observation> obs =
        firearmsOf(
            List.of(
                new Facts.Value(MEX, 2017, "SEIZED", "_T", "_T", "_T", 100.0, "A", null, null),
                new Facts.Value(MEX, 2017, "FOUND", "_T", "_T", "_T", 10.0, "P", null, null),
                new Facts.Value(
                    MEX, 2017, "SURRENDERED", "_T", "_T", "_T", 5.0, "E", null, "Fiscalía General"),
                new Facts.Value(MEX, 2017, "TRACED", "_T", "_T", "_T", 20.0, "A", null, null)));
    Observation traced = in(obs, "VC_ARM_SZTRACE", "");
    assertThat(traced.obsStatus()).as("E is less reliable than P").isEqualTo("E");
    // the rows' own source where they give one; the config's text comes in through the facts
    assertThat(traced.sourceDetail()).isEqualTo("Fiscalía General");
    List<Observation> ccp =
        Indicators.compute(
            new Facts.All(
                List.of(),
                List.of(),
                List.of(new Facts.Ccp(218, 2017, "COCAINE", "KG", 1.0, 1)),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                SOURCES));
    assertThat(ccp).allMatch(o -> o.sourceDetail().equals("CCP records"));
  }

  @Test
  void significantCases() {
    // 100 × 30 / 40 = 75
    assertThat(get("FA_TRANSNATIONAL_SHARE", MEX, 2021).value()).isCloseTo(75.0, within(EPS));
    Observation r = get("FA_ROUTE", MEX, 2021);
    assertThat(r.route()).isEqualTo("840>_U");
    assertThat(r.value()).isEqualTo(12.0);
  }

  @Test
  void portSeizuresStayWithinOneUnit() {
    assertThat(
            OBS.stream()
                .filter(
                    o -> o.series().equals("CCP_SEIZED_QTY") && o.commodity().equals("COCAINE")))
        .extracting(o -> o.unitMeasure() + "=" + o.value())
        .containsExactly("KG=1500.0", "PIECES=2.0");
    // events are counted over every unit: 3 + 1
    assertThat(find("CCP_SEIZURES", 218, 2017, "COCAINE").orElseThrow().value()).isEqualTo(4.0);
    assertThat(find("CCP_SEIZURES", 218, 2017, "CIGARETTES").orElseThrow().unitMeasure())
        .isEqualTo("NUMBER");
  }

  @Test
  void traffickingInPersons() {
    // VC_HTF_DETV keeps every reported breakdown; the blank F|Y0T17|SEXUAL cell is not published
    assertThat(OBS.stream().filter(o -> o.series().equals("VC_HTF_DETV"))).hasSize(6);
    // TIP_DETV_R = 100,000 × 400 / 208,000,000 = 0.192307...
    assertThat(get("TIP_DETV_R", NGA, 2020).value())
        .isCloseTo(400 * 100_000 / 208_000_000.0, within(EPS));
    // shares: female 300/400 = 75 %, children 120/400 = 30 %, sexual 200/400 = 50 %, forced labour
    // 37.5 %
    assertThat(get("TIP_SHARE_FEMALE", NGA, 2020).value()).isCloseTo(75.0, within(EPS));
    assertThat(get("TIP_SHARE_CHILD", NGA, 2020).value()).isCloseTo(30.0, within(EPS));
    assertThat(find("TIP_EXPLOITATION_SHARE", NGA, 2020, "SEXUAL").orElseThrow().value())
        .isCloseTo(50.0, within(EPS));
    assertThat(find("TIP_EXPLOITATION_SHARE", NGA, 2020, "FORCED_LABOUR").orElseThrow().value())
        .isCloseTo(37.5, within(EPS));
    // convictions: 100,000 × 30 / 208,000,000; ratio 30 / 90 = 0.333...
    assertThat(get("TIP_CONVICTED_R", NGA, 2020).value())
        .isCloseTo(30 * 100_000 / 208_000_000.0, within(EPS));
    assertThat(get("TIP_CONVICTION_RATIO", NGA, 2020).value()).isCloseTo(1.0 / 3, within(EPS));
  }

  @Test
  void illicitFinancialFlowsAreGrossAndExperimental() {
    // Colombia: inward 2.5e9 (cocaine) + 1.0e8 (cannabis) = 2.6e9; no outward: total covers inward
    // only
    Observation in = find("IFF_CRIME_IN", 170, 2020, "_T|_T|_T|_T|_T|_T|_T").orElseThrow();
    assertThat(in.value()).isEqualTo(2.6e9);
    assertThat(in.nature()).isEqualTo("M");
    assertThat(in.unitMeasure()).isEqualTo("USD");
    Observation col = find("IFF_CRIME_TOTAL", 170, 2020, "_T|_T|_T|_T|_T|_T|_T").orElseThrow();
    assertThat(col.value()).isEqualTo(2.6e9);
    assertThat(col.comment()).contains("INWARD flows only");
    // Germany: gross, never netted: 1.0e9 + 2.0e8 = 1.2e9
    assertThat(find("IFF_CRIME_TOTAL", 276, 2020, "COCAINE").orElseThrow().value())
        .isEqualTo(1.2e9);
    assertThat(find("IFF_CRIME_OUT", 276, 2020, "COCAINE").orElseThrow().value()).isEqualTo(1.0e9);
  }
}
