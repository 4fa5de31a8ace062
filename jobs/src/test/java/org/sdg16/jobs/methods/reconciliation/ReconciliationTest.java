package org.sdg16.jobs.methods.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.jobs.methods.reconciliation.Reconciliation.Published;
import org.sdg16.jobs.methods.reconciliation.Reconciliation.Quarantined;
import org.sdg16.jobs.methods.reconciliation.Reconciliation.Received;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Severity;

/**
 * Methodology §8: the tolerance edge of {@code PUBLISHED_DIFFERS} for a percentage (0.05 points), a
 * count (0.5) and a rate (relative 0.005), and the likely reason of a difference. Values are chosen
 * so that the decimal difference is exact (computed in decimal, not in binary floating point).
 */
class ReconciliationTest {

  static final Reconciliation DEFAULTS =
      new Reconciliation(new PipelineConfig.Tolerance(null, null, null));

  static Observation national(String series, int area, int year, String unit, Double value) {
    return national(series, area, year, "_T", unit, value, null);
  }

  static Observation national(
      String series,
      int area,
      int year,
      String exploitation,
      String unit,
      Double value,
      String comment) {
    return new Observation(
        series,
        area,
        year,
        "_T",
        "_T",
        exploitation,
        "_T",
        "_T",
        "_T",
        "_T",
        unit,
        value,
        null,
        null,
        "A",
        "C",
        "N",
        1,
        null,
        comment,
        "a source");
  }

  static Published published(String series, int area, int year, double value, String update) {
    return new Published(
        series, area, year, "_T", "_T", value, null, "published/unsd.csv", 4, update);
  }

  static ReconciliationRow only(Reconciliation.Result r) {
    assertThat(r.rows()).hasSize(1);
    return r.rows().get(0);
  }

  static ReconciliationRow percent(double computed, double published) {
    return only(
        DEFAULTS.run(
            List.of(national("VC_ARM_SZTRACE", 484, 2019, "PT", computed)),
            List.of(published("VC_ARM_SZTRACE", 484, 2019, published, null)),
            List.of(),
            List.of()));
  }

  @Test
  void aPercentageDiffersOnlyByMoreThanFiveHundredthsOfAPoint() {
    assertThat(percent(28.369, 28.32).status()).isEqualTo(ReconciliationRow.AGREES); // 0.049
    assertThat(percent(28.37, 28.32).status()).isEqualTo(ReconciliationRow.AGREES); // 0.05: at
    assertThat(percent(28.27, 28.32).status()).isEqualTo(ReconciliationRow.AGREES); // -0.05
    assertThat(percent(28.371, 28.32).status()).isEqualTo(ReconciliationRow.DIFFERS); // 0.051
    assertThat(percent(28.269, 28.32).status()).isEqualTo(ReconciliationRow.DIFFERS); // -0.051
    ReconciliationRow at = percent(28.37, 28.32);
    assertThat(at.tolerance()).isEqualTo(0.05);
    assertThat(at.difference()).isEqualTo(0.05);
    assertThat(at.reason()).isNull();
  }

  static ReconciliationRow count(double computed, double published) {
    return only(
        DEFAULTS.run(
            List.of(national("FA_SEIZED", 76, 2020, "NUMBER", computed)),
            List.of(published("FA_SEIZED", 76, 2020, published, null)),
            List.of(),
            List.of()));
  }

  @Test
  void aCountDiffersByAnyWholeUnit() {
    assertThat(count(12_297.49, 12_297).status()).isEqualTo(ReconciliationRow.AGREES);
    assertThat(count(12_297.5, 12_297).status()).isEqualTo(ReconciliationRow.AGREES); // at 0.5
    assertThat(count(12_297.51, 12_297).status()).isEqualTo(ReconciliationRow.DIFFERS);
    assertThat(count(12_298, 12_297).status()).isEqualTo(ReconciliationRow.DIFFERS);
    assertThat(count(12_296, 12_297).difference()).isEqualTo(-1.0);
  }

  @Test
  void aRateHasARelativeToleranceOfHalfAPercentNeverBelowItsRounding() {
    // 0.005 × 20 = 0.1 per 100,000
    Reconciliation.Result at =
        DEFAULTS.run(
            List.of(
                national("FA_SEIZED_R", 76, 2020, "PER_100000_POP", 20.1),
                national("FA_SEIZED_R", 76, 2021, "PER_100000_POP", 20.1001),
                national("FA_SEIZED_R", 76, 2022, "PER_100000_POP", 0.0149)),
            List.of(
                published("FA_SEIZED_R", 76, 2020, 20.0, null),
                published("FA_SEIZED_R", 76, 2021, 20.0, null),
                // 0.005 × 0.01 is below the rounding of 2 decimals: 0.005 is the tolerance
                published("FA_SEIZED_R", 76, 2022, 0.01, null)),
            List.of(),
            List.of());
    assertThat(at.rows())
        .extracting(ReconciliationRow::status)
        .containsExactly(
            ReconciliationRow.AGREES, ReconciliationRow.DIFFERS, ReconciliationRow.AGREES);
    assertThat(at.rows().get(0).tolerance()).isEqualTo(0.1);
    assertThat(at.rows().get(2).tolerance()).isEqualTo(0.005);
  }

