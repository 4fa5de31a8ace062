package org.sdg16.jobs.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A feedback workbook opened back with POI: each sheet as rows of cell texts. */
public final class Workbooks {

  private Workbooks() {}

  /**
   * The rows of a sheet: a text cell as stored, a number as {@code Long} or {@code Double}, a blank
   * cell as null.
   */
  public static List<List<Object>> sheet(Path xlsx, String name) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet(name);
      if (s == null) {
        throw new AssertionError("no sheet " + name + " in " + xlsx);
      }
      List<List<Object>> out = new ArrayList<>();
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        Row x = s.getRow(r);
        List<Object> row = new ArrayList<>();
        if (x != null) {
          for (int c = 0; c < x.getLastCellNum(); c++) {
            row.add(value(x.getCell(c)));
          }
        }
        out.add(row);
      }
      return out;
    }
  }

  /** The sheet names in order. */
  public static List<String> sheetNames(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        out.add(wb.getSheetName(i));
      }
      return out;
    }
  }

  private static Object value(Cell c) {
    if (c == null) {
      return null;
    }
    return switch (c.getCellType()) {
      case STRING -> c.getStringCellValue();
      case NUMERIC -> {
        double d = c.getNumericCellValue();
        yield d == Math.rint(d) ? (Object) (long) d : (Object) d;
      }
      case BLANK -> null;
      default -> c.toString();
    };
  }
}
