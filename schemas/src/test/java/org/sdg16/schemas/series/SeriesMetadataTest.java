package org.sdg16.schemas.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every series of the registry has its metadata file, with every field filled (contract §4.4). */
class SeriesMetadataTest {

  @Test
  void everySeriesOfTheCatalogueHasEveryMetadataFieldFilled() {
    List<SeriesMetadata> all = SeriesMetadata.all();
    assertThat(all).hasSameSizeAs(SeriesCatalogue.ALL);
    for (int i = 0; i < all.size(); i++) {
      SeriesMetadata m = all.get(i);
      assertThat(m.series()).isEqualTo(SeriesCatalogue.ALL.get(i).code());
      assertThat(m.fields()).hasSize(11);
      m.fields().forEach((k, v) -> assertThat(v).as(m.series() + ": " + k).isNotBlank());
      assertThat(m.lastUpdate()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void projectSeriesSayTheyAreNotOfficialAndOfficialOnesCiteTheUnMetadata() {
    for (Series s : SeriesCatalogue.ALL) {
      SeriesMetadata m = SeriesMetadata.of(s.code());
      if (s.official()) {
        assertThat(m.definition())
            .as(s.code())
            .startsWith("Official SDG series of indicator " + s.indicator());
        assertThat(m.reference())
            .as(s.code())
            .contains("UN SDG metadata repository, indicator " + s.indicator().replace('.', '-'))
            .contains("metadata update");
      } else {
        assertThat(m.definition()).as(s.code()).contains("not an official SDG series");
        assertThat(m.reference()).as(s.code()).contains("docs/methodology.md " + s.section());
      }
    }
  }

  @Test
  void theOfficialDefinitionsAreThoseOfTheUnMetadata() {
    // UN SDG metadata 16-4-2 (update 2018-07-26), 2.a. Definition; 16-2-2 (update 2023-03-31),
    // 2.a. Definition; 0.g custodians
    assertThat(SeriesMetadata.of("VC_ARM_SZTRACE").definition())
        .contains(
            "proportion of seized, found or surrendered arms whose illicit origin or context has"
                + " been traced or established by a competent authority in line with international"
                + " instruments");
    assertThat(SeriesMetadata.of("VC_ARM_SZTRACE").custodian()).startsWith("UNODC and UNODA");
    assertThat(SeriesMetadata.of("VC_HTF_DETV").definition())
        .contains(
            "the ratio between the total number of victims of trafficking in persons in a country"
                + " and the population resident in that country, expressed per 100,000 population");
    assertThat(SeriesMetadata.of("VC_HTF_DETV").custodian())
        .startsWith("United Nations Office on Drugs and Crime (UNODC)");
  }

  @Test
  void everyMetadataFileBelongsToASeriesOfTheCatalogue() throws Exception {
    for (Series s : SeriesCatalogue.ALL) {
      try (InputStream in =
          SeriesMetadata.class.getResourceAsStream(SeriesMetadata.FOLDER + s.code() + ".yaml")) {
        assertThat(in).as(s.code()).isNotNull();
      }
    }
    assertThatThrownBy(() -> SeriesMetadata.of("NO_SUCH_SERIES"))
        .hasMessageContaining("not in the catalogue");
  }

  @Test
  void aFieldLeftEmptyIsRefused() {
    assertThatThrownBy(
            () ->
                new SeriesMetadata(
                    "X",
                    "d",
                    "u",
                    "c",
                    "dis",
                    " ",
                    "agg",
                    "src",
                    "cust",
                    "comp",
                    "2026-12-07",
                    "ref"))
        .hasMessageContaining("missing_values");
  }
}
