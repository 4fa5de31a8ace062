package org.sdg16.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.codes.M49;

class PopulationReferenceTest {

  private final PopulationReference ref = PopulationReference.worldBank();

  /** The 48 aggregates of the World Bank's March 2026 file (regions, income and lending groups). */
  private static final Set<String> AGGREGATES =
      Set.of(
          "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS",
          "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY",
          "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF",
          "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD");

  @Test
  void mapsIso3ToM49WithTheValueOfTheFile() {
    // population-worldbank.csv, data row 10006: Mexico,MEX,2020,126799054
    assertThat(ref.population(484, 2020)).isCloseTo(126_799_054.0, within(0.0));
    // Kenya,KEN,2017,49197766 and Albania,ALB,1960,1608800
    assertThat(ref.population(404, 2017)).isCloseTo(49_197_766.0, within(0.0));
    assertThat(ref.population(8, 1960)).isCloseTo(1_608_800.0, within(0.0));
    assertThat(ref.entries())
        .filteredOn(e -> e.m49() == 484 && e.year() == 2020)
        .singleElement()
        .extracting(PopulationReference.Entry::row)
        .isEqualTo(10006);
  }

  @Test
  void leavesOutTheAggregatesAndTheTwoEconomiesM49DoesNotHold() {
    assertThat(ref.leftOut()).containsKeys("WLD", "EUU", "SSF", "HIC");
    Set<String> notAggregates =
        ref.leftOut().keySet().stream()
            .filter(c -> !AGGREGATES.contains(c))
            .collect(Collectors.toSet());
    assertThat(notAggregates)
        .as("non-aggregate codes without an M49 area")
        .containsExactlyInAnyOrder("XKX", "CHI");
    assertThat(ref.leftOut())
        .hasSize(50)
        .containsEntry("XKX", "Kosovo")
        .containsEntry("CHI", "Channel Islands");
    // no value of an aggregate slipped in: every area is an M49 country or area
    assertThat(ref.entries()).allSatisfy(e -> assertThat(M49.standard().area(e.m49())).isPresent());
    assertThat(ref.population(M49.WORLD, 2020)).isNull();
  }

  @Test
  void coversTheEconomiesOfTheFileThatM49Holds() {
    // 265 codes in the file, 50 left out: 215 areas, 13,945 area-years (some series start after
    // 1960)
    assertThat(ref.entries().stream().map(PopulationReference.Entry::m49).distinct()).hasSize(215);
    assertThat(ref.entries()).hasSize(13_945);
    assertThat(ref.lastYear()).isEqualTo(2024);
  }

  @Test
  void missingIsNullNotZero() {
    assertThat(ref.population(484, 2025)).as("after the last reference year").isNull();
    assertThat(ref.population(831, 2020))
        .as("Guernsey: in M49, not in the World Bank file")
        .isNull();
    assertThat(ref.entries()).allSatisfy(e -> assertThat(e.population()).isPositive());
  }

  @Test
  void namesItsSource() {
    assertThat(ref.source())
        .isEqualTo(
            "World Bank, World Development Indicators, SP.POP.TOTL, March 2026 vintage, ODC PDDL");
  }

  @Test
  void m49FindsAreasByIso3() {
    assertThat(M49.standard().byIso3(" mex ")).get().extracting(M49.Area::m49).isEqualTo(484);
    assertThat(M49.standard().byIso3("WLD")).isEmpty();
    assertThat(M49.standard().byIso3(null)).isEmpty();
  }
}
