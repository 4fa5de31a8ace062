package org.sdg16.jobs.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.FindingCode;

/**
 * A corpus of hostile and broken files for every rule of contract §2, written into an inbox, with
 * the finding each must produce. Made by code, so the corpus is the same on every machine.
 */
final class HostileCorpus {

  static final String H = "ref_area,year,measure,arm_type,justification,value,submitted_on\n";
  static final String GOOD = H + "MEX,2020,SEIZED,,,100,2021-03-31\n";

  /** relative path → the finding code it must produce (file-level, or the row finding). */
  final Map<String, FindingCode> expected = new LinkedHashMap<>();

  final Path inbox;

  HostileCorpus(Path inbox) {
    this.inbox = inbox;
  }

  private Path file(String rel) throws IOException {
    Path p = inbox.resolve(rel);
    Files.createDirectories(p.getParent());
    return p;
  }

  private void text(String rel, String content, FindingCode code) throws IOException {
    Files.writeString(file(rel), content, StandardCharsets.UTF_8);
    expected.put(rel, code);
  }

  private void bytes(String rel, byte[] content, FindingCode code) throws IOException {
    Files.write(file(rel), content);
    expected.put(rel, code);
  }

  /**
   * A workbook whose sheets are {name, its cells as CSV text, "" | "hidden" | "veryHidden"} (a tip
   * sheet may get firearms columns: it is never read, being hidden).
   */
  private void workbook(String rel, String[][] sheets, FindingCode code) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      for (String[] s : sheets) {
        org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.createSheet(s[0]);
        String[] lines = s[1].split("\n");
        for (int r = 0; r < lines.length; r++) {
          org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
          String[] cells = lines[r].split(",", -1);
          for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
        if (!s[2].isEmpty()) {
          wb.setSheetVisibility(
              wb.getSheetIndex(sheet),
              s[2].equals("hidden")
                  ? org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN
                  : org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
      }
      // a workbook must show a visible sheet first
      for (int i = 0; i < sheets.length; i++) {
        if (sheets[i][2].isEmpty()) {
          wb.setActiveSheet(i);
          wb.setFirstVisibleTab(i);
          break;
        }
      }
      try (java.io.OutputStream out = Files.newOutputStream(file(rel))) {
        wb.write(out);
      }
    }
    expected.put(rel, code);
  }

  /** Writes the corpus for an inbox that will be read with the given limits. */
  HostileCorpus write(PipelineConfig.Limits limits) throws IOException {
    int maxFileMb = limits.maxFileMb();
    text("firearms/good.csv", GOOD, null);
    // encodings and binary content
    bytes(
        "firearms/latin1.csv",
        (H + "MEX,2020,SEIZED,,,100,2021-03-31,Comentário\n").getBytes(StandardCharsets.ISO_8859_1),
        FindingCode.NOT_UTF8);
    bytes(
        "firearms/utf16.csv",
        ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE),
        FindingCode.UNSUPPORTED_FORMAT);
    byte[] random = new byte[4096];
    new java.util.SplittableRandom(16).nextBytes(random);
    bytes("firearms/random.csv", random, FindingCode.UNSUPPORTED_FORMAT);
    bytes(
        "firearms/picture.csv",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
        FindingCode.UNSUPPORTED_FORMAT);
    text("firearms/empty.csv", "", FindingCode.EMPTY_FILE);
    text("firearms/only_bom.csv", "\uFEFF", FindingCode.EMPTY_FILE);
    // headers
    text(
        "firearms/unknown_column.csv",
        "ref_area,year,measure,valeu,submitted_on\nMEX,2020,SEIZED,1,2021-01-01\n",
        FindingCode.UNKNOWN_COLUMN);
    text(
        "firearms/missing_column.csv",
        "ref_area,year,value,submitted_on\nMEX,2020,1,2021-01-01\n",
        FindingCode.MISSING_COLUMN);
    text(
        "tip/duplicate_column.csv",
        "ref_area,year,measure,value,Value,submitted_on\nNGA,2020,SUSPECTS,1,1,2021-01-01\n",
        FindingCode.DUPLICATE_COLUMN);
    // structure
    text(
        "firearms/broken_quote.csv",
        H + "MEX,2020,\"SEIZED,,,100,2021-03-31\n",
        FindingCode.UNREADABLE_FILE);
    text(
        "firearms/row_width.csv",
        H + "MEX,2020,SEIZED,,,100,2021-03-31,extra\n",
        FindingCode.ROW_WIDTH);
    text(
        "firearms/long_cell.csv",
        H
            + "MEX,2020,SEIZED,,,100,2021-03-31\n"
                .replace("SEIZED,,", "SEIZED," + "A".repeat(20_000) + ","),
        FindingCode.CELL_TOO_LONG);
    StringBuilder big = new StringBuilder(H);
    while (big.length() <= maxFileMb * 1024 * 1024 + 1024) {
      big.append("MEX,2020,SEIZED,,,100,2021-03-31\n");
    }
    text("ccp/oversized.csv", big.toString(), FindingCode.FILE_TOO_LARGE);
    text("firearms/formula.csv", H + "MEX,2020,SEIZED,,,=1+2,2021-03-31\n", FindingCode.BAD_NUMBER);
    text(
        "firearms/nul_late.csv",
        H
            + "MEX,2020,SEIZED,,,100,2021-03-31\n".repeat(400)
            + "MEX,2021,SEI\u0000ZED,,,1,2022-03-31\n",
        FindingCode.UNKNOWN_CODE);
    // wrong kinds of file and wrong places
    text("firearms/notes.txt", "not data\n", FindingCode.UNSUPPORTED_FORMAT);
    text("firearms/run.sh", "#!/bin/sh\nrm -rf /\n", FindingCode.UNSUPPORTED_FORMAT);
    text("firearms/macro.xlsm", "PK", FindingCode.UNSUPPORTED_FORMAT);
    text("weapons/file.csv", GOOD, FindingCode.UNKNOWN_DATASET);
    text("readme.csv", GOOD, FindingCode.UNKNOWN_DATASET);
    text("workbooks/return.csv", GOOD, FindingCode.UNSUPPORTED_FORMAT);
    // links out of the inbox
    Path outside = inbox.getParent().resolve("outside-secret.csv");
    Files.writeString(outside, GOOD.replace("MEX", "SECRET"));
    Files.createSymbolicLink(file("firearms/link_out.csv"), outside);
    expected.put("firearms/link_out.csv", FindingCode.OUTSIDE_INBOX);
    Files.createSymbolicLink(file("tip/link_dir"), inbox.getParent());
    expected.put("tip/link_dir", FindingCode.OUTSIDE_INBOX);
    // a value no formula can take without overflowing: a finding on its row, the run goes on
    text(
        "firearms/huge.csv",
        H + "BOL,2018,SEIZED,_T,_T,1e308,2019-03-31\nBOL,2018,TRACED,_T,_T,1e308,2019-03-31\n",
        FindingCode.VALUE_TOO_LARGE);
    // names that lineage cannot give exactly, and entries that are not files (contract §2)
    text("firearms/a\\b.csv", GOOD.replace("MEX", "BOL"), FindingCode.BAD_FILE_NAME);
    text("firearms/a/b.csv", GOOD.replace("MEX", "PER"), null);
    text("firearms/line\nbreak.csv", GOOD.replace("MEX", "CHL"), FindingCode.BAD_FILE_NAME);
    Path fifo = file("firearms/pipe.csv");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    try {
      if (mk.waitFor() != 0) {
        throw new IOException("mkfifo failed for " + fifo);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    expected.put("firearms/pipe.csv", FindingCode.UNREADABLE_FILE);
    Files.createSymbolicLink(file("firearms/pipe_link.csv"), fifo);
    expected.put("firearms/pipe_link.csv", FindingCode.UNREADABLE_FILE);
    // hidden sheets are not read, and two sheets of one dataset are neither read (contract §2)
    workbook(
        "firearms/hidden_first.xlsx",
        new String[][] {{"secret", area("BOL"), "veryHidden"}, {"data", area("PER"), ""}},
        FindingCode.HIDDEN_SHEET);
    workbook(
        "workbooks/two_firearms.xlsx",
        new String[][] {{"firearms", area("ARG"), ""}, {"FIREARMS ", area("CHL"), ""}},
        FindingCode.DUPLICATE_SHEET);
    workbook(
        "workbooks/hidden_tip.xlsx",
        new String[][] {{"firearms", area("URY"), ""}, {"tip", area("PRY"), "hidden"}},
        FindingCode.HIDDEN_SHEET);
    // a sheet is refused whole beyond the limits, or when its header cannot be read (contract §2);
    // a sheet that names no dataset is not read at all, however big
    String tooMany = H + "ECU,2020,SEIZED,,,1,2021-03-31\n".repeat(limits.maxSheetRows() + 1);
    workbook(
        "firearms/too_many_rows.xlsx",
        new String[][] {{"firearms", tooMany, ""}},
        FindingCode.TOO_MANY_ROWS);
    String wide = H.trim() + ",x".repeat(CsvTableReader.MAX_COLUMNS - 6) + "\n";
    workbook(
        "firearms/wide_header.xlsx",
        new String[][] {{"firearms", wide + GOOD.substring(H.length()), ""}},
        FindingCode.TOO_MANY_COLUMNS);
    bytes(
        "firearms/header_formula.xlsx",
        xlsx(
            firearmsSheet("<c r=\"F2\"><v>1</v></c>")
                .replace(
                    "<c r=\"F1\" t=\"inlineStr\"><is><t>value</t></is></c>",
                    "<c r=\"F1\"><f>LOWER(\"VALUE\")</f></c>")),
        FindingCode.UNREADABLE_CELL);
    workbook(
        "workbooks/big_notes.xlsx",
        new String[][] {
          {"firearms", area("COL"), ""},
          {"Lookup", "code\n" + "x\n".repeat(limits.maxSheetRows() + 1), ""}
        },
        FindingCode.UNKNOWN_SHEET);
    // cells POI would give as 0, blank or an exception: a finding on the cell, the row quarantined
    bytes(
        "firearms/formula_no_cache.xlsx",
        xlsx(firearmsSheet("<c r=\"F2\"><f>SUM(F3:F9)</f></c>")),
        FindingCode.UNREADABLE_CELL);
    bytes(
        "firearms/missing_shared_string.xlsx",
        xlsx(firearmsSheet("<c r=\"F2\" t=\"s\"><v>99</v></c>")),
        FindingCode.UNREADABLE_CELL);
    bytes(
        "firearms/nan.xlsx",
        xlsx(firearmsSheet("<c r=\"F2\"><v>NaN</v></c>")),
        FindingCode.UNREADABLE_CELL);
    bytes(
        "firearms/date_type.xlsx",
        xlsx(firearmsSheet("<c r=\"F2\" t=\"d\"><v>not a date</v></c>")),
        FindingCode.UNREADABLE_CELL);
    // workbooks
    bytes(
        "firearms/xxe.xlsx",
        xlsx(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file://"
                + outside.toAbsolutePath()
                + "\">]>"
                + sheet("&e;")),
        FindingCode.UNREADABLE_FILE);
    bytes(
        "firearms/billion_laughs.xlsx",
        xlsx(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY f \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + sheet("&f;")),
        FindingCode.UNREADABLE_FILE);
    bytes("firearms/zip_bomb.xlsx", zipBomb(), FindingCode.UNREADABLE_FILE);
    bytes("firearms/encrypted.xlsx", encrypted(), FindingCode.UNREADABLE_FILE);
    byte[] ole = new byte[512];
    System.arraycopy(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        },
        0,
        ole,
        0,
        8);
    bytes("firearms/legacy.xlsx", ole, FindingCode.UNREADABLE_FILE);
    byte[] good = xlsx("<?xml version=\"1.0\"?>" + sheet("MEX"));
    bytes(
        "firearms/truncated.xlsx",
        java.util.Arrays.copyOf(good, good.length / 2),
        FindingCode.UNREADABLE_FILE);
    text("firearms/not_a_zip.xlsx", GOOD, FindingCode.UNSUPPORTED_FORMAT);
    bytes("workbooks/no_dataset_sheets.xlsx", poiWorkbook("Notes"), FindingCode.UNKNOWN_DATASET);
    // an entry named ../../../../tmp/sdg16-evil.txt is never written anywhere; the sheet itself
    // lacks columns
    bytes("firearms/traversal.xlsx", traversal(), FindingCode.MISSING_COLUMN);
    return this;
  }

  /** The good file with another area. */
  private static String area(String area) {
    return GOOD.replace("MEX", area);
  }

  /**
   * A firearms sheet: the header, a good row, and a row whose value cell (F2 of row 2) is given.
   */
  static String firearmsSheet(String valueCell) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>");
    // Ecuador: these rows must not supersede those of the good files
    String[][] rows = {
      H.trim().split(","),
      {"ECU", "2020", "SEIZED", "", "", null, "2021-03-31"},
      {"ECU", "2021", "SEIZED", "", "", "100", "2022-03-31"}
    };
    for (int r = 0; r < rows.length; r++) {
      b.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < rows[r].length; c++) {
        String ref = (char) ('A' + c) + Integer.toString(r + 1);
        if (rows[r][c] == null) {
          b.append(valueCell);
        } else if (!rows[r][c].isEmpty()) {
          b.append("<c r=\"")
              .append(ref)
              .append("\" t=\"inlineStr\"><is><t>")
              .append(rows[r][c])
              .append("</t></is></c>");
        }
      }
      b.append("</row>");
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  static String sheet(String cell) {
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ref_area</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
        + cell
        + "</t></is></c></row>"
        + "</sheetData></worksheet>";
  }

  /** A minimal workbook whose first sheet has the given XML. */
  static byte[] xlsx(String sheetXml) throws IOException {
    Map<String, byte[]> parts = basicParts();
    parts.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  private static Map<String, byte[]> basicParts() {
    Map<String, byte[]> p = new LinkedHashMap<>();
    p.put(
        "[Content_Types].xml",
        ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>")
            .getBytes(StandardCharsets.UTF_8));
    p.put(
        "_rels/.rels",
        ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>")
            .getBytes(StandardCharsets.UTF_8));
    p.put(
        "xl/workbook.xml",
        ("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"firearms\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
            .getBytes(StandardCharsets.UTF_8));
    p.put(
        "xl/_rels/workbook.xml.rels",
        ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>")
            .getBytes(StandardCharsets.UTF_8));
    return p;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return bos.toByteArray();
  }

  /** A sheet that inflates 1,000 times: 50 MB of blanks inside a valid workbook. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      z.setLevel(9);
      for (Map.Entry<String, byte[]> e : basicParts().entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      z.write(
          ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] blanks = new byte[1 << 20];
      java.util.Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        z.write(blanks);
      }
      z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return bos.toByteArray();
  }

  private static byte[] traversal() throws IOException {
    Map<String, byte[]> parts = basicParts();
    parts.put(
        "xl/worksheets/sheet1.xml",
        ("<?xml version=\"1.0\"?>" + sheet("MEX")).getBytes(StandardCharsets.UTF_8));
    parts.put("../../../../tmp/sdg16-evil.txt", "owned".getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  static byte[] poiWorkbook(String sheetName) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
      wb.createSheet(sheetName).createRow(0).createCell(0).setCellValue("hello");
      wb.write(bos);
      return bos.toByteArray();
    }
  }

  /** A real password-protected workbook (ECMA-376 agile encryption, as Excel writes it). */
  private static byte[] encrypted() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(poiWorkbook("firearms"));
      } catch (java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      fs.writeFilesystem(bos);
      return bos.toByteArray();
    }
  }
}
