package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An open workbook package: the sheets in workbook order and the date system, read from the
 * workbook part; the shared strings and the styles, read when the first sheet is.
 */
final class XlsxBook implements AutoCloseable {

  /** A sheet as the workbook part lists it: its name, whether it is hidden, its relationship. */
  record SheetRef(String name, boolean hidden, String relId) {}

  private final OPCPackage pkg;
  private final XSSFReader reader;
  final List<SheetRef> sheets = new ArrayList<>();
  final boolean date1904;
  private SharedStrings strings;
  private StylesTable styles;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  /**
   * Opens a workbook read-only. Opening the package for writing would save it back on close: every
   * read would rewrite the return a country sent (and change its SHA-256), even in a {@code
   * validate} dry run. Opened from the file, the package inflates its entries through POI's {@code
   * ZipSecureFile}, which refuses zip bombs.
   */
  static XlsxBook open(Path file) throws IOException, OpenXML4JException, XmlException {
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      return new XlsxBook(pkg);
    } catch (IOException | OpenXML4JException | XmlException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  private XlsxBook(OPCPackage pkg) throws IOException, OpenXML4JException, XmlException {
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
    XlsxSheetHandler sheet = new XlsxSheetHandler(this, ref.name(), maxRows);
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
   * Whether a number is a date by its cell's style ({@code s}, null when the cell has none) or, for
   * a cell without a style the workbook holds, the style of its column: the style's number format
   * is a date format.
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
