package org.sdg16.reports.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.TestInputs;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Page;
import org.sdg16.schemas.output.Observation;

/**
 * No table or chart mixes units under one caption (issue #20): the whole site of the test input,
 * whose port seizures are in kg, containers and pieces, renders with every builder's check passing,
 * its quantities one table per unit; and an input with a value in another unit fails, naming the
 * caption.
 */
class UnitsTest {

  @Test
  void theSiteRendersAndEachCountrysQuantitiesAreOneTablePerUnit() {
    Site site = new Site(TestInputs.small());
    List<Page> pages = site.render().countries();
    Page kenya =
        pages.stream().filter(p -> p.file().equals("country/404.html")).findFirst().orElseThrow();
    List<String> captions = new ArrayList<>();
    for (Block b : kenya.blocks()) {
      if (b.table() != null) {
        captions.add(b.table().caption());
      }
    }
    // "Quantity seized by commodity (kg; project series)", "(containers; …)", "(pieces; …)"
    List<String> units = new ArrayList<>();
    Pattern p = Pattern.compile("^Quantit.*\\(([^;]+);");
    for (String c : captions) {
      Matcher m = p.matcher(c);
      if (m.find()) {
        units.add(m.group(1));
      }
    }
    assertThat(units)
        .as(captions.toString())
        .containsExactlyInAnyOrder("kg", "containers", "pieces");
  }

  @Test
  void aValueInAnotherUnitUnderTheSameCaptionFails() {
    ReportInput in = TestInputs.small();
    List<Observation> obs = new ArrayList<>();
    boolean changed = false;
    for (Observation o : in.observations()) {
      if (!changed
          && o.series().equals("VC_ARM_SZTRACE")
          && o.refArea() == 484
          && "N".equals(o.reportingType())) {
        o = TestInputs.withUnit(o, "NUMBER");
        changed = true;
      }
      obs.add(o);
    }
    assertThat(changed).isTrue();
    ReportInput mixed = TestInputs.with(in, obs, in.run());
    assertThatThrownBy(() -> new Site(mixed).render())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would mix units: PT and NUMBER");
  }

  @Test
  void theCheckNamesTheCaptionAndBothUnits() {
    Observation kg = TestInputs.small().observations().get(0);
    assertThatThrownBy(
            () ->
                Units.check(
                    "KG",
                    List.of(TestInputs.withUnit(kg, "KG"), TestInputs.withUnit(kg, "L")),
                    "Heroin"))
        .hasMessage("\"Heroin\" would mix units: KG and L");
    assertThat(Units.of(List.of(TestInputs.withUnit(kg, "KG")), "x")).isEqualTo("KG");
    assertThat(Units.of(List.of(), "x")).isNull();
  }
}
