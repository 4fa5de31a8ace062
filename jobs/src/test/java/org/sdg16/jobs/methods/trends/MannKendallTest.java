package org.sdg16.jobs.methods.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mann–Kendall S, tau, tie-corrected variance and p-value (methodology §6). */
class MannKendallTest {

  // ---------------------------------------------------------------- exact null distribution

  /**
   * Numbers of permutations of n items with k inversions (Mahonian numbers, OEIS A008302; Kendall
   * 1975, ch. 4): n = 4 → 1 3 5 6 5 3 1 (sum 24), n = 5 → 1 4 9 15 20 22 20 15 9 4 1 (sum 120). S =
   * n(n−1)/2 − 2k, so the array indexed by S + n(n−1)/2 holds them from S = +max downwards at every
   * second index.
   */
  @Test
  void nullDistributionWithoutTiesIsTheMahonianTriangle() {
    long[] n4 = MannKendall.nullCountsWithoutTies(4);
    // index S + 6 for S = 6, 4, ..., -6
    assertThat(n4).containsExactly(1, 0, 3, 0, 5, 0, 6, 0, 5, 0, 3, 0, 1);
    long[] n5 = MannKendall.nullCountsWithoutTies(5);
    assertThat(n5)
        .containsExactly(1, 0, 4, 0, 9, 0, 15, 0, 20, 0, 22, 0, 20, 0, 15, 0, 9, 0, 4, 0, 1);
    // 9! = 362880 orderings, 6 = 3! for n = 3: S = 3, 1, 1, -1, -1, -3 -> counts 1 2 2 1
    assertThat(sum(MannKendall.nullCountsWithoutTies(9))).isEqualTo(362_880L);
    assertThat(MannKendall.nullCountsWithoutTies(3)).containsExactly(1, 0, 2, 0, 2, 0, 1);
  }

  /**
   * Gilbert (1987), Table A18 (after Kendall 1975), gives the one-sided P(S ≥ s) under no trend;
   * the two-sided p-value is twice that. Cumulating the Mahonian numbers above by hand: n = 4: S =
   * 6 → 1/24 = 0.042, S = 4 → 4/24 = 0.167; n = 5: S = 10 → 1/120 = 0.0083, S = 8 → 5/120 = 0.042;
   * n = 6 (1 5 14 29 49 71 90 101 ...): S = 15 → 1/720 = 0.0014, S = 11 → 20/720 = 0.028, S = 9 →
   * 49/720 = 0.068; n = 9: S = 36 → 1/362880 = 0.0000028.
   */
  @Test
  void exactPValuesMatchGilbertTableA18() {
    // n = 4, S = 6: 1 2 3 4 (no inversion)
    assertTwoSided(new double[] {1, 2, 3, 4}, 6, 0.042, 2.0 / 24);
    // n = 4, S = 4: one inversion
    assertTwoSided(new double[] {1, 2, 4, 3}, 4, 0.167, 8.0 / 24);
    // n = 5, S = 10 and S = 8
    assertTwoSided(new double[] {1, 2, 3, 4, 5}, 10, 0.0083, 2.0 / 120);
    assertTwoSided(new double[] {1, 2, 3, 5, 4}, 8, 0.042, 10.0 / 120);
    // n = 6, S = 15, 11 (two inversions: (5,4), (6,4)) and 9 (three inversions in 6 5 4)
    assertTwoSided(new double[] {1, 2, 3, 4, 5, 6}, 15, 0.0014, 2.0 / 720);
    assertTwoSided(new double[] {1, 2, 3, 5, 6, 4}, 11, 0.028, 40.0 / 720);
    assertTwoSided(new double[] {1, 2, 3, 6, 5, 4}, 9, 0.068, 98.0 / 720);
    // n = 9, S = 36
    assertTwoSided(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 36, 0.0000028, 2.0 / 362_880);
    // a decreasing series has the same two-sided p-value
    assertThat(MannKendall.test(new double[] {4, 3, 2, 1}).p()).isCloseTo(2.0 / 24, within(1e-15));
  }

  private static void assertTwoSided(double[] values, long s, double tableOneSided, double exact) {
    MannKendall.Result r = MannKendall.test(values);
    assertThat(r.s()).isEqualTo(s);
    assertThat(r.exact()).isTrue();
    assertThat(r.p()).isCloseTo(exact, within(1e-15));
    // the table is printed to 2 significant digits
    assertThat(r.p() / 2).isCloseTo(tableOneSided, within(tableOneSided * 0.02 + 1e-7));
  }

