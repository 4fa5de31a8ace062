package org.sdg16.jobs.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Validator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of one sheet: rows as {@link RawRow}s below the first non-blank row, the header.
 * Elements are those of the root's namespace; others, such as extensions, are passed over.
 */
final class XlsxSheetHandler extends DefaultHandler {

  /** The last column a sheet can have (XFD). */
  static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

  /** Why a sheet fails the whole file, thrown out of the parse. */
  static final class Refused extends SAXException {
    final transient ReadOutcome outcome;

    Refused(ReadOutcome outcome) {
      super(outcome.message());
      this.outcome = outcome;
    }
  }

  private final XlsxBook book;
  private final String name;
  private final int maxRows;
  private String ns;
  private int[] columnStyles;
  private boolean inSheetData;
  // the sheet so far
  private List<String> header;
  private int headerRow;
  private final List<RawRow> rows = new ArrayList<>();
  // the row being read: its number in the sheet, its cells by column
  private boolean inRow;
  private int rowNumber;
  private final List<String> values = new ArrayList<>();
  private final TreeMap<Integer, String> unreadable = new TreeMap<>();
  // the cell being read
  private boolean inCell;
  private final XlsxCell cell = new XlsxCell();
  private boolean inInline;
  private boolean inPhonetic;
  private StringBuilder collecting;

  XlsxSheetHandler(XlsxBook book, String name, int maxRows) {
    this.book = book;
    this.name = name;
    this.maxRows = maxRows;
  }

  Sheet result() {
    return new Sheet(name, header == null ? List.of() : header, rows);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (ns == null) {
      ns = uri;
      return;
    }
    if (!uri.equals(ns)) {
      return;
    }
    switch (localName) {
      case "col" -> columnStyle(atts);
      case "sheetData" -> inSheetData = true;
      case "row" -> {
        if (inSheetData) {
          startRow(atts.getValue("r"));
        }
      }
      case "c" -> {
        if (inRow) {
          startCell(atts);
        }
      }
      case "v" -> {
        if (inCell) {
          cell.hasValue = true;
          collecting = cell.value;
        }
      }
      case "f" -> {
        if (inCell) {
          cell.hasFormula = true;
          collecting = cell.formula;
        }
      }
      case "is" -> {
        if (inCell) {
          cell.hasInline = true;
          inInline = true;
        }
      }
      case "rPh" -> inPhonetic = inInline; // a phonetic reading, not part of the text
      case "t" -> {
        if (inInline && !inPhonetic) {
          collecting = cell.inline;
        }
      }
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (collecting != null) {
      collecting.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (!uri.equals(ns)) {
      return;
    }
    switch (localName) {
      case "v", "f", "t" -> collecting = null;
      case "rPh" -> inPhonetic = false;
      case "is" -> inInline = false;
      case "c" -> {
        if (inCell) {
          endCell();
        }
      }
      case "row" -> {
        if (inRow) {
          endRow();
        }
      }
      case "sheetData" -> inSheetData = false;
      default -> {}
    }
  }

  /** A {@code <col>} range with a style: the style of its cells that have none of their own. */
  private void columnStyle(Attributes atts) {
    String s = atts.getValue("style");
    if (s == null) {
      return;
    }
    if (columnStyles == null) {
      columnStyles = new int[LAST_COLUMN + 1];
    }
    int last = Math.min(Integer.parseInt(atts.getValue("max")), LAST_COLUMN + 1);
    for (int c = Math.max(Integer.parseInt(atts.getValue("min")), 1); c <= last; c++) {
      columnStyles[c - 1] = Integer.parseInt(s);
    }
  }

  /** A row numbered by its {@code r}, else the one after the previous row. */
  private void startRow(String r) throws Refused {
    int n = r == null ? rowNumber + 1 : Integer.parseInt(r.trim());
    if (n <= rowNumber) {
      throw damaged(String.format(Locale.ROOT, "row %d comes after row %d", n, rowNumber));
    }
    rowNumber = n;
    inRow = true;
    values.clear();
    unreadable.clear();
  }

  /** A cell placed by the column of its {@code r}, else after the last cell of the row so far. */
  private void startCell(Attributes atts) throws Refused {
    String r = atts.getValue("r");
    int column = r == null ? values.size() : column(r);
    if (column < 0 || column > LAST_COLUMN) {
      throw damaged(
          "a cell "
              + (r == null ? "" : r + " ")
              + "lies outside the columns A to "
              + CellReference.convertNumToColString(LAST_COLUMN));
    }
    cell.start(column, atts.getValue("t"), atts.getValue("s"));
    inCell = true;
  }

  /**
   * The 0-based column of a cell reference such as {@code B7}: -1 when it has no column letters.
   */
  private static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length() && col <= LAST_COLUMN + 1; i++) {
      char c = ref.charAt(i);
      int letter = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : -1;
      if (letter < 0) {
        break;
      }
      col = col * 26 + letter + 1;
    }
    return col - 1;
  }

