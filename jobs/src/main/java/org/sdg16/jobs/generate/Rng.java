package org.sdg16.jobs.generate;

import java.util.SplittableRandom;

/**
 * The random streams of the generator and the draws made from them. A stream is derived from the
 * seed and a path (a dataset tag, a country, a year), never shared, so that no value depends on the
 * order in which the generators visit datasets, countries or years; every draw uses {@link
 * StrictMath}, so the same seed gives the same bits on every platform.
 */
final class Rng {

  private Rng() {}

  /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A stream of its own for a seed and a path (dataset tag, country, year). */
  static SplittableRandom rng(long seed, long... path) {
    long h = mix64(seed ^ 0x2545F4914F6CDD1DL);
    for (long p : path) {
      h = mix64(h ^ mix64(p + 0x9E3779B97F4A7C15L));
    }
    return new SplittableRandom(h);
  }

  /** A stable number for a stream name ({@link String#hashCode} is specified, so stable). */
  static long tag(String name) {
    return name.hashCode();
  }

  /** Standard normal by Box–Muller with {@link StrictMath}, the same bits on every platform. */
  static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  static double lognormal(SplittableRandom r, double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian(r));
  }

  static int geometric(SplittableRandom r, double p, int cap) {
    int k = 0;
    while (k < cap && r.nextDouble() > p) {
      k++;
    }
    return k;
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  static String oneOf(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }

  static int pickWeighted(SplittableRandom r, double[] w) {
    double tot = 0;
    for (double x : w) {
      tot += x;
    }
    double u = r.nextDouble() * tot;
    for (int i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0) {
        return i;
      }
    }
    return w.length - 1;
  }

  /** The first index whose cumulative weight is above {@code x} (binary search). */
  static int search(double[] cum, int n, double x) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Weights times a log-normal factor each. */
  static double[] noisy(SplittableRandom r, double[] w, double sigma) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] * StrictMath.exp(sigma * gaussian(r));
    }
    return out;
  }

  /**
   * Splits {@code total} into whole parts in proportion to {@code w} that add up exactly to it
   * (largest remainder; ties to the lower index).
   */
  static long[] apportion(long total, double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    long[] out = new long[w.length];
    if (total <= 0 || sum <= 0) {
      if (sum <= 0 && total > 0) {
        out[0] = total;
      }
      return out;
    }
    double[] rem = new double[w.length];
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      double exact = total * (w[i] / sum);
      out[i] = (long) Math.floor(exact);
      rem[i] = exact - out[i];
      given += out[i];
    }
    long left = total - given;
    while (left > 0) {
      int best = 0;
      for (int i = 1; i < w.length; i++) {
        if (rem[i] > rem[best]) {
          best = i;
        }
      }
      out[best]++;
      rem[best] = -1;
      left--;
      if (left > 0 && rem[best] == -1) {
        boolean allUsed = true;
        for (double x : rem) {
          if (x >= 0) {
            allUsed = false;
            break;
          }
        }
        if (allUsed) {
          java.util.Arrays.fill(rem, 0);
        }
      }
    }
    return out;
  }
}
