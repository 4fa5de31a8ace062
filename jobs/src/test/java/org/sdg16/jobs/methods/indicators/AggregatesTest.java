package org.sdg16.jobs.methods.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdg16.jobs.methods.trends.TrendPoint;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;

/**
 * Methodology §5 by hand: pooled ratios, coverage over every member of a region, the publication
 * thresholds, reported totals, rates, status propagation and constant panels. Populations are
 * made-up round numbers (millions) so that every coverage can be checked by hand.
 */
class AggregatesTest {

  // South America (M49 intermediate region 5): Argentina, Brazil, Chile, Colombia, Peru, Venezuela
  static final int ARG = 32;
  static final int BRA = 76;
  static final int CHL = 152;
  static final int COL = 170;
  static final int PER = 604;
  static final int VEN = 862;
  // Eastern Africa (M49 sub-region 14)
  static final int KEN = 404;
  static final int ETH = 231;

  static final Aggregates.Policy POLICY = Aggregates.Policy.DEFAULT;

  static Observation nat(
      String series,
      int area,
      int year,
      double value,
      Double num,
      Double den,
      String unit,
      String status,
      String comment) {
    return new Observation(
        series,
        area,
        year,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        unit,
        value,
        num,
        den,
        status,
        "C",
        "N",
        1,
        null,
        comment,
        "national");
  }

  static Observation nat(
      String series, int area, double value, Double num, Double den, String unit) {
    return nat(series, area, 2020, value, num, den, unit, "A", null);
  }

  /**
   * South America in 2020: ARG 45, BRA 200, CHL 20, COL 50, PER 30, VEN 30 = 375 (the other members
   * have no population here, so they are not members for coverage); Eastern Africa: KEN 50, ETH
   * 110.
   */
  static Map<Long, Double> population() {
    Map<Long, Double> p = new HashMap<>();
    for (int year = 2018; year <= 2022; year++) {
      p.put(Facts.key(ARG, year), 45.0);
      p.put(Facts.key(BRA, year), 200.0);
      p.put(Facts.key(CHL, year), 20.0);
      p.put(Facts.key(COL, year), 50.0);
      p.put(Facts.key(PER, year), 30.0);
      p.put(Facts.key(VEN, year), 30.0);
      p.put(Facts.key(KEN, year), 50.0);
      p.put(Facts.key(ETH, year), 110.0);
    }
    return p;
  }

  static Aggregates aggregates() {
    return new Aggregates(M49.standard(), population(), POLICY);
  }

  static Observation region(List<Observation> out, String series, int region) {
    return out.stream()
        .filter(o -> o.series().equals(series) && o.refArea() == region)
        .findFirst()
        .orElseThrow(() -> new AssertionError(series + " in " + region));
  }

  @Test
  void threeCountriesPooledWithCoverageOverEveryMember() {
    // Brazil 10/100 = 10 %, Colombia 90/100 = 90 %, Argentina 1/800 = 0.125 %: pooled
    // (10 + 90 + 1) / (100 + 100 + 800) = 101 / 1000 = 10.1 %, where the average of the country
    // ratios would be 33.375 %
    List<Observation> nat =
        List.of(
            nat("VC_ARM_SZTRACE", BRA, 10, 10.0, 100.0, "PT"),
            nat("VC_ARM_SZTRACE", COL, 90, 90.0, 100.0, "PT"),
            nat("VC_ARM_SZTRACE", ARG, 0.125, 1.0, 800.0, "PT"));
    List<Observation> out = aggregates().compute(nat);
    Observation sa = region(out, "VC_ARM_SZTRACE", 5);
    assertThat(sa.value()).isCloseTo(10.1, within(1e-9));
    assertThat(sa.numerator()).isEqualTo(101.0);
    assertThat(sa.denominator()).isEqualTo(1000.0);
    assertThat(sa.nCountries()).isEqualTo(3);
    // coverage over every member with a population, reporting or not:
    // (200 + 50 + 45) / (45 + 200 + 20 + 50 + 30 + 30) = 295 / 375 = 78.67 %
    assertThat(sa.coverage()).isCloseTo(295.0 / 375, within(1e-12));
    assertThat(sa.reportingType()).isEqualTo("G");
    assertThat(sa.nature()).isEqualTo("G");
    assertThat(sa.obsStatus()).isEqualTo("A");
    assertThat(sa.reportedTotal()).isFalse();
    assertThat(sa.sourceDetail()).isEqualTo("UNODC calculation from 3 national responses");
    assertThat(sa.comment()).isNull();
    // the World: 295 / (375 + 160) = 55.1 % ≥ 50 %: published too
    Observation world = region(out, "VC_ARM_SZTRACE", M49.WORLD);
    assertThat(world.coverage()).isCloseTo(295.0 / 535, within(1e-12));
    // Latin America and the Caribbean (419), the Americas (19) are published on the same members
    assertThat(out).extracting(Observation::refArea).contains(1, 19, 419, 5);
  }

