package org.sdg16.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.validation.FindingCode;

class XlsxTableReaderTest {

  @TempDir
  Path dir;

  /** A workbook as national authorities send them: numeric codes and years, a date cell. */
  static Path workbook(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      XSSFSheet notes = wb.createSheet("Notes");
      notes.createRow(0).createCell(0).setCellValue("Filled in by the national focal point");
      XSSFSheet fa = wb.createSheet("firearms");
      Row h = fa.createRow(0);
      String[] cols = {"REF_AREA", "Year", "measure", "arm_type", "value", "submitted_on"};
      for (int i = 0; i < cols.length; i++) {
        h.createCell(i).setCellValue(cols[i]);
      }
      Row r1 = fa.createRow(1);
      r1.createCell(0).setCellValue(604.0);
      r1.createCell(1).setCellValue(2020.0);
      r1.createCell(2).setCellValue("SEIZED");
      r1.createCell(4).setCellValue(1234.5);
      r1.createCell(5).setCellValue(LocalDate.of(2021, 4, 30));
      r1.getCell(5).setCellStyle(date);
      fa.createRow(2); // blank row: not data
      Row r3 = fa.createRow(3);
      r3.createCell(0).setCellValue("PER");
      r3.createCell(1).setCellValue(2021.0);
      r3.createCell(2).setCellValue("FOUND");
      r3.createCell(3).setCellValue("pistol");
      r3.createCell(4).setCellFormula("2*21");
      r3.createCell(5).setCellValue("2022-04-30");
      wb.setForceFormulaRecalculation(true);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  @Test
  void readsTheSheetNamedAfterTheDatasetWithNumericCellsAsPlainTextAndDatesAsIso() throws IOException {
    Path f = workbook(dir.resolve("per.xlsx"));
    ReadOutcome r = XlsxTableReader.read(f, n -> n.equalsIgnoreCase("firearms"), true);
    assertThat(r.failed()).isFalse();
    Sheet s = r.sheets().get(0);
    assertThat(s.name()).isEqualTo("firearms");
    assertThat(s.header()).containsExactly("ref_area", "year", "measure", "arm_type", "value", "submitted_on");
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(0).cells()).containsEntry("ref_area", "604").containsEntry("year", "2020")
        .containsEntry("value", "1234.5").containsEntry("submitted_on", "2021-04-30")
        .containsEntry("arm_type", "");
    // the row number is the sheet's row less the header, blank rows counted
    assertThat(s.rows().get(1).row()).isEqualTo(3);
    assertThat(s.rows().get(1).cells()).containsEntry("value", "42").containsEntry("arm_type", "pistol");
  }

  @Test
  void readingAWorkbookNeverChangesIt() throws Exception {
    Path f = workbook(dir.resolve("per.xlsx"));
    byte[] before = Files.readAllBytes(f);
    var modified = Files.getLastModifiedTime(f);
    Thread.sleep(20);
    XlsxTableReader.read(f, n -> true, true);
    XlsxTableReader.sheetNames(f);
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(f)).isEqualTo(modified);
  }

  @Test
  void fallsBackToTheFirstSheetAndRefusesWhatIsNotAWorkbook() throws IOException {
    Path f = workbook(dir.resolve("per.xlsx"));
    assertThat(XlsxTableReader.read(f, n -> n.equals("tip"), true).sheets().get(0).name()).isEqualTo("Notes");
    Path text = dir.resolve("fake.xlsx");
    Files.writeString(text, "ref_area,year\n");
    assertThat(XlsxTableReader.read(text, n -> true, true).failure()).isEqualTo(FindingCode.UNSUPPORTED_FORMAT);
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9});
    assertThat(XlsxTableReader.read(broken, n -> true, true).failure()).isEqualTo(FindingCode.UNREADABLE_FILE);
  }

  @Test
  void readingAWorkbookLeavesItsBytesAlone() throws IOException {
    Path f = workbook(dir.resolve("per.xlsx"));
    byte[] before = Files.readAllBytes(f);
    assertThat(XlsxTableReader.read(f, n -> true, false).failed()).isFalse();
    assertThat(XlsxTableReader.sheetNames(f)).containsExactly("Notes", "firearms");
    assertThat(Files.readAllBytes(f)).as("a read must not save the workbook back").isEqualTo(before);
  }
}
