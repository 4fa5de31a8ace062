package org.sdg16.reports.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EqualEarthTest {

  /**
   * The extent of the map: at the equator and 180°, x = 2·√3·π / (3·A1) = 2.706630 (hand computed
   * from equation (1) with θ = 0); at the pole θ = asin(√3/2) = π/3 and y = A1·θ + A2·θ³ + A3·θ⁷ +
   * A4·θ⁹ = 1.317363 (hand computed). Šavrič et al. (2019) give the width-to-height ratio of the
   * whole map as about 2.05:1; 2.706630 / 1.317363 = 2.0546.
   */
  @Test
  void theMapsExtentIsThePapersAndItsRatio205() {
    double[] east = EqualEarth.project(180, 0);
    double[] pole = EqualEarth.project(0, 90);
    assertThat(east[0]).isCloseTo(2 * Math.sqrt(3) * Math.PI / (3 * 1.340264), within(1e-12));
    assertThat(east[0]).isCloseTo(2.706630, within(1e-6));
    assertThat(east[1]).isZero();
    assertThat(pole[0]).isZero();
    assertThat(pole[1]).isCloseTo(1.317363, within(1e-6));
    assertThat(east[0] / pole[1]).isCloseTo(2.05, within(0.005));
  }

  /**
   * Points against the reference implementation in JavaScript, geoEqualEarthRaw of d3-geo 3.1,
   * evaluated with node on the radians of these degrees.
   */
  @Test
  void pointsAgreeWithD3GeoToTenDecimals() {
    double[][] cases = {
      {-74, 40.7, -0.9818620902, 0.7868414442},
      {103.8, 1.35, 1.5606163362, 0.0273470906},
      {180, -58, 2.0793615190, -1.0608764593},
      {0, 84, 0, 1.3067131389},
      {45, -30, 0.6329254190, -0.5929351198},
    };
    for (double[] c : cases) {
      double[] p = EqualEarth.project(c[0], c[1]);
      assertThat(p[0]).as("x of %s, %s", c[0], c[1]).isCloseTo(c[2], within(1e-9));
      assertThat(p[1]).as("y of %s, %s", c[0], c[1]).isCloseTo(c[3], within(1e-9));
    }
  }

  /**
   * Equal area: a band of latitude covers 2π·(sin φ2 − sin φ1) of the unit sphere, so the bands
   * 0°–30° and 60°–90° cover 0.5 and 1 − √3/2 of a hemisphere (ratio 3.732). Their projected
   * outlines, measured by the shoelace formula, must keep that ratio, and the whole map must cover
   * 4π.
   */
  @Test
  void bandsOfLatitudeKeepTheirShareOfTheSphere() {
    double low = band(0, 30);
    double high = band(60, 90);
    assertThat(low / high).isCloseTo(0.5 / (1 - Math.sqrt(3) / 2), within(1e-3));
    assertThat(band(-90, 90)).isCloseTo(4 * Math.PI, within(1e-3));
    assertThat(low).isCloseTo(2 * Math.PI * 0.5, within(1e-4));
  }

  private static double band(double lat1, double lat2) {
    int n = 2000;
    double[] xy = new double[4 * (n + 1)];
    int k = 0;
    for (int i = 0; i <= n; i++) {
      double[] p = EqualEarth.project(-180, lat1 + (lat2 - lat1) * i / n);
      xy[k++] = p[0];
      xy[k++] = p[1];
    }
    for (int i = n; i >= 0; i--) {
      double[] p = EqualEarth.project(180, lat1 + (lat2 - lat1) * i / n);
      xy[k++] = p[0];
      xy[k++] = p[1];
    }
    return WorldMap.areaAndCentroid(xy)[0];
  }
}
