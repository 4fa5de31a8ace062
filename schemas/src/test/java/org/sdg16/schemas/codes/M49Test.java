package org.sdg16.schemas.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class M49Test {

  private final M49 m49 = M49.standard();

  @Test
  void resolvesNumericCodesWithOrWithoutLeadingZerosAndIso3InAnyCase() {
    assertThat(m49.resolve("8")).get().extracting(M49.Area::iso3).isEqualTo("ALB");
    assertThat(m49.resolve("008")).get().extracting(M49.Area::m49).isEqualTo(8);
    assertThat(m49.resolve(" bol ")).get().extracting(M49.Area::m49).isEqualTo(68);
    assertThat(m49.resolve("484.0")).get().extracting(M49.Area::iso3).isEqualTo("MEX");
  }

  @Test
  void regionsAndUnknownCodesDoNotResolveAsCountries() {
    assertThat(m49.resolve("XYZ")).isEmpty();
    assertThat(m49.resolve("419")).isEmpty(); // Latin America and the Caribbean is a region
    assertThat(m49.resolve("1")).isEmpty();
    assertThat(m49.resolve("")).isEmpty();
    assertThat(m49.resolve("99999")).isEmpty();
  }

  @Test
  void listIsCompleteAndConsistent() {
    // UNSD M49 overview as of 2026 lists 248 countries or areas (Sark and the Channel Islands
    // grouping were withdrawn from the list)
    assertThat(m49.areas()).hasSize(248);
    for (M49.Area a : m49.areas()) {
      for (int g : a.groupings()) {
        assertThat(g == M49.WORLD || m49.region(g).isPresent())
            .as("grouping %d of %s is a known region", g, a.name())
            .isTrue();
      }
    }
    assertThat(m49.region(M49.WORLD))
        .get()
        .extracting(M49.Region::kind)
        .isEqualTo(M49.RegionKind.WORLD);
  }

  @Test
  void sdgRegionalGroupingsFollowTheSdgDatabase() {
    assertThat(m49.resolve("AUS").orElseThrow().groupings()).contains(1, 9, 53).doesNotContain(543);
    assertThat(m49.resolve("FJI").orElseThrow().groupings()).contains(1, 9, 54, 543);
    assertThat(m49.resolve("EGY").orElseThrow().sdgRegion()).isEqualTo(747);
    assertThat(m49.resolve("IND").orElseThrow().sdgRegion()).isEqualTo(62);
    assertThat(m49.resolve("CHN").orElseThrow().sdgRegion()).isEqualTo(753);
    assertThat(m49.resolve("USA").orElseThrow().sdgRegion()).isEqualTo(513);
    assertThat(m49.resolve("NGA").orElseThrow().groupings()).containsExactly(1, 2, 202, 11);
    assertThat(m49.resolve("BOL").orElseThrow().groupings()).containsExactly(1, 19, 419, 5);
  }

  @Test
  void officialEnglishNamesMatchForOpenSdgFiles() {
    assertThat(m49.byOfficialName("Bolivia (Plurinational State of)"))
        .get()
        .extracting(M49.Area::m49)
        .isEqualTo(68);
    assertThat(m49.byOfficialName("  united kingdom of great britain and northern ireland "))
        .get()
        .extracting(M49.Area::iso3)
        .isEqualTo("GBR");
    assertThat(m49.byOfficialName("Côte d'Ivoire"))
        .get()
        .extracting(M49.Area::iso3)
        .isEqualTo("CIV");
  }
}
