package org.sdg16.jobs.methods.trends;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The Mann–Kendall test of methodology §6 ({@code mk_s}, {@code mk_tau}, {@code mk_var}, {@code
 * mk_p}), after Mann (1945), Kendall (1975) and Gilbert (1987) §16.4.
 *
 * <ul>
 *   <li>{@code S = Σ_{i<j} sign(y_j − y_i)} over the values in time order (gaps in years do not
 *       matter: only the order does);
 *   <li>tau is Kendall's <b>tau-a</b>, {@code S / (n(n − 1)/2)}, which is not corrected for ties
 *       (R's {@code Kendall::MannKendall} reports tau-b instead, which differs when there are
 *       ties);
 *   <li>{@code Var(S) = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18}, the sum running over the
 *       groups of t equal values (Gilbert 1987, eq. 16.4);
 *   <li>the two-sided p-value {@code P(|S| ≥ |s|)} under the null hypothesis that every order of
 *       the values is equally likely:
 *       <ul>
 *         <li>for n &lt; {@value #NORMAL_FROM} it is <b>exact</b>. Without ties the null
 *             distribution of S is that of {@code n(n−1)/2 − 2·I} where I, the number of inversions
 *             of a random permutation, follows the recurrence {@code I_n(k) = Σ_{j=0.. min(k, n−1)}
 *             I_{n−1}(k − j)} (the Mahonian numbers; Kendall 1975, ch. 4; Gilbert 1987, Table A18).
 *             With ties it is the permutation distribution of S over the <b>distinct</b> orderings
 *             of the multiset of values, all equally likely, enumerated exactly by dynamic
 *             programming over the multiset still to place (see {@link #nullCounts(double[])});
 *             this is the conditional exact test given the ties;
 *         <li>for n ≥ {@value #NORMAL_FROM} it is the normal approximation with continuity
 *             correction: {@code Z = (S − 1)/σ} for S &gt; 0, {@code (S + 1)/σ} for S &lt; 0, 0 for
 *             S = 0, {@code p = 2(1 − Φ(|Z|)) = erfc(|Z|/√2)}, with σ the tie-corrected standard
 *             deviation.
 *       </ul>
 * </ul>
 *
 * A constant series has S = 0, Var(S) = 0 and p = 1.
 */
public final class MannKendall {

  /** Smallest n for which the normal approximation is used; below it the p-value is exact. */
  public static final int NORMAL_FROM = 10;

  /** Largest n for which the exact null distribution can be asked for. */
  public static final int MAX_EXACT_N = 12;

  private MannKendall() {}

  /**
   * The test result.
   *
   * @param n number of values
   * @param s Mann–Kendall S
   * @param tau Kendall's tau-a, S / (n(n − 1)/2)
   * @param variance tie-corrected Var(S)
   * @param p two-sided p-value
   * @param exact whether p comes from the exact null distribution (n &lt; 10) or the normal
   *     approximation
   */
  public record Result(int n, long s, double tau, double variance, double p, boolean exact) {

    public Result {
      long pairs = (long) n * (n - 1) / 2;
      if (n < 2 || Math.abs(s) > pairs) {
        throw new IllegalArgumentException("S = " + s + " is impossible for n = " + n);
      }
      if (!(variance >= 0) || !(p >= 0 && p <= 1) || !(tau >= -1 && tau <= 1)) {
        throw new IllegalArgumentException(
            "Mann–Kendall result out of range: var " + variance + ", p " + p + ", tau " + tau);
      }
    }
  }

  /**
   * Runs the test on values in time order.
   *
   * @throws IllegalArgumentException with fewer than 2 values or a value that is not finite
   */
  public static Result test(double[] values) {
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("Mann–Kendall needs at least 2 values, not " + n);
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("values must be finite, not " + v);
      }
    }
    long s = s(values);
    double variance = variance(values);
    double tau = s / (n * (n - 1) / 2.0);
    boolean exact = n < NORMAL_FROM;
    double p = exact ? exactP(values, s) : normalP(s, variance);
    return new Result(n, s, tau, variance, p, exact);
  }

  /** Mann–Kendall S of values in time order. */
  public static long s(double[] values) {
    long s = 0;
    for (int i = 0; i < values.length - 1; i++) {
      for (int j = i + 1; j < values.length; j++) {
        s += values[j] > values[i] ? 1 : values[j] < values[i] ? -1 : 0;
      }
    }
    return s;
  }

  /** Tie-corrected Var(S): {@code [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18}. */
  public static double variance(double[] values) {
    long n = values.length;
    long ties = 0;
    for (long t : tieGroupSizes(values)) {
      ties += t * (t - 1) * (2 * t + 5);
    }
    return (n * (n - 1) * (2 * n + 5) - ties) / 18.0;
  }

  /**
   * The normal-approximation p-value with continuity correction: {@code erfc(|Z|/√2)} with {@code Z
   * = (|S| − 1)/σ}, and 1 when S = 0.
   */
  public static double normalP(long s, double variance) {
    if (s == 0) {
      return 1.0;
    }
    if (!(variance > 0)) {
      throw new IllegalArgumentException("S = " + s + " with variance " + variance);
    }
    double z = (Math.abs(s) - 1) / Math.sqrt(variance);
    return Math.min(1.0, Erf.erfc(z / Math.sqrt(2.0)));
  }

  /**
   * The exact two-sided p-value {@code P(|S| ≥ |s|)} under the permutation null distribution of the
   * values (Mahonian recurrence without ties, enumeration of distinct orderings with ties).
   */
  public static double exactP(double[] values, long s) {
    int n = values.length;
    long[] counts =
        tieGroupSizes(values).length == n ? nullCountsWithoutTies(n) : nullCounts(values);
    int pairs = n * (n - 1) / 2;
    long total = 0;
    long atLeast = 0;
    for (int i = 0; i < counts.length; i++) {
      total += counts[i];
      if (Math.abs(i - pairs) >= Math.abs(s)) {
        atLeast += counts[i];
      }
    }
    return Math.min(1.0, (double) atLeast / total);
  }

  /**
   * The exact null distribution of S for n distinct values: element {@code S + n(n−1)/2} holds the
   * number of the n! orderings whose statistic is S (0 where S has the wrong parity). Built from
   * the number of inversions I by the recurrence {@code I_m(k) = Σ_{j=0..min(k, m−1)} I_{m−1}(k −
   * j)}, {@code I_1(0) = 1}, and {@code S = n(n−1)/2 − 2k}.
   *
   * @throws IllegalArgumentException unless 1 ≤ n ≤ {@value #MAX_EXACT_N}
   */
  public static long[] nullCountsWithoutTies(int n) {
    checkExactN(n);
    int pairs = n * (n - 1) / 2;
    long[] inversions = {1};
    for (int m = 2; m <= n; m++) {
      int maxK = m * (m - 1) / 2;
      long[] next = new long[maxK + 1];
      for (int k = 0; k <= maxK; k++) {
        for (int j = 0; j <= Math.min(k, m - 1); j++) {
          if (k - j < inversions.length) {
            next[k] += inversions[k - j];
          }
        }
      }
      inversions = next;
    }
    long[] counts = new long[2 * pairs + 1];
    for (int k = 0; k <= pairs; k++) {
      counts[pairs - 2 * k + pairs] += inversions[k];
    }
    return counts;
  }

  /**
   * The exact null distribution of S given the values, ties allowed: element {@code S + n(n−1)/2}
   * holds the number of <em>distinct</em> orderings of the multiset of values whose statistic is S.
   * Under the null hypothesis all n! orderings are equally likely, and each distinct ordering
   * stands for the same number {@code Π t!} of them, so distinct orderings are equally likely too.
   *
   * <p>Method: the values are placed one position at a time; placing a value v after the values
   * already placed adds {@code #(placed < v) − #(placed > v)} to S, and what is placed is the
   * multiset minus what remains. The distribution of the S still to come therefore depends only on
   * the multiset remaining, at most {@code Π(t + 1) ≤ 2^n} states, each solved once.
   *
   * @throws IllegalArgumentException unless 1 ≤ n ≤ {@value #MAX_EXACT_N} and values are finite
   */
  public static long[] nullCounts(double[] values) {
    int n = values.length;
    checkExactN(n);
    int[] groupSizes = Arrays.stream(tieGroupSizes(values)).mapToInt(Math::toIntExact).toArray();
    int groups = groupSizes.length;
    int[] radix = new int[groups];
    int states = 1;
    for (int g = 0; g < groups; g++) {
      radix[g] = states;
      states *= groupSizes[g] + 1;
    }
    int pairs = n * (n - 1) / 2;
    long[][] memo = new long[states][];
    return distributionStillToCome(states - 1, groupSizes, radix, pairs, memo);
  }

  private static long[] distributionStillToCome(
      int state, int[] groupSizes, int[] radix, int pairs, long[][] memo) {
    if (memo[state] != null) {
      return memo[state];
    }
    int groups = groupSizes.length;
    int[] remaining = new int[groups];
    int placedTotal = 0;
    for (int g = 0; g < groups; g++) {
      remaining[g] = state / radix[g] % (groupSizes[g] + 1);
      placedTotal += groupSizes[g] - remaining[g];
    }
    long[] out = new long[2 * pairs + 1];
    if (state == 0) {
      out[pairs] = 1;
    } else {
      int placedBelow = 0;
      for (int g = 0; g < groups; g++) {
        int placedHere = groupSizes[g] - remaining[g];
        if (remaining[g] > 0) {
          int placedAbove = placedTotal - placedBelow - placedHere;
          int step = placedBelow - placedAbove;
          long[] rest = distributionStillToCome(state - radix[g], groupSizes, radix, pairs, memo);
          for (int i = 0; i < rest.length; i++) {
            if (rest[i] != 0) {
              out[i + step] += rest[i];
            }
          }
        }
        placedBelow += placedHere;
      }
    }
    memo[state] = out;
    return out;
  }

  /** Sizes of the groups of equal values, in increasing order of the value (1 for a lone value). */
  static long[] tieGroupSizes(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    long[] sizes = new long[sorted.length];
    int groups = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      sizes[groups++] = j - i;
      i = j;
    }
    return Arrays.copyOf(sizes, groups);
  }

  private static void checkExactN(int n) {
    if (n < 1 || n > MAX_EXACT_N) {
      throw new IllegalArgumentException(
          "exact null distribution for 1 <= n <= " + MAX_EXACT_N + " only, not " + n);
    }
  }
}