  /**
   * Exact distribution with ties, enumerated by hand: the 12 = 4!/2! distinct orderings of {1, 1,
   * 2, 3} and their S: 1123 +5, 1132 +3, 1213 +3, 1231 +1, 1312 +1, 1321 −1, 2113 +1, 2131 −1, 2311
   * −3, 3112 −1, 3121 −3, 3211 −5. Distribution: S = −5:1, −3:2, −1:3, +1:3, +3:2, +5:1. For the
   * series 1 1 3 2 (S = 3), P(|S| ≥ 3) = (1 + 2 + 2 + 1)/12 = 0.5; for 1 1 2 3 (S = 5), 2/12.
   */
  @Test
  void exactDistributionWithTiesEnumeratedByHand() {
    long[] counts = MannKendall.nullCounts(new double[] {3, 1, 2, 1});
    // index S + 6 for S = -6..6
    assertThat(counts).containsExactly(0, 1, 0, 2, 0, 3, 0, 3, 0, 2, 0, 1, 0);
    MannKendall.Result r = MannKendall.test(new double[] {1, 1, 3, 2});
    assertThat(r.s()).isEqualTo(3);
    assertThat(r.exact()).isTrue();
    assertThat(r.p()).isCloseTo(0.5, within(1e-15));
    assertThat(MannKendall.test(new double[] {1, 1, 2, 3}).p()).isCloseTo(2.0 / 12, within(1e-15));
    // Var(S) with one tied pair: [4·3·13 − 2·1·9]/18 = (156 − 18)/18 = 7.6667; the variance of
    // the enumerated distribution is (25·2 + 9·4 + 1·6)/12 = 92/12 = 7.6667 as well
    assertThat(r.variance()).isCloseTo(138.0 / 18, within(1e-12));
    assertThat(variance(counts)).isCloseTo(92.0 / 12, within(1e-12));
  }

  /** The dynamic programme over multisets and the Mahonian recurrence agree when nothing ties. */
  @Test
  void tiedEnumerationAgreesWithRecurrenceWithoutTies() {
    for (int n = 1; n <= MannKendall.MAX_EXACT_N; n++) {
      double[] distinct = new double[n];
      for (int i = 0; i < n; i++) {
        distinct[i] = Math.sin(i + 1.0); // distinct for distinct integers
      }
      assertThat(MannKendall.nullCounts(distinct))
          .as("n = %d", n)
          .containsExactly(MannKendall.nullCountsWithoutTies(n));
    }
  }

