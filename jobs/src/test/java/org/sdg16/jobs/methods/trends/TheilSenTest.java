package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Sen's slope, its interval from the Mann–Kendall variance, and Sen's intercept (methodology §6).
 */
class TheilSenTest {

  /** z_{0.975} of the normal table: 1.96 (1.959964). */
  @Test
  void quantileOfTheInterval() {
    assertThat(TheilSen.Z).isCloseTo(1.959964, within(1e-6));
  }

  /**
   * The data of the example of R's {@code zyp::zyp.sen} (x = 0 1 2 4 5, y = 6 4 1 8 7), here as the
   * years 2010 2011 2012 2014 2015 — a gap in 2013. The 10 pairwise slopes by hand: (2010,2011) −2,
   * (2010,2012) −5/2, (2010,2014) 2/4, (2010,2015) 1/5, (2011,2012) −3, (2011,2014) 4/3,
   * (2011,2015) 3/4, (2012,2014) 7/2, (2012,2015) 6/3, (2014,2015) −1; sorted −3 −2.5 −2 −1 0.2 0.5
   * 0.75 1.333 2 3.5, median (0.2 + 0.5)/2 = 0.35. Intercept: y − 0.35·x = 6, 3.65, 0.3, 6.6, 5.25
   * (median 5.25) at x = year − 2010, so at year 0 it is 5.25 − 0.35·2010 = −698.25. Interval: n =
   * 5 without ties, Var(S) = 5·4·15/18 = 16.667, C = 1.96·4.0825 = 8.0016, M1 = (10 − 8.0016)/2 =
   * 0.999 &lt; 1: not determined.
   */
  @Test
  void slopeWithAGapInTheYears() {
    int[] years = {2010, 2011, 2012, 2014, 2015};
    double[] y = {6, 4, 1, 8, 7};
    assertThat(TheilSen.pairwiseSlopes(years, y))
        .containsExactly(
            new double[] {-3, -2.5, -2, -1, 0.2, 0.5, 0.75, 4.0 / 3, 2, 3.5}, within(1e-12));
    TheilSen.Result r = TheilSen.estimate(years, y, MannKendall.variance(y));
    assertThat(r.slope()).isCloseTo(0.35, within(1e-12));
    assertThat(r.intercept()).isCloseTo(-698.25, within(1e-9));
    assertThat(r.hasInterval()).isFalse();
    assertThat(r.lower()).isNull();
    assertThat(r.upper()).isNull();
  }

  /**
   * Gilbert (1987) §16.5 interval, by hand, for y = 10 12 11 15 14 18 in 2010..2015 (n = 6, no
   * ties). The 15 slopes: from 10: 2, 1/2, 5/3, 1, 8/5; from 12: −1, 3/2, 2/3, 6/4; from 11: 4,
   * 3/2, 7/3; from 15: −1, 3/2; from 14: 4. Sorted: −1 −1 0.5 0.6667 1 1.5 1.5 1.5 1.5 1.6 1.6667 2
   * 2.3333 4 4; the median (8th) is 1.5. Var(S) = 6·5·17/18 = 28.3333, √ = 5.322906, C =
   * 1.959964·5.322906 = 10.432705, M1 = (15 − 10.432705)/2 = 2.283648, M2 + 1 = 13.716352. Lower =
   * d(2) + 0.283648·(d(3) − d(2)) = −1 + 0.283648·1.5 = −0.574529. Upper = d(13) + 0.716352·(d(14)
   * − d(13)) = 2.333333 + 0.716352·1.666667 = 3.527254. Intercept: y − 1.5·(year − 2010) = 10,
   * 10.5, 8, 10.5, 8, 10.5 → median (10 + 10.5)/2 = 10.25; at year 0: 10.25 − 1.5·2010 = −3004.75.
   */
  @Test
  void intervalByHandWithoutTies() {
    int[] years = {2010, 2011, 2012, 2013, 2014, 2015};
    double[] y = {10, 12, 11, 15, 14, 18};
    TheilSen.Result r = TheilSen.estimate(years, y, MannKendall.variance(y));
    assertThat(r.slope()).isCloseTo(1.5, within(1e-12));
    assertThat(r.lower()).isCloseTo(-0.574529, within(2e-6));
    assertThat(r.upper()).isCloseTo(3.527254, within(2e-6));
    assertThat(r.intercept()).isCloseTo(-3004.75, within(1e-9));
  }

  /**
   * With ties the variance is smaller and the interval exists at n = 5. y = 1 3 3 2 6 in
   * 2000..2004: slopes from 1: 2/1, 2/2, 1/3, 5/4; from the first 3: 0/1, −1/2, 3/3; from the
   * second 3: −1/1, 4/2; from 2: 4/1; sorted −1 −0.5 0 0.3333 1 1 1.25 2 2 4, median (1 + 1)/2 = 1.
   * Var(S) = [5·4·15 − 2·1·9]/18 = 282/18 = 15.6667, √ = 3.958114, C = 7.757761, M1 = (10 −
   * 7.757761)/2 = 1.121120, M2 + 1 = 9.878880. Lower = −1 + 0.121120·0.5 = −0.939440; upper = 2 +
   * 0.878880·2 = 3.757761.
   */
  @Test
  void intervalByHandWithTies() {
    int[] years = {2000, 2001, 2002, 2003, 2004};
    double[] y = {1, 3, 3, 2, 6};
    assertThat(MannKendall.variance(y)).isCloseTo(282.0 / 18, within(1e-12));
    TheilSen.Result r = TheilSen.estimate(years, y, MannKendall.variance(y));
    assertThat(r.slope()).isCloseTo(1.0, within(1e-12));
    assertThat(r.lower()).isCloseTo(-0.939440, within(2e-6));
    assertThat(r.upper()).isCloseTo(3.757761, within(2e-6));
  }

  @Test
  void constantSeriesHasAFlatLine() {
    int[] years = {2015, 2016, 2018, 2019};
    double[] y = {4, 4, 4, 4};
    TheilSen.Result r = TheilSen.estimate(years, y, MannKendall.variance(y));
    assertThat(r.slope()).isZero();
    // Var(S) = 0: M1 = M2 = 3, the interval is [d(3), d(4)] = [0, 0]
    assertThat(r.lower()).isZero();
    assertThat(r.upper()).isZero();
    assertThat(r.intercept()).isEqualTo(4.0);
  }

  /** Ranks between order statistics are interpolated linearly. */
  @Test
  void fractionalRanksAreInterpolated() {
    double[] sorted = {1, 2, 4, 8};
    assertThat(TheilSen.rank(sorted, 1)).isEqualTo(1.0);
    assertThat(TheilSen.rank(sorted, 2.5)).isEqualTo(3.0);
    assertThat(TheilSen.rank(sorted, 3.25)).isEqualTo(5.0);
    assertThat(TheilSen.rank(sorted, 4)).isEqualTo(8.0);
    assertThatThrownBy(() -> TheilSen.rank(sorted, 0.99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TheilSen.rank(sorted, 4.01))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsUnorderedYears() {
    assertThatThrownBy(() -> TheilSen.pairwiseSlopes(new int[] {2011, 2010}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TheilSen.pairwiseSlopes(new int[] {2010, 2010}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
