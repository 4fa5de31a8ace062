package org.sdg16.schemas.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Problem;

/**
 * One column of a dataset with its type and rule (contract §1). A field parses a raw cell into its
 * typed value or reports a {@link Problem}; it never coerces a bad or blank cell to zero.
 *
 * @param name column name, lower case
 * @param kind what the column holds
 * @param required a blank cell is a {@code MISSING_VALUE} finding
 * @param omittable the column may be left out of the file (optional codes, totals, comments)
 * @param codes the code list of a CODE column
 * @param total the code an empty CODE cell means ({@code _T} for dimensions), or null
 * @param lowerBound lower bound of a NUMBER or INT column, or null
 * @param strict the lower bound is exclusive (&gt; rather than &ge;)
 */
public record Field(
    String name,
    Kind kind,
    boolean required,
    boolean omittable,
    CodeList codes,
    String total,
    Double lowerBound,
    boolean strict) {

  /** What a column holds, and the type it is stored as in its table. */
  public enum Kind {
    /** A country: M49 numeric or ISO3 in, M49 integer out. */
    AREA(ColumnType.INT),
    /** A reference year, 1990 to the current year. */
    YEAR(ColumnType.INT),
    CODE(ColumnType.TEXT),
    NUMBER(ColumnType.DOUBLE),
    INT(ColumnType.INT),
    /** An ISO date; a date in the future is a finding. */
    DATE(ColumnType.DATE),
    TEXT(ColumnType.TEXT);

    private final ColumnType type;

    Kind(ColumnType type) {
      this.type = type;
    }

    /** The type of the table column. */
    public ColumnType type() {
      return type;
    }
  }

  /** The first reference year the contract accepts. */
  public static final int FIRST_YEAR = 1990;

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("field names are lower case: " + name);
    }
    if (kind == Kind.CODE && codes == null) {
      throw new IllegalArgumentException("code field " + name + " needs a code list");
    }
    if (required && omittable) {
      throw new IllegalArgumentException("a required field cannot be omitted: " + name);
    }
  }

  // ---- factories, one per rule shape of contract §1 ----

  public static Field area(String name) {
    return new Field(name, Kind.AREA, true, false, null, null, null, false);
  }

  /** An optional country code (origin, destination, countries of a firearms case). */
  public static Field optionalArea(String name) {
    return new Field(name, Kind.AREA, false, true, null, null, null, false);
  }

  public static Field year(String name) {
    return new Field(name, Kind.YEAR, true, false, null, null, null, false);
  }

  public static Field code(String name, CodeList codes) {
    return new Field(name, Kind.CODE, true, false, codes, null, null, false);
  }

  /** A dimension whose empty cell (or missing column) means the total {@code _T}. */
  public static Field dimension(String name, CodeList codes) {
    return new Field(name, Kind.CODE, false, true, codes, CodeList.TOTAL, null, false);
  }

  /** An optional code without a default (e.g. {@code obs_status}, {@code traced}). */
  public static Field optionalCode(String name, CodeList codes) {
    return new Field(name, Kind.CODE, false, true, codes, null, null, false);
  }

  /** A value {@code >= 0} whose blank cell means "not reported" (kept as missing). */
  public static Field reportedValue(String name) {
    return new Field(name, Kind.NUMBER, false, false, null, null, 0.0, false);
  }

  /** A required number {@code >= min}. */
  public static Field atLeast(String name, double min) {
    return new Field(name, Kind.NUMBER, true, false, null, null, min, false);
  }

  /** A required number {@code > min}. */
  public static Field above(String name, double min) {
    return new Field(name, Kind.NUMBER, true, false, null, null, min, true);
  }

  /** A required whole number {@code > min}. */
  public static Field intAbove(String name, int min) {
    return new Field(name, Kind.INT, true, false, null, null, (double) min, true);
  }

  public static Field date(String name) {
    return new Field(name, Kind.DATE, true, false, null, null, null, false);
  }

  public static Field optionalDate(String name) {
    return new Field(name, Kind.DATE, false, true, null, null, null, false);
  }

  public static Field text(String name) {
    return new Field(name, Kind.TEXT, true, false, null, null, null, false);
  }

  public static Field optionalText(String name) {
    return new Field(name, Kind.TEXT, false, true, null, null, null, false);
  }

  /** Whether the Parquet column may hold nulls. */
  public boolean nullable() {
    return !(required || total != null);
  }

  /** The column of the dataset's table (contract §4.1). */
  public Column column() {
    return new Column(name, kind.type(), nullable());
  }

  /** The outcome of parsing one cell: a value (possibly null = missing) or a problem. */
  public record Parsed(Object value, Problem problem) {
    static Parsed ok(Object v) {
      return new Parsed(v, null);
    }

    static Parsed fail(FindingCode code, String column, String message) {
      return new Parsed(null, Problem.of(code, column, message));
    }

    public boolean failed() {
      return problem != null;
    }
  }

  /**
   * Parses a raw cell.
   *
   * @param raw the cell as read (null when the column is absent)
   * @param today the date that counts as today, for the year and future-date rules
   */
  public Parsed parse(String raw, M49 m49, LocalDate today) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      if (total != null) {
        return Parsed.ok(total);
      }
      if (required) {
        return Parsed.fail(FindingCode.MISSING_VALUE, name, name + " is empty but required");
      }
      return Parsed.ok(null);
    }
    return switch (kind) {
      case AREA ->
          m49.resolve(s)
              .<Parsed>map(a -> Parsed.ok(a.m49()))
              .orElseGet(
                  () ->
                      Parsed.fail(
                          FindingCode.UNKNOWN_AREA,
                          name,
                          name + " '" + s + "' is not an M49 or ISO3 country code"));
      case YEAR -> parseYear(s, today);
      case CODE ->
          codes
              .lookup(s)
              .<Parsed>map(Parsed::ok)
              .orElseGet(
                  () ->
                      Parsed.fail(
                          FindingCode.UNKNOWN_CODE,
                          name,
                          name + " '" + s + "' is not one of " + codes.describe()));
      case NUMBER -> parseNumber(s);
      case INT -> parseInt(s);
      case DATE -> parseDate(s, today);
      case TEXT -> Parsed.ok(s);
    };
  }

  /**
   * Contract §2: numbers, years and dates take the ASCII digits 0–9 only (with a sign, a decimal
   * point and an exponent for numbers), as dates always did: Arabic-Indic or full-width digits are
   * refused everywhere alike rather than read in some columns. A character loop, not a regex: port
   * seizure files hold millions of numbers.
   */
  static boolean asciiNumeral(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  /**
   * The largest value a number cell may hold (contract §2): 10^15 is above any count of arms or
   * victims, any quantity in kg, price in US$ per kg or population, and small enough that no
   * formula of the methodology can overflow on it (sums, × 100,000, × price stay finite).
   */
  public static final double MAX_VALUE = 1e15;

  private static final String ASCII_ONLY =
      " (numbers are written with the digits 0-9 and a point for decimals)";

  private Parsed parseYear(String s, LocalDate today) {
    if (!asciiNumeral(s)) {
      return Parsed.fail(
          FindingCode.BAD_INTEGER, name, name + " '" + s + "' is not a year" + ASCII_ONLY);
    }
    Integer y = wholeNumber(s);
    if (y == null) {
      return Parsed.fail(FindingCode.BAD_INTEGER, name, name + " '" + s + "' is not a year");
    }
    if (y < FIRST_YEAR || y > today.getYear()) {
      return Parsed.fail(
          FindingCode.YEAR_OUT_OF_RANGE,
          name,
          name + " " + y + " is outside " + FIRST_YEAR + "–" + today.getYear());
    }
    return Parsed.ok(y);
  }

  private Parsed parseNumber(String s) {
    if (!asciiNumeral(s)) {
      return Parsed.fail(
          FindingCode.BAD_NUMBER, name, name + " '" + s + "' is not a number" + ASCII_ONLY);
    }
    BigDecimal exact;
    try {
      exact = new BigDecimal(s);
    } catch (NumberFormatException e) {
      return Parsed.fail(FindingCode.BAD_NUMBER, name, name + " '" + s + "' is not a number");
    }
    double v = exact.doubleValue();
    if (Double.isInfinite(v)) {
      return Parsed.fail(FindingCode.BAD_NUMBER, name, name + " '" + s + "' is out of range");
    }
    if (Math.abs(v) > MAX_VALUE) {
      // 1e308 arms: the formulas would overflow (100 × 1e308 is infinite) and block the whole run
      return Parsed.fail(
          FindingCode.VALUE_TOO_LARGE,
          name,
          name
              + " "
              + s
              + " is above 10^15, more than a return"
              + " can hold (the formulas computed from it would overflow)");
    }
    if (v == 0 && exact.signum() != 0) {
      // 1e-400 is not zero: a double cannot hold it, and missing or tiny is never made 0
      return Parsed.fail(
          FindingCode.BAD_NUMBER,
          name,
          name + " '" + s + "' is too small to be held (it is not 0)");
    }
    return checkBound(v, s);
  }

  private Parsed parseInt(String s) {
    if (!asciiNumeral(s)) {
      return Parsed.fail(
          FindingCode.BAD_INTEGER, name, name + " '" + s + "' is not a whole number" + ASCII_ONLY);
    }
    Integer v = wholeNumber(s);
    if (v == null) {
      return Parsed.fail(
          FindingCode.BAD_INTEGER, name, name + " '" + s + "' is not a whole number");
    }
    Parsed p = checkBound(v, s);
    return p.failed() ? p : Parsed.ok(v);
  }

  private Parsed checkBound(double v, String s) {
    if (lowerBound != null) {
      if (strict && !(v > lowerBound)) {
        return Parsed.fail(
            FindingCode.NOT_POSITIVE, name, name + " " + s + " must be above " + fmt(lowerBound));
      }
      if (!strict && v < lowerBound) {
        return Parsed.fail(
            FindingCode.NEGATIVE_VALUE, name, name + " " + s + " is below " + fmt(lowerBound));
      }
    }
    return Parsed.ok(v);
  }

  private Parsed parseDate(String s, LocalDate today) {
    LocalDate d;
    try {
      d = isoDate(s);
    } catch (DateTimeException e) {
      return Parsed.fail(
          FindingCode.BAD_DATE, name, name + " '" + s + "' is not an ISO date (YYYY-MM-DD)");
    }
    if (d.isAfter(today)) {
      return Parsed.fail(FindingCode.FUTURE_DATE, name, name + " " + s + " lies in the future");
    }
    if (d.getYear() < FIRST_YEAR) {
      return Parsed.fail(
          FindingCode.YEAR_OUT_OF_RANGE, name, name + " " + s + " is before " + FIRST_YEAR);
    }
    return Parsed.ok(d);
  }

  /**
   * {@link LocalDate#parse} (ISO {@code YYYY-MM-DD}), with a fast path for the plain ten-character
   * form that returns did not need the general formatter for: port seizure files hold millions.
   */
  public static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(s);
  }

  /** The ASCII digits of {@code s[from, to)} as a number, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A whole number, also when a spreadsheet wrote it as {@code 2017.0}; null otherwise. */
  static Integer wholeNumber(String s) {
    try {
      BigDecimal b = new BigDecimal(s);
      return b.stripTrailingZeros().scale() <= 0 ? b.intValueExact() : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
