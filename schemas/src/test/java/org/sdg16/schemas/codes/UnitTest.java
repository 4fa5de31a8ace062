package org.sdg16.schemas.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void gramsAndTonnesBecomeKilogramsExactly() {
    assertThat(Unit.T.toCanonical(1.5)).isEqualTo(1500.0);
    assertThat(Unit.G.toCanonical(250000)).isEqualTo(250.0);
    assertThat(Unit.G.toCanonical(0.1)).isEqualTo(0.0001);
    assertThat(Unit.T.canonical()).isEqualTo(Unit.KG);
    assertThat(Unit.PIECES.toCanonical(215816580)).isEqualTo(215816580.0);
  }

  @Test
  void commoditiesAcceptOnlyTheirUnits() {
    assertThat(Commodity.COCAINE.accepts(Unit.T)).isTrue();
    assertThat(Commodity.COCAINE.accepts(Unit.PIECES)).isFalse();
    assertThat(Commodity.CIGARETTES.accepts(Unit.PIECES)).isTrue();
    assertThat(Commodity.CIGARETTES.accepts(Unit.KG)).isFalse();
    assertThat(Commodity.STRATEGIC_GOODS.accepts(Unit.CONTAINERS)).isTrue();
    assertThat(Commodity.ALCOHOL.accepts(Unit.L)).isTrue();
    assertThat(Commodity.VEHICLES.accepts(Unit.ITEMS)).isTrue();
    assertThat(Commodity.OTHER.accepts(Unit.L)).isTrue();
  }

  @Test
  void codeListsAreCaseInsensitiveAndTrimmed() {
    assertThat(Codes.FIREARMS_MEASURE.lookup(" seized ")).contains("SEIZED");
    assertThat(Codes.ARM_TYPE.lookup("_t")).contains("_T");
    assertThat(Codes.SEX.lookup("X")).isEmpty();
  }
}
