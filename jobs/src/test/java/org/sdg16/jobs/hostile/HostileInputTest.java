package org.sdg16.jobs.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.jobs.ingest.SourceFile;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Contract §2 against a corpus of hostile and broken files: each gives its finding, the run goes
 * on.
 */
class HostileInputTest extends SparkTestBase {

  @TempDir static Path dir;

  static HostileCorpus corpus;
  static Map<String, List<FileOutcome>> byFile = new LinkedHashMap<>();
  static final PipelineConfig.Limits LIMITS = new PipelineConfig.Limits(1, 10_000, 1_000);

  @BeforeAll
  static void readTheCorpus() throws IOException {
    corpus = new HostileCorpus(dir.resolve("inbox")).write(LIMITS);
    Intake intake = new Intake(M49.standard(), LocalDate.of(2026, 6, 30), LIMITS);
    for (SourceFile f : Intake.scan(corpus.inbox)) {
      byFile.put(f.relative(), intake.process(f));
    }
  }

  @Test
  void theCorpusHasAtLeastThirtyHostileFilesAndEveryOneIsSeen() {
    assertThat(corpus.expected.values().stream().filter(java.util.Objects::nonNull).count())
        .isGreaterThanOrEqualTo(30);
    assertThat(byFile.keySet()).containsExactlyInAnyOrderElementsOf(corpus.expected.keySet());
  }

