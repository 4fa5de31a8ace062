package org.sdg16.reports.map;

/**
 * The Equal Earth projection, an equal-area pseudocylindrical projection of the world: B. Šavrič,
 * T. Patterson and B. Jenny, "The Equal Earth map projection", International Journal of
 * Geographical Information Science 33(3), 2019, pp. 454–465, equations (1)–(3) with the
 * coefficients of its table 1.
 */
public final class EqualEarth {

  private EqualEarth() {}

  static final double A1 = 1.340264;
  static final double A2 = -0.081106;
  static final double A3 = 0.000893;
  static final double A4 = 0.003796;
  private static final double M = Math.sqrt(3) / 2;

  /**
   * The projected point of a longitude and latitude in degrees, on a sphere of radius 1: x
   * eastwards from the central meridian (±2.7066 at ±180°), y northwards from the equator (±1.3174
   * at the poles).
   */
  public static double[] project(double lonDeg, double latDeg) {
    double lambda = Math.toRadians(lonDeg);
    double theta = Math.asin(M * Math.sin(Math.toRadians(latDeg)));
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    double x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return new double[] {x, y};
  }
}
