package org.sdg16.schemas.csv;

import java.util.regex.Pattern;

/**
 * Escaping of text cells against formula injection (contract §4.4; OWASP "CSV Injection"): a text
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is written
 * with a leading single quote, so that a spreadsheet shows it as text instead of evaluating it.
 * Numbers stay numbers: a text that is a plain decimal number ({@code -3}, {@code +1.5}, {@code
 * -2.5E3}) cannot run as a formula and is written unchanged. The one rule for every file a person
 * opens in a spreadsheet: {@link Csv#forSpreadsheets} applies it to every CSV cell (the exports and
 * the report's chart data), the analyst workbook to its text cells. A number printed by {@link
 * Numbers} is a plain decimal, which the rule leaves as it is.
 */
public final class Escaping {

  /** A plain decimal number, optionally signed, with an optional exponent. */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Escaping() {}

  /** The text as it may be written to a CSV or Excel cell; null stays null. */
  public static String text(String s) {
    return needsEscape(s) ? "'" + s : s;
  }

  /** Whether a spreadsheet could read the text as a formula. */
  public static boolean needsEscape(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !isPlainNumber(s);
  }

  /**
   * Whether the text is a plain decimal number (as opposed to text that merely starts like one).
   */
  public static boolean isPlainNumber(String s) {
    return s != null && PLAIN_NUMBER.matcher(s).matches();
  }
}