  @Test
  void everyHostileFileGivesItsFindingAndEveryFileReconciles() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, FindingCode> e : corpus.expected.entrySet()) {
      List<FileOutcome> outcomes = byFile.get(e.getKey());
      List<FindingCode> codes =
          outcomes.stream().flatMap(o -> o.findings().stream()).map(Finding::code).toList();
      if (e.getValue() == null ? !codes.isEmpty() : !codes.contains(e.getValue())) {
        wrong.add(
            e.getKey()
                + ": expected "
                + e.getValue()
                + ", got "
                + codes
                + outcomes.stream()
                    .flatMap(o -> o.findings().stream())
                    .map(Finding::message)
                    .toList());
      }
      for (FileOutcome o : outcomes) {
        assertThat(o.reconciles()).as(e.getKey()).isTrue();
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void hiddenSheetsAreNotReadAndTwoSheetsOfOneDatasetAreNeither() {
    // the visible sheet of a dataset-folder workbook is read, the very hidden first one is not
    List<FileOutcome> hidden = byFile.get("firearms/hidden_first.xlsx");
    assertThat(hidden).hasSize(1);
    assertThat(hidden.get(0).sheet()).isEqualTo("data");
    assertThat(hidden.get(0).rowsAccepted()).isEqualTo(1);
    assertThat(hidden.get(0).findings())
        .extracting(Finding::message)
        .containsExactly(
            "the hidden sheet 'secret' of the workbook was not read; unhide a sheet that holds data meant for UNODC");
    // a national workbook: firearms read, its hidden tip sheet not, with a warning
    List<FileOutcome> tip = byFile.get("workbooks/hidden_tip.xlsx");
    assertThat(tip).extracting(FileOutcome::dataset).containsExactly("firearms");
    assertThat(tip.get(0).rowsAccepted()).isEqualTo(1);
    // two sheets for one dataset (Excel keeps sheet names unique but for case and spaces): one
    // rejected outcome, neither sheet read
    List<FileOutcome> two = byFile.get("workbooks/two_firearms.xlsx");
    assertThat(two).hasSize(1);
    assertThat(two.get(0).rejected()).isTrue();
    assertThat(two.get(0).findings().get(0).message()).contains("'firearms', 'FIREARMS '");
  }

  @Test
  void anUnreadableCellQuarantinesItsRowNotTheWorkbook() {
    for (String f :
        List.of(
            "firearms/formula_no_cache.xlsx",
            "firearms/missing_shared_string.xlsx",
            "firearms/nan.xlsx",
            "firearms/date_type.xlsx")) {
      List<FileOutcome> o = byFile.get(f);
      assertThat(o).as(f).hasSize(1);
      assertThat(o.get(0).rejected()).as(f).isFalse();
      assertThat(o.get(0).rowsAccepted()).as(f + ": the good row").isEqualTo(1);
      assertThat(o.get(0).rowsQuarantined()).as(f + ": the row of the bad cell").isEqualTo(1);
      Finding bad = o.get(0).findings().get(0);
      assertThat(bad.code()).isEqualTo(FindingCode.UNREADABLE_CELL);
      assertThat(bad.row()).isEqualTo(1);
      assertThat(bad.column()).isEqualTo("value");
    }
    assertThat(byFile.get("firearms/formula_no_cache.xlsx").get(0).findings().get(0).message())
        .contains("=SUM(F3:F9) has no cached value");
  }

  @Test
  void aSheetBeyondTheLimitsOrWithAnUnreadableHeaderIsRejectedWholeAndASheetNotAskedForIsNotRead() {
    Map<String, String> messages = new LinkedHashMap<>();
    for (String f :
        List.of(
            "firearms/too_many_rows.xlsx",
            "firearms/wide_header.xlsx",
            "firearms/header_formula.xlsx")) {
      List<FileOutcome> o = byFile.get(f);
      assertThat(o).as(f).hasSize(1);
      assertThat(o.get(0).rejected()).as(f).isTrue();
      assertThat(o.get(0).rowsRead()).as(f).isZero();
      messages.put(f, o.get(0).findings().get(0).message());
    }
    assertThat(messages)
        .containsExactly(
            Map.entry(
                "firearms/too_many_rows.xlsx",
                "the sheet 'firearms' has more than 1,000 data rows"
                    + " (limits.max_sheet_rows); save a sheet this big as CSV, which has no row limit"),
            Map.entry(
                "firearms/wide_header.xlsx",
                "the file is refused: the header of the sheet 'firearms' has"
                    + " 1,001 cells, more than the 1,000 a return may have"),
            Map.entry(
                "firearms/header_formula.xlsx",
                "the header cell F1 of the sheet 'firearms' cannot be read:"
                    + " the formula =LOWER(\"VALUE\") has no cached value (the workbook was saved without calculating it);"
                    + " recalculate and save the workbook again"));
    // the sheet of 1,001 rows that names no dataset would fail the workbook, had it been read
    List<FileOutcome> notes = byFile.get("workbooks/big_notes.xlsx");
    assertThat(notes).extracting(FileOutcome::dataset).containsExactly("firearms");
    assertThat(notes.get(0).rowsAccepted()).isEqualTo(1);
    assertThat(notes.get(0).findings())
        .extracting(Finding::message)
        .containsExactly("sheet 'Lookup' names no dataset and was not read");
  }

  @Test
  void wholeFileRejectionsHaveExactlyOneFinding() {
    for (List<FileOutcome> outcomes : byFile.values()) {
      for (FileOutcome o : outcomes) {
        if (o.rejected()) {
          assertThat(o.findings()).as(o.path()).hasSize(1);
          assertThat(o.findings().get(0).row()).isNull();
        }
      }
    }
  }

  @Test
  void nothingFromOutsideTheInboxIsReadAndNothingIsWrittenOutsideIt() throws IOException {
    Intake intake = new Intake(M49.standard(), LocalDate.of(2026, 6, 30), LIMITS);
    for (SourceFile f : Intake.scan(corpus.inbox)) {
      for (boolean stream : new boolean[] {false, true}) {
        try (Intake.Reading r = intake.read(f, null, stream)) {
          while (r.hasNext()) {
            if (r.next() instanceof Intake.Row row) {
              assertThat(String.valueOf(row.cells())).as(f.relative()).doesNotContain("SECRET");
              assertThat(row.typed() == null ? "" : String.valueOf(row.typed().values()))
                  .as(f.relative())
                  .doesNotContain("SECRET");
            }
          }
        }
      }
    }
    assertThat(Files.exists(Path.of("/tmp/sdg16-evil.txt"))).isFalse();
  }

  @Test
  void theRunGoesOnAndPublishesTheGoodFile() {
    PipelineConfig c =
        new PipelineConfig(
            corpus.inbox,
            null,
            dir.resolve("out"),
            null,
            null,
            null,
            null, // progress
            null,
            null,
            LIMITS,
            null,
            null,
            null,
            null,
            null);
    Pipeline.Outcome out =
        new Pipeline(c, new Progress(System.err), false)
            .run("ingest", java.util.EnumSet.of(Pipeline.Stage.INGEST), session());
    long rejected = out.ingest().filesRejected();
    assertThat(rejected).isGreaterThanOrEqualTo(25);
    assertThat(
            session()
                .read()
                .parquet(dir.resolve("out/warehouse/current/returns_firearms").toString())
                .filter("source_file = 'firearms/good.csv'")
                .count())
        .isEqualTo(1);
    assertThat(
            session()
                .read()
                .parquet(dir.resolve("out/warehouse/current/quarantine").toString())
                .count())
        .isGreaterThanOrEqualTo(rejected);
  }

  @Test
  void configPathsOutsideTheAllowedRootsAreRefused() throws IOException {
    Path cfgDir = dir.resolve("cfg");
    Files.createDirectories(cfgDir);
    Path cfg = cfgDir.resolve("p.yaml");
    Files.writeString(cfg, "inbox: /etc\n");
    var err = new java.io.StringWriter();
    int code =
        org.sdg16.jobs.cli.Main.execute(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(err, true),
            "ingest",
            "--config",
            cfg.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("[inbox]").contains("outside the allowed roots");
  }

  static List<Path> list(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      return s.toList();
    }
  }
}
