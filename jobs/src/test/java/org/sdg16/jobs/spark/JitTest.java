package org.sdg16.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.JMException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The switch from C1+C2 to C1 alone for the output stages (launcher mode {@code mixed}). */
class JitTest {

  private int added;

  @AfterEach
  void removeWhatWasAdded() throws JMException {
    for (; added > 0; added--) {
      Jit.command("compilerDirectivesRemove");
    }
    System.clearProperty(Jit.PROPERTY);
  }

  private static String directives() throws JMException {
    return String.valueOf(Jit.command("compilerDirectivesPrint"));
  }

  @Test
  void theDirectiveExcludesC2ForEveryMethodAndNotC1() throws JMException {
    assertThat(directives()).doesNotContain("Exclude:true");
    assertThat(Jit.addDirective(Jit.NO_C2)).isTrue();
    added++;
    String printed = directives();
    // the added directive comes first: its c1 part is not enabled (C1 keeps the defaults), its
    // c2 part excludes every method
    String mine = printed.substring(0, printed.indexOf("Directive: (default)"));
    assertThat(mine).contains("matching: *.*");
    assertThat(mine.substring(mine.indexOf("c1 directives"), mine.indexOf("c2 directives")))
        .contains("Enable:false").doesNotContain("Exclude:true");
    assertThat(mine.substring(mine.indexOf("c2 directives"))).contains("Enable:true Exclude:true");
  }

  @Test
  void aTextTheJvmRefusesAddsNothing() throws JMException {
    assertThat(Jit.addDirective("[{ match: \"*.*\", c2: { NoSuchOption: true } }]")).isFalse();
    assertThat(directives()).doesNotContain("Exclude:true").containsOnlyOnce("Directive:");
  }

  @Test
  void onlyInMixedModeAndOnlyOnce() throws JMException {
    System.setProperty(Jit.PROPERTY, "full");
    assertThat(Jit.quickFromHere()).isFalse();
    assertThat(directives()).doesNotContain("Exclude:true");
    System.setProperty(Jit.PROPERTY, Jit.MIXED);
    assertThat(Jit.quickFromHere()).isTrue();
    added++;
    assertThat(directives()).contains("Exclude:true");
    assertThat(Jit.quickFromHere()).isFalse();
    assertThat(directives()).containsOnlyOnce("Exclude:true");
  }
}
