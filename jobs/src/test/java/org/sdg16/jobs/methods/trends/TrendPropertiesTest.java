package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties the estimators of methodology §6 must have on any series (seeded random series). */
class TrendPropertiesTest {

  private static final long SEED = 0x5D616L;

  /** Years from 2000 with random gaps of 1 to 3 years. */
  private static int[] years(SplittableRandom random, int n) {
    int[] years = new int[n];
    years[0] = 2000 + random.nextInt(5);
    for (int i = 1; i < n; i++) {
      years[i] = years[i - 1] + 1 + random.nextInt(3);
    }
    return years;
  }

  /**
   * Sen's slope is the median of the pairwise slopes and S counts their signs, so S &gt; 0 (more
   * rising than falling pairs) cannot go with a negative median, nor S &lt; 0 with a positive one;
   * without ties (continuous values) no slope is 0 and the signs are equal whenever S ≠ 0.
   */
  @Test
  void theilSenSlopeAndSHaveTheSameSign() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int trial = 0; trial < 3000; trial++) {
      int n = 3 + random.nextInt(23);
      int[] years = years(random, n);
      double trend = random.nextDouble(-2, 2);
      boolean tied = trial % 2 == 1;
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double v = trend * i + random.nextDouble(-10, 10);
        y[i] = tied ? Math.round(v / 4) : v;
      }
      long s = MannKendall.s(y);
      double slope = TheilSen.estimate(years, y, MannKendall.variance(y)).slope();
      assertThat(Math.signum(slope) * Math.signum(s))
          .as("trial %d", trial)
          .isGreaterThanOrEqualTo(0);
      if (!tied && s != 0) {
        assertThat(Math.signum(slope)).as("trial %d", trial).isEqualTo(Math.signum(s));
      }
    }
  }

  /**
   * Reversing time (year → first + last − year, which keeps the gaps) negates every pairwise slope:
   * S, tau and Sen's slope change sign, Var(S) and p stay, the interval is mirrored.
   */
  @Test
  void reversingTimeFlipsTheSigns() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int trial = 0; trial < 500; trial++) {
      int n = 3 + random.nextInt(15);
      int[] years = years(random, n);
      List<TrendPoint> forward = new ArrayList<>();
      List<TrendPoint> backward = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double v =
            Math.round(random.nextDouble(0, 50)) + (trial % 3 == 0 ? 0.0 : random.nextDouble());
        forward.add(TrendPoint.of(years[i], v));
        backward.add(TrendPoint.of(years[0] + years[n - 1] - years[i], v));
      }
      TrendStats f = TrendAnalysis.analyse(forward, null);
      TrendStats b = TrendAnalysis.analyse(backward, null);
      assertThat(b.mkS()).isEqualTo(-f.mkS());
      assertThat(b.mkTau()).isEqualTo(-f.mkTau());
      assertThat(b.mkVar()).isEqualTo(f.mkVar());
      assertThat(b.mkP()).isCloseTo(f.mkP(), within(1e-15));
      assertThat(b.theilSenSlope()).isEqualTo(-f.theilSenSlope());
      if (f.theilSenLo() != null) {
        assertThat(b.theilSenLo()).isCloseTo(-f.theilSenHi(), within(1e-9));
        assertThat(b.theilSenHi()).isCloseTo(-f.theilSenLo(), within(1e-9));
      } else {
        assertThat(b.theilSenLo()).isNull();
      }
    }
  }

  /**
   * For y = y0·g^(t − t0), with gaps, CAGR = log-linear rate = g − 1 and the interval collapses.
   */
  @Test
  void cagrAndLogLinearAgreeOnGeometricSeries() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int trial = 0; trial < 500; trial++) {
      int n = 3 + random.nextInt(20);
      int[] years = years(random, n);
      double g = random.nextDouble(0.7, 1.3);
      double y0 = random.nextDouble(1, 1e6);
      List<TrendPoint> points = new ArrayList<>();
      for (int year : years) {
        points.add(TrendPoint.of(year, y0 * Math.pow(g, year - years[0])));
      }
      TrendStats s = TrendAnalysis.analyse(points, null);
      assertThat(s.cagr()).isCloseTo(g - 1, within(1e-10));
      assertThat(s.loglinearRate()).isCloseTo(s.cagr(), within(1e-10));
      assertThat(s.loglinearRateHi() - s.loglinearRateLo()).isLessThan(1e-9);
    }
  }

  /** On an exact line y = a + b·t Sen's slope is b and Sen's intercept a. */
  @Test
  void theilSenRecoversALine() {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(20);
      int[] years = years(random, n);
      double a = random.nextInt(-1000, 1000);
      double b = random.nextInt(-40, 40) / 4.0;
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = a + b * years[i];
      }
      TheilSen.Result r = TheilSen.estimate(years, y, MannKendall.variance(y));
      assertThat(r.slope()).isCloseTo(b, within(1e-9));
      assertThat(r.intercept()).isCloseTo(a, within(1e-6));
    }
  }
}
