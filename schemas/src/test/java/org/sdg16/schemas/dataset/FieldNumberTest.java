package org.sdg16.schemas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.validation.FindingCode;

/** Contract §2: numbers and years take ASCII digits only, and nothing tiny becomes 0. */
class FieldNumberTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  static final Field VALUE = Field.reportedValue("value");
  static final Field YEAR = Field.year("year");

  static Field.Parsed parse(Field f, String raw) {
    return f.parse(raw, M49.standard(), TODAY);
  }

  @Test
  void asciiNumbersAreRead() {
    assertThat(parse(VALUE, "1234.5").value()).isEqualTo(1234.5);
    assertThat(parse(VALUE, "1e3").value()).isEqualTo(1000.0);
    assertThat(parse(VALUE, "1e15").value()).isEqualTo(1e15);
    assertThat(parse(YEAR, "2017").value()).isEqualTo(2017);
    assertThat(parse(YEAR, "2017.0").value()).as("as a spreadsheet writes it").isEqualTo(2017);
  }

  @Test
  void otherDigitsAreRefusedInValuesAndYearsAsInDates() {
    // Arabic-Indic ١٢٣ and full-width ２０１７: BigDecimal alone would read them
    Field.Parsed arabic = parse(VALUE, "\u0661\u0662\u0663");
    assertThat(arabic.failed()).isTrue();
    assertThat(arabic.problem().code()).isEqualTo(FindingCode.BAD_NUMBER);
    assertThat(arabic.problem().message()).contains("digits 0-9");
    Field.Parsed wide = parse(YEAR, "\uFF12\uFF10\uFF11\uFF17");
    assertThat(wide.failed()).isTrue();
    assertThat(wide.problem().code()).isEqualTo(FindingCode.BAD_INTEGER);
  }

  @Test
  void aNumberTooSmallForADoubleIsAFindingNotZero() {
    Field.Parsed tiny = parse(VALUE, "1e-400");
    assertThat(tiny.failed()).isTrue();
    assertThat(tiny.problem().message()).contains("too small").contains("not 0");
    assertThat(parse(VALUE, "0").value()).isEqualTo(0.0);
    assertThat(parse(VALUE, "0.000").value()).isEqualTo(0.0);
    assertThat(parse(VALUE, "1e400").problem().message()).contains("out of range");
  }

  @Test
  void aValueAboveTenToTheFifteenIsAFindingOnItsRowNotAnOverflowLater() {
    // BOL,2018,SEIZED,_T,_T,1e308 with TRACED 1e308: 100 × 1e308 / 1e308 overflows to Infinity
    Field.Parsed huge = parse(VALUE, "1e308");
    assertThat(huge.failed()).isTrue();
    assertThat(huge.problem().code()).isEqualTo(FindingCode.VALUE_TOO_LARGE);
    assertThat(huge.problem().message()).contains("1e308").contains("above 10^15");
    assertThat(parse(VALUE, "1000000000000001").problem().code())
        .isEqualTo(FindingCode.VALUE_TOO_LARGE);
  }
}
