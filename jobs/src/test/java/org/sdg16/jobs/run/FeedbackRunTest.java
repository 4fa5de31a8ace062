package org.sdg16.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.SampleRuns;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.feedback.CountryPack;
import org.sdg16.jobs.feedback.FeedbackPacks;
import org.sdg16.jobs.feedback.FeedbackWriter;
import org.sdg16.jobs.feedback.Workbooks;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.validation.Messages;

/**
 * The feedback packs of the sample run (contract §4.6), opened back with POI: Kenya's findings come
 * from three CSV files, Peru's from its Excel return; each pack holds every finding of the {@code
 * findings} table whose row names the country, with the raw value as received.
 */
class FeedbackRunTest extends SparkTestBase {

  private static Path out;
  private static SnapshotTables tables;
  private static FeedbackPacks.Packs packs;

  @BeforeAll
  static void build() {
    out = SampleRuns.output();
    Path dir = new Warehouse(out).resolve(null);
    tables = SnapshotTables.read(session(), dir);
    packs = FeedbackRun.packs(session(), out, dir, tables);
  }

  /** The findings of the table whose raw row names the country by ISO3 or M49 code. */
  private static List<FindingRecord> expected(String iso3, int m49) {
    Set<String> names = Set.of(iso3, Integer.toString(m49));
    return tables.findings().stream().filter(f -> names.contains(f.raw().get("ref_area"))).toList();
  }

  private static List<List<Object>> findingRows(Path xlsx) throws Exception {
    List<List<Object>> rows = Workbooks.sheet(xlsx, "findings");
    return rows.subList(1, rows.size());
  }

  private static List<Object> key(FindingRecord f) {
    List<Object> k = new ArrayList<>();
    k.add(f.file());
    k.add(f.sheet());
    k.add(f.row() == null ? null : (long) f.row());
    k.add(f.column());
    k.add(FeedbackWriter.rawValue(f));
    k.add(f.code());
    return k;
  }

  @Test
  void kenyaHasEveryFindingOfItsCsvFiles(@TempDir Path tmp) throws Exception {
    List<FindingRecord> want = expected("KEN", 404);
    // exports/csv/findings.csv of the sample: two DUPLICATE_KEY rows (ccp_2017_africa_asia.csv
    // rows 16, 17), TRACED_ABOVE_DENOMINATOR (ken_2017-2023.csv row 14), NOT_POSITIVE
    // (cases_2021-2022.csv row 32)
    assertThat(want).hasSize(4);
    Path xlsx = FeedbackWriter.write(tmp, packs.byArea().get(404), Messages.of(Messages.Lang.EN));
    List<List<Object>> rows = findingRows(xlsx);
    assertThat(rows.stream().map(r -> r.subList(0, 6)).toList())
        .containsExactlyInAnyOrderElementsOf(want.stream().map(FeedbackRunTest::key).toList());
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r.subList(0, 6))
                    .containsExactly(
                        "firearms/ken_2017-2023.csv",
                        null,
                        14L,
                        "value",
                        "8877",
                        "TRACED_ABOVE_DENOMINATOR"));
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r.subList(0, 6))
                    .containsExactly(
                        "firearms_cases/cases_2021-2022.csv",
                        null,
                        32L,
                        "quantity",
                        "0",
                        "NOT_POSITIVE"));
    // the quarantine holds Kenya's four rows as they came in
    List<List<Object>> q = Workbooks.sheet(xlsx, "quarantine");
    assertThat(q).hasSize(5);
  }

  @Test
  void peruHasTheFindingOfItsExcelReturnAndTheWorkbooksHash(@TempDir Path tmp) throws Exception {
    CountryPack per = packs.byArea().get(604);
    Path xlsx = FeedbackWriter.write(tmp, per, Messages.of(Messages.Lang.EN));
    assertThat(findingRows(xlsx).stream().map(r -> r.subList(0, 6)).toList())
        .containsExactlyInAnyOrderElementsOf(
            expected("PER", 604).stream().map(FeedbackRunTest::key).toList())
        .containsExactly(
            List.of(
                "workbooks/per_national_return_2019-2022.xlsx",
                "firearms",
                19L,
                "value",
                "-1",
                "NEGATIVE_VALUE"));
    String sha =
        Intake.sha256(
            Fixtures.sampleInbox().resolve("workbooks/per_national_return_2019-2022.xlsx"));
    List<List<Object>> cover = Workbooks.sheet(xlsx, "cover");
    // the firearms sheet: 52 read, 51 accepted, 1 quarantined (the run manifest)
    assertThat(cover)
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("workbooks/per_national_return_2019-2022.xlsx", "firearms", sha)
                    .containsSequence(52L, 51L, 1L));
  }

  @Test
  void everyFindingOfTheSnapshotIsInAPackOrNamesNoCountry() {
    List<FindingRecord> placed = new ArrayList<>(packs.unattributed());
    for (CountryPack p : packs.byArea().values()) {
      placed.addAll(p.findings());
    }
    assertThat(placed).containsAll(tables.findings());
    // the one row of tip/tip_asia.csv whose ref_area is 'XYZ': the file holds several countries
    assertThat(packs.unattributed())
        .singleElement()
        .satisfies(f -> assertThat(f.raw()).containsEntry("ref_area", "XYZ"));
  }

  @Test
  void mexicoGetsItsPublishedValueThatDiffersAndTheFindingOnIt(@TempDir Path tmp) throws Exception {
    CountryPack mex = packs.byArea().get(484);
    Path xlsx = FeedbackWriter.write(tmp, mex, Messages.of(Messages.Lang.EN));
    // issue #19: Mexico 2019 is computed as 29.69 against 28.32 published
    List<List<Object>> pub = Workbooks.sheet(xlsx, "published values");
    assertThat(pub)
        .anySatisfy(
            r -> {
              assertThat(r.subList(0, 2)).containsExactly("VC_ARM_SZTRACE", 2019L);
              assertThat((Double) r.get(5))
                  .isCloseTo(29.69, org.assertj.core.data.Offset.offset(0.005));
              assertThat((Double) r.get(6)).isEqualTo(28.32);
              assertThat(r.get(9)).isEqualTo("differs");
            });
    assertThat(findingRows(xlsx))
        .anySatisfy(r -> assertThat(r.get(5)).isEqualTo("PUBLISHED_DIFFERS"));
  }

  @Test
  void indicatorsAreTheCountrysNationalValues() {
    CountryPack arg = packs.byArea().get(32);
    assertThat(arg.observations())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.refArea()).isEqualTo(32))
        .allSatisfy(o -> assertThat(o.reportingType()).isEqualTo("N"));
    assertThat(arg.observations())
        .hasSize(
            (int)
                tables.observations().stream()
                    .filter(o -> o.refArea() == 32 && "N".equals(o.reportingType()))
                    .count());
  }
}
