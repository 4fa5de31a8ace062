package org.sdg16.schemas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDateTest {

  /**
   * The fast path of {@link Field#isoDate} must accept and refuse exactly what LocalDate.parse
   * does.
   */
  @Test
  void theFastIsoDateIsLocalDateParse() {
    for (String s :
        List.of(
            "2017-01-01",
            "2020-02-29",
            "2019-02-29",
            "2017-02-30",
            "2017-13-01",
            "2017-00-10",
            "2017-01-00",
            "0000-01-01",
            "9999-12-31",
            "2017-1-01",
            "2017/01/01",
            "20170101",
            "+2017-01-01",
            "2017-01-0a",
            "２０１７-01-01",
            "2017-01-01T00:00",
            "17-01-01",
            "2017-001-1")) {
      assertThat(outcome(() -> Field.isoDate(s)))
          .as(s)
          .isEqualTo(outcome(() -> LocalDate.parse(s)));
    }
  }

  private static String outcome(java.util.function.Supplier<LocalDate> f) {
    try {
      return f.get().toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }
}
