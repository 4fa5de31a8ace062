package org.sdg16.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Ingest reads CSV files of the datasets without cross-row rules row by row and finds their
 * duplicate keys in Spark; every other file, and every file when streaming is off, is validated
 * whole by the {@link org.sdg16.schemas.validation.Validator}. Both paths must give the same
 * tables, the same manifest and the same objects as {@code validate --json}, on an inbox made of
 * the awkward cases (and whether a table is written in one file or several): duplicate keys written
 * differently (ISO3 and M49, padded ids), a key three times, a duplicate next to a bad row, a cell
 * holding the separator of the raw line, a revision across files, a file that stops being UTF-8
 * half-way, a header that rejects the file, a workbook.
 */
class StreamingIngestTest extends SparkTestBase {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final String CCP =
      "seizure_id,ref_area,port,seizure_date,transport,commodity,quantity,unit,comment,submitted_on\n";

  @TempDir static Path dir;

  static Path inbox;
  static Path population;
  static Run whole;
  static Run streamed;

  record Run(IngestJob.Report report, Path tables) {
    List<String> table(String name) {
      List<String> rows =
          new ArrayList<>(
              session().read().parquet(tables.resolve(name).toString()).toJSON().collectAsList());
      rows.sort(null);
      return rows;
    }

    List<Map<String, Object>> manifest() {
      return report.outcomes().stream().map(FileOutcome::toJson).toList();
    }
  }

