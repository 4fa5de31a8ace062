package org.sdg16.reports.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.map.MapSpec.Area;
import org.sdg16.reports.map.MapSpec.Value;

class MapSpecTest {

  private static MapSpec of(double... values) {
    List<Value> v = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      v.add(new Value(100 + i, "C" + (char) ('a' + i), 2023, values[i]));
    }
    return MapSpec.choropleth(
        "m", "t", null, "%", v, x -> String.format(Locale.ROOT, "%.1f", x), "s");
  }

  /** Ten values cut into five classes of two, labelled with their lowest and highest value. */
  @Test
  void tenValuesMakeFiveClassesOfTwo() {
    MapSpec m = of(9, 1, 2, 3, 4, 5, 6, 7, 8, 10);
    assertThat(m.legend())
        .extracting(MapSpec.Key::label)
        .containsExactly(
            "1.0 \u2013 2.0",
            "3.0 \u2013 4.0",
            "5.0 \u2013 6.0",
            "7.0 \u2013 8.0",
            "9.0 \u2013 10.0");
    assertThat(m.areas()).filteredOn(a -> a.value() == 9).extracting(Area::key).containsExactly(4);
    // five steps of the palette, lightest for the lowest class
    assertThat(m.legend().get(0).colour()).isEqualTo(MapSpec.SEQUENTIAL.get(0));
    assertThat(m.legend().get(4).colour()).isEqualTo(MapSpec.SEQUENTIAL.get(4));
  }

  /** Equal values share a class, even where the cut would part them. */
  @Test
  void equalValuesShareAClass() {
    MapSpec m = of(1, 2, 2, 2, 3, 4, 5, 6, 7, 8);
    assertThat(m.areas()).filteredOn(a -> a.value() == 2).extracting(Area::key).containsOnly(0);
    assertThat(m.legend().get(0).label()).isEqualTo("1.0 \u2013 2.0");
  }

  /**
   * Values are classed as shown: 0.676 and 0.679, both shown as "0.7" with one decimal, share a
   * class, so that a legend never puts one shown value in two classes.
   */
  @Test
  void valuesShownAlikeShareAClass() {
    MapSpec m = of(0.1, 0.3, 0.5, 0.676, 0.679, 0.9, 1.1, 1.3, 1.5, 1.7);
    int a = m.areas().stream().filter(x -> x.value() == 0.676).findFirst().get().key();
    int b = m.areas().stream().filter(x -> x.value() == 0.679).findFirst().get().key();
    assertThat(a).isEqualTo(b);
    assertThat(m.legend().get(a).label()).endsWith("0.7");
  }

  /** Fewer distinct values than five: one class each, the palette's ends used. */
  @Test
  void twoDistinctValuesMakeTwoClasses() {
    MapSpec m = of(4, 4, 7);
    assertThat(m.legend()).extracting(MapSpec.Key::label).containsExactly("4.0", "7.0");
    assertThat(m.legend().get(1).colour()).isEqualTo(MapSpec.SEQUENTIAL.get(4));
    assertThat(m.areas()).extracting(Area::key).containsExactly(0, 0, 1);
  }

  @Test
  void aSingleValueIsOneClassInTheDarkestStep() {
    MapSpec m = of(12.5);
    assertThat(m.legend()).extracting(MapSpec.Key::label).containsExactly("12.5");
    assertThat(m.legend().get(0).colour()).isEqualTo(MapSpec.SEQUENTIAL.get(4));
  }

  /**
   * The boundaries hold the countries of the world with their M49 codes, and dots for the small.
   */
  @Test
  void theWorldHasMexicoAsAnOutlineAndSingaporeAsADot() {
    WorldMap w = WorldMap.WORLD;
    assertThat(w.shapes()).hasSizeGreaterThan(170);
    assertThat(w.shapes()).anyMatch(s -> Integer.valueOf(484).equals(s.m49()));
    assertThat(w.shapes()).noneMatch(s -> Integer.valueOf(10).equals(s.m49())); // Antarctica
    assertThat(w.dots()).containsKey(702);
    // Mexico's anchor lies west of Brazil's and north of it
    assertThat(w.anchor(484).x).isLessThan(w.anchor(76).x);
    assertThat(w.anchor(484).y).isGreaterThan(w.anchor(76).y);
    assertThat(w.has(999)).isFalse();
    assertThat(w.disclaimer()).contains("do not imply official endorsement");
  }
}
