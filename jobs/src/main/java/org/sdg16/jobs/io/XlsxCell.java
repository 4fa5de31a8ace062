package org.sdg16.jobs.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The cell of a sheet being read, and its value as text (contract §2): numbers as their plain
 * digits ({@code 2017}, not {@code 2017.0}), date-formatted numbers and cells of type {@code d} as
 * ISO dates, formulas as their cached value, shared and inline strings decoded; or why it cannot be
 * read, which becomes a finding on that cell.
 */
final class XlsxCell {

  // the cell being read: its column, type and style, and the text of its value, formula and inline
  // string as parsed
  int column;
  private String type;
  private String style;
  boolean hasValue;
  boolean hasFormula;
  boolean hasInline;
  final StringBuilder value = new StringBuilder();
  final StringBuilder formula = new StringBuilder();
  final StringBuilder inline = new StringBuilder();

  /** A new cell at {@code column} with its type ({@code t}) and style ({@code s}), null if none. */
  void start(int column, String type, String style) {
    this.column = column;
    this.type = type;
    this.style = style;
    hasValue = false;
    hasFormula = false;
    hasInline = false;
    value.setLength(0);
    formula.setLength(0);
    inline.setLength(0);
  }

  /** A cell that cannot be read as the workbook gives it, with the reason. */
  static final class Unreadable extends Exception {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The text of the cell as a return means it, or why it cannot be read as the workbook gives it
   * (contract §2: a finding on that cell, never a silent 0 or blank): a formula saved without its
   * cached value, a shared string the workbook does not hold, a malformed number or date, a number
   * that is not finite.
   */
  String text(XlsxBook book, int columnStyle) throws Unreadable {
    if (hasFormula && !hasValue) {
      String f = formula.toString().trim();
      throw new Unreadable(
          "the formula "
              + (f.isEmpty() ? "" : "=" + f + " ")
              + "has no cached value (the"
              + " workbook was saved without calculating it); recalculate and save the workbook again");
    }
    String v = value.toString();
    switch (type == null ? "n" : type) {
      case "n":
        return hasValue ? number(v, book, columnStyle) : "";
      case "s":
        return hasValue ? sharedString(v, book) : "";
      case "str":
        return decoded(v);
      case "inlineStr":
        return decoded(hasInline ? inline.toString() : v);
      case "b":
        return "1".equals(v) ? "TRUE" : "FALSE";
      case "e":
        return "#ERROR";
      case "d":
        return hasValue ? isoDate(v) : "";
      default:
        throw new Unreadable(cannotBeRead("unknown cell type '" + type + "'"));
    }
  }

  /**
   * Digits as written ({@code 2017}, {@code 1234.5}), or an ISO date for a date-formatted number.
   */
  private String number(String v, XlsxBook book, int columnStyle) throws Unreadable {
    double d;
    try {
      d = v.isEmpty() ? 0 : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new Unreadable(cannotBeRead("'" + v + "' is not a number"));
    }
    if (!Double.isFinite(d)) {
      throw new Unreadable("the value is not a finite number");
    }
    if (DateUtil.isValidExcelDate(d) && book.isDate(style, columnStyle)) {
      return DateUtil.getLocalDateTime(d, book.date1904).toLocalDate().toString();
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String sharedString(String v, XlsxBook book) throws Unreadable {
    try {
      return book.sharedString(Integer.parseInt(v.trim()));
    } catch (NumberFormatException | IllegalStateException | IndexOutOfBoundsException e) {
      // ReadOnlySharedStringsTable: IllegalStateException past its last string, or without any
      throw new Unreadable(
          "the cell refers to shared string " + v + ", which the workbook does not hold");
    }
  }

  /** A cell of type {@code d}: an ISO 8601 date, or date and time. */
  private static String isoDate(String v) throws Unreadable {
    try {
      DateTimeFormatter f =
          v.indexOf('T') >= 0 ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ISO_DATE;
      return LocalDate.from(f.parse(v)).toString();
    } catch (DateTimeException e) {
      throw new Unreadable(cannotBeRead("'" + v + "' is not an ISO date"));
    }
  }

  static String cannotBeRead(String why) {
    return "the cell cannot be read ("
        + (why.length() > 120 ? why.substring(0, 120) + "…" : why)
        + ")";
  }

  /**
   * Text with the {@code _xHHHH_} escapes of OOXML (a carriage return is {@code _x000D_}) undone.
   */
  private static String decoded(String s) {
    return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
  }
}
