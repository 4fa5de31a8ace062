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

  @TempDir
  Path dir;

  @Test
  void readsBomCrlfAndRfc4180QuotingWithCaseInsensitiveHeaders() throws IOException {
    Path f = dir.resolve("a.csv");
    Files.write(f, ("\uFEFFRef_Area, YEAR ,comment\r\n"
        + "MEX,2020,\"seized, in \"\"Sonora\"\"\r\nand Sinaloa\"\r\n"
        + "\r\n"
        + "COL,2021,\r\n").getBytes(StandardCharsets.UTF_8));
    ReadOutcome r = CsvTableReader.read(f);
    assertThat(r.failed()).isFalse();
    Sheet s = r.sheets().get(0);
    assertThat(s.header()).containsExactly("ref_area", "year", "comment");
    assertThat(s.rows()).hasSize(2);
    assertThat(s.rows().get(0).cells()).containsEntry("comment", "seized, in \"Sonora\"\r\nand Sinaloa");
    assertThat(s.rows().get(1).row()).isEqualTo(2);
    assertThat(s.rows().get(1).cells()).containsEntry("ref_area", "COL").containsEntry("comment", "");
  }

  @Test
  void extraCellsAreKeptSoTheWidthCheckSeesThem() throws IOException {
    Path f = dir.resolve("b.csv");
    Files.writeString(f, "a,b\n1,2,3\n");
    assertThat(CsvTableReader.read(f).sheets().get(0).rows().get(0).cells()).hasSize(3).containsKey("#3");
  }

  @Test
  void unreadableFilesGiveOneFindingEach() {
    Path bad = Fixtures.resource("fixtures/bad/firearms");
    assertThat(CsvTableReader.read(bad.resolve("latin1.csv")).failure()).isEqualTo(FindingCode.NOT_UTF8);
    assertThat(CsvTableReader.read(bad.resolve("binary.csv")).failure()).isEqualTo(FindingCode.UNSUPPORTED_FORMAT);
    assertThat(CsvTableReader.read(bad.resolve("broken_quote.csv")).failure()).isEqualTo(FindingCode.UNREADABLE_FILE);
    assertThat(CsvTableReader.read(bad.resolve("empty.csv")).failure()).isEqualTo(FindingCode.EMPTY_FILE);
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
}
