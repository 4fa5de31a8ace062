package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Rng.oneOf;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How generated values are written as cells: numbers in plain {@link Locale#ROOT} form, ISO dates,
 * and the bad cells the injected bad rows carry.
 */
final class Cells {

  private Cells() {}

  /** A date that is always in the future, for {@code FUTURE_DATE} rows. */
  static final String FUTURE = "2099-01-01";

  /**
   * A plain decimal in {@link Locale#ROOT} form with at most {@code scale} decimals, trailing zeros
   * dropped ({@code 1234.5}, {@code 12}); at least one unit of the last decimal when {@code
   * positive}.
   */
  static String decimal(double v, int scale, boolean positive) {
    long p = 1;
    for (int i = 0; i < scale; i++) {
      p *= 10;
    }
    long scaled = Math.round(v * p);
    if (positive && scaled < 1) {
      scaled = 1;
    }
    long ip = scaled / p;
    long fp = scaled % p;
    if (fp == 0) {
      return Long.toString(ip);
    }
    StringBuilder f = new StringBuilder(Long.toString(fp));
    while (f.length() < scale) {
      f.insert(0, '0');
    }
    int end = f.length();
    while (f.charAt(end - 1) == '0') {
      end--;
    }
    return ip + "." + f.substring(0, end);
  }

  /** Every date of a year as ISO text. */
  static String[] dates(int year) {
    int n = Year.of(year).length();
    String[] out = new String[n];
    LocalDate d = LocalDate.of(year, 1, 1);
    for (int i = 0; i < n; i++) {
      out[i] = d.plusDays(i).toString();
    }
    return out;
  }

  /** A file-name slug: {@code Latin America} → {@code latin_america}. */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  /**
   * The {@code submitted_on} date of every annual return of a reference year: 31 March after it.
   */
  static String submitted(int year) {
    return (year + 1) + "-03-31";
  }

  /** An area code no code list knows. */
  static String unknownArea(SplittableRandom r) {
    return oneOf(r, "XYZ", "XKX", "999", "EUR");
  }

  /** A number a reader must refuse: decimal comma, a word, a thousands space. */
  static String badNumber(SplittableRandom r, Long v) {
    long x = v == null ? 12 : v;
    return switch (r.nextInt(3)) {
      case 0 -> x + ",5";
      case 1 -> "n/a";
      default -> (x / 1000 + 1) + " " + String.format(Locale.ROOT, "%03d", x % 1000);
    };
  }

  /** A date a reader must refuse: no such month, or day first. */
  static String badDate(SplittableRandom r, int year) {
    return r.nextBoolean() ? year + "-13-45" : "31/03/" + year;
  }
}
