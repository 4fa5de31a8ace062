package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Validator;

/**
 * Reads returns from Excel {@code .xlsx} workbooks with Apache POI (contract §1). Numeric cells
 * holding codes or years are read as their plain digits ({@code 2017}, not {@code 2017.0}); date
 * cells become ISO dates; formulas give their cached value. Rows whose cells are all blank are
 * not data. Row numbers are 1-based below the header, as the sheet shows them less one.
 */
public final class XlsxTableReader {

  private XlsxTableReader() {}

  /**
   * Reads the visible sheets a predicate selects; when {@code fallbackToFirst} is set and none
   * matches, the first visible sheet is read. Hidden and very hidden sheets are never read
   * (contract §2): their names come back in {@link ReadOutcome#hidden()} for a warning.
   */
  public static ReadOutcome read(Path file, Predicate<String> sheetWanted, boolean fallbackToFirst) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
        if (magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF) {
          return ReadOutcome.fail(FindingCode.UNREADABLE_FILE,
              "the workbook is encrypted or in the old .xls format; save it as an unprotected .xlsx");
        }
        return ReadOutcome.fail(FindingCode.UNSUPPORTED_FORMAT, "the file is not an .xlsx workbook");
      }
    } catch (IOException e) {
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE, "cannot open the file: " + e.getMessage());
    }
    try (Workbook wb = open(file)) {
      List<Sheet> out = new ArrayList<>();
      List<String> hidden = new ArrayList<>();
      int firstVisible = -1;
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        org.apache.poi.ss.usermodel.Sheet s = wb.getSheetAt(i);
        if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
          hidden.add(s.getSheetName());
          continue;
        }
        firstVisible = firstVisible < 0 ? i : firstVisible;
        if (sheetWanted.test(s.getSheetName())) {
          out.add(readSheet(s));
        }
      }
      if (out.isEmpty() && fallbackToFirst && firstVisible >= 0) {
        out.add(readSheet(wb.getSheetAt(firstVisible)));
      }
      return ReadOutcome.ok(out, hidden);
    } catch (EncryptedDocumentException e) {
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE, "the workbook is encrypted: " + e.getMessage());
    } catch (Exception | OutOfMemoryError e) {
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE,
          "the workbook cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Names of every sheet, or null when the workbook cannot be opened. */
  public static List<String> sheetNames(Path file) {
    try (Workbook wb = open(file)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      return names;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Opens a workbook read-only. {@code new XSSFWorkbook(File)} opens the package for writing and
   * saves it back on close: every read would rewrite the return a country sent (and change its
   * SHA-256), even in a {@code validate} dry run.
   */
  private static Workbook open(Path file) throws java.io.IOException, InvalidFormatException {
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      return new XSSFWorkbook(pkg) {
        @Override
        public void close() {
          pkg.revert(); // close() of a read-only package would log a warning and revert anyway
        }
      };
    } catch (RuntimeException | java.io.IOException e) {
      pkg.revert();
      throw e;
    }
  }

  private static Sheet readSheet(org.apache.poi.ss.usermodel.Sheet s) {
    List<String> header = null;
    int headerRow = -1;
    List<RawRow> rows = new ArrayList<>();
    for (Row r : s) {
      List<String> values = new ArrayList<>();
      Map<Integer, String> unreadable = new LinkedHashMap<>();
      int last = r.getLastCellNum();
      for (int c = 0; c < Math.max(last, 0); c++) {
        Cell cell = r.getCell(c);
        String why = unreadable(cell);
        if (why != null) {
          unreadable.put(c, why);
          values.add("");
        } else {
          values.add(text(cell));
        }
      }
      if (!unreadable.isEmpty()) {
        values.set(unreadable.keySet().iterator().next(), "#unreadable"); // the row is not blank
      }
      if (values.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header == null) {
        header = new ArrayList<>();
        for (String v : values) {
          header.add(Validator.normaliseColumn(v));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
          header.remove(header.size() - 1);
        }
        headerRow = r.getRowNum();
        continue;
      }
      while (values.size() > header.size() && values.get(values.size() - 1).isBlank()) {
        values.remove(values.size() - 1);
      }
      Map<String, String> cells = new LinkedHashMap<>();
      Map<String, String> bad = new LinkedHashMap<>();
      for (int c = 0; c < values.size(); c++) {
        String col = c < header.size() ? header.get(c) : "#" + (c + 1);
        cells.put(col, unreadable.containsKey(c) ? "" : values.get(c));
        if (unreadable.containsKey(c)) {
          bad.put(col, unreadable.get(c));
        }
      }
      // trailing blank cells are absent in xlsx: fill them so the width check holds
      for (int c = values.size(); c < header.size(); c++) {
        cells.put(header.get(c), "");
      }
      rows.add(new RawRow(r.getRowNum() - headerRow, cells, bad));
    }
    return new Sheet(s.getSheetName(), header == null ? List.of() : header, rows);
  }

  /**
   * Why a cell cannot be read as the workbook gives it, or null when it can (contract §2: a
   * finding on that cell, never a silent 0 or blank): a formula saved without its cached value
   * (POI would give 0), a shared string the workbook does not hold (POI would give nothing), a
   * value POI cannot read (a malformed number or date), a number that is not finite.
   */
  static String unreadable(Cell cell) {
    if (cell == null) {
      return null;
    }
    try {
      if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) {
        org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell ct = x.getCTCell();
        if (ct.isSetF() && !ct.isSetV()) {
          return "the formula =" + x.getCellFormula() + " has no cached value (the workbook was saved without"
              + " calculating it); recalculate and save the workbook again";
        }
        if (ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S && ct.isSetV()) {
          // the items themselves, not the optional uniqueCount attribute (0 when a writer leaves it out)
          org.apache.poi.xssf.model.SharedStringsTable sst = x.getSheet().getWorkbook().getSharedStringSource();
          Object item;
          try {
            item = sst == null ? null : sst.getItemAt(Integer.parseInt(ct.getV().trim()));
          } catch (RuntimeException e) {
            item = null;
          }
          if (item == null) {
            return "the cell refers to shared string " + ct.getV() + ", which the workbook does not hold";
          }
        }
      }
      CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      if (t == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
          && !Double.isFinite(cell.getNumericCellValue())) {
        return "the value is not a finite number";
      }
      text(cell);
      return null;
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      return "the cell cannot be read (" + (m.length() > 120 ? m.substring(0, 120) + "…" : m) + ")";
    }
  }

  /** The text of a cell as a return means it. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (t) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double d = cell.getNumericCellValue();
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      case ERROR:
        return "#ERROR";
      default:
        return "";
    }
  }
}
