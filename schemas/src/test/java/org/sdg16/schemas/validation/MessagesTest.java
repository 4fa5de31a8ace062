package org.sdg16.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.validation.Messages.Lang;

class MessagesTest {

  @Test
  void everyCodeHasAMessageAndWhatWouldPassInAllThreeLanguages() {
    for (FindingCode c : FindingCode.values()) {
      for (Lang l : Lang.values()) {
        assertThat(Messages.of(l).message(c)).as(c + " " + l).isNotBlank();
        assertThat(Messages.of(l).accepted(c)).as(c + " " + l).isNotBlank();
      }
      // one English text: the catalogue repeats the registry's description
      assertThat(Messages.of(Lang.EN).message(c)).as(c.name()).isEqualTo(c.description());
    }
    assertThat(Messages.codeKeys())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(FindingCode.values()).map(Enum::name).toList());
  }

  @Test
  void everyLabelHasAllThreeLanguagesAndFrenchAndSpanishDiffer() {
    for (String k : Messages.labelKeys()) {
      for (Lang l : Lang.values()) {
        assertThat(Messages.of(l).label(k)).as(k + " " + l).isNotBlank();
      }
    }
    assertThat(Messages.of(Lang.FR).label("col.raw_value")).isEqualTo("valeur brute");
    assertThat(Messages.of(Lang.ES).label("col.raw_value")).isEqualTo("valor bruto");
    assertThat(Messages.of(Lang.FR).message(FindingCode.UNKNOWN_AREA))
        .isNotEqualTo(FindingCode.UNKNOWN_AREA.description());
  }

  @Test
  void languagesByCode() {
    assertThat(Lang.of("fr")).contains(Lang.FR);
    assertThat(Lang.of("de")).isEmpty();
  }
}
