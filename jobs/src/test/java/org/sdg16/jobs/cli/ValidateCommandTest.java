package org.sdg16.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;

class ValidateCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static List<Path> tree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      return new ArrayList<>(s.sorted().toList());
    }
  }

  @Test
  void aFolderOfBadFilesReportsEveryProblemAsJsonExitsOneAndWritesNothing() throws IOException {
    Path bad = Fixtures.copy(Fixtures.resource("fixtures/bad"), dir.resolve("bad"));
    List<Path> before = tree(dir);
    Run r = run("validate", "--json", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(tree(dir)).as("validate writes nothing").isEqualTo(before);

    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    List<String> summary = new ArrayList<>();
    for (JsonNode f : files) {
      List<String> codes = new ArrayList<>();
      f.get("findings").forEach(x -> codes.add(x.get("code").asText()));
      summary.add(f.get("path").asText() + " " + f.get("status").asText() + " " + codes);
      assertThat(f.get("rows_read").asInt())
          .isEqualTo(f.get("rows_accepted").asInt() + f.get("rows_quarantined").asInt());
    }
    assertThat(summary)
        .containsExactly(
            "ccp/bad_rows.csv accepted [UNIT_MISMATCH, FUTURE_DATE, NOT_POSITIVE]",
            "firearms/bad_rows.csv accepted [UNKNOWN_AREA, YEAR_OUT_OF_RANGE, UNKNOWN_CODE, NEGATIVE_VALUE, TRACED_ABOVE_DENOMINATOR]",
            "firearms/binary.csv rejected [UNSUPPORTED_FORMAT]",
            "firearms/broken_quote.csv rejected [UNREADABLE_FILE]",
            "firearms/empty.csv rejected [EMPTY_FILE]",
            "firearms/latin1.csv rejected [NOT_UTF8]",
            "firearms/missing_column.csv rejected [MISSING_COLUMN]",
            "firearms/notes.txt rejected [UNSUPPORTED_FORMAT]",
            "firearms/unknown_column.csv rejected [UNKNOWN_COLUMN]",
            "nonsense/file.csv rejected [UNKNOWN_DATASET]",
            "tip/duplicate_column.csv rejected [DUPLICATE_COLUMN]",
            "workbooks/not_a_workbook.xlsx rejected [UNSUPPORTED_FORMAT]");

    JsonNode firearms = files.get(1);
    assertThat(firearms.get("rows_read").asInt()).isEqualTo(4);
    assertThat(firearms.get("rows_accepted").asInt()).isEqualTo(1);
    assertThat(firearms.get("rows_quarantined").asInt()).isEqualTo(3);
    JsonNode first = firearms.get("findings").get(0);
    assertThat(first.get("row").asInt()).isEqualTo(2);
    assertThat(first.get("column").asText()).isEqualTo("ref_area");
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("message").asText())
        .isEqualTo("ref_area 'XYZ' is not an M49 or ISO3 country code");
    JsonNode rejected = files.get(2).get("findings").get(0);
    assertThat(rejected.get("row").isNull()).isTrue();
  }

  @Test
  void aCleanFileExitsZeroAndTheDatasetCanBeNamed() throws IOException {
    Path f = dir.resolve("mine.csv");
    Files.writeString(
        f, "ref_area,year,measure,value,submitted_on\nMEX,2020,SEIZED,10,2021-01-01\n");
    Run r = run("validate", "--dataset", "firearms", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("mine.csv [firearms]: accepted — 1 rows read, 1 accepted, 0 quarantined");
    Run unknown = run("validate", "--dataset", "guns", f.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--dataset");
  }

  @Test
  void textOutputNamesFileRowRuleAndMessage() {
    Run r = run("validate", Fixtures.resource("fixtures/bad/ccp").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("ccp/bad_rows.csv [ccp]: accepted — 3 rows read, 1 accepted, 2 quarantined")
        .contains("row 1, unit: UNIT_MISMATCH: unit PIECES does not fit commodity COCAINE");
  }

  @Test
  void badCommandLinesAndConfigsExitTwo() throws IOException {
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    assertThat(run("validate", "--config", dir.resolve("missing.yaml").toString()).exit())
        .isEqualTo(2);
    Path cfg = dir.resolve("p.yaml");
    Files.writeString(cfg, "inbox: " + dir + "\nshuffle: 3\n");
    Run r = run("run", "--config", cfg.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("[shuffle]");
    Files.writeString(cfg, "inbox: " + dir.resolve("nowhere") + "\n");
    Run r2 = run("ingest", "--config", cfg.toString());
    assertThat(r2.exit()).isEqualTo(2);
    assertThat(r2.err()).contains("[inbox]");
  }

  @Test
  void everyCommandExplainsItself() {
    for (String cmd : List.of("run", "ingest", "validate")) {
      Run r = run(cmd, "--help");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("--config").contains("Usage: sdg16 " + cmd);
    }
  }
}
