package org.sdg16.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;

/** Which observations the report shows: never a reported total as a region (methodology §5). */
class ShownTest {

  static Observation aggregate(String series, int area, String unit, boolean reportedTotal) {
    return new Observation(
        series,
        area,
        2020,
        null,
        null,
        null,
        null,
        null,
        "COCAINE",
        null,
        unit,
        10.0,
        null,
        null,
        reportedTotal ? "U" : "A",
        "G",
        "G",
        2,
        0.1,
        null,
        "UNODC calculation from 2 national responses",
        reportedTotal);
  }

  @Test
  void aReportedTotalIsNotARegion() {
    assertThat(PageContext.shown(aggregate("VC_HTF_DETV", 1, "NUMBER", true))).isFalse();
    assertThat(PageContext.shown(aggregate("FA_SEIZED", 419, "NUMBER", true))).isFalse();
    assertThat(PageContext.shown(aggregate("FA_SEIZED", 419, "NUMBER", false))).isTrue();
  }

  @Test
  void theProgrammeTotalOfPortSeizuresIsShownAsSuch() {
    assertThat(PageContext.shown(aggregate("CCP_SEIZED_QTY", 1, "KG", true))).isTrue();
    assertThat(PageContext.shown(aggregate("CCP_SEIZURES", 1, "NUMBER", true))).isTrue();
    assertThat(PageContext.shown(aggregate("CCP_SEIZED_QTY", 419, "KG", true)))
        .as("a region is not the programme")
        .isFalse();
  }
}
