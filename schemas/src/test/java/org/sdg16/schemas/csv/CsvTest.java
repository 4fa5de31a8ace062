package org.sdg16.schemas.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