  @BeforeAll
  static void ingestTheSameInboxBothWays() throws IOException {
    inbox = dir.resolve("inbox");
    Files.createDirectories(inbox.resolve("ccp"));
    Files.createDirectories(inbox.resolve("firearms_cases"));
    Files.createDirectories(inbox.resolve("firearms"));
    Files.createDirectories(inbox.resolve("workbooks"));
    Files.writeString(
        inbox.resolve("ccp/a_2017.csv"),
        CCP
            + "KEN-MBA-2017-900,KEN,KEMBA,2017-03-01,SEA,COCAINE,12,KG,,2018-01-15\n" // 1: key
            // three
            // times,
            + "KEN-MBA-2017-900,404,KEMBA,2017-03-01,SEA,COCAINE,12,KG,,2018-01-15\n" // 2: written
            // as M49
            + "GHA-TEM-2017-001,GHA,GHTEM,2017-03-02,SEA,CANNABIS,5,T,,2018-01-15\n"
            + " KEN-MBA-2017-900 ,ken,KEMBA,2017-03-03,AIR,HEROIN,1,KG,,2018-01-15\n" // 4: padded,
            // lower case
            + "GHA-TEM-2017-002,GHA,GHTEM,2017-03-04,SEA,COCAINE,1,LB,,2018-01-15\n" // 5: bad unit
            + "GHA-TEM-2017-002,GHA,GHTEM,2017-03-04,SEA,COCAINE,1,KG,,2018-01-15\n" // 6: key of a
            // bad row: no
            // duplicate
            + "PAK-KHI-2017-010,PAK,PKKHI,2017-04-01,SEA,NPS,3,KG,\"a\u001Fb\",2018-01-15\n" // 7:
            // separator in a cell,
            + "PAK-KHI-2017-010,PAK,PKKHI,2017-04-01,SEA,NPS,3,KG,,2018-01-15\n" // 8: twice
            + "PAK-KHI-2017-011,PAK,PKKHI,2099-04-01,SEA,NPS,3,KG,,2018-01-15\n" // 9: future
            + "PAK-KHI-2017-012,PAK,PKKHI,2017-04-02,SEA,NPS,3\n" // 10: short row
            + "ECU-GYE-2017-001,ECU,ECGYE,2017-05-02,SEA,COCAINE,100,KG,,2018-01-15\n" // 11:
            // revised in
            // b
            + "ECU-GYE-2017-002,ECU,ECGYE,2017-05-03,SEA,COCAINE,200,KG,,2018-01-15\n");
    Files.writeString(
        inbox.resolve("ccp/b_2017_correction.csv"),
        CCP
            + "ECU-GYE-2017-001,218,ECGYE,2017-05-02,SEA,COCAINE,110,KG,corrected,2018-06-30\n"
            + "ECU-GYE-2017-003,218,ECGYE,2017-05-09,SEA,COCAINE,7,KG,,2018-06-30\n"
            + "ECU-GYE-2017-003,218,ECGYE,2017-05-09,SEA,COCAINE,7,KG,,2018-06-30\n");
    try (OutputStream out = Files.newOutputStream(inbox.resolve("ccp/c_broken.csv"))) {
      out.write(CCP.getBytes(StandardCharsets.UTF_8));
      // more than the reader's buffers, so that rows come out before the bad bytes are met
      for (int i = 0; i < 3000; i++) {
        out.write(
            ("COL-CTG-2017-" + i + ",COL,COCTG,2017-06-01,SEA,COCAINE,1,KG,,2018-01-15\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write(new byte[] {'C', 'O', 'L', ',', (byte) 0xC3, (byte) 0x28, '\n'});
    }
    Files.writeString(
        inbox.resolve("ccp/d_bad_header.csv"), "seizure_id,ref_area,prot\nX,KEN,KEMBA\n");
    Files.writeString(
        inbox.resolve("firearms_cases/cases.csv"),
        "case_id,ref_area,seizure_date,arm_type,quantity,justification,transport,submitted_on\n"
            + "MX-1,MEX,2023-03-03,RIFLE,38,ILLICIT_TRAFFICKING,LAND,2024-05-10\n"
            + "MX-1,484,2023-03-04,PISTOL,2,,LAND,2024-05-10\n"
            + "MX-2,MEX,2023-03-05,PISTOL,0,,LAND,2024-05-10\n"
            + "MX-3,MEX,2023-03-06,PISTOL,4,,LAND,2024-05-10\n");
    Files.writeString(
        inbox.resolve("firearms/mex.csv"),
        "ref_area,year,measure,arm_type,value,submitted_on\n"
            + "MEX,2020,SEIZED,_T,100,2021-03-31\n"
            + "MEX,2020,SEIZED,PISTOL,160,2021-03-31\n"
            + "MEX,2020,SEIZED,_T,100,2021-03-31\n");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(inbox.resolve("workbooks/per.xlsx"))) {
      XSSFSheet s = wb.createSheet("ccp");
      String[][] cells = {
        CCP.trim().split(","),
        {
          "PER-CLL-2019-1",
          "PER",
          "PECLL",
          "2019-02-01",
          "SEA",
          "COCAINE",
          "40",
          "KG",
          "",
          "2020-03-31"
        },
        {
          "PER-CLL-2019-1",
          "604",
          "PECLL",
          "2019-02-01",
          "SEA",
          "COCAINE",
          "40",
          "KG",
          "",
          "2020-03-31"
        },
        {
          "PER-CLL-2019-2",
          "PER",
          "PECLL",
          "2019-02-02",
          "SEA",
          "COCAINE",
          "4",
          "KG",
          "",
          "2020-03-31"
        }
      };
      for (int r = 0; r < cells.length; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      wb.createSheet("notes")
          .createRow(0)
          .createCell(0)
          .setCellValue("sent by the national focal point");
      wb.write(out);
    }
    population = dir.resolve("population.csv");
    Files.writeString(
        population,
        "ref_area,year,population\n404,2017,49700000\nKEN,2017,49700000\n218,2017,16800000\n");

    whole = ingest("whole", job(false, IngestJob.BIG_TABLE_ROWS));
    // streamed, and written as a big table would be: in several files
    streamed = ingest("streamed", job(true, 0));
  }

  private static IngestJob job(boolean stream, long bigTableRows) {
    return new IngestJob(
        session(),
        "run-1",
        TODAY,
        new IngestJob.Options(PipelineConfig.Limits.DEFAULT, null, false, stream, bigTableRows));
  }

  private static Run ingest(String name, IngestJob job) throws IOException {
    Path staging = dir.resolve(name).resolve("snapshots").resolve(".staging-run-1");
    Files.createDirectories(staging);
    return new Run(job.run(inbox, population, staging), staging);
  }

  @Test
  void bothPathsWriteTheSameTables() {
    for (String t :
        List.of(
            "returns_ccp",
            "returns_firearms_cases",
            "returns_firearms",
            "population",
            "quarantine",
            "findings")) {
      assertThat(streamed.table(t)).as(t).isEqualTo(whole.table(t)).isNotEmpty();
    }
    assertThat(streamed.report().tableRows()).isEqualTo(whole.report().tableRows());
    assertThat(streamed.report().superseded())
        .isEqualTo(whole.report().superseded())
        .containsExactly(Map.entry("ccp:ccp/a_2017.csv", 1L));
  }

  @Test
  void bothPathsGiveTheManifestThatValidateGives() {
    Intake intake = new Intake(M49.standard(), TODAY);
    List<Map<String, Object>> validate = new ArrayList<>();
    for (SourceFile f : Intake.scan(inbox)) {
      intake.process(f).forEach(o -> validate.add(o.toJson()));
    }
    intake
        .processAs(new SourceFile(population, "population.csv", null), Datasets.POPULATION)
        .forEach(o -> validate.add(o.toJson()));
    assertThat(whole.manifest()).isEqualTo(validate);
    assertThat(streamed.manifest()).isEqualTo(validate);
    assertThat(streamed.report().outcomes()).allMatch(FileOutcome::reconciles);
  }

  /** The duplicate-key rule exists twice (Validator for whole files, Duplicates in Spark). */
  @Test
  void theDuplicateKeyRuleGivesTheSameFindingsInJavaAndInSpark() {
    FileOutcome a = outcome(streamed, "ccp/a_2017.csv");
    List<String> spark = duplicates(a);
    assertThat(spark)
        .isEqualTo(duplicates(outcome(whole, "ccp/a_2017.csv")))
        .containsExactly(
            "1 ref_area,seizure_id key (ref_area=404, seizure_id=KEN-MBA-2017-900) appears in rows [1, 2, 4]",
            "2 ref_area,seizure_id key (ref_area=404, seizure_id=KEN-MBA-2017-900) appears in rows [1, 2, 4]",
            "4 ref_area,seizure_id key (ref_area=404, seizure_id=KEN-MBA-2017-900) appears in rows [1, 2, 4]",
            "7 ref_area,seizure_id key (ref_area=586, seizure_id=PAK-KHI-2017-010) appears in rows [7, 8]",
            "8 ref_area,seizure_id key (ref_area=586, seizure_id=PAK-KHI-2017-010) appears in rows [7, 8]");
    assertThat(a.rowsRead()).isEqualTo(12);
    assertThat(a.rowsQuarantined()).isEqualTo(8);
    assertThat(duplicates(outcome(streamed, "firearms_cases/cases.csv")))
        .isEqualTo(duplicates(outcome(whole, "firearms_cases/cases.csv")))
        .hasSize(2);
    assertThat(duplicates(outcome(streamed, "population.csv")))
        .containsExactly(
            "1 ref_area,year key (ref_area=404, year=2017) appears in rows [1, 2]",
            "2 ref_area,year key (ref_area=404, year=2017) appears in rows [1, 2]");
    assertThat(duplicates(outcome(streamed, "workbooks/per.xlsx"))).hasSize(2);
  }

  @Test
  void aFileThatStopsBeingUtf8HalfWayGivesNoRows() {
    FileOutcome broken = outcome(streamed, "ccp/c_broken.csv");
    assertThat(broken.rejected()).isTrue();
    assertThat(broken.rejection().code()).isEqualTo(FindingCode.NOT_UTF8);
    assertThat(broken.rejection().message())
        .matches("the file is not UTF-8 text \\(invalid bytes after record [1-9][0-9]*\\).*");
    assertThat(streamed.table("returns_ccp")).noneMatch(r -> r.contains("c_broken"));
    assertThat(streamed.table("quarantine").stream().filter(r -> r.contains("c_broken")))
        .hasSize(1);
    assertThat(outcome(streamed, "ccp/d_bad_header.csv").rejection().code())
        .isEqualTo(FindingCode.UNKNOWN_COLUMN);
  }

  @Test
  void theRawCellsOfARepeatedKeyAreThoseOfTheFile() {
    assertThat(streamed.table("quarantine"))
        .anyMatch(
            r ->
                r.contains("\"source_row\":7")
                    && r.contains("\"comment\":\"a\\u001Fb\"")
                    && r.contains("DUPLICATE_KEY"));
    assertThat(streamed.table("quarantine"))
        .anyMatch(
            r ->
                r.contains("\"source_row\":4")
                    && r.contains("\"seizure_id\":\" KEN-MBA-2017-900 \"")
                    && r.contains("\"ref_area\":\"ken\""));
  }

  @Test
  void filesAreReadInFewTasksOfAboutTheSameSize() {
    List<FileTask> files = new ArrayList<>();
    long[] sizes = {900, 10, 10, 500, 400, 10, 300, 10};
    for (int i = 0; i < sizes.length; i++) {
      files.add(new FileTask(i, "/x/" + i, "f" + i, "ccp", null, sizes[i]));
    }
    List<List<FileTask>> bins = ReadStep.bins(files, 3);
    assertThat(bins).hasSize(3);
    assertThat(bins.stream().map(b -> b.stream().mapToLong(FileTask::bytes).sum()).toList())
        .containsExactlyInAnyOrder(900L, 540L, 700L);
    assertThat(bins.stream().mapToInt(List::size).sum()).isEqualTo(8);
    assertThat(ReadStep.bins(files.subList(0, 2), 8)).hasSize(2);
    assertThat(ReadStep.bins(List.of(), 8)).isEmpty();
    // in a task, the files of one dataset come together (row groups of one dataset each)
    List<FileTask> mixed =
        List.of(
            new FileTask(0, "/x/a", "a", "firearms", null, 5),
            new FileTask(1, "/x/b", "b", "ccp", null, 100),
            new FileTask(2, "/x/c", "c", "firearms", null, 5),
            new FileTask(3, "/x/p", "p", null, "population", 5));
    assertThat(ReadStep.bins(mixed, 1).get(0).stream().map(FileTask::index).toList())
        .containsExactly(1, 0, 2, 3);
  }

  private static FileOutcome outcome(Run run, String path) {
    return run.report().outcomes().stream()
        .filter(o -> o.source().relative().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> duplicates(FileOutcome o) {
    return o.findings().stream()
        .filter(f -> f.code() == FindingCode.DUPLICATE_KEY)
        .map(f -> f.row() + " " + f.column() + " " + f.message())
        .toList();
  }
}
