package org.sdg16.schemas.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static String spreadsheet(Object... cells) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (Csv csv = Csv.forSpreadsheets(b)) {
      csv.row(List.of("a", "b", "c"));
      csv.row(cells);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static String verbatim(Object... cells) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (Csv csv = Csv.verbatim(b)) {
      csv.row(cells);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rfc4180QuotingWithLfLineEnds() throws IOException {
    assertThat(spreadsheet("x,y", "say \"hi\"", "two\nlines"))
        .isEqualTo("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    assertThat(verbatim("plain", "", "cr\rlf")).isEqualTo("plain,,\"cr\rlf\"\n");
  }

  @Test
  void nullIsAnEmptyCellAndNumbersArePrintedAsGiven() throws IOException {
    assertThat(verbatim("a", null, "b", 12, Numbers.plain(-2.5))).isEqualTo("a,,b,12,-2.5\n");
    // a record whose only cell is empty is quoted, so that it is not a blank line
    assertThat(verbatim((Object) null)).isEqualTo("\"\"\n");
  }

  @Test
  void utf8WithoutByteOrderMark() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (Csv csv = Csv.verbatim(b)) {
      csv.row("Côte d’Ivoire", "Türkiye");
    }
    byte[] bytes = b.toByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 'C');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("Côte d’Ivoire,Türkiye\n");
  }

  @Test
  void spreadsheetFilesEscapeFormulaLikeTextButNotNumbers() throws IOException {
    assertThat(spreadsheet("=1+2", "-3.5", "@SUM(A1)", "-", "+1", "-x", "\tx", "ok"))
        .endsWith("\n'=1+2,-3.5,'@SUM(A1),'-,+1,'-x,'\tx,ok\n");
  }

  @Test
  void verbatimFilesKeepEveryCellExactly() throws IOException {
    assertThat(verbatim("=1+2", "-3", "@SUM(A1)", "-x")).isEqualTo("=1+2,-3,@SUM(A1),-x\n");
  }

  @Test
  void quotesAsCommonsCsvDoesByteForByte() throws IOException {
    // the printer that wrote the exports before: the same bytes for every cell, tricky or not
    String alphabet = "a0 \t\n\r\",#!=-'\u00e9\u20ac\u00a0\u2028\u0000";
    SplittableRandom r = new SplittableRandom(4180);
    StringBuilder commons = new StringBuilder();
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    try (CSVPrinter p =
            new CSVPrinter(commons, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        Csv csv = Csv.verbatim(ours)) {
      for (int row = 0; row < 20_000; row++) {
        String[] cells = new String[1 + r.nextInt(3)];
        for (int i = 0; i < cells.length; i++) {
          StringBuilder c = new StringBuilder();
          for (int k = r.nextInt(4); k > 0; k--) {
            c.append(alphabet.charAt(r.nextInt(alphabet.length())));
          }
          cells[i] = c.toString();
        }
        p.printRecord((Object[]) cells);
        csv.row((Object[]) cells);
      }
    }
    assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(commons.toString());
  }

  @Test
  void flushLeavesTheStreamOpen() throws IOException {
    class Stream extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Stream s = new Stream();
    Csv csv = Csv.forSpreadsheets(s);
    csv.row(Arrays.asList("a", null));
    csv.flush();
    assertThat(s.closed).isFalse();
    assertThat(s.toString(StandardCharsets.UTF_8)).isEqualTo("a,\n");
    csv.close();
    assertThat(s.closed).isTrue();
  }
}
