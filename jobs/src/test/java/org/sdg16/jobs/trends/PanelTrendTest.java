package org.sdg16.jobs.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.jobs.methods.indicators.Aggregates;
import org.sdg16.jobs.methods.trends.TrendPoint;
import org.sdg16.schemas.output.TrendRow;

/** The trend rows of aggregates (methodology §5): over the constant panel, or none. */
class PanelTrendTest {

  static final Aggregates.Key KEY =
      new Aggregates.Key(
          "VC_ARM_SZTRACE", 5, List.of("_T", "_T", "_T", "_T", "_T", "_T", "_T"), "PT");

  @Test
  void aConstantPanelGivesTheTrendOfItsOwnValues() {
    // 20, 23.33, 26.67, 30 over 2018–2021: Theil–Sen slope = median of pairwise slopes = 10/3 a
    // year
    Aggregates.Panel p =
        new Aggregates.Panel(
            KEY,
            List.of(32, 76, 170),
            List.of(
                TrendPoint.of(2018, 20.0),
                TrendPoint.of(2019, 70.0 / 3),
                TrendPoint.of(2020, 80.0 / 3),
                TrendPoint.of(2021, 30.0)),
            List.of(2018, 2019, 2020, 2021));
    TrendRow t = TrendsJob.analyse(p, null);
    assertThat(t.reportingType()).isEqualTo("G");
    assertThat(t.refArea()).isEqualTo(5);
    assertThat(t.nPoints()).isEqualTo(4);
    assertThat(t.theilSenSlope()).isCloseTo(10.0 / 3, within(1e-9));
    assertThat(t.note()).startsWith(Aggregates.CONSTANT_PANEL);
  }

  @Test
  void aChangingPanelGivesNoTrend() {
    Aggregates.Panel p =
        new Aggregates.Panel(KEY, List.of(76), List.of(), List.of(2018, 2019, 2020));
    TrendRow t = TrendsJob.analyse(p, new TrendsJob.Settings("increase", null, null, 2015));
    assertThat(t.note()).isEqualTo(Aggregates.CHANGING_PANEL);
    assertThat(t.firstYear()).isEqualTo(2018);
    assertThat(t.lastYear()).isEqualTo(2020);
    assertThat(t.theilSenSlope()).isNull();
    assertThat(t.cagr()).isNull();
    assertThat(t.direction()).isNull();
    assertThat(t.progress()).as("no progress class from a changing panel").isNull();
    // but every configured method says it did not assess it, and over which years
    assertThat(t.unChartCategory()).isEqualTo("not assessed: changing panel");
    assertThat(t.escapYears()).isEqualTo("2018–2020");
    assertThat(t.escapCsiCategory()).isEqualTo("not assessed: changing panel");
    assertThat(t.unChartValue()).isNull();
    assertThat(t.progressSentence()).isNull();
  }

  @Test
  void aConstantPanelGetsTheConfiguredMethodsOnly() {
    Aggregates.Panel p =
        new Aggregates.Panel(
            KEY,
            List.of(76),
            List.of(TrendPoint.of(2015, 10), TrendPoint.of(2016, 12), TrendPoint.of(2017, 14)),
            List.of(2015, 2016, 2017));
    TrendRow t =
        TrendsJob.analyse(
            p, new TrendsJob.Settings("increase", null, null, 2015, List.of("eurostat")));
    assertThat(t.statcanCategory()).isNull();
    assertThat(t.eurostatShortCategory()).isNotNull();
    assertThat(t.eurostatLongYears()).isEqualTo("2015–2017");
  }
}
