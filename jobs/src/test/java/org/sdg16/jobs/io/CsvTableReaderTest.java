package org.sdg16.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.schemas.validation.FindingCode;

class CsvTableReaderTest {

  @TempDir Path dir;

  @Test
  void readsBomCrlfAndRfc4180QuotingWithCaseInsensitiveHeaders() throws IOException {
    Path f = dir.resolve("a.csv");
    Files.write(
        f,
        ("\uFEFFRef_Area, YEAR ,comment\r\n"
                + "MEX,2020,\"seized, in \"\"Sonora\"\"\r\nand Sinaloa\"\r\n"
                + "\r\n"
                + "COL,2021,\r\n")
            .getBytes(StandardCharsets.UTF_8));
    ReadOutcome r = CsvTableReader.read(f);
    assertThat(r.failed()).isFalse();
    Sheet s = r.sheets().get(0);
    assertThat(s.header()).containsExactly("ref_area", "year", "comment");
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(0).cells())
        .containsEntry("comment", "seized, in \"Sonora\"\r\nand Sinaloa");
    assertThat(s.rows().get(1).row()).isEqualTo(2);
    assertThat(s.rows().get(1).cells())
        .containsEntry("ref_area", "COL")
        .containsEntry("comment", "");
  }

  @Test
  void extraCellsAreKeptSoTheWidthCheckSeesThem() throws IOException {
    Path f = dir.resolve("b.csv");
    Files.writeString(f, "a,b\n1,2,3\n");
    assertThat(CsvTableReader.read(f).sheets().get(0).rows().get(0).cells())
        .hasSize(3)
        .containsKey("#3");
  }

  @Test
  void unreadableFilesGiveOneFindingEach() {
    Path bad = Fixtures.resource("fixtures/bad/firearms");
    assertThat(CsvTableReader.read(bad.resolve("latin1.csv")).failure())
        .isEqualTo(FindingCode.NOT_UTF8);
    assertThat(CsvTableReader.read(bad.resolve("binary.csv")).failure())
        .isEqualTo(FindingCode.UNSUPPORTED_FORMAT);
    assertThat(CsvTableReader.read(bad.resolve("broken_quote.csv")).failure())
        .isEqualTo(FindingCode.UNREADABLE_FILE);
    assertThat(CsvTableReader.read(bad.resolve("empty.csv")).failure())
        .isEqualTo(FindingCode.EMPTY_FILE);
  }

  @Test
  void theCursorGivesTheRowsOfAWholeReadOneAtATimeAndDigestsTheFileOnTheWay() throws Exception {
    Path f = dir.resolve("c.csv");
    StringBuilder sb = new StringBuilder("\uFEFFa,b\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i).append(",\"x\ny\"\n").append(i % 100 == 0 ? "\n" : "");
    }
    Files.writeString(f, sb.toString());
    java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
    java.util.List<org.sdg16.schemas.validation.RawRow> streamed = new java.util.ArrayList<>();
    try (CsvTableReader.Cursor c = CsvTableReader.open(f, md)) {
      assertThat(c.header()).containsExactly("a", "b");
      c.forEachRemaining(streamed::add);
      assertThat(c.failed()).isFalse();
      c.close();
      assertThat(c.digested()).isTrue();
    }
    assertThat(streamed).isEqualTo(CsvTableReader.read(f).sheets().get(0).rows()).hasSize(20_000);
    assertThat(java.util.HexFormat.of().formatHex(md.digest()))
        .isEqualTo(org.sdg16.jobs.ingest.Intake.sha256(f));
  }

  @Test
  void aFileThatTurnsUnreadableHalfWayFailsTheCursorAfterItsGoodRows() throws IOException {
    Path f = dir.resolve("d.csv");
    try (java.io.OutputStream out = Files.newOutputStream(f)) {
      out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 30_000; i++) {
        out.write((i + ",ok\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(new byte[] {'1', ',', (byte) 0xFF, '\n'});
    }
    int rows = 0;
    try (CsvTableReader.Cursor c = CsvTableReader.open(f)) {
      while (c.hasNext()) {
        c.next();
        rows++;
      }
      assertThat(c.failed()).isTrue();
      assertThat(c.failure().failure()).isEqualTo(FindingCode.NOT_UTF8);
      assertThat(c.failure().message()).isEqualTo(CsvTableReader.read(f).message());
    }
    assertThat(rows).isPositive().isLessThan(30_000);
  }

  /** A file of a header and then {@code mb} megabytes of {@code fill} with no line break. */
  private Path endless(String name, String header, char fill, int mb) throws IOException {
    Path f = dir.resolve(name);
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) fill);
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
      out.write(header.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < mb; i++) {
        out.write(chunk);
      }
    }
    return f;
  }

  @Test
  void a100MbLineWithoutABreakIsRefusedAfterItsFirstMegabyte() throws IOException {
    // contract §2: 100 MB of commas after a valid header, and a 100 MB header line, each one short
    // finding; the reader stops at 1,048,576 characters instead of holding the line
    for (Path f :
        java.util.List.of(
            endless(
                "commas.csv",
                "ref_area,year,measure,arm_type,justification,value,submitted_on\n",
                ',',
                100),
            endless("header.csv", "", 'x', 100))) {
      ReadOutcome r = CsvTableReader.read(f);
      assertThat(r.failure()).as(f.toString()).isEqualTo(FindingCode.LINE_TOO_LONG);
      // line 1 of the header file, line 2 of the commas: the reader stopped at the limit
      assertThat(r.message()).hasSizeLessThan(200).contains("longer than 1,048,576 characters");
    }
  }

  @Test
  void aHeaderOrRowOfMoreThanAThousandCellsIsRefusedWithAShortMessage() throws IOException {
    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, "a" + ",a".repeat(199_999) + "\n1\n");
    ReadOutcome r = CsvTableReader.read(wide);
    assertThat(r.failure()).isEqualTo(FindingCode.TOO_MANY_COLUMNS);
    assertThat(r.message())
        .isEqualTo(
            "the file is refused: the header has 200,000 cells, more than the 1,000 a return may have");
    Path row = dir.resolve("row.csv");
    Files.writeString(row, "a,b\n1,2\n" + "x,".repeat(1_000) + "x\n");
    ReadOutcome s = CsvTableReader.read(row);
    assertThat(s.failure()).isEqualTo(FindingCode.TOO_MANY_COLUMNS);
    assertThat(s.message()).contains("row 2 has 1,001 cells");
  }

  @Test
  void carriageReturnsAloneEndLinesForTheLineLimit() throws IOException {
    // old Mac Excel "CSV (Macintosh)" ends lines with CR alone: 2 MB of such short lines is no long
    // line
    Path f = dir.resolve("mac.csv");
    Files.writeString(f, "a,b\r" + "1,2\r".repeat(500_000));
    ReadOutcome r = CsvTableReader.read(f);
    assertThat(r.failed()).isFalse();
    assertThat(r.sheets().get(0).rows()).hasSize(500_000);
  }
}