  @Test
  void aOneCountryRegionIsNotAnAggregate() {
    // Kenya alone: 1 country in Eastern Africa, 50 / 160 = 31 % of its population; it is neither
    // published as Eastern Africa (one country) nor as the World
    List<Observation> nat = List.of(nat("VC_ARM_SZTRACE", KEN, 20, 20.0, 100.0, "PT"));
    List<Observation> out = aggregates().compute(nat);
    assertThat(out).isEmpty();
    // even with the whole population of a region behind it, one country is not a region
    Map<Long, Double> kenyaOnly = Map.of(Facts.key(KEN, 2020), 50.0);
    assertThat(new Aggregates(M49.standard(), kenyaOnly, POLICY).compute(nat)).isEmpty();
    // with min_countries 1 the same value is published, coverage 50 / 50
    Observation ea =
        region(
            new Aggregates(M49.standard(), kenyaOnly, new Aggregates.Policy(1, 0.5)).compute(nat),
            "VC_ARM_SZTRACE",
            14);
    assertThat(ea.coverage()).isEqualTo(1.0);
  }

  @Test
  void aCountBelowAThresholdIsAReportedTotalNotAnAggregate() {
    // Peru and Chile: 2 countries (< 3), (30 + 20) / 375 = 13.3 % (< 50 %) of South America
    List<Observation> nat =
        List.of(
            nat("FA_SEIZED", PER, 800, null, null, "NUMBER"),
            nat("FA_SEIZED", CHL, 200, null, null, "NUMBER"),
            nat("VC_ARM_SZTRACE", PER, 0.125, 1.0, 800.0, "PT"),
            nat("VC_ARM_SZTRACE", CHL, 1, 2.0, 200.0, "PT"));
    List<Observation> out = aggregates().compute(nat);
    assertThat(out)
        .as("ratios below a threshold are left out")
        .noneMatch(o -> o.series().equals("VC_ARM_SZTRACE"));
    Observation count = region(out, "FA_SEIZED", 5);
    assertThat(count.value()).isEqualTo(1000.0);
    assertThat(count.reportedTotal()).isTrue();
    assertThat(count.obsStatus()).isEqualTo("U");
    assertThat(count.nCountries()).isEqualTo(2);
    assertThat(count.coverage()).isCloseTo(50.0 / 375, within(1e-12));
    assertThat(count.comment())
        .isEqualTo("reported total of 2 countries, 13.3 % of the population");
    assertThat(out)
        .filteredOn(o -> o.series().equals("FA_SEIZED"))
        .allMatch(Observation::reportedTotal);
  }

  @Test
  void enoughCountriesButTooLittlePopulationIsNotPublished() {
    // Chile, Peru, Venezuela: 3 countries but (20 + 30 + 30) / 375 = 21.3 % of South America
    List<Observation> nat =
        List.of(
            nat("VC_ARM_SZTRACE", CHL, 10, 1.0, 10.0, "PT"),
            nat("VC_ARM_SZTRACE", PER, 10, 1.0, 10.0, "PT"),
            nat("VC_ARM_SZTRACE", VEN, 10, 1.0, 10.0, "PT"));
    assertThat(aggregates().compute(nat)).noneMatch(o -> o.refArea() == 5);
    // with min_coverage 0.2 it is published
    assertThat(
            new Aggregates(M49.standard(), population(), new Aggregates.Policy(3, 0.2))
                .compute(nat))
        .anyMatch(o -> o.refArea() == 5 && o.coverage() > 0.2);
  }

