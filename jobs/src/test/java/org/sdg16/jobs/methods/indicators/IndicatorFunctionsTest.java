package org.sdg16.jobs.methods.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Every series of the registry is computed by its own indicator function: with the facts of {@link
 * IndicatorsTest}, which hold every return, each function gives values of its series only, and the
 * functions together give exactly what {@link Indicators#compute(Facts.All)} gives.
 */
class IndicatorFunctionsTest {

  @Test
  void everySeriesOfTheCatalogueHasAFunctionThatComputesIt() {
    Facts.All facts = IndicatorsTest.facts();
    List<Observation> all = new ArrayList<>();
    for (Series s : SeriesCatalogue.ALL) {
      List<Observation> own = Indicators.compute(s, facts);
      assertThat(own).as(s.code() + " by " + s.function()).isNotEmpty();
      assertThat(own).as(s.code()).allMatch(o -> o.series().equals(s.code()));
      assertThat(own).as(s.code()).allMatch(o -> o.nature().equals(s.nature()));
      all.addAll(own);
    }
    all.sort(Indicators.ORDER);
    assertThat(all).isEqualTo(Indicators.compute(facts));
  }
}
