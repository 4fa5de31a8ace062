package org.sdg16.schemas.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

  private static final String HYPERLINK = "=HYPERLINK(\"http://example.org/x\",\"click\")";

  @Test
  void formulaLikeTextGetsAQuote() {
    for (String s :
        new String[] {
          HYPERLINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "-"
        }) {
      assertThat(Escaping.text(s)).as(s).isEqualTo("'" + s);
    }
  }

  @Test
  void numbersStayNumbers() {
    for (String n : new String[] {"-3", "-12.5", "+1.5", "-2.5E3", "-.5", "0", "1e-7"}) {
      assertThat(Escaping.text(n)).as(n).isEqualTo(n);
      assertThat(Escaping.isPlainNumber(n)).as(n).isTrue();
    }
  }

  @Test
  void ordinaryTextIsUnchanged() {
    assertThat(Escaping.text("covers SEIZED only = partial"))
        .isEqualTo("covers SEIZED only = partial");
    assertThat(Escaping.text("_T")).isEqualTo("_T");
    assertThat(Escaping.text("")).isEmpty();
    assertThat(Escaping.text(null)).isNull();
    assertThat(Escaping.needsEscape("1+1")).isFalse();
  }

  @Test
  void numbersArePrintedPlain() {
    assertThat(Numbers.plain(22.91)).isEqualTo("22.91");
    assertThat(Numbers.plain(215816580.0)).isEqualTo("215816580");
    assertThat(Numbers.plain(1.5e9)).isEqualTo("1500000000");
    assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Numbers.plain(-12.5)).isEqualTo("-12.5");
    assertThat(Numbers.plain(100.0)).isEqualTo("100");
    assertThat(Numbers.plain(-0.0)).isEqualTo("0");
    assertThat(Numbers.plain((Double) null)).isEmpty();
    assertThat(Numbers.plain(Double.NaN)).isEmpty();
    assertThat(Numbers.plain((Integer) null)).isEmpty();
    assertThat(Numbers.plain(2016)).isEqualTo("2016");
  }
}
