package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CAGR and the log-linear trend (methodology §6). */
class TrendGrowthRatesTest {

  /** 100 → 121 over 2015..2017: (1.21)^(1/2) − 1 = 0.1; 100 → 50 over 1 year: −0.5. */
  @Test
  void cagrByHand() {
    assertThat(Cagr.rate(2015, 100, 2017, 121)).isCloseTo(0.1, within(1e-15));
    assertThat(Cagr.rate(2015, 100, 2016, 50)).isCloseTo(-0.5, within(1e-15));
    assertThatThrownBy(() -> Cagr.rate(2015, 0, 2017, 121))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cagr.rate(2015, 100, 2017, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cagr.rate(2017, 100, 2017, 121))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * OLS by hand for ln y = 0, 0.2, 0.1, 0.3 in 2000..2003: t̄ = 2001.5, mean ln y = 0.15, Σ(t −
   * t̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5, Σ(t − t̄)(ln y − 0.15) = −1.5·(−0.15) − 0.5·0.05 +
   * 0.5·(−0.05) + 1.5·0.15 = 0.4, b = 0.08; fitted 0.03 0.11 0.19 0.27, residuals −0.03 0.09 −0.09
   * 0.03, SSE = 0.018, se(b) = √(0.018/2/5) = √0.0018 = 0.0424264. t_{0.975, 2 df} = 4.303
   * (Student's t table), half width 4.303·0.0424264 = 0.182561; rate = e^0.08 − 1 = 0.083287,
   * limits e^(0.08 ∓ 0.182561) − 1 = −0.097477 and 0.300256.
   */
  @Test
  void logLinearByHand() {
    int[] years = {2000, 2001, 2002, 2003};
    double[] y = {Math.exp(0), Math.exp(0.2), Math.exp(0.1), Math.exp(0.3)};
    LogLinearTrend.Result r = LogLinearTrend.fit(years, y);
    assertThat(r.slope()).isCloseTo(0.08, within(1e-12));
    assertThat(r.slopeStdErr()).isCloseTo(0.0424264, within(1e-7));
    assertThat(r.rate()).isCloseTo(0.083287, within(1e-6));
    // the table's t is rounded to 4 digits: ±0.0005·0.0424 ≈ ±2e-5 on the exponent
    assertThat(r.rateLower()).isCloseTo(-0.097477, within(5e-5));
    assertThat(r.rateUpper()).isCloseTo(0.300256, within(5e-5));
  }

  /**
   * n = 3, one degree of freedom: ln y = 0, 0.1, 0.3 in 2000..2002. t̄ = 2001, mean 0.133333, Σ(t −
   * t̄)² = 2, Σ(t − t̄)(ln y − mean) = 0.133333 + 0.166667 = 0.3, b = 0.15; fitted −0.016667
   * 0.133333 0.283333, residuals 0.016667 −0.033333 0.016667, SSE = 1/600, se(b) = √(1/600/1/2) =
   * 0.0288675. t_{0.975, 1 df} = 12.706 (table), half width 0.366791; limits e^(0.15 ∓ 0.366791) −
   * 1 = −0.194901 and 0.676638.
   */
  @Test
  void logLinearWithThreePoints() {
    LogLinearTrend.Result r =
        LogLinearTrend.fit(
            new int[] {2000, 2001, 2002}, new double[] {1, Math.exp(0.1), Math.exp(0.3)});
    assertThat(r.slope()).isCloseTo(0.15, within(1e-12));
    assertThat(r.slopeStdErr()).isCloseTo(0.0288675, within(1e-7));
    assertThat(r.rate()).isCloseTo(Math.expm1(0.15), within(1e-12));
    assertThat(r.rateLower()).isCloseTo(-0.194901, within(5e-5));
    assertThat(r.rateUpper()).isCloseTo(0.676638, within(1e-4));
  }

  /** 100·1.05^t, with gaps: CAGR = 0.05, log-linear rate = 0.05, the interval collapses. */
  @Test
  void geometricSeriesCagrAndLogLinearAgree() {
    int[] years = {2010, 2011, 2013, 2014, 2017};
    double[] y = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      y[i] = 100 * Math.pow(1.05, years[i] - 2010);
    }
    double cagr = Cagr.rate(years[0], y[0], years[4], y[4]);
    LogLinearTrend.Result r = LogLinearTrend.fit(years, y);
    assertThat(cagr).isCloseTo(0.05, within(1e-12));
    assertThat(r.rate()).isCloseTo(0.05, within(1e-12));
    assertThat(r.rateLower()).isCloseTo(0.05, within(1e-12));
    assertThat(r.rateUpper()).isCloseTo(0.05, within(1e-12));
  }

  /** A constant series: b = 0, SSE = 0, the interval is exactly the rate 0. */
  @Test
  void constantSeriesHasRateZero() {
    LogLinearTrend.Result r =
        LogLinearTrend.fit(new int[] {2015, 2016, 2017}, new double[] {8, 8, 8});
    assertThat(r.rate()).isZero();
    assertThat(r.slopeStdErr()).isZero();
    assertThat(r.rateLower()).isZero();
    assertThat(r.rateUpper()).isZero();
  }

  @Test
  void logLinearNeedsThreePositiveValues() {
    assertThatThrownBy(() -> LogLinearTrend.fit(new int[] {2015, 2016}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LogLinearTrend.fit(new int[] {2015, 2016, 2017}, new double[] {1, 0, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