  @Test
  void theToleranceIsConfigured() {
    Reconciliation strict = new Reconciliation(new PipelineConfig.Tolerance(0.01, 0.0, null));
    assertThat(
            strict
                .run(
                    List.of(
                        national("VC_ARM_SZTRACE", 484, 2019, "PT", 28.33),
                        national("FA_SEIZED", 484, 2019, "NUMBER", 11_883.5)),
                    List.of(
                        published("VC_ARM_SZTRACE", 484, 2019, 28.32, null),
                        published("FA_SEIZED", 484, 2019, 11_883, null)),
                    List.of(),
                    List.of())
                .rows())
        .extracting(ReconciliationRow::status)
        .containsExactly(ReconciliationRow.DIFFERS, ReconciliationRow.AGREES);
  }

  @Test
  void aSeriesMayHaveATolerenceOfItsOwn() {
    Reconciliation own =
        new Reconciliation(
            new PipelineConfig.Tolerance(null, null, null),
            java.util.Map.of("VC_ARM_SZTRACE", 1.5));
    Reconciliation.Result r =
        own.run(
            List.of(
                national("VC_ARM_SZTRACE", 484, 2019, "PT", 29.82),
                national("VC_ARM_SZTRACE", 484, 2020, "PT", 29.83),
                national("FA_IDENTIFIED_SHARE", 484, 2019, "PT", 28.4)),
            List.of(
                published("VC_ARM_SZTRACE", 484, 2019, 28.32, null), // 1.5: at the edge
                published("VC_ARM_SZTRACE", 484, 2020, 28.32, null), // 1.51
                published("FA_IDENTIFIED_SHARE", 484, 2019, 28.32, null)), // 0.08 > 0.05
            List.of(),
            List.of());
    assertThat(r.rows())
        .extracting(x -> x.series() + " " + x.timePeriod() + " " + x.status() + " " + x.tolerance())
        .containsExactly(
            "FA_IDENTIFIED_SHARE 2019 differs 0.05",
            "VC_ARM_SZTRACE 2019 agrees 1.5",
            "VC_ARM_SZTRACE 2020 differs 1.5");
  }

