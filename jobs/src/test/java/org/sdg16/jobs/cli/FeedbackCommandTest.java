package org.sdg16.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code sdg16 feedback}'s refusals, which come before any Spark session (contract §3.2). */
class FeedbackCommandTest {

  private static String[] run(String... args) {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    return new String[] {Integer.toString(code), err.toString()};
  }

  @Test
  void aLanguageOutsideTheCatalogueIsABadCommandLine() {
    String[] r = run("feedback", "--lang", "de");
    assertThat(r[0]).isEqualTo(Integer.toString(Main.USAGE));
    assertThat(r[1]).contains("[--lang]").contains("'de' is not en, fr or es");
  }

  @Test
  void anAreaThatNamesNoCountryIsABadCommandLine() {
    String[] r = run("feedback", "--area", "KEN", "XYZ");
    assertThat(r[0]).isEqualTo(Integer.toString(Main.USAGE));
    assertThat(r[1]).contains("[--area]").contains("'XYZ'");
  }
}