  private void endCell() {
    inCell = false;
    collecting = null;
    int column = cell.column;
    while (values.size() <= column) {
      values.add("");
    }
    try {
      values.set(column, cell.text(book, columnStyles == null ? 0 : columnStyles[column]));
      unreadable.remove(column);
    } catch (XlsxCell.Unreadable e) {
      values.set(column, "");
      unreadable.put(column, e.getMessage());
    } catch (RuntimeException e) {
      values.set(column, "");
      unreadable.put(column, XlsxCell.cannotBeRead(String.valueOf(e.getMessage())));
    }
  }

  /**
   * The end of a row: blank, the header (the first row that is not blank), or a data row, with its
   * unreadable cells by column, its cells beyond the header named {@code #n}, and the trailing
   * cells the sheet leaves out (blank) filled in.
   */
  private void endRow() throws Refused {
    inRow = false;
    if (unreadable.isEmpty() && values.stream().allMatch(String::isBlank)) {
      return;
    }
    if (header == null) {
      startHeader();
      return;
    }
    int width = values.size();
    while (width > header.size()
        && values.get(width - 1).isBlank()
        && !unreadable.containsKey(width - 1)) {
      width--;
    }
    if (rows.size() == maxRows) {
      throw new Refused(
          ReadOutcome.fail(
              FindingCode.TOO_MANY_ROWS,
              String.format(
                  Locale.ROOT,
                  "the sheet '%s' has more than %,d data rows (limits.max_sheet_rows); save a sheet this big as CSV,"
                      + " which has no row limit",
                  name,
                  maxRows)));
    }
    if (width > CsvTableReader.MAX_COLUMNS) {
      throw new Refused(
          CsvTableReader.tooManyColumns(
              String.format(Locale.ROOT, "row %,d of the sheet '%s'", rowNumber - headerRow, name),
              width));
    }
    Map<String, String> cells = new LinkedHashMap<>();
    Map<String, String> bad = new LinkedHashMap<>();
    for (int c = 0; c < width; c++) {
      String col = c < header.size() ? header.get(c) : "#" + (c + 1);
      cells.put(col, values.get(c));
      if (unreadable.containsKey(c)) {
        bad.put(col, unreadable.get(c));
      }
    }
    for (int c = width; c < header.size(); c++) {
      cells.put(header.get(c), "");
    }
    rows.add(new RawRow(rowNumber - headerRow, cells, bad));
  }

  /**
   * The header: column names normalised, trailing empty ones dropped; every cell must be readable.
   */
  private void startHeader() throws Refused {
    if (!unreadable.isEmpty()) {
      Map.Entry<Integer, String> first = unreadable.firstEntry();
      throw new Refused(
          ReadOutcome.fail(
              FindingCode.UNREADABLE_CELL,
              String.format(
                  Locale.ROOT,
                  "the header cell %s%d of the sheet '%s' cannot be read: %s",
                  CellReference.convertNumToColString(first.getKey()),
                  rowNumber,
                  name,
                  first.getValue())));
    }
    header = new ArrayList<>();
    for (String v : values) {
      header.add(Validator.normaliseColumn(v));
    }
    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header.remove(header.size() - 1);
    }
    if (header.size() > CsvTableReader.MAX_COLUMNS) {
      throw new Refused(
          CsvTableReader.tooManyColumns("the header of the sheet '" + name + "'", header.size()));
    }
    headerRow = rowNumber;
  }

  private Refused damaged(String what) {
    return new Refused(
        ReadOutcome.fail(
            FindingCode.UNREADABLE_FILE,
            "the workbook cannot be read: the sheet '" + name + "' is damaged: " + what));
  }
}
