package org.sdg16.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * Incremental ingest (issue 7): a file whose SHA-256 did not change is not parsed again, and the
 * run writes exactly the tables and the per-file reconciliation of a full run, also when the
 * changed files interact with the reused ones (a revision of a reused file's key in a new file, a
 * duplicate key inside an edited file, a file removed from the inbox).
 */
class IncrementalIngestTest extends SparkTestBase {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final List<String> TABLES =
      List.of(
          "returns_firearms",
          "returns_firearms_cases",
          "returns_ccp",
          "returns_tip",
          "returns_markets",
          "population",
          "published",
          "quarantine",
          "findings");

  @TempDir Path dir;

  record Run(IngestJob.Report report, Path tables) {}

  private Run ingest(
      String name, Path inbox, Path population, IngestCache cache, boolean full, LocalDate today)
      throws IOException {
    Path staging = dir.resolve(name).resolve(".staging-" + name);
    Files.createDirectories(staging);
    IngestJob job =
        new IngestJob(
            session(),
            name,
            today,
            new IngestJob.Options(PipelineConfig.Limits.DEFAULT, cache, full));
    return new Run(job.run(inbox, population, staging), staging);
  }

  /** Every row of a table as JSON, sorted, without the column that names the run. */
  private static List<String> table(Run r, String name) {
    Dataset<Row> df =
        session().read().parquet(r.tables().resolve(name).toString()).drop("ingest_run");
    List<String> rows = new ArrayList<>(df.toJSON().collectAsList());
    rows.sort(null);
    return rows;
  }

  private static List<Map<String, Object>> manifest(Run r) {
    return r.report().outcomes().stream().map(FileOutcome::toJson).toList();
  }

  private static void assertSameResult(Run a, Run b) {
    for (String t : TABLES) {
      assertThat(table(a, t)).as(t).isEqualTo(table(b, t));
    }
    assertThat(manifest(a)).isEqualTo(manifest(b));
    assertThat(a.report().tableRows()).isEqualTo(b.report().tableRows());
    assertThat(a.report().superseded()).isEqualTo(b.report().superseded());
    assertThat(a.report().outputFindings()).isEqualTo(b.report().outputFindings());
  }