  @Test
  void theFindingCarriesBothValuesAndTheDifference() {
    // the sample: Mexico 2019, 100 × 4046 / (11883 + 527 + 1217) = 29.6910 computed (data-samples
    // README) against 28.32 published
    Reconciliation.Result r =
        DEFAULTS.run(
            List.of(national("VC_ARM_SZTRACE", 484, 2019, "PT", 100.0 * 4046 / 13_627)),
            List.of(published("VC_ARM_SZTRACE", 484, 2019, 28.32, "2025-03-31")),
            List.of(),
            List.of(new Received("firearms", 484, 2019, LocalDate.parse("2020-06-30"))));
    assertThat(r.findings()).hasSize(1);
    var f = r.findings().get(0);
    assertThat(f.code()).isEqualTo(FindingCode.PUBLISHED_DIFFERS);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.file()).isEqualTo("published/unsd.csv");
    assertThat(f.row()).isEqualTo(4);
    assertThat(f.column()).isEqualTo("value");
    assertThat(f.message())
        .isEqualTo(
            "VC_ARM_SZTRACE 484 (Mexico) 2019: computed 29.69 against 28.32 published, a"
                + " difference of +1.3711 PT (tolerance 0.05); likely reason: none found");
    List<FindingRecord> records = Reconciliation.records(r);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).raw())
        .containsEntry("published", "28.32")
        .containsEntry("tolerance", "0.05")
        .containsEntry("reason", "none found")
        .containsKeys("computed", "difference");
    // 100 × 4046 / 13627 − 28.32 = 29.6910545… − 28.32 = 1.3710545…
    assertThat(Double.parseDouble(records.get(0).raw().get("difference")))
        .isCloseTo(1.3710545, org.assertj.core.data.Offset.offset(1e-7));
    ReconciliationRow row = only(r);
    assertThat(row.received()).isEqualTo("2020-06-30");
    assertThat(row.publishedUpdate()).isEqualTo("2025-03-31");
  }

  static String reason(
      String update, List<Received> received, List<Quarantined> quarantined, String comment) {
    return only(DEFAULTS.run(
            List.of(national("VC_ARM_SZTRACE", 404, 2018, "_T", "PT", 30.0, comment)),
            List.of(published("VC_ARM_SZTRACE", 404, 2018, 25.0, update)),
            quarantined,
            received))
        .reason();
  }

  @Test
  void theLikelyReasonOfADifference() {
    List<Received> late = List.of(new Received("firearms", 404, 2018, LocalDate.of(2025, 6, 1)));
    List<Received> early = List.of(new Received("firearms", 404, 2018, LocalDate.of(2024, 6, 1)));
    assertThat(reason("2025-03-31", late, List.of(), null)).isEqualTo("revision after publication");
    assertThat(reason("2025-03-31", early, List.of(), null)).isEqualTo("none found");
    // the day of the update itself is not after it
    assertThat(
            reason(
                "2025-03-31T00:00:00",
                List.of(new Received("firearms", 404, 2018, LocalDate.of(2025, 3, 31))),
                List.of(),
                null))
        .isEqualTo("none found");
    // without a date on the published value, a revision cannot be told
    assertThat(reason(null, late, List.of(), null)).isEqualTo("none found");
    // a quarantined row of the dataset the series is computed from, same area and year
    assertThat(reason(null, early, List.of(new Quarantined("firearms", 404, 2018)), null))
        .isEqualTo("a quarantined row");
    assertThat(reason(null, early, List.of(new Quarantined("tip", 404, 2018)), null))
        .as("a row of another dataset does not explain it")
        .isEqualTo("none found");
    assertThat(reason(null, early, List.of(new Quarantined("firearms", 404, 2019)), null))
        .isEqualTo("none found");
    String partial = "denominator covers SEIZED + FOUND; SURRENDERED not reported";
    assertThat(reason(null, early, List.of(), partial)).isEqualTo("a partial denominator");
    assertThat(reason("2025-03-31", late, List.of(new Quarantined("firearms", 404, 2018)), partial))
        .isEqualTo("revision after publication; a quarantined row; a partial denominator");
  }

  @Test
  void aPublishedValueWithoutAComputedOneIsNotComputedWithItsReason() {
    // Kenya 2018: its TRACED row is quarantined, so no VC_ARM_SZTRACE is computed (sample README)
    Reconciliation.Result r =
        DEFAULTS.run(
            List.of(national("VC_ARM_SZTRACE", 404, 2018, "PT", null)),
            List.of(published("VC_ARM_SZTRACE", 404, 2018, 31.5, null)),
            List.of(new Quarantined("firearms", 404, 2018)),
            List.of());
    ReconciliationRow row = only(r);
    assertThat(row.status()).isEqualTo(ReconciliationRow.NOT_COMPUTED);
    assertThat(row.computed()).isNull();
    assertThat(row.difference()).isNull();
    assertThat(row.reason()).isEqualTo("a quarantined row");
    assertThat(r.findings()).as("only a difference of two values is a finding").isEmpty();
  }

  @Test
  void onlyTheSameSeriesAreaYearAndBreakdownMeet() {
    Observation sexual =
        national("VC_HTF_DETV", 32, 2019, "SEXUAL", "NUMBER", 120.0, null); // → VC_HTF_DETVSX
    Observation total = national("VC_HTF_DETV", 32, 2019, "_T", "NUMBER", 300.0, null);
    Observation aggregate =
        new Observation(
            "VC_ARM_SZTRACE",
            419,
            2019,
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            20.0,
            null,
            null,
            "A",
            "G",
            "G",
            5,
            0.8,
            null,
            "UNODC");
    Reconciliation.Result r =
        DEFAULTS.run(
            List.of(sexual, total, aggregate),
            List.of(
                published("VC_HTF_DETVSX", 32, 2019, 118, null),
                new Published(
                    "VC_HTF_DETV", 32, 2019, "_T", "ALLAGE", 300.0, "NUMBER", "p.csv", 2, null),
                published("VC_HTF_DETV", 32, 2018, 280, null), // no computed value that year
                published("VC_ARM_SZTRACE", 419, 2019, 22.0, null), // a region: not compared
                published("SI_POV_DAY1", 32, 2019, 1.0, null)), // not a series of sdg16
            List.of(),
            List.of());
    assertThat(r.rows())
        .extracting(x -> x.series() + " " + x.timePeriod() + " " + x.status())
        .containsExactly(
            "VC_HTF_DETV 2018 not_computed",
            "VC_HTF_DETV 2019 agrees",
            "VC_HTF_DETVSX 2019 differs");
    assertThat(r.differing()).isEqualTo(1);
  }

  @Test
  void aBadToleranceNamesItsKey() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PipelineConfig.Tolerance(-0.1, null, null))
        .isInstanceOf(org.sdg16.schemas.config.ConfigException.class)
        .hasMessageContaining("published.tolerance.percent");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PipelineConfig.Tolerance(null, null, 1.0))
        .hasMessageContaining("published.tolerance.relative");
  }
}