  /**
   * Kendall (1975): the tie-corrected Var(S) formula is the exact variance of S under the
   * permutation distribution given the ties; checked on random tied multisets.
   */
  @Test
  void tieCorrectedVarianceIsTheVarianceOfTheExactDistribution() {
    SplittableRandom random = new SplittableRandom(20_260_416L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(8);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(1 + random.nextInt(5));
      }
      assertThat(variance(MannKendall.nullCounts(values)))
          .isCloseTo(MannKendall.variance(values), within(1e-9));
    }
  }

  // ---------------------------------------------------------------- normal approximation

  /**
   * EPA QA/G-9S (2006), "Data Quality Assessment: Statistical Methods for Practitioners", worked
   * example of the Mann–Kendall test for n &gt; 10 (p. 109, as transcribed with its results in
   * EarthSoft's EnviroInsite documentation): data 10 10 10 5 10 20 18 17 15 24 15, tie groups of
   * sizes 4 (the 10s) and 2 (the 15s); S = 22, Var(S) = 155.33, Z = 1.685. By hand: Var = [11·10·27
   * − (4·3·13 + 2·1·9)]/18 = (2970 − 174)/18 = 155.333; Z = (22 − 1)/√155.333 = 21/12.4633 =
   * 1.6850; Φ(1.685) = 0.95400 (table: Φ(1.68) = 0.95352, Φ(1.69) = 0.95449), two-sided p = 2(1 −
   * 0.95400) = 0.0920; tau-a = 22/55 = 0.4.
   */
  @Test
  void epaWorkedExampleWithTies() {
    MannKendall.Result r =
        MannKendall.test(new double[] {10, 10, 10, 5, 10, 20, 18, 17, 15, 24, 15});
    assertThat(r.s()).isEqualTo(22);
    assertThat(r.variance()).isCloseTo(155.33, within(0.005));
    assertThat(r.tau()).isCloseTo(0.4, within(1e-15));
    assertThat(r.exact()).isFalse();
    assertThat(21 / Math.sqrt(r.variance())).isCloseTo(1.685, within(0.0005));
    assertThat(r.p()).isCloseTo(0.0920, within(0.0005));
    assertThat(TrendDirection.of(r)).isEqualTo(TrendDirection.NO_SIGNIFICANT_TREND);
  }

  /**
   * The tie example of EarthSoft's EQuIS Mann–Kendall documentation: 17 14 39 16 39 14 14 39 17 39
   * (n = 10), tie groups 14 ×3, 17 ×2, 39 ×4. By hand, row sums of sign(x_j − x_i) for i = 1..9: 0,
   * +6, −4, +2, −3, +3, +3, −1, +1 → S = 7. Var = [10·9·25 − (3·2·11 + 2·1·9 + 4·3·13)]/18 = (2250
   * − 240)/18 = 111.667; Z = 6/√111.667 = 6/10.5672 = 0.5678; Φ(0.5678) = 0.71491 (Φ(0.56) =
   * 0.71226, Φ(0.57) = 0.71566), p = 2(1 − 0.71491) = 0.5702.
   */
  @Test
  void tieCorrectionOfTheVarianceByHand() {
    MannKendall.Result r = MannKendall.test(new double[] {17, 14, 39, 16, 39, 14, 14, 39, 17, 39});
    assertThat(r.s()).isEqualTo(7);
    assertThat(r.variance()).isCloseTo(2010.0 / 18, within(1e-12));
    assertThat(r.p()).isCloseTo(0.5702, within(0.001));
    // without ties the variance would be 10·9·25/18 = 125
    assertThat(MannKendall.variance(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).isEqualTo(125.0);
  }

  /**
   * The switch at n = 10. n = 9, increasing: exact p = 2/9! = 5.51e-6 (the normal approximation
   * would give Z = 35/√92 = 3.649, p ≈ 2.6e-4). n = 10, the permutation 5 4 3 2 1 7 6 8 9 10 has 10
   * + 1 = 11 inversions, S = 45 − 22 = 23, Var = 125, Z = 22/11.1803 = 1.9677, Φ(1.9677) = 0.97545
   * (Φ(1.96) = 0.97500, Φ(1.97) = 0.97558), p = 2(1 − 0.97545) = 0.0491.
   */
  @Test
  void exactBelowTenNormalFromTen() {
    MannKendall.Result nine = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertThat(nine.exact()).isTrue();
    assertThat(nine.p()).isCloseTo(2.0 / 362_880, within(1e-18));

    double[] ten = {5, 4, 3, 2, 1, 7, 6, 8, 9, 10};
    MannKendall.Result r = MannKendall.test(ten);
    assertThat(r.exact()).isFalse();
    assertThat(r.s()).isEqualTo(23);
    assertThat(r.variance()).isEqualTo(125.0);
    assertThat(r.p()).isCloseTo(0.0491, within(0.0003));
    // not the exact value: P(|S| >= 23) over the 10! orderings
    double exact = MannKendall.exactP(ten, 23);
    assertThat(Math.abs(exact - r.p())).isGreaterThan(1e-4);
    assertThat(TrendDirection.of(r)).isEqualTo(TrendDirection.INCREASING);
  }

  @Test
  void constantSeriesHasNoTrend() {
    for (int n : new int[] {3, 5, 9, 10, 12}) {
      double[] constant = new double[n];
      java.util.Arrays.fill(constant, 7.0);
      MannKendall.Result r = MannKendall.test(constant);
      assertThat(r.s()).isZero();
      assertThat(r.variance()).isZero();
      assertThat(r.tau()).isZero();
      assertThat(r.p()).isEqualTo(1.0);
      assertThat(TrendDirection.of(r)).isEqualTo(TrendDirection.NO_SIGNIFICANT_TREND);
    }
  }

  /** n = 2: S = ±1, Var = 2·1·9/18 = 1, and P(|S| ≥ 1) = 1. */
  @Test
  void twoValues() {
    MannKendall.Result r = MannKendall.test(new double[] {3, 5});
    assertThat(r.s()).isEqualTo(1);
    assertThat(r.variance()).isEqualTo(1.0);
    assertThat(r.tau()).isEqualTo(1.0);
    assertThat(r.p()).isEqualTo(1.0);
  }

  /** Continuity correction: S = ±1 gives Z = 0 and p = 1; S = 0 gives p = 1. */
  @Test
  void continuityCorrection() {
    assertThat(MannKendall.normalP(1, 125)).isEqualTo(1.0);
    assertThat(MannKendall.normalP(-1, 125)).isEqualTo(1.0);
    assertThat(MannKendall.normalP(0, 0)).isEqualTo(1.0);
    assertThat(MannKendall.normalP(-23, 125)).isEqualTo(MannKendall.normalP(23, 125));
  }

  @Test
  void rejectsWhatIsNotASeries() {
    assertThatThrownBy(() -> MannKendall.test(new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MannKendall.test(new double[] {1, Double.NaN, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MannKendall.nullCountsWithoutTies(MannKendall.MAX_EXACT_N + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /** Variance of S (mean 0 by symmetry) of a distribution indexed by S + max. */
  private static double variance(long[] counts) {
    int max = (counts.length - 1) / 2;
    double total = 0;
    double squares = 0;
    for (int i = 0; i < counts.length; i++) {
      total += counts[i];
      squares += counts[i] * (double) (i - max) * (i - max);
    }
    return squares / total;
  }
}