  private List<String> batches(IngestCache cache) throws IOException {
    try (Stream<Path> s = Files.list(cache.root())) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void unchangedFilesAreReusedAndTheResultEqualsAFullRun() throws IOException {
    Path inbox = Fixtures.copy(Fixtures.sampleInbox(), dir.resolve("inbox"));
    Path population = Fixtures.samplePopulation();
    IngestCache cache = new IngestCache(dir.resolve("cache"));

    Run first = ingest("r1", inbox, population, cache, false, TODAY);
    int files = first.report().filesParsed();
    assertThat(files)
        .isEqualTo(26); // 25 returns files (published/ is read apart) and the population file
    assertThat(first.report().filesReused()).isZero();

    // the sample's documented bad rows include a seizure date in 2071 and a year 2091: those two
    // files' outcomes depend on the day, but no day before 2071 changes them, so they are reused
    List<String> dated =
        first.report().outcomes().stream()
            .filter(
                o ->
                    o.findings().stream().anyMatch(f -> IngestCache.TODAY_BOUND.contains(f.code())))
            .map(o -> o.source().relative())
            .distinct()
            .toList();
    assertThat(dated).containsExactly("ccp/ccp_2017_latin_america.csv", "tip/tip_americas.csv");

    Run again = ingest("r2", inbox, population, cache, false, TODAY);
    assertThat(again.report().filesParsed()).isZero();
    assertThat(again.report().filesReused()).isEqualTo(files);
    assertSameResult(again, first);
    assertThat(batches(cache)).containsExactly("batch-r1");

    // an edited file with a duplicate key inside it, a new file revising a reused file's key,
    // a file taken out of the inbox
    Files.writeString(
        inbox.resolve("ccp/ccp_2018.csv"),
        "PAK-KHI-2018-001,PAK,PKKHI,2018-02-13,SEA,HEROIN,112,KG,AFG,LKA,2019-03-01\n"
            + "PAK-KHI-2018-090,PAK,PKKHI,2018-10-01,SEA,HEROIN,15,KG,AFG,LKA,2019-03-01\n",
        StandardOpenOption.APPEND);
    Files.writeString(
        inbox.resolve("ccp/ccp_2019_correction.csv"),
        "seizure_id,ref_area,port,seizure_date,transport,commodity,quantity,unit,origin,destination,submitted_on\n"
            + "ECU-GYE-2019-001,ECU,ECGYE,2019-01-15,SEA,COCAINE,5410,KG,ECU,BEL,2020-09-01\n");
    Files.delete(inbox.resolve("tip/tip_europe.csv"));

    Run incremental = ingest("r3", inbox, population, cache, false, TODAY);
    assertThat(incremental.report().filesParsed()).isEqualTo(2);
    assertThat(incremental.report().filesReused()).isEqualTo(files - 2); // one file out, one in
    Run full =
        ingest("r4", inbox, population, new IngestCache(dir.resolve("cache-full")), true, TODAY);
    assertThat(full.report().filesParsed()).isEqualTo(files);
    assertSameResult(incremental, full);
    // the changes took effect: the duplicate is quarantined, the revision won
    assertThat(table(incremental, "quarantine"))
        .anyMatch(r -> r.contains("PAK-KHI-2018-001") && r.contains("DUPLICATE_KEY"));
    assertThat(table(incremental, "returns_ccp"))
        .anyMatch(r -> r.contains("ECU-GYE-2019-001") && r.contains("5410"))
        .noneMatch(r -> r.contains("ECU-GYE-2019-001") && r.contains("5310"));
    assertThat(table(incremental, "returns_tip")).noneMatch(r -> r.contains("tip_europe"));
    // the cache holds the batch the unchanged files come from and this run's, nothing else
    assertThat(batches(cache)).containsExactly("batch-r1", "batch-r3");

    // --full parses everything into one new batch and drops the others
    Run forced = ingest("r5", inbox, population, cache, true, TODAY);
    assertThat(forced.report().filesParsed()).isEqualTo(files);
    assertThat(forced.report().filesReused()).isZero();
    assertSameResult(forced, full);
    assertThat(batches(cache)).containsExactly("batch-r5");
  }

  @Test
  void aFileWithAFindingThatDependsOnTheDateIsParsedAgainOnTheDayItCouldChange()
      throws IOException {
    Path inbox = dir.resolve("inbox-dated");
    Files.createDirectories(inbox.resolve("ccp"));
    String header =
        "seizure_id,ref_area,port,seizure_date,transport,commodity,quantity,unit,origin,destination,submitted_on\n";
    Files.writeString(
        inbox.resolve("ccp/ccp_2026.csv"),
        header + "KEN-MBA-2026-001,KEN,KEMBA,2026-07-05,SEA,HEROIN,12,KG,AFG,KEN,2026-07-06\n");
    Files.writeString(
        inbox.resolve("ccp/ccp_2025.csv"),
        header + "KEN-MBA-2025-001,KEN,KEMBA,2025-07-05,SEA,HEROIN,12,KG,AFG,KEN,2025-12-01\n");
    IngestCache cache = new IngestCache(dir.resolve("cache-dated"));

    Run before = ingest("d1", inbox, null, cache, false, LocalDate.of(2026, 7, 1));
    assertThat(table(before, "quarantine")).anyMatch(r -> r.contains("FUTURE_DATE"));
    // up to the day before the seizure date, nothing can change: both files are reused
    Run sameWeek = ingest("d2", inbox, null, cache, false, LocalDate.of(2026, 7, 4));
    assertThat(sameWeek.report().filesParsed()).isZero();
    assertSameResult(sameWeek, before);
    // on 5 July the seizure date is no longer in the future, but the submission date still is
    Run fifth = ingest("d3", inbox, null, cache, false, LocalDate.of(2026, 7, 5));
    assertThat(fifth.report().filesParsed()).isEqualTo(1);
    assertThat(fifth.report().filesReused()).isEqualTo(1);
    assertThat(table(fifth, "quarantine"))
        .anyMatch(r -> r.contains("submitted_on 2026-07-06 lies in the future"))
        .noneMatch(r -> r.contains("seizure_date 2026-07-05"));
    Run tenth = ingest("d4", inbox, null, cache, false, LocalDate.of(2026, 7, 10));
    assertThat(tenth.report().filesParsed()).isEqualTo(1);
    assertThat(table(tenth, "returns_ccp")).anyMatch(r -> r.contains("KEN-MBA-2026-001"));
    assertThat(table(tenth, "quarantine")).isEmpty();
    // and from then on it is reused like any other file
    assertThat(
            ingest("d5", inbox, null, cache, false, LocalDate.of(2026, 7, 11))
                .report()
                .filesParsed())
        .isZero();
  }

  @Test
  void theDayAnOutcomeCouldChangeIsReadFromTheRefusedValue() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    java.util.function.BiFunction<String, String, Long> on =
        (column, value) ->
            IngestCache.changesOn(
                List.of(
                    org.sdg16.schemas.validation.Finding.of(
                        column.equals("year")
                            ? org.sdg16.schemas.validation.FindingCode.YEAR_OUT_OF_RANGE
                            : value.compareTo("1990") < 0
                                ? org.sdg16.schemas.validation.FindingCode.YEAR_OUT_OF_RANGE
                                : org.sdg16.schemas.validation.FindingCode.FUTURE_DATE,
                        "x",
                        "f",
                        null,
                        2,
                        column,
                        "m")),
                Map.of(column, value),
                today);
    assertThat(on.apply("seizure_date", "2071-08-17"))
        .isEqualTo(LocalDate.of(2071, 8, 17).toEpochDay());
    assertThat(on.apply("year", "2091")).isEqualTo(LocalDate.of(2091, 1, 1).toEpochDay());
    assertThat(on.apply("year", " 1987 "))
        .as("a year before 1990 never passes")
        .isEqualTo(IngestCache.NEVER);
    assertThat(on.apply("seizure_date", "1989-12-31")).isEqualTo(IngestCache.NEVER);
    assertThat(on.apply("seizure_date", "not a date"))
        .as("unreadable: parse again every run")
        .isEqualTo(today.toEpochDay());
    assertThat(IngestCache.changesOn(List.of(), Map.of(), today)).isEqualTo(IngestCache.NEVER);
  }

  @Test
  void leftoversOfAKilledRunAndADamagedListAreRemovedAndTheFilesParsedAgain() throws IOException {
    Path inbox =
        Fixtures.copy(
                Fixtures.sampleInbox().resolve("tip"), dir.resolve("inbox-tip").resolve("tip"))
            .getParent();
    IngestCache cache = new IngestCache(dir.resolve("cache-damaged"));
    Run first = ingest("k1", inbox, null, cache, false, TODAY);
    // a run killed while writing its records, and a batch whose list was cut short
    Files.createDirectories(cache.root().resolve(".batch-killed/records"));
    Files.writeString(cache.root().resolve("batch-k1/files.json"), "[{\"key\":");
    Run next = ingest("k2", inbox, null, cache, false, TODAY);
    assertThat(next.report().filesReused()).isZero();
    assertThat(next.report().filesParsed()).isEqualTo(first.report().filesParsed());
    assertSameResult(next, first);
    assertThat(batches(cache)).containsExactly("batch-k2");
  }
}
