package org.sdg16.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.TrendRow.ProgressGroup;

/** The report's wording of trends and progress (methodology §6.3). */
class ProgressPartsTest {

  /**
   * A percentage series over {@code n} years with a trend test, or none when {@code mkP} is null.
   */
  private static TrendRow row(int n, String direction, Double mkP, Double slope, String note) {
    return new TrendRow(
        "VC_ARM_SZTRACE",
        276,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        "N",
        n,
        2015,
        2014 + n,
        null,
        null,
        null,
        null,
        slope,
        null,
        null,
        0.0,
        mkP == null ? null : 2.0,
        null,
        null,
        mkP,
        direction,
        null,
        null,
        null,
        note);
  }

  private static TrendRow withMethods(TrendRow r, String sentence, ProgressGroup... groups) {
    List<ProgressGroup> g = Arrays.asList(new ProgressGroup[TrendRow.Method.values().length]);
    for (int i = 0; i < groups.length; i++) {
      g.set(i, groups[i]);
    }
    return r.withProgress("percentage points a year", g, sentence);
  }

  @Test
  void aSlopeCarriesItsUnitAndTheTestItsPValue() {
    TrendRow t = row(9, "no significant trend", 0.919, -0.25, "no_cagr_for_percentage_or_ratio");
    assertThat(ProgressParts.trend(withMethods(t, null)))
        .isEqualTo(
            "no significant trend (Mann–Kendall p = 0.92); Theil–Sen slope -0.25 percentage points"
                + " a year");
    // a row written before slope_unit existed still gets a unit
    assertThat(ProgressParts.slope(t)).isEqualTo("-0.25 percentage points a year");
  }

  @Test
  void twoPointsGiveNoTrendTestAndTheSentenceSaysSo() {
    String sentence =
        "on track or target met (UN Progress Chart); too few points for a trend test (Mann–Kendall"
            + " needs 3)";
    TrendRow t =
        withMethods(
            row(2, null, null, null, "insufficient_points"),
            sentence,
            null,
            new ProgressGroup(
                2.5, "percentage points a year", "on track or target met", "green", "2015–2016"));
    assertThat(ProgressParts.trend(t)).isEqualTo("too few years for a trend test (2; it needs 3)");
    // the sentence already names the missing test: it stands alone, with no "no trend" beside it
    assertThat(ProgressParts.summary(t)).isEqualTo(sentence);
  }

  @Test
  void aSeriesNoMethodCouldAssessSaysWhy() {
    TrendRow t =
        withMethods(
            row(9, "no significant trend", 0.5, 0.1, null),
            null,
            new ProgressGroup(null, null, "not assessed: changing panel", "n/a", "2015–2023"));
    assertThat(ProgressParts.progress(t)).isEqualTo("progress not assessed: changing panel");
    assertThat(ProgressParts.progress(withMethods(t, null))).isNull();
  }

  @Test
  void theTableGivesEachMethodWithTheTrendTestBesideIt() {
    TrendRow t =
        withMethods(
            row(9, "no significant trend", 0.919, -0.02, null),
            "x",
            null,
            null,
            new ProgressGroup(
                -0.02,
                "percentage points a year",
                "moderate movement away from the SD objectives",
                "↘",
                "2015–2023"),
            null,
            new ProgressGroup(
                0.4,
                "anticipated share of the required change",
                "accelerate progress to achieve target",
                "yellow",
                "2015–2023"));
    TableView v =
        ProgressParts.table("c", "Country", List.of(new ProgressParts.Labelled("Brazil", null, t)));
    assertThat(v.rows()).hasSize(2);
    List<String> first = v.rows().get(0).cells().stream().map(View.Cell::text).toList();
    assertThat(first)
        .containsExactly(
            "Brazil",
            "Eurostat long-term",
            "↘ moderate movement away from the SD objectives",
            "-0.02 percentage points a year",
            "2015–2023",
            "not statistically significant (p = 0.92)");
    View.Cell escap = v.rows().get(1).cells().get(2);
    assertThat(escap.text()).isEqualTo("● accelerate progress to achieve target");
    assertThat(escap.cls()).isEqualTo("sym sym-yellow");
    assertThat(v.rows().get(1).cells().get(3).text())
        .isEqualTo("0.40 (anticipated share of the required change)");
    // no configured method: no table
    assertThat(
            ProgressParts.table(
                "c",
                "Country",
                List.of(
                    new ProgressParts.Labelled("Brazil", null, row(9, null, null, null, null)))))
        .isNull();
  }
}
