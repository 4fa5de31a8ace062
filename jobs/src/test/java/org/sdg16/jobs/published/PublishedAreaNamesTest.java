package org.sdg16.jobs.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.codes.M49;

class PublishedAreaNamesTest {

  private final AreaNames names = new AreaNames(M49.standard());

  @Test
  void officialNamesAndRegionsMatchWithoutCaseAccentsOrSpaces() {
    assertThat(names.resolve("Naoero")).contains(520);
    assertThat(names.resolve("Türkiye")).contains(792);
    assertThat(names.resolve("turkiye")).contains(792);
    assertThat(names.resolve("Côte d’Ivoire")).contains(384);
    assertThat(names.resolve("cote d'ivoire")).contains(384);
    assertThat(names.resolve("Bolivia (Plurinational State of)")).contains(68);
    assertThat(names.resolve(" World ")).contains(1);
    assertThat(names.resolve("Latin America and the Caribbean")).contains(419);
    assertThat(names.resolve("Micronesia (Federated States of)")).contains(583);
    assertThat(names.resolve("Narnia")).isEmpty();
    assertThat(names.resolve("")).isEmpty();
    assertThat(names.resolve(null)).isEmpty();
  }

  @Test
  void commonAlternativeNames() {
    assertThat(names.resolve("Nauru")).contains(520);
    assertThat(names.resolve("Bolivia")).contains(68);
    assertThat(names.resolve("Turkey")).contains(792);
    assertThat(names.resolve("Netherlands")).contains(528);
  }

  @Test
  void everyAliasNamesAnAreaOfTheShippedList() {
    for (Map.Entry<String, Integer> e : AreaNames.ALIASES.entrySet()) {
      assertThat(M49.standard().area(e.getValue())).as(e.getKey()).isPresent();
      assertThat(names.resolve(e.getKey())).as(e.getKey()).contains(e.getValue());
    }
  }
}
