package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Validator;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads returns from Excel {@code .xlsx} workbooks (contract §1), streaming: the workbook part
 * gives the sheets, their state and the date system, and the XML of each sheet asked for is parsed
 * as it is inflated, so that only the rows of that sheet are held, up to {@code
 * limits.max_sheet_rows} (contract §2). Numeric cells holding codes or years are read as their
 * plain digits ({@code 2017}, not {@code 2017.0}); date-formatted cells become ISO dates; formulas
 * give their cached value. Rows whose cells are all blank are not data. Row numbers are 1-based
 * below the header, as the sheet shows them less the header's.
 */
public final class XlsxTableReader {

  /** The last column a sheet can have (XFD). */
  private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

  private XlsxTableReader() {}

  /** As {@link #read(Path, Predicate, boolean, int)} with the default row limit. */
  public static ReadOutcome read(
      Path file, Predicate<String> sheetWanted, boolean fallbackToFirst) {
    return read(file, sheetWanted, fallbackToFirst, PipelineConfig.Limits.DEFAULT.maxSheetRows());
  }

  /**
   * Reads the visible sheets a predicate selects; when {@code fallbackToFirst} is set and none
   * matches, the first visible sheet is read. Hidden and very hidden sheets are never read
   * (contract §2): their names come back in {@link ReadOutcome#hidden()} for a warning; the names
   * of the other visible sheets, not read either, in {@link ReadOutcome#skipped()}. A sheet read
   * with more than {@code maxRows} data rows, or whose header is wider than {@link
   * CsvTableReader#MAX_COLUMNS} or holds a cell that cannot be read, fails the file.
   */
  public static ReadOutcome read(
      Path file, Predicate<String> sheetWanted, boolean fallbackToFirst, int maxRows) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
        if (magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF) {
          return ReadOutcome.fail(
              FindingCode.UNREADABLE_FILE,
              "the workbook is encrypted or in the old .xls format; save it as an unprotected .xlsx");
        }
        return ReadOutcome.fail(
            FindingCode.UNSUPPORTED_FORMAT, "the file is not an .xlsx workbook");
      }
    } catch (IOException e) {
      return ReadOutcome.fail(
          FindingCode.UNREADABLE_FILE, "cannot open the file: " + e.getMessage());
    }
    try (Book book = Book.open(file)) {
      List<SheetRef> visible = book.sheets.stream().filter(s -> !s.hidden()).toList();
      List<SheetRef> matching = visible.stream().filter(s -> sheetWanted.test(s.name())).toList();
      List<SheetRef> wanted =
          matching.isEmpty() && fallbackToFirst && !visible.isEmpty()
              ? List.of(visible.get(0))
              : matching;
      List<Sheet> out = new ArrayList<>();
      for (SheetRef s : wanted) {
        out.add(book.read(s, maxRows));
      }
      List<String> hidden =
          book.sheets.stream().filter(SheetRef::hidden).map(SheetRef::name).toList();
      List<String> skipped =
          visible.stream().filter(s -> !wanted.contains(s)).map(SheetRef::name).toList();
      return ReadOutcome.ok(out, hidden, skipped);
    } catch (Refused e) {
      return e.outcome;
    } catch (Exception | OutOfMemoryError e) {
      return ReadOutcome.fail(
          FindingCode.UNREADABLE_FILE,
          "the workbook cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Names of every sheet, or null when the workbook cannot be opened. */
  public static List<String> sheetNames(Path file) {
    try (Book book = Book.open(file)) {
      return book.sheets.stream().map(SheetRef::name).toList();
    } catch (Exception e) {
      return null;
    }
  }

  /** A sheet as the workbook part lists it: its name, whether it is hidden, its relationship. */
  private record SheetRef(String name, boolean hidden, String relId) {}

  /** Why a sheet fails the whole file, thrown out of the parse. */
  private static final class Refused extends SAXException {
    final transient ReadOutcome outcome;

    Refused(ReadOutcome outcome) {
      super(outcome.message());
      this.outcome = outcome;
    }
  }

  /**
   * An open workbook package: the sheets in workbook order and the date system, read from the
   * workbook part; the shared strings and the styles, read when the first sheet is.
   */
  private static final class Book implements AutoCloseable {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    final List<SheetRef> sheets = new ArrayList<>();
    final boolean date1904;
    private SharedStrings strings;
    private StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    /**
     * Opens a workbook read-only. Opening the package for writing would save it back on close:
     * every read would rewrite the return a country sent (and change its SHA-256), even in a {@code
     * validate} dry run. Opened from the file, the package inflates its entries through POI's
     * {@code ZipSecureFile}, which refuses zip bombs.
     */
    static Book open(Path file) throws IOException, OpenXML4JException, XmlException {
      OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      try {
        return new Book(pkg);
      } catch (IOException | OpenXML4JException | XmlException | RuntimeException e) {
        pkg.revert();
        throw e;
      }
    }

    private Book(OPCPackage pkg) throws IOException, OpenXML4JException, XmlException {
      this.pkg = pkg;
      this.reader = new XSSFReader(pkg);
      CTWorkbook wb;
      try (InputStream in = reader.getWorkbookData()) {
        wb = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
      }
      date1904 = wb.isSetWorkbookPr() && wb.getWorkbookPr().getDate1904();
      for (CTSheet s : wb.getSheets().getSheetArray()) {
        sheets.add(
            new SheetRef(
                s.getName(),
                s.getState() == STSheetState.HIDDEN || s.getState() == STSheetState.VERY_HIDDEN,
                s.getId()));
      }
    }

    Sheet read(SheetRef ref, int maxRows)
        throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
      if (strings == null) {
        strings = new ReadOnlySharedStringsTable(pkg, false); // phonetic runs are not the text
        styles = reader.getStylesTable();
      }
      SheetReader sheet = new SheetReader(this, ref.name(), maxRows);
      XMLReader xml = XMLHelper.newXMLReader();
      // a part of an .xlsx has no document type: one is an entity attack (XXE, billion laughs)
      xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml.setContentHandler(sheet);
      try (InputStream in = reader.getSheet(ref.relId())) {
        xml.parse(new InputSource(in));
      }
      return sheet.result();
    }

    /** The text of shared string {@code index}; out of range throws. */
    String sharedString(int index) {
      return strings.getItemAt(index).getString();
    }

    /**
     * Whether a number is a date by its cell's style ({@code s}, null when the cell has none) or,
     * for a cell without a style the workbook holds, the style of its column: the style's number
     * format is a date format.
     */
    boolean isDate(String s, int columnStyle) {
      int own = s == null ? -1 : Integer.parseInt(s);
      int index = styles != null && own >= 0 && own < styles.getNumCellStyles() ? own : columnStyle;
      return dateStyles.computeIfAbsent(
          index,
          i -> {
            XSSFCellStyle style = styles == null ? null : styles.getStyleAt(i);
            return style != null
                && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
          });
    }

    @Override
    public void close() {
      pkg.revert(); // close() of a read-only package would log a warning and revert anyway
    }
  }

  /** A cell that cannot be read as the workbook gives it, with the reason. */
  private static final class Unreadable extends Exception {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The SAX handler of one sheet: rows as {@link RawRow}s below the first non-blank row, the
   * header. Elements are those of the root's namespace; others, such as extensions, are passed
   * over.
   */
  private static final class SheetReader extends DefaultHandler {
    private final Book book;
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
    private int column;
    private String type;
    private String style;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean hasInline;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder collecting;

    SheetReader(Book book, String name, int maxRows) {
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
            hasValue = true;
            collecting = value;
          }
        }
        case "f" -> {
          if (inCell) {
            hasFormula = true;
            collecting = formula;
          }
        }
        case "is" -> {
          if (inCell) {
            hasInline = true;
            inInline = true;
          }
        }
        case "rPh" -> inPhonetic = inInline; // a phonetic reading, not part of the text
        case "t" -> {
          if (inInline && !inPhonetic) {
            collecting = inline;
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
      column = r == null ? values.size() : column(r);
      if (column < 0 || column > LAST_COLUMN) {
        throw damaged(
            "a cell "
                + (r == null ? "" : r + " ")
                + "lies outside the columns A to "
                + CellReference.convertNumToColString(LAST_COLUMN));
      }
      type = atts.getValue("t");
      style = atts.getValue("s");
      inCell = true;
      hasValue = false;
      hasFormula = false;
      hasInline = false;
      value.setLength(0);
      formula.setLength(0);
      inline.setLength(0);
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
      while (values.size() <= column) {
        values.add("");
      }
      try {
        values.set(column, text());
        unreadable.remove(column);
      } catch (Unreadable e) {
        values.set(column, "");
        unreadable.put(column, e.getMessage());
      } catch (RuntimeException e) {
        values.set(column, "");
        unreadable.put(column, cannotBeRead(String.valueOf(e.getMessage())));
      }
    }

    /**
     * The text of the cell as a return means it, or why it cannot be read as the workbook gives it
     * (contract §2: a finding on that cell, never a silent 0 or blank): a formula saved without its
     * cached value, a shared string the workbook does not hold, a malformed number or date, a
     * number that is not finite.
     */
    private String text() throws Unreadable {
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
          return hasValue ? number(v) : "";
        case "s":
          return hasValue ? sharedString(v) : "";
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
    private String number(String v) throws Unreadable {
      double d;
      try {
        d = v.isEmpty() ? 0 : Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new Unreadable(cannotBeRead("'" + v + "' is not a number"));
      }
      if (!Double.isFinite(d)) {
        throw new Unreadable("the value is not a finite number");
      }
      if (DateUtil.isValidExcelDate(d)
          && book.isDate(style, columnStyles == null ? 0 : columnStyles[column])) {
        return DateUtil.getLocalDateTime(d, book.date1904).toLocalDate().toString();
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private String sharedString(String v) throws Unreadable {
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

    private static String cannotBeRead(String why) {
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

    /**
     * The end of a row: blank, the header (the first row that is not blank), or a data row, with
     * its unreadable cells by column, its cells beyond the header named {@code #n}, and the
     * trailing cells the sheet leaves out (blank) filled in.
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
                String.format(
                    Locale.ROOT, "row %,d of the sheet '%s'", rowNumber - headerRow, name),
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
     * The header: column names normalised, trailing empty ones dropped; every cell must be
     * readable.
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
}
