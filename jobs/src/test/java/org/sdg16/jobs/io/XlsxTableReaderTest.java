package org.sdg16.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;

class XlsxTableReaderTest {

  @TempDir Path dir;

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
  void readsTheSheetNamedAfterTheDatasetWithNumericCellsAsPlainTextAndDatesAsIso()
      throws IOException {
    Path f = workbook(dir.resolve("per.xlsx"));
    ReadOutcome r = XlsxTableReader.read(f, n -> n.equalsIgnoreCase("firearms"), true);
    assertThat(r.failed()).isFalse();
    Sheet s = r.sheets().get(0);
    assertThat(s.name()).isEqualTo("firearms");
    assertThat(s.header())
        .containsExactly("ref_area", "year", "measure", "arm_type", "value", "submitted_on");
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(0).cells())
        .containsEntry("ref_area", "604")
        .containsEntry("year", "2020")
        .containsEntry("value", "1234.5")
        .containsEntry("submitted_on", "2021-04-30")
        .containsEntry("arm_type", "");
    // the row number is the sheet's row less the header, blank rows counted
    assertThat(s.rows().get(1).row()).isEqualTo(3);
    assertThat(s.rows().get(1).cells())
        .containsEntry("value", "42")
        .containsEntry("arm_type", "pistol");
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
    assertThat(XlsxTableReader.read(f, n -> n.equals("tip"), true).sheets().get(0).name())
        .isEqualTo("Notes");
    Path text = dir.resolve("fake.xlsx");
    Files.writeString(text, "ref_area,year\n");
    assertThat(XlsxTableReader.read(text, n -> true, true).failure())
        .isEqualTo(FindingCode.UNSUPPORTED_FORMAT);
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9});
    assertThat(XlsxTableReader.read(broken, n -> true, true).failure())
        .isEqualTo(FindingCode.UNREADABLE_FILE);
  }

  @Test
  void readingAWorkbookLeavesItsBytesAlone() throws IOException {
    Path f = workbook(dir.resolve("per.xlsx"));
    byte[] before = Files.readAllBytes(f);
    assertThat(XlsxTableReader.read(f, n -> true, false).failed()).isFalse();
    assertThat(XlsxTableReader.sheetNames(f)).containsExactly("Notes", "firearms");
    assertThat(Files.readAllBytes(f))
        .as("a read must not save the workbook back")
        .isEqualTo(before);
  }

  // ---- workbooks written part by part, as programs other than Excel may write them ----------

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /**
   * Styles: 0 General, 1 the built-in date format 14, 2 a custom date format, 3 the built-in 0.00%.
   */
  static final String STYLES =
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
          + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/></cellXfs>";

  /**
   * Shared strings: 0 "alpha", 1 "beta" in two runs with a phonetic reading that is not part of it.
   */
  static final String STRINGS =
      "<si><t>alpha</t></si>"
          + "<si><r><t>be</t></r><r><rPr><b/></rPr><t>ta</t></r><rPh sb=\"0\" eb=\"1\"><t>BE</t></rPh></si>";

  /** A workbook of the given parts: sheets {name, state ("" = visible), XML}, in workbook order. */
  static final class HandMade {
    private final List<String[]> sheets = new ArrayList<>();
    private String workbookPr = "";

    HandMade sheet(String name, String state, String xml) {
      sheets.add(new String[] {name, state, xml});
      return this;
    }

    HandMade date1904() {
      workbookPr = "<workbookPr date1904=\"1\"/>";
      return this;
    }

    Path write(Path file) throws IOException {
      Map<String, String> parts = new LinkedHashMap<>();
      StringBuilder types =
          new StringBuilder(
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                  + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      StringBuilder rels =
          new StringBuilder(
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rS\" Type=\""
                  + rel
                  + "/styles\" Target=\"styles.xml\"/>"
                  + "<Relationship Id=\"rT\" Type=\""
                  + rel
                  + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      StringBuilder book =
          new StringBuilder(
              "<workbook xmlns=\""
                  + MAIN
                  + "\" xmlns:r=\""
                  + rel
                  + "\">"
                  + workbookPr
                  + "<sheets>");
      for (int i = 1; i <= sheets.size(); i++) {
        String[] s = sheets.get(i - 1);
        types
            .append("<Override PartName=\"/xl/worksheets/sheet")
            .append(i)
            .append(".xml\" ContentType=\"application/")
            .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        rels.append("<Relationship Id=\"rId")
            .append(i)
            .append("\" Type=\"")
            .append(rel)
            .append("/worksheet\" Target=\"worksheets/sheet")
            .append(i)
            .append(".xml\"/>");
        book.append("<sheet name=\"")
            .append(s[0])
            .append("\" sheetId=\"")
            .append(i)
            .append("\" r:id=\"rId")
            .append(i)
            .append(s[1].isEmpty() ? "" : "\" state=\"" + s[1])
            .append("\"/>");
        parts.put("xl/worksheets/sheet" + i + ".xml", s[2]);
      }
      parts.put("[Content_Types].xml", types.append("</Types>").toString());
      parts.put(
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + rel
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      parts.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
      parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">" + STYLES + "</styleSheet>");
      parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + STRINGS + "</sst>");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, String> e : parts.entrySet()) {
          z.putNextEntry(new ZipEntry(e.getKey()));
          z.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + e.getValue())
                  .getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      }
      return Files.write(file, bytes.toByteArray());
    }
  }

  /** A worksheet of the given rows ({@code <row>} elements). */
  static String worksheet(String... rows) {
    return "<worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + String.join("", rows)
        + "</sheetData></worksheet>";
  }

  /**
   * Row {@code n} with an inline-string cell {@code A<n>} naming the case, then the given cells.
   */
  static String row(int n, String label, String... cells) {
    return "<row r=\"" + n + "\">" + text("A" + n, label) + String.join("", cells) + "</row>";
  }

  static String text(String ref, String s) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
  }

  /** The only sheet of a hand-made workbook named firearms, read. */
  private Sheet readOne(String xml) throws IOException {
    ReadOutcome r =
        XlsxTableReader.read(
            new HandMade().sheet("firearms", "", xml).write(dir.resolve("hand.xlsx")),
            n -> true,
            true);
    assertThat(r.failed()).as(r.message()).isFalse();
    return r.sheets().get(0);
  }

  /** The value cell of each row, by the label in its first cell. */
  private static Map<String, String> values(Sheet s) {
    Map<String, String> m = new LinkedHashMap<>();
    for (RawRow r : s.rows()) {
      m.put(r.cells().get("case"), r.cells().get("value"));
    }
    return m;
  }

  @Test
  void everyKindOfCellReadsAsTheReturnMeansIt() throws IOException {
    Sheet s =
        readOne(
            worksheet(
                "<row r=\"1\">" + text("A1", "case") + text("B1", "value") + "</row>",
                row(2, "number", "<c r=\"B2\"><v>2017</v></c>"),
                row(3, "decimal", "<c r=\"B3\"><v>1234.50</v></c>"),
                row(4, "exponent", "<c r=\"B4\"><v>1E3</v></c>"),
                row(5, "percent format", "<c r=\"B5\" s=\"3\"><v>0.25</v></c>"),
                row(6, "built-in date format", "<c r=\"B6\" s=\"1\"><v>44286</v></c>"),
                row(7, "custom date format", "<c r=\"B7\" s=\"2\"><v>44286.75</v></c>"),
                row(8, "shared string", "<c r=\"B8\" t=\"s\"><v>0</v></c>"),
                row(9, "rich shared string", "<c r=\"B9\" t=\"s\"><v>1</v></c>"),
                row(
                    10,
                    "rich inline string",
                    "<c r=\"B10\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>"),
                row(
                    11,
                    "escaped inline string",
                    "<c r=\"B11\" t=\"inlineStr\"><is><t>a_x0041_b</t></is></c>"),
                row(
                    12,
                    "string formula",
                    "<c r=\"B12\" t=\"str\"><f>LOWER(\"HELLO\")</f><v>hello</v></c>"),
                row(13, "number formula", "<c r=\"B13\"><f>1+1</f><v>2</v></c>"),
                row(
                    14,
                    "date formula",
                    "<c r=\"B14\" s=\"1\"><f>DATE(2021,3,31)</f><v>44286</v></c>"),
                row(15, "true", "<c r=\"B15\" t=\"b\"><v>1</v></c>"),
                row(16, "false", "<c r=\"B16\" t=\"b\"><v>0</v></c>"),
                row(17, "error", "<c r=\"B17\" t=\"e\"><v>#DIV/0!</v></c>"),
                row(18, "error formula", "<c r=\"B18\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"),
                row(19, "ISO date cell", "<c r=\"B19\" t=\"d\"><v>2021-03-31</v></c>"),
                row(
                    20,
                    "ISO date and time cell",
                    "<c r=\"B20\" t=\"d\"><v>2021-03-31T18:30:00</v></c>"),
                row(21, "blank", "<c r=\"B21\" s=\"1\"/>")));
    assertThat(values(s))
        .containsExactly(
            Map.entry("number", "2017"),
            Map.entry("decimal", "1234.5"),
            Map.entry("exponent", "1000"),
            Map.entry("percent format", "0.25"),
            Map.entry("built-in date format", "2021-03-31"),
            Map.entry("custom date format", "2021-03-31"),
            Map.entry("shared string", "alpha"),
            Map.entry("rich shared string", "beta"),
            Map.entry("rich inline string", "rich"),
            Map.entry("escaped inline string", "aAb"),
            Map.entry("string formula", "hello"),
            Map.entry("number formula", "2"),
            Map.entry("date formula", "2021-03-31"),
            Map.entry("true", "TRUE"),
            Map.entry("false", "FALSE"),
            Map.entry("error", "#ERROR"),
            Map.entry("error formula", "#ERROR"),
            Map.entry("ISO date cell", "2021-03-31"),
            Map.entry("ISO date and time cell", "2021-03-31"),
            Map.entry("blank", ""));
    assertThat(s.rows()).allMatch(r -> r.unreadable().isEmpty());
    assertThat(s.rows().get(0).row()).isEqualTo(1);
    assertThat(s.rows().get(19).row()).isEqualTo(20);
  }

  @Test
  void aDateIsCountedInTheDateSystemOfItsWorkbookAndAColumnStyleFormatsItsCells()
      throws IOException {
    // serial 42824 is 2017-03-30 counted from 1900, 2021-03-31 counted from 1904 (1,462 days later)
    String xml =
        "<worksheet xmlns=\""
            + MAIN
            + "\"><cols><col min=\"3\" max=\"3\" style=\"1\"/></cols><sheetData>"
            + "<row r=\"1\">"
            + text("A1", "case")
            + text("B1", "value")
            + text("C1", "in date column")
            + "</row>"
            + row(2, "date", "<c r=\"B2\" s=\"1\"><v>42824</v></c>", "<c r=\"C2\"><v>42824</v></c>")
            + row(
                3, "number", "<c r=\"B3\"><v>42824</v></c>", "<c r=\"C3\" s=\"0\"><v>42824</v></c>")
            + "</sheetData></worksheet>";
    Path f1900 = new HandMade().sheet("firearms", "", xml).write(dir.resolve("1900.xlsx"));
    Path f1904 =
        new HandMade().date1904().sheet("firearms", "", xml).write(dir.resolve("1904.xlsx"));
    List<RawRow> rows1900 = XlsxTableReader.read(f1900, n -> true, true).sheets().get(0).rows();
    List<RawRow> rows1904 = XlsxTableReader.read(f1904, n -> true, true).sheets().get(0).rows();
    assertThat(rows1900.get(0).cells())
        .containsEntry("value", "2017-03-30")
        .containsEntry("in date column", "2017-03-30");
    assertThat(rows1904.get(0).cells())
        .containsEntry("value", "2021-03-31")
        .containsEntry("in date column", "2021-03-31");
    // a cell's own style wins over its column's, a number without a date format stays a number
    assertThat(rows1904.get(1).cells())
        .containsEntry("value", "42824")
        .containsEntry("in date column", "42824");
  }

  @Test
  void rowsAndCellsWithoutAReferenceFollowThePreviousOne() throws IOException {
    Sheet s =
        readOne(
            worksheet(
                "<row><c/></row>",
                "<row><c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"inlineStr\"><is><t>B</t></is></c>"
                    + "<c r=\"D2\" t=\"inlineStr\"><is><t>D</t></is></c><c t=\"inlineStr\"><is><t>E</t></is></c></row>",
                "<row><c><v>1</v></c><c r=\"C3\"><v>3</v></c><c><v>4</v></c></row>",
                "<row r=\"6\"><c r=\"B6\"><v>2</v></c></row>",
                "<row><c r=\"E7\"><v>5</v></c></row>"));
    assertThat(s.header()).containsExactly("a", "b", "", "d", "e");
    assertThat(s.rows()).extracting(RawRow::row).containsExactly(1, 4, 5);
    assertThat(s.rows().get(0).cells())
        .containsExactly(
            Map.entry("a", "1"),
            Map.entry("b", ""),
            Map.entry("", "3"),
            Map.entry("d", "4"),
            Map.entry("e", ""));
    assertThat(s.rows().get(1).cells()).containsEntry("b", "2").containsEntry("e", "");
    assertThat(s.rows().get(2).cells()).containsEntry("e", "5").containsEntry("a", "");
  }

  @Test
  void aCellThatCannotBeReadIsAFindingOnItsRowNotTheWorkbook() throws IOException {
    Sheet s =
        readOne(
            worksheet(
                "<row r=\"1\">"
                    + text("A1", "case")
                    + text("B1", "value")
                    + text("C1", "note")
                    + "</row>",
                row(
                    2,
                    "formula without cached value",
                    "<c r=\"B2\"><f>SUM(B3:B9)</f></c>",
                    text("C2", "n")),
                row(3, "missing shared string", "<c r=\"B3\" t=\"s\"><v>7</v></c>"),
                row(4, "NaN", "<c r=\"B4\"><v>NaN</v></c>"),
                row(5, "infinite", "<c r=\"B5\" s=\"1\"><v>Infinity</v></c>"),
                row(6, "INF", "<c r=\"B6\"><v>INF</v></c>"),
                row(7, "malformed number", "<c r=\"B7\"><v>12,5</v></c>"),
                row(8, "malformed date", "<c r=\"B8\" t=\"d\"><v>31/03/2021</v></c>"),
                row(
                    9,
                    "beyond the header",
                    "<c r=\"B9\"><v>1</v></c>",
                    "<c r=\"E9\"><f>X1</f></c>"),
                "<row r=\"10\"><c r=\"B10\"><f>Y1</f></c></row>"));
    String recalc =
        " has no cached value (the workbook was saved without calculating it); recalculate and save the"
            + " workbook again";
    Map<String, Map<String, String>> bad = new LinkedHashMap<>();
    s.rows().forEach(r -> bad.put(r.cells().get("case"), r.unreadable()));
    assertThat(bad)
        .containsExactly(
            Map.entry(
                "formula without cached value",
                Map.of("value", "the formula =SUM(B3:B9)" + recalc)),
            Map.entry(
                "missing shared string",
                Map.of(
                    "value",
                    "the cell refers to shared string 7, which the workbook does not hold")),
            Map.entry("NaN", Map.of("value", "the value is not a finite number")),
            Map.entry("infinite", Map.of("value", "the value is not a finite number")),
            Map.entry("INF", Map.of("value", "the cell cannot be read ('INF' is not a number)")),
            Map.entry(
                "malformed number",
                Map.of("value", "the cell cannot be read ('12,5' is not a number)")),
            Map.entry(
                "malformed date",
                Map.of("value", "the cell cannot be read ('31/03/2021' is not an ISO date)")),
            Map.entry("beyond the header", Map.of("#5", "the formula =X1" + recalc)),
            Map.entry("", Map.of("value", "the formula =Y1" + recalc)));
    // the cell reads as blank, the row's other cells as they are
    assertThat(s.rows().get(0).cells()).containsEntry("value", "").containsEntry("note", "n");
    assertThat(s.rows().get(7).cells())
        .containsEntry("value", "1")
        .containsEntry("#4", "")
        .containsEntry("#5", "");
    assertThat(s.rows()).extracting(RawRow::row).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aHeaderCellThatCannotBeReadRejectsTheFileNamingTheCell() throws IOException {
    Path formula =
        new HandMade()
            .sheet(
                "firearms",
                "",
                worksheet(
                    "<row r=\"1\">"
                        + text("A1", "ref_area")
                        + "<c r=\"B1\"><f>LOWER(\"YEAR\")</f></c></row>",
                    "<row r=\"2\">" + text("A2", "MEX") + "<c r=\"B2\"><v>2020</v></c></row>"))
            .write(dir.resolve("f.xlsx"));
    ReadOutcome r = XlsxTableReader.read(formula, n -> true, true);
    assertThat(r.failure()).isEqualTo(FindingCode.UNREADABLE_CELL);
    assertThat(r.message())
        .isEqualTo(
            "the header cell B1 of the sheet 'firearms' cannot be read: the formula"
                + " =LOWER(\"YEAR\") has no cached value (the workbook was saved without calculating it); recalculate"
                + " and save the workbook again");
    // the header is the first row that is not blank, wherever it is
    Path string =
        new HandMade()
            .sheet(
                "firearms",
                "",
                worksheet(
                    "<row r=\"2\"><c r=\"A2\"/></row>",
                    "<row r=\"3\">"
                        + text("A3", "ref_area")
                        + text("B3", "year")
                        + "<c r=\"C3\" t=\"s\"><v>9</v></c></row>"))
            .write(dir.resolve("s.xlsx"));
    assertThat(XlsxTableReader.read(string, n -> true, true).message())
        .isEqualTo(
            "the header cell C3 of the sheet"
                + " 'firearms' cannot be read: the cell refers to shared string 9, which the workbook does not hold");
  }

  /**
   * A firearms sheet with a header and {@code rows} data rows, a blank row after every second one.
   */
  static String firearmsRows(int rows) {
    List<String> xml = new ArrayList<>();
    xml.add(
        "<row r=\"1\">"
            + text("A1", "ref_area")
            + text("B1", "year")
            + text("C1", "measure")
            + text("D1", "value")
            + text("E1", "submitted_on")
            + "</row>");
    int r = 2;
    for (int i = 0; i < rows; i++, r++) {
      xml.add(
          "<row r=\""
              + r
              + "\">"
              + text("A" + r, "MEX")
              + "<c r=\"B"
              + r
              + "\"><v>2020</v></c>"
              + text("C" + r, "SEIZED")
              + "<c r=\"D"
              + r
              + "\"><v>"
              + i
              + "</v></c>"
              + text("E" + r, "2021-03-31")
              + "</row>");
      if (i % 2 == 1) {
        r++;
        xml.add(
            "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t> </t></is></c></row>");
      }
    }
    return worksheet(xml.toArray(String[]::new));
  }

  @Test
  void aSheetOfExactlyTheRowLimitIsReadWholeAndOneRowMoreFailsTheFile() throws IOException {
    Path five =
        new HandMade().sheet("firearms", "", firearmsRows(5)).write(dir.resolve("five.xlsx"));
    ReadOutcome r = XlsxTableReader.read(five, n -> true, true, 5);
    assertThat(r.failed()).isFalse();
    assertThat(r.sheets().get(0).rows()).hasSize(5);
    assertThat(r.sheets().get(0).rows().get(4).row())
        .isEqualTo(7); // blank rows are not data, but they count
    assertThat(r.sheets().get(0).rows().get(4).cells()).containsEntry("value", "4");

    Path six = new HandMade().sheet("firearms", "", firearmsRows(6)).write(dir.resolve("six.xlsx"));
    ReadOutcome over = XlsxTableReader.read(six, n -> true, true, 5);
    assertThat(over.failure()).isEqualTo(FindingCode.TOO_MANY_ROWS);
    assertThat(over.message())
        .isEqualTo(
            "the sheet 'firearms' has more than 5 data rows (limits.max_sheet_rows);"
                + " save a sheet this big as CSV, which has no row limit");
    assertThat(over.sheets()).isEmpty();
  }

  @Test
  void aFullSizeSheetFailsAtTheRowLimitWithoutBeingReadToTheEnd() throws IOException {
    // the most rows a sheet can have: a header and 1,048,575 data rows, written as Excel would
    Path f = dir.resolve("full.xlsx");
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    wb.setCompressTempFiles(true);
    try (OutputStream out = Files.newOutputStream(f)) {
      SXSSFSheet s = wb.createSheet("firearms");
      String[] header = {"ref_area", "year", "measure", "value", "submitted_on"};
      Row h = s.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int r = 1; r < 1_048_575; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("MEX");
        row.createCell(1).setCellValue(2020);
        row.createCell(2).setCellValue("SEIZED");
        row.createCell(3).setCellValue(r);
        row.createCell(4).setCellValue("2021-03-31");
      }
      // the last row is wider than a return may be: a reader that went on to the end would refuse
      // the file for its columns (TOO_MANY_COLUMNS), not for its rows
      Row last = s.createRow(1_048_575);
      for (int c = 0; c < 1_500; c++) {
        last.createCell(c).setCellValue(c);
      }
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
    ReadOutcome r = XlsxTableReader.read(f, n -> n.equals("firearms"), false);
    assertThat(r.failure()).isEqualTo(FindingCode.TOO_MANY_ROWS);
    assertThat(r.message())
        .isEqualTo(
            "the sheet 'firearms' has more than 200,000 data rows"
                + " (limits.max_sheet_rows); save a sheet this big as CSV, which has no row limit");
  }

  @Test
  void aHeaderOrRowWiderThanAReturnMayBeFailsTheFile() throws IOException {
    StringBuilder wide = new StringBuilder("<row r=\"1\">");
    for (int c = 1; c <= 1_001; c++) {
      wide.append("<c t=\"inlineStr\"><is><t>col").append(c).append("</t></is></c>");
    }
    Path header =
        new HandMade()
            .sheet("firearms", "", worksheet(wide.append("</row>").toString()))
            .write(dir.resolve("header.xlsx"));
    ReadOutcome r = XlsxTableReader.read(header, n -> true, true);
    assertThat(r.failure()).isEqualTo(FindingCode.TOO_MANY_COLUMNS);
    assertThat(r.message())
        .isEqualTo(
            "the file is refused: the header of the sheet 'firearms' has 1,001 cells,"
                + " more than the 1,000 a return may have");
    // a value in column 1,001 (ALM), blank cells up to the last column (XFD) are not cells
    Path row =
        new HandMade()
            .sheet(
                "firearms",
                "",
                worksheet(
                    "<row r=\"1\">" + text("A1", "ref_area") + "</row>",
                    "<row r=\"2\">"
                        + text("A2", "MEX")
                        + "<c r=\"ALL2\"><v>1</v></c><c r=\"XFD2\" s=\"1\"/></row>",
                    "<row r=\"3\">" + text("A3", "MEX") + "<c r=\"ALM3\"><v>1</v></c></row>"))
            .write(dir.resolve("row.xlsx"));
    ReadOutcome wideRow = XlsxTableReader.read(row, n -> true, true);
    assertThat(wideRow.failure()).isEqualTo(FindingCode.TOO_MANY_COLUMNS);
    assertThat(wideRow.message())
        .isEqualTo(
            "the file is refused: row 2 of the sheet 'firearms' has 1,001 cells,"
                + " more than the 1,000 a return may have");
  }

  @Test
  void sheetsComeInWorkbookOrderAndOnlyThoseAskedForAreParsed() throws IOException {
    String broken =
        "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"; // parsed, it fails the file
    String good =
        worksheet(
            "<row r=\"1\">" + text("A1", "ref_area") + "</row>",
            "<row r=\"2\">" + text("A2", "MEX") + "</row>");
    Path f =
        new HandMade()
            .sheet("Notes", "", broken)
            .sheet("secret", "hidden", broken)
            .sheet("tip", "", good)
            .sheet("old", "veryHidden", broken)
            .sheet("firearms", "", good)
            .write(dir.resolve("order.xlsx"));
    ReadOutcome r = XlsxTableReader.read(f, n -> n.equals("firearms") || n.equals("tip"), true);
    assertThat(r.failed()).as(r.message()).isFalse();
    assertThat(r.sheets()).extracting(Sheet::name).containsExactly("tip", "firearms");
    assertThat(r.hidden()).containsExactly("secret", "old");
    assertThat(r.skipped()).containsExactly("Notes");
    assertThat(XlsxTableReader.sheetNames(f))
        .containsExactly("Notes", "secret", "tip", "old", "firearms");
    // asked for, the broken sheet fails the file
    assertThat(XlsxTableReader.read(f, n -> n.equals("Notes"), true).failure())
        .isEqualTo(FindingCode.UNREADABLE_FILE);
  }
}