  @Test
  void anAggregateTakesTheLeastReliableStatusAndNamesPartialDenominators() {
    // Colombia's value is provisional and its denominator lacks SURRENDERED: the aggregate is P and
    // says so
    List<Observation> nat =
        List.of(
            nat("VC_ARM_SZTRACE", BRA, 2020, 10, 10.0, 100.0, "PT", "A", null),
            nat(
                "VC_ARM_SZTRACE",
                COL,
                2020,
                20,
                20.0,
                100.0,
                "PT",
                "P",
                "denominator covers SEIZED + FOUND; SURRENDERED not reported"),
            nat("VC_ARM_SZTRACE", ARG, 2020, 30, 30.0, 100.0, "PT", "A", null));
    Observation sa = region(aggregates().compute(nat), "VC_ARM_SZTRACE", 5);
    assertThat(sa.obsStatus()).isEqualTo("P");
    assertThat(sa.comment()).isEqualTo("denominator partial for Colombia");
    // a count's or a rate's partial member is named for what it lacks: the sum, the numerator
    List<Observation> counts =
        List.of(
            nat(
                "FA_SEIZED",
                BRA,
                2020,
                100,
                null,
                null,
                "NUMBER",
                "A",
                "sums SEIZED + FOUND; SURRENDERED not reported"),
            nat("FA_SEIZED", COL, 2020, 100, null, null, "NUMBER", "A", null),
            nat("FA_SEIZED", ARG, 2020, 100, null, null, "NUMBER", "A", null));
    assertThat(region(aggregates().compute(counts), "FA_SEIZED", 5).comment())
        .isEqualTo("sum partial for Brazil");
    // one estimated member outranks a provisional one
    List<Observation> withE = new ArrayList<>(nat);
    withE.set(0, nat("VC_ARM_SZTRACE", BRA, 2020, 10, 10.0, 100.0, "PT", "E", null));
    assertThat(region(aggregates().compute(withE), "VC_ARM_SZTRACE", 5).obsStatus()).isEqualTo("E");
  }

  @Test
  void ratesAreSumsOverReportingPopulationAndMissingIsNotZero() {
    // Brazil 40 victims / 200, Colombia 10 / 50, Argentina 5 / 45: rate = 100,000 × 55 / 295
    // (Peru reports no value: it is counted neither in the numerator nor in the population)
    List<Observation> nat =
        List.of(
            nat("TIP_DETV_R", BRA, 20_000, 40.0, 200.0, "PER_100000_POP"),
            nat("TIP_DETV_R", COL, 20_000, 10.0, 50.0, "PER_100000_POP"),
            nat("TIP_DETV_R", ARG, 100_000 * 5 / 45.0, 5.0, 45.0, "PER_100000_POP"));
    Observation sa = region(aggregates().compute(nat), "TIP_DETV_R", 5);
    assertThat(sa.value()).isCloseTo(100_000 * 55 / 295.0, within(1e-9));
    assertThat(sa.denominator()).isEqualTo(295.0);
    assertThat(sa.nCountries()).isEqualTo(3);
  }

  @Test
  void aYearAfterThePopulationBaseBorrowsTheLatestYearForCoverageOnly() {
    // no population for 2024: the weights come from 2022 (within 5 years), and the comment says so
    List<Observation> nat =
        List.of(
            nat("VC_ARM_SZTRACE", BRA, 2024, 10, 10.0, 100.0, "PT", "A", null),
            nat("VC_ARM_SZTRACE", COL, 2024, 10, 10.0, 100.0, "PT", "A", null),
            nat("VC_ARM_SZTRACE", ARG, 2024, 10, 10.0, 100.0, "PT", "A", null));
    Observation sa = region(aggregates().compute(nat), "VC_ARM_SZTRACE", 5);
    assertThat(sa.coverage()).isCloseTo(295.0 / 375, within(1e-12));
    assertThat(sa.comment()).isEqualTo("coverage weights of 2024 use the population of 2022");
    // 2028 is more than 5 years after 2022: no weights, so no coverage and no aggregate
    List<Observation> late =
        nat.stream()
            .map(o -> nat(o.series(), o.refArea(), 2028, 10, 10.0, 100.0, "PT", "A", null))
            .toList();
    assertThat(aggregates().compute(late)).isEmpty();
  }

  @Test
  void countsStayWithinTheirUnit() {
    List<Observation> nat = new ArrayList<>();
    for (int area : new int[] {BRA, COL, ARG}) {
      nat.add(
          new Observation(
              "CCP_SEIZED_QTY",
              area,
              2020,
              null,
              null,
              null,
              null,
              null,
              "COCAINE",
              null,
              "KG",
              1000.0,
              null,
              null,
              "A",
              "C",
              "N",
              1,
              null,
              null,
              null));
    }
    nat.add(
        new Observation(
            "CCP_SEIZED_QTY",
            COL,
            2020,
            null,
            null,
            null,
            null,
            null,
            "COCAINE",
            null,
            "PIECES",
            3.0,
            null,
            null,
            "A",
            "C",
            "N",
            1,
            null,
            null,
            null));
    List<Observation> sa =
        aggregates().compute(nat).stream().filter(o -> o.refArea() == 5).toList();
    assertThat(sa)
        .extracting(
            o -> o.unitMeasure() + "=" + o.value() + (o.reportedTotal() ? " reported total" : ""))
        .containsExactly("KG=3000.0", "PIECES=3.0 reported total");
  }

