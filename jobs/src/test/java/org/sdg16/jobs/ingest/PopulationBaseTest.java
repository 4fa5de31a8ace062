package org.sdg16.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.reference.PopulationReference;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Severity;

/**
 * The population base of methodology §5 at ingest: the shipped World Bank reference overridden
 * area-year by area-year by the configured population file, and one {@code POPULATION_MISSING}
 * finding for the area-years of the returns that neither holds.
 */
class PopulationBaseTest extends SparkTestBase {

  /** 2025 is a past year (returns for it are valid) after the reference's last year, 2024. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** Rows the reference gives: 215 M49 areas, 13,945 area-years. */
  private static final int REFERENCE_ROWS = 13_945;

  @TempDir static Path dir;

  static Run withFile;
  static Run referenceOnly;

  record Run(IngestJob.Report report, Path tables) {
    Dataset<Row> table(String name) {
      return session().read().parquet(tables.resolve(name).toString());
    }

    Row population(int area, int year) {
      List<Row> rows =
          table("population")
              .filter("ref_area = " + area + " and year = " + year)
              .select("population", "source_file", "source_row")
              .collectAsList();
      assertThat(rows).as("one row for %d %d", area, year).hasSize(1);
      return rows.get(0);
    }

    List<Row> missingFindings() {
      return table("findings")
          .filter("code = 'POPULATION_MISSING'")
          .select("dataset", "source_file", "row", "severity", "message")
          .collectAsList();
    }
  }

  @BeforeAll
  static void ingest() throws IOException {
    // returns for area-years with a population (Mexico 2020 from the file, Mexico 2021 from the
    // reference, Kenya 2025 from the file only), and for some with none: Guernsey (in M49, not
    // in the World Bank file) 2019 and 2020, Ghana 2025 (after the reference's last year)
    Path inbox = dir.resolve("inbox");
    Files.createDirectories(inbox.resolve("firearms"));
    Files.createDirectories(inbox.resolve("tip"));
    Files.createDirectories(inbox.resolve("ccp"));
    Files.createDirectories(inbox.resolve("firearms_cases"));
    Files.writeString(
        inbox.resolve("firearms/f.csv"),
        "ref_area,year,measure,arm_type,justification,value,submitted_on\n"
            + "MEX,2020,SEIZED,_T,_T,100,2021-03-31\n"
            + "KEN,2025,SEIZED,_T,_T,40,2026-03-31\n");
    Files.writeString(
        inbox.resolve("tip/t.csv"),
        "ref_area,year,measure,sex,age,exploitation,value,submitted_on\n"
            + "GGY,2019,DETECTED_VICTIMS,_T,_T,_T,3,2021-01-10\n"
            + "831,2020,DETECTED_VICTIMS,_T,_T,_T,4,2021-01-10\n");
    Files.writeString(
        inbox.resolve("ccp/c.csv"),
        "seizure_id,ref_area,port,seizure_date,transport,commodity,quantity,unit,origin,destination,submitted_on\n"
            + "GHA-TEM-2025-001,GHA,GHTEM,2025-03-02,SEA,CANNABIS,5,T,,,2026-01-15\n");
    Files.writeString(
        inbox.resolve("firearms_cases/k.csv"),
        "case_id,ref_area,seizure_date,arm_type,quantity,justification,transport,submitted_on\n"
            + "MX-1,MEX,2021-03-03,RIFLE,38,ILLICIT_TRAFFICKING,LAND,2022-05-10\n");
    Path population = dir.resolve("pop.csv");
    Files.writeString(
        population, "ref_area,year,population\n484,2020,127000000\nKEN,2025,57000000\n");
    withFile = run("with-file", inbox, population);
    referenceOnly = run("reference-only", inbox, null);
  }

  private static Run run(String name, Path inbox, Path population) throws IOException {
    Path staging = dir.resolve(name).resolve(".staging-" + name);
    Files.createDirectories(staging);
    return new Run(new IngestJob(session(), name, TODAY).run(inbox, population, staging), staging);
  }

  @Test
  void theConfiguredFileWinsForItsAreaYearsAndTheReferenceGivesTheRest() {
    Row mex2020 = withFile.population(484, 2020);
    assertThat(mex2020.getDouble(0))
        .isEqualTo(127_000_000.0); // the file's, not the World Bank's 126,799,054
    assertThat(mex2020.getString(1)).isEqualTo("pop.csv");
    Row mex2021 = withFile.population(484, 2021);
    // population-worldbank.csv, data row 10007: Mexico,MEX,2021,127648148
    assertThat(mex2021.getDouble(0)).isEqualTo(127_648_148.0);
    assertThat(mex2021.getString(1)).isEqualTo("reference:population-worldbank.csv");
    assertThat(mex2021.getInt(2)).isEqualTo(10007);
    assertThat(withFile.population(404, 2025).getDouble(0)).isEqualTo(57_000_000.0);
    // every reference row but Mexico 2020, and the file's two rows
    assertThat(withFile.table("population").count()).isEqualTo(REFERENCE_ROWS - 1 + 2);
    assertThat(
            withFile
                .table("population")
                .groupBy("ref_area", "year")
                .count()
                .filter("count > 1")
                .count())
        .as("one value per area-year")
        .isZero();
    assertThat(withFile.report().tableRows())
        .containsEntry("population", (long) REFERENCE_ROWS + 1);
    // names and types as declared (Parquet is read back as nullable)
    StructField[] written = withFile.table("population").schema().fields();
    StructField[] declared = SparkSchemas.of(WarehouseTables.POPULATION).fields();
    assertThat(written).hasSameSizeAs(declared);
    for (int i = 0; i < declared.length; i++) {
      assertThat(written[i].name()).isEqualTo(declared[i].name());
      assertThat(written[i].dataType()).as(declared[i].name()).isEqualTo(declared[i].dataType());
    }
  }

