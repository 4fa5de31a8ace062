package org.sdg16.jobs.methods.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;

/** Methodology §5 by hand: pooled ratios, reported totals, rates, coverage and the threshold. */
class AggregatesTest {

  // three South American countries (M49 sub-region 419 / intermediate region 5)
  static final int BRA = 76;
  static final int COL = 170;
  static final int PER = 604;
  static final int ARG = 32;

  static Observation nat(String series, int area, double value, Double num, Double den, String unit) {
    return new Observation(series, area, 2020, null, null, null, null, null, null, null, unit, value, num, den,
        "A", "C", "N", 1, null, null, null);
  }

  static Map<Long, Double> population() {
    Map<Long, Double> p = new HashMap<>();
    p.put(Facts.key(BRA, 2020), 200.0);
    p.put(Facts.key(COL, 2020), 50.0);
    p.put(Facts.key(PER, 2020), 30.0);
    p.put(Facts.key(ARG, 2020), 45.0);
    return p;
  }

  static Observation region(List<Observation> out, String series, int region) {
    return out.stream().filter(o -> o.series().equals(series) && o.refArea() == region).findFirst()
        .orElseThrow(() -> new AssertionError(series + " in " + region));
  }

  @Test
  void ratiosArePooledNotAveraged() {
    // Brazil 10/100 = 10 %, Colombia 90/100 = 90 %: pooled (10 + 90) / (100 + 100) = 50 %;
    // with Peru 1/800 the pooled value is 101 / 1000 = 10.1 %, while the average of the three
    // country ratios would be (10 + 90 + 0.125) / 3 = 33.375 %
    List<Observation> nat = List.of(
        nat("VC_ARM_SZTRACE", BRA, 10, 10.0, 100.0, "PT"),
        nat("VC_ARM_SZTRACE", COL, 90, 90.0, 100.0, "PT"),
        nat("VC_ARM_SZTRACE", PER, 0.125, 1.0, 800.0, "PT"));
    List<Observation> out = new Aggregates(M49.standard(), population(), 0.5).compute(nat);
    Observation sa = region(out, "VC_ARM_SZTRACE", 5);
    assertThat(sa.value()).isCloseTo(10.1, within(1e-9));
    assertThat(sa.numerator()).isEqualTo(101.0);
    assertThat(sa.denominator()).isEqualTo(1000.0);
    assertThat(sa.nCountries()).isEqualTo(3);
    // coverage: (200 + 50 + 30) / (200 + 50 + 30 + 45) = 280 / 325
    assertThat(sa.coverage()).isCloseTo(280.0 / 325, within(1e-12));
    assertThat(sa.reportingType()).isEqualTo("G");
    assertThat(sa.nature()).isEqualTo("G");
    // the World, the Americas, Latin America and the Caribbean (an M49 sub-region and an SDG region)
    assertThat(out).extracting(Observation::refArea).contains(1, 19, 419, 5);
  }

  @Test
  void belowTheCoverageThresholdRatiosAreNotPublishedButCountsAre() {
    // Peru alone covers 30 / 325 = 9.2 % of South America's population
    List<Observation> nat = List.of(
        nat("VC_ARM_SZTRACE", PER, 0.125, 1.0, 800.0, "PT"),
        nat("FA_SEIZED", PER, 800, null, null, "NUMBER"));
    List<Observation> out = new Aggregates(M49.standard(), population(), 0.5).compute(nat);
    assertThat(out).noneMatch(o -> o.series().equals("VC_ARM_SZTRACE"));
    Observation count = region(out, "FA_SEIZED", 5);
    assertThat(count.value()).isEqualTo(800.0);
    assertThat(count.coverage()).isCloseTo(30.0 / 325, within(1e-12));
    assertThat(count.nCountries()).isEqualTo(1);
    assertThat(count.comment()).as("routine aggregates carry no comment: n_countries and coverage say it").isNull();
    // a threshold of 5 % publishes the ratio
    assertThat(new Aggregates(M49.standard(), population(), 0.05).compute(nat))
        .anyMatch(o -> o.series().equals("VC_ARM_SZTRACE") && o.refArea() == 5);
  }

  @Test
  void ratesAreSumsOverReportingPopulationAndMissingIsNotZero() {
    // Brazil 40 victims / 200 pop, Colombia 10 / 50: rate = 100,000 × 50 / 250 = 20,000
    // (Peru reports no value: it is not counted, neither in numerator nor in population)
    List<Observation> nat = List.of(
        nat("TIP_DETV_R", BRA, 20_000, 40.0, 200.0, "PER_100000_POP"),
        nat("TIP_DETV_R", COL, 20_000, 10.0, 50.0, "PER_100000_POP"));
    Observation sa = region(new Aggregates(M49.standard(), population(), 0.5).compute(nat), "TIP_DETV_R", 5);
    assertThat(sa.value()).isCloseTo(20_000.0, within(1e-9));
    assertThat(sa.denominator()).isEqualTo(250.0);
    assertThat(sa.nCountries()).isEqualTo(2);
  }

  @Test
  void countsStayWithinTheirUnit() {
    List<Observation> nat = List.of(
        new Observation("CCP_SEIZED_QTY", BRA, 2017, null, null, null, null, null, "COCAINE", null, "KG", 1000.0,
            null, null, "A", "C", "N", 1, null, null, null),
        new Observation("CCP_SEIZED_QTY", COL, 2017, null, null, null, null, null, "COCAINE", null, "KG", 500.0,
            null, null, "A", "C", "N", 1, null, null, null),
        new Observation("CCP_SEIZED_QTY", COL, 2017, null, null, null, null, null, "COCAINE", null, "PIECES", 3.0,
            null, null, "A", "C", "N", 1, null, null, null));
    List<Observation> world = new Aggregates(M49.standard(), Map.of(), 0.5).compute(nat).stream()
        .filter(o -> o.refArea() == M49.WORLD).toList();
    assertThat(world).extracting(o -> o.unitMeasure() + "=" + o.value()).containsExactly("KG=1500.0", "PIECES=3.0");
    assertThat(world.get(0).coverage()).as("no population data: coverage unknown").isNull();
  }
}