  @Test
  void routesAreNotAggregated() {
    Observation route =
        new Observation(
            "FA_ROUTE",
            BRA,
            2020,
            null,
            null,
            null,
            null,
            null,
            null,
            "840>_U",
            "NUMBER",
            12.0,
            null,
            null,
            "A",
            "C",
            "N",
            1,
            null,
            null,
            null);
    assertThat(aggregates().compute(List.of(route))).isEmpty();
  }

  @Test
  void aggregateTrendsUseTheConstantPanel() {
    // South America, 2018–2020. Brazil, Colombia and Argentina report every year; Chile only in
    // 2020.
    // Published values: 2018 and 2019 over BRA+COL+ARG; 2020 over BRA+COL+ARG+CHL.
    // Constant panel = BRA, COL, ARG: 2018 (10+20+30)/(100+100+100) = 20 %, 2019 (20+20+30)/300 =
    // 23.33 %,
    // 2020 (30+20+30)/300 = 26.67 % (Chile's 2020 value 90/100 is left out of the trend)
    List<Observation> nat = new ArrayList<>();
    double[][] traced = {{10, 20, 30}, {20, 20, 30}, {30, 20, 30}};
    int[] areas = {BRA, COL, ARG};
    for (int y = 0; y < 3; y++) {
      for (int i = 0; i < 3; i++) {
        nat.add(
            nat(
                "VC_ARM_SZTRACE",
                areas[i],
                2018 + y,
                traced[y][i],
                traced[y][i],
                100.0,
                "PT",
                "A",
                null));
      }
    }
    nat.add(nat("VC_ARM_SZTRACE", CHL, 2020, 90, 90.0, 100.0, "PT", "A", null));
    Aggregates a = aggregates();
    // the published 2020 value includes Chile: (30 + 20 + 30 + 90) / 400 = 42.5 %
    assertThat(
            a.compute(nat).stream()
                .filter(o -> o.refArea() == 5 && o.timePeriod() == 2020)
                .findFirst()
                .orElseThrow()
                .value())
        .isCloseTo(42.5, within(1e-9));
    Aggregates.Panel sa =
        a.panels(nat).stream().filter(p -> p.key().region() == 5).findFirst().orElseThrow();
    assertThat(sa.constant()).isTrue();
    assertThat(sa.countries()).containsExactlyInAnyOrder(BRA, COL, ARG);
    assertThat(sa.points()).extracting(TrendPoint::year).containsExactly(2018, 2019, 2020);
    assertThat(sa.points().get(0).value()).isCloseTo(20.0, within(1e-9));
    assertThat(sa.points().get(1).value()).isCloseTo(70.0 / 3, within(1e-9));
    assertThat(sa.points().get(2).value()).isCloseTo(80.0 / 3, within(1e-9));
  }

  @Test
  void aPanelThatFailsAThresholdGivesNoTrend() {
    // 2018: BRA, COL, ARG; 2019: CHL, PER, VEN with BRA. Each year is published on its own
    // (3 countries, ≥ 50 %: 2019 = (200 + 20 + 30 + 30) / 375), but only Brazil reports both years
    List<Observation> nat = new ArrayList<>();
    for (int area : new int[] {BRA, COL, ARG}) {
      nat.add(nat("VC_ARM_SZTRACE", area, 2018, 10, 10.0, 100.0, "PT", "A", null));
    }
    for (int area : new int[] {BRA, CHL, PER, VEN}) {
      nat.add(nat("VC_ARM_SZTRACE", area, 2019, 10, 10.0, 100.0, "PT", "A", null));
    }
    Aggregates.Panel sa =
        aggregates().panels(nat).stream()
            .filter(p -> p.key().region() == 5)
            .findFirst()
            .orElseThrow();
    assertThat(sa.constant()).isFalse();
    assertThat(sa.countries()).containsExactly(BRA);
    assertThat(sa.years()).containsExactly(2018, 2019);
  }
}
