package org.sdg16.schemas.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry holds one entry per series, each with its indicator function and SDMX mapping. */
class SeriesCatalogueTest {

  @Test
  void everySeriesHasItsOwnIndicatorFunctionAndEveryFunctionASeries() {
    Set<IndicatorFunction> used = EnumSet.noneOf(IndicatorFunction.class);
    for (Series s : SeriesCatalogue.ALL) {
      assertThat(s.function()).as(s.code()).isNotNull();
      assertThat(used.add(s.function())).as(s.code() + " shares " + s.function()).isTrue();
    }
    assertThat(used).isEqualTo(EnumSet.allOf(IndicatorFunction.class));
  }

  @Test
  void codesAreUniqueAndFoundByCode() {
    assertThat(SeriesCatalogue.ALL.stream().map(Series::code).distinct())
        .hasSameSizeAs(SeriesCatalogue.ALL);
    for (Series s : SeriesCatalogue.ALL) {
      assertThat(SeriesCatalogue.byCode(s.code())).containsSame(s);
    }
  }

  @Test
  void exactlyTheOfficialSeriesHaveAnSdmxMapping() {
    for (Series s : SeriesCatalogue.ALL) {
      assertThat(s.sdmx() != null).as(s.code()).isEqualTo(s.official());
    }
    // methodology §7: the SDMX file holds VC_ARM_SZTRACE and VC_HTF_DETV
    assertThat(SeriesCatalogue.official().stream().map(Series::code))
        .containsExactly(SeriesCatalogue.VC_ARM_SZTRACE, SeriesCatalogue.VC_HTF_DETV);
  }

  @Test
  void victimsGoOutAsTheSdgSeriesOfTheirFormOfExploitation() {
    // methodology §7, table "form of exploitation | SDG series"
    SdmxSeries m = SeriesCatalogue.byCode(SeriesCatalogue.VC_HTF_DETV).orElseThrow().sdmx();
    assertThat(m.seriesOf("_T")).contains("VC_HTF_DETV");
    assertThat(m.seriesOf("SEXUAL")).contains("VC_HTF_DETVSX");
    assertThat(m.seriesOf("FORCED_LABOUR")).contains("VC_HTF_DETVFL");
    assertThat(m.seriesOf("ORGAN_REMOVAL")).contains("VC_HTF_DETVOG");
    assertThat(m.seriesOf("OTHER")).contains("VC_HTF_DETVOP");
    assertThat(m.seriesOf("BEGGING")).isEmpty();
    assertThat(m.exploitationOf("VC_HTF_DETVOG")).contains("ORGAN_REMOVAL");
    assertThat(m.exploitationOf("VC_HTF_DETV")).contains("_T");
    assertThat(m.codes())
        .containsExactly(
            "VC_HTF_DETV", "VC_HTF_DETVFL", "VC_HTF_DETVOG", "VC_HTF_DETVOP", "VC_HTF_DETVSX");
    SdmxSeries traced = SeriesCatalogue.byCode(SeriesCatalogue.VC_ARM_SZTRACE).orElseThrow().sdmx();
    assertThat(traced.codes()).containsExactly("VC_ARM_SZTRACE");
    assertThat(traced.seriesOf("SEXUAL")).isEmpty();
  }

  @Test
  void anSdmxMappingRejectsABlankCodeAndATotalForm() {
    assertThatThrownBy(() -> SdmxSeries.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SdmxSeries("X", Map.of("_T", "Y")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
