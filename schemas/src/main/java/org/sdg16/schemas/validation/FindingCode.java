package org.sdg16.schemas.validation;

/**
 * Every kind of finding the validation can report (contract §2), with its severity and whether it
 * concerns a whole file, one row, or several rows of one submission.
 */
public enum FindingCode {
  // whole-file rejections: the file is rejected with one finding, the run goes on
  UNREADABLE_FILE(Severity.ERROR, Scope.FILE, "the file cannot be read"),
  NOT_UTF8(Severity.ERROR, Scope.FILE, "the file is not UTF-8 text"),
  UNSUPPORTED_FORMAT(Severity.ERROR, Scope.FILE, "only .csv and .xlsx files are read"),
  EMPTY_FILE(Severity.ERROR, Scope.FILE, "the file has no header row"),
  MISSING_COLUMN(Severity.ERROR, Scope.FILE, "a required column is missing"),
  UNKNOWN_COLUMN(Severity.ERROR, Scope.FILE, "a column is not part of the dataset"),
  DUPLICATE_COLUMN(Severity.ERROR, Scope.FILE, "a column appears twice"),
  UNKNOWN_DATASET(Severity.ERROR, Scope.FILE, "the folder or sheet names no dataset"),
  UNKNOWN_SHEET(Severity.WARNING, Scope.FILE, "a workbook sheet names no dataset and was not read"),
  HIDDEN_SHEET(Severity.WARNING, Scope.FILE, "a hidden or very hidden workbook sheet was not read"),
  DUPLICATE_SHEET(
      Severity.ERROR,
      Scope.FILE,
      "two sheets of one workbook hold the same dataset; neither was read"),
  FILE_TOO_LARGE(Severity.ERROR, Scope.FILE, "the file is larger than the configured limit"),
  LINE_TOO_LONG(
      Severity.ERROR,
      Scope.FILE,
      "a line of a CSV file is longer than the limit (1,048,576 characters)"),
  TOO_MANY_COLUMNS(Severity.ERROR, Scope.FILE, "a row has more cells than the limit (1,000)"),
  TOO_MANY_ROWS(
      Severity.ERROR, Scope.FILE, "a workbook sheet has more data rows than the configured limit"),
  OUTSIDE_INBOX(Severity.ERROR, Scope.FILE, "a symbolic link leads out of the inbox"),
  BAD_FILE_NAME(
      Severity.ERROR,
      Scope.FILE,
      "a file or folder name contains a backslash or a control character, which lineage cannot name exactly"),
  // row rules
  ROW_WIDTH(Severity.ERROR, Scope.ROW, "the row has a different number of cells than the header"),
  CELL_TOO_LONG(Severity.ERROR, Scope.ROW, "a cell is longer than the configured limit"),
  UNREADABLE_CELL(
      Severity.ERROR,
      Scope.ROW,
      "a workbook cell cannot be read as it stands (a formula without a cached value, a missing shared string, a malformed value)"),
  MISSING_VALUE(Severity.ERROR, Scope.ROW, "a required cell is empty"),
  BAD_NUMBER(Severity.ERROR, Scope.ROW, "a cell is not a number"),
  BAD_INTEGER(Severity.ERROR, Scope.ROW, "a cell is not a whole number"),
  BAD_DATE(Severity.ERROR, Scope.ROW, "a cell is not an ISO date (YYYY-MM-DD)"),
  NEGATIVE_VALUE(Severity.ERROR, Scope.ROW, "a value is below zero"),
  VALUE_TOO_LARGE(
      Severity.ERROR,
      Scope.ROW,
      "a value is above 10^15, more than any count, quantity, price or population of a return can be"),
  NOT_POSITIVE(Severity.ERROR, Scope.ROW, "a value must be above zero"),
  UNKNOWN_AREA(Severity.ERROR, Scope.ROW, "an area is not an M49 or ISO3 country code"),
  UNKNOWN_CODE(Severity.ERROR, Scope.ROW, "a code is not in its code list"),
  YEAR_OUT_OF_RANGE(Severity.ERROR, Scope.ROW, "a year is before 1990 or after the current year"),
  FUTURE_DATE(Severity.ERROR, Scope.ROW, "a date lies in the future"),
  UNIT_MISMATCH(
      Severity.ERROR, Scope.ROW, "a commodity is given in a unit that does not belong to it"),
  NOT_APPLICABLE(Severity.ERROR, Scope.ROW, "a dimension is given where it does not apply"),
  // cross-row rules within one submission
  DUPLICATE_KEY(
      Severity.ERROR, Scope.CROSS_ROW, "the same key appears more than once in one submission"),
  TRACED_ABOVE_DENOMINATOR(
      Severity.ERROR, Scope.CROSS_ROW, "TRACED is above the arms seized, found and surrendered"),
  SUCCESS_ABOVE_REQUESTS(
      Severity.ERROR, Scope.CROSS_ROW, "successful tracing requests are above the requests sent"),
  PARTS_ABOVE_TOTAL(Severity.WARNING, Scope.CROSS_ROW, "the parts add up to more than their total"),

  POPULATION_MISSING(
      Severity.WARNING,
      Scope.OUTPUT,
      "areas and years of the returns have no population in the reference or the configured file"),
  SDMX_INVALID(
      Severity.ERROR,
      Scope.OUTPUT,
      "a row of the SDMX file breaks the SDG data structure definition or its content constraints"
          + " and was left out of the file"),
  PUBLISHED_DIFFERS(
      Severity.WARNING,
      Scope.OUTPUT,
      "a computed national value differs from the published one of the same series, area, year"
          + " and breakdown by more than the tolerance of its unit (published.tolerance)");

  /**
   * What a finding is about: a file, a row, several rows of one submission, or an output the
   * program computed from them.
   */
  public enum Scope {
    FILE,
    ROW,
    CROSS_ROW,
    OUTPUT
  }

  private final Severity severity;
  private final Scope scope;
  private final String description;

  FindingCode(Severity severity, Scope scope, String description) {
    this.severity = severity;
    this.scope = scope;
    this.description = description;
  }

  public Severity severity() {
    return severity;
  }

  public Scope scope() {
    return scope;
  }

  public String description() {
    return description;
  }
}
