package org.sdg16.reports.page;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * How numbers, units and codes are written in the report: {@link Locale#ROOT} digits with comma
 * thousands separators ({@code 215,816,580}), a fixed number of decimals per unit, plain-English
 * labels for units and code values.
 */
public final class Fmt {

  private Fmt() {}

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  /** A thousands-separated number with exactly {@code decimals} decimals. */
  public static String num(double v, int decimals) {
    StringBuilder p = new StringBuilder("#,##0");
    if (decimals > 0) {
      p.append('.').append("0".repeat(decimals));
    }
    DecimalFormat f = new DecimalFormat(p.toString(), SYMBOLS);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(v);
    return s.equals("-0") || s.matches("-0\\.0+") ? s.substring(1) : s;
  }

  /** A pattern for chart axes: thousands separators, up to two decimals. */
  public static DecimalFormat axisFormat() {
    DecimalFormat f = new DecimalFormat("#,##0.##", SYMBOLS);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** Axis labels in millions with thousands separators: 850,000,000 → {@code 850}. */
  public static java.text.NumberFormat millionsFormat() {
    DecimalFormat f =
        new DecimalFormat("#,##0.#", SYMBOLS) {
          @Override
          public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return super.format(number / 1e6, to, pos);
          }

          @Override
          public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return super.format(number / 1e6, to, pos);
          }
        };
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** Years on an axis: no thousands separator. */
  public static DecimalFormat yearFormat() {
    return new DecimalFormat("0", SYMBOLS);
  }

  /** Decimals shown for a value in a unit. */
  public static int decimals(String unit, double v) {
    return switch (unit == null ? "" : unit) {
      case "PT", "ROUNDS_PER_ARM" -> 1;
      case "PER_100000_POP", "RATIO" -> 2;
      case "USD" -> 0;
      default -> v == Math.rint(v) ? 0 : 1;
    };
  }

  /** A value in its unit's number of decimals, without the unit. */
  public static String value(Double v, String unit) {
    if (v != null && "USD".equals(unit)) {
      return money(v);
    }
    return v == null ? "\u2013" : num(v, decimals(unit, v));
  }

  /** US dollars as a reader says them: "US$ 5.8 billion", "US$ 950 million", "US$ 12,500". */
  public static String money(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return "US$ " + num(v / 1e9, a >= 1e11 ? 0 : 1) + " billion";
    }
    if (a >= 1e6) {
      return "US$ " + num(v / 1e6, a >= 1e8 ? 0 : 1) + " million";
    }
    return "US$ " + num(v, 0);
  }

  /** A value followed by its unit: {@code 31.2%}, {@code 1.25 per 100,000 population}. */
  public static String valueWithUnit(Double v, String unit) {
    if (v == null) {
      return "\u2013";
    }
    String n = value(v, unit);
    if ("USD".equals(unit)) {
      return n;
    }
    return "PT".equals(unit) ? n + "%" : n + " " + unitLabel(unit);
  }

  /** A rate of change as a signed percentage, e.g. {@code +3.4%}. */
  public static String rate(Double r) {
    if (r == null) {
      return "\u2013";
    }
    String s = num(100 * r, 1);
    return (r > 0 && !s.equals("0.0") ? "+" : "") + s + "%";
  }

  /** A signed number in a unit's decimals, e.g. {@code +0.84}. */
  public static String signed(Double v, String unit) {
    if (v == null) {
      return "\u2013";
    }
    if ("USD".equals(unit)) {
      // money as a reader says it, the sign before it: "+US$ 1.2 million", "-US$ 186 million"
      return (v > 0 ? "+" : v < 0 ? "-" : "") + money(Math.abs(v));
    }
    int d =
        switch (unit == null ? "" : unit) {
          case "PT", "PER_100000_POP", "RATIO", "ROUNDS_PER_ARM" -> 2;
          default -> Math.abs(v) >= 100 ? 0 : 2;
        };
    String s = num(v, d);
    return (v > 0 && !s.matches("0\\.0+") ? "+" : "") + s;
  }

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile(
          "\\b(?:SEIZED|FOUND|SURRENDERED|INWARD|OUTWARD|PISTOL|REVOLVER|RIFLE|SHOTGUN)\\b"
              + "|\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /**
   * A program comment (COMMENT_OBS) in words for readers: its codes as their labels in lower case,
   * e.g. "denominator covers SEIZED + FOUND; SURRENDERED not reported" → "denominator covers seized
   * + found; surrendered not reported". The exports keep the comment as it is.
   */
  public static String plain(String comment) {
    java.util.regex.Matcher m = CODE.matcher(comment);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b,
          java.util.regex.Matcher.quoteReplacement(
              org.sdg16.schemas.codes.CodeLabels.label(m.group()).toLowerCase(Locale.ROOT)));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code s} with its first letter a capital, as a sentence starts. */
  public static String capitalised(String s) {
    return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A span of years as a reader writes it: "2019" for one year, "2019–2023" for more. */
  public static String span(int first, int last) {
    return first == last ? Integer.toString(first) : first + "\u2013" + last;
  }

  /** A count with its noun in the right number: "1 country", "3 countries", "1,204 rows". */
  public static String count(long n, String one, String many) {
    return num((double) n, 0) + " " + (n == 1 ? one : many);
  }

  /** A short unit label for text and tables ({@link CodeLabels#unit}). */
  public static String unitLabel(String unit) {
    return CodeLabels.unit(unit);
  }

  /** An axis title with its unit. */
  public static String axisTitle(String unit) {
    return switch (unit == null ? "" : unit) {
      case "PT" -> "Percent (%)";
      case "PER_100000_POP" -> "Per 100,000 population";
      case "NUMBER" -> "Number";
      case "RATIO" -> "Ratio (convicted per suspect)";
      case "ROUNDS_PER_ARM" -> "Rounds of ammunition per arm";
      case "USD" -> "Current US dollars";
      case "KG" -> "Kilograms (kg)";
      case "PIECES" -> "Pieces";
      case "CONTAINERS" -> "Containers";
      case "ITEMS" -> "Items";
      case "L" -> "Litres";
      default -> label(unit);
    };
  }

  /**
   * The report's own wording where it is shorter than the Open SDG label of {@link CodeLabels}
   * (chart legends and table heads): the total, the two age groups, organ removal.
   */
  private static final Map<String, String> LABELS =
      Map.of(
          "_T", "Total",
          "Y0T17", "Children (0\u201317)",
          "Y_GE18", "Adults (18+)",
          "ORGAN_REMOVAL", "Organ removal");

  /** A code written for people: {@code SUBMACHINE_GUN} → {@code Submachine gun}. */
  public static String label(String code) {
    String l = code == null ? null : LABELS.get(code);
    return l != null ? l : CodeLabels.label(code);
  }

  private static final Map<String, String> OBS_STATUS =
      Map.ofEntries(
          Map.entry("A", "normal value"),
          Map.entry("B", "time series break"),
          Map.entry("D", "definition differs"),
          Map.entry("E", "estimated value"),
          Map.entry("F", "forecast value"),
          Map.entry("G", "experimental value"),
          Map.entry("I", "imputed value"),
          Map.entry("M", "missing value"),
          Map.entry("P", "provisional value"),
          Map.entry("Q", "missing value, suppressed"),
          Map.entry("S", "strike-related"),
          Map.entry("U", "low reliability"),
          Map.entry("V", "unvalidated value"));

  /** The meaning of an SDMX OBS_STATUS code. */
  public static String obsStatus(String code) {
    return code == null ? "" : OBS_STATUS.getOrDefault(code, "status " + code);
  }

  /** The catalogue title of a series, or its code. */
  public static String seriesTitle(String code) {
    return SeriesCatalogue.byCode(code).map(Series::title).orElse(code);
  }

  /** The unit a series is published in (the catalogue's, or the observation's). */
  public static String seriesUnit(String code) {
    return SeriesCatalogue.byCode(code).map(Series::unitMeasure).orElse("NUMBER");
  }

  /** A direction of the trends table as an arrow. */
  public static String arrow(String direction) {
    if (direction == null) {
      return "";
    }
    return switch (direction) {
      case "increasing" -> "\u25B2";
      case "decreasing" -> "\u25BC";
      default -> "\u25B6";
    };
  }
}