  @Test
  void withoutAConfiguredFileTheTableIsTheReference() {
    assertThat(referenceOnly.table("population").count()).isEqualTo(REFERENCE_ROWS);
    assertThat(
            referenceOnly
                .table("population")
                .filter("source_file <> 'reference:population-worldbank.csv'")
                .count())
        .isZero();
    // population-worldbank.csv, data row 10006: Mexico,MEX,2020,126799054
    assertThat(referenceOnly.population(484, 2020).getDouble(0)).isEqualTo(126_799_054.0);
  }

  @Test
  void oneFindingListsTheAreaYearsWithoutPopulation() {
    List<Row> f = withFile.missingFindings();
    assertThat(f).hasSize(1);
    assertThat(f.get(0).getString(0)).isEqualTo("population");
    assertThat(f.get(0).getString(1)).isEqualTo("pop.csv");
    assertThat(f.get(0).isNullAt(2)).isTrue();
    assertThat(f.get(0).getString(3)).isEqualTo("WARNING");
    assertThat(f.get(0).getString(4))
        .isEqualTo(
            "no population for 3 area-years: 288 (Ghana) 2025; 831 (Guernsey) 2019\u20132020");
    assertThat(withFile.report().outputFindings())
        .singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(FindingCode.POPULATION_MISSING))
        .satisfies(x -> assertThat(x.message()).isEqualTo(f.get(0).getString(4)));
    assertThat(withFile.report().tableRows().get("findings"))
        .isEqualTo(withFile.table("findings").count());
  }

  @Test
  void withoutTheFileKenya2025IsMissingTooAndTheFileIsNamedReference() {
    List<Row> f = referenceOnly.missingFindings();
    assertThat(f).hasSize(1);
    assertThat(f.get(0).getString(1)).isEqualTo("reference");
    assertThat(f.get(0).getString(4))
        .isEqualTo(
            "no population for 4 area-years: 288 (Ghana) 2025; 404 (Kenya) 2025; 831 (Guernsey) 2019\u20132020");
  }

  @Test
  void noFindingWhenEveryAreaYearHasAPopulation() throws IOException {
    Path inbox = dir.resolve("inbox-complete");
    Files.createDirectories(inbox.resolve("firearms"));
    Files.writeString(
        inbox.resolve("firearms/f.csv"),
        "ref_area,year,measure,arm_type,justification,value,submitted_on\n"
            + "MEX,2020,SEIZED,_T,_T,100,2021-03-31\n"
            + "KEN,2024,SEIZED,_T,_T,40,2025-03-31\n");
    Run r = run("complete", inbox, null);
    assertThat(r.missingFindings()).isEmpty();
    assertThat(r.report().outputFindings()).isEmpty();
    assertThat(r.table("returns_firearms").count()).as("the returns were accepted").isEqualTo(2);
  }

  @Test
  void theMessageListsConsecutiveYearsAsRangesAndCutsALongList() {
    List<PopulationBase.AreaYear> missing = new ArrayList<>();
    for (int y : new int[] {2015, 2016, 2017, 2019, 2025}) {
      missing.add(new PopulationBase.AreaYear(831, y));
    }
    assertThat(PopulationBase.finding(missing, "p.csv").message())
        .isEqualTo("no population for 5 area-years: 831 (Guernsey) 2015\u20132017, 2019, 2025");
    List<PopulationBase.AreaYear> many = new ArrayList<>();
    PopulationReference.worldBank().entries().stream()
        .map(PopulationReference.Entry::m49)
        .distinct()
        .limit(60)
        .forEach(a -> many.add(new PopulationBase.AreaYear(a, 2025)));
    Finding f = PopulationBase.finding(many, "p.csv");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .startsWith("no population for 60 area-years: ")
        .matches(".* \u2026 and \\d+ more");
    int more = Integer.parseInt(f.message().replaceAll(".* and (\\d+) more$", "$1"));
    long listed = f.message().chars().filter(c -> c == ';').count() + 1;
    assertThat(listed + more).as("listed and counted").isEqualTo(60);
    assertThat(f.message().length()).isLessThan(300);
    assertThat(PopulationBase.finding(List.of(), "p.csv")).isNull();
  }
}
