package org.sdg16.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Severity;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

class SyntheticDataTest {

  /** A fixed "today", so the tests do not depend on the clock. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static final SyntheticData.Options SMALL =
      new SyntheticData.Options(30, 2015, 2020, 5_000, 16);

  private static final List<String> INBOX =
      List.of("firearms", "firearms_cases", "ccp", "tip", "markets");

  @TempDir Path tmp;

  @Test
  void sameSeedGivesSameBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SyntheticData.generate(a, SMALL, TODAY);
    SyntheticData.generate(b, SMALL, TODAY);
    Map<String, String> ha = hashes(a);
    Map<String, String> hb = hashes(b);
    assertThat(ha).hasSizeGreaterThan(10).isEqualTo(hb);
    // the config differs only by the folder it names
    String ya =
        Files.readString(a.resolve("pipeline.yaml")).replace(a.toAbsolutePath().toString(), "DIR");
    String yb =
        Files.readString(b.resolve("pipeline.yaml")).replace(b.toAbsolutePath().toString(), "DIR");
    assertThat(ya).isEqualTo(yb);
  }

  @Test
  void regeneratingIntoTheSameFolderGivesTheSameFiles() throws IOException {
    Path a = tmp.resolve("a");
    SyntheticData.generate(a, new SyntheticData.Options(12, 2016, 2019, 3_000, 5), TODAY);
    SyntheticData.generate(a, SMALL, TODAY);
    Path b = tmp.resolve("b");
    SyntheticData.generate(b, SMALL, TODAY);
    assertThat(hashes(a)).isEqualTo(hashes(b));
  }

  @Test
  void differentSeedGivesDifferentData() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SyntheticData.generate(a, SMALL, TODAY);
    SyntheticData.generate(b, new SyntheticData.Options(30, 2015, 2020, 5_000, 17), TODAY);
    Map<String, String> ha = hashes(a);
    Map<String, String> hb = hashes(b);
    assertThat(ha.get("population.csv")).isNotEqualTo(hb.get("population.csv"));
    assertThat(ha.get("inbox/ccp/ccp_2018.csv")).isNotEqualTo(hb.get("inbox/ccp/ccp_2018.csv"));
  }

  @Test
  void writesExactlyTheRequestedNumberOfPortSeizures() throws IOException {
    SyntheticData.Summary s = SyntheticData.generate(tmp, SMALL, TODAY);
    assertThat(s.rows("ccp")).isEqualTo(5_000);
    long rows = 0;
    List<Path> files = files(tmp.resolve("inbox/ccp"));
    assertThat(files)
        .hasSize(6)
        .allMatch(p -> p.getFileName().toString().matches("ccp_20(1[5-9]|20)\\.csv"));
    for (Path f : files) {
      rows += read(f).rows().size();
    }
    assertThat(rows).isEqualTo(5_000);
    assertThat(s.files().get("ccp")).isEqualTo(6);
  }

  @Test
  void splitsLargeYearsIntoFilesOfAtMostTheLimit() throws IOException {
    // the programme grows 10:11 from 2019 to 2020: 1,000 and 1,100 seizures
    SyntheticData.Summary s =
        SyntheticData.generate(
            tmp, new SyntheticData.Options(5, 2019, 2020, 2_100, 3), TODAY, 1_000);
    List<Path> files = files(tmp.resolve("inbox/ccp"));
    assertThat(files.stream().map(p -> p.getFileName().toString()))
        .containsExactly("ccp_2019.csv", "ccp_2020_01.csv", "ccp_2020_02.csv");
    assertThat(read(files.get(0)).rows()).hasSize(1_000);
    assertThat(read(files.get(1)).rows()).hasSize(1_000);
    assertThat(read(files.get(2)).rows()).hasSize(100);
    assertThat(s.rows("ccp")).isEqualTo(2_100);
    assertThat(s.files().get("ccp")).isEqualTo(3);
  }

  @Test
  void everyHeaderNamesColumnsOfItsDataset() throws IOException {
    SyntheticData.generate(tmp, SMALL, TODAY);
    for (String d : INBOX) {
      DatasetSchema schema = Datasets.byName(d).orElseThrow();
      List<String> columns = schema.fields().stream().map(Field::name).toList();
      List<Path> files = files(tmp.resolve("inbox").resolve(d));
      assertThat(files).as(d).isNotEmpty();
      for (Path f : files) {
        List<String> header = read(f).header();
        assertThat(header)
            .as(f.toString())
            .isSubsetOf(columns)
            .containsAll(schema.requiredColumns())
            .doesNotHaveDuplicates();
      }
    }
    assertThat(read(tmp.resolve("population.csv")).header())
        .containsExactlyElementsOf(Datasets.POPULATION.fields().stream().map(Field::name).toList());
  }

  @Test
  void firearmsComeInSeveralFilesWithEveryMeasure() throws IOException {
    SyntheticData.generate(tmp, SMALL, TODAY);
    List<Path> files = files(tmp.resolve("inbox/firearms"));
    assertThat(files).hasSize(30);
    Set<String> measures = new HashSet<>();
    Set<String> arms = new HashSet<>();
    Set<String> justifications = new HashSet<>();
    int blanks = 0;
    for (Path f : files) {
      for (RawRow r : read(f).rows()) {
        measures.add(r.cells().get("measure"));
        arms.add(r.cells().get("arm_type"));
        justifications.add(r.cells().get("justification"));
        blanks += r.cells().get("value").isEmpty() ? 1 : 0;
      }
    }
    assertThat(measures).containsAll(org.sdg16.schemas.codes.Codes.FIREARMS_MEASURE.codes());
    assertThat(arms).contains("", "_T", "PISTOL", "RIFLE", "UNKNOWN");
    assertThat(justifications).contains("ILLICIT_POSSESSION", "ILLICIT_TRAFFICKING");
    assertThat(blanks).isPositive();
  }

  @Test
  void summaryReportsEveryKindOfBadRow() throws IOException {
    SyntheticData.Summary s = SyntheticData.generate(tmp, SMALL, TODAY);
    for (FindingCode c :
        List.of(
            FindingCode.UNKNOWN_AREA,
            FindingCode.UNKNOWN_CODE,
            FindingCode.BAD_NUMBER,
            FindingCode.BAD_INTEGER,
            FindingCode.NEGATIVE_VALUE,
            FindingCode.NOT_POSITIVE,
            FindingCode.BAD_DATE,
            FindingCode.FUTURE_DATE,
            FindingCode.YEAR_OUT_OF_RANGE,
            FindingCode.MISSING_VALUE,
            FindingCode.UNIT_MISMATCH,
            FindingCode.NOT_APPLICABLE,
            FindingCode.ROW_WIDTH,
            FindingCode.DUPLICATE_KEY,
            FindingCode.TRACED_ABOVE_DENOMINATOR,
            FindingCode.SUCCESS_ABOVE_REQUESTS,
            FindingCode.PARTS_ABOVE_TOTAL)) {
      assertThat(s.badRows(c)).as(c.name()).isPositive();
    }
    // about 0.1 % of the rows, with the planned ones on top in a small run
    assertThat((double) s.totalBadRows() / s.totalInboxRows()).isBetween(0.0005, 0.01);
  }

  @Test
  void validatorReportsExactlyTheInjectedFindings() throws IOException {
    SyntheticData.Summary s = SyntheticData.generate(tmp, SMALL, TODAY);
    Validator v = new Validator(M49.standard(), TODAY);
    Map<FindingCode, Long> found = new EnumMap<>(FindingCode.class);
    Map<String, Long> quarantined = new LinkedHashMap<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String d : INBOX) {
      DatasetSchema schema = Datasets.byName(d).orElseThrow();
      for (Path f : files(tmp.resolve("inbox").resolve(d))) {
        Sheet sheet = read(f);
        Validator.Result r =
            v.validate(
                schema,
                new Submission(d, f.getFileName().toString(), null, sheet.header()),
                sheet.rows());
        assertThat(r.rejected()).as(f.toString()).isFalse();
        assertThat(r.reconciles()).isTrue();
        r.findings().forEach(x -> found.merge(x.code(), 1L, Long::sum));
        quarantined.merge(d, (long) r.quarantined().size(), Long::sum);
        rows.merge(d, (long) r.rowsRead(), Long::sum);
      }
    }
    assertThat(found).isEqualTo(s.findings());
    assertThat(quarantined).isEqualTo(s.quarantined());
    for (String d : INBOX) {
      assertThat(rows.get(d)).as(d).isEqualTo(s.rows(d));
    }
    assertThat(s.findings().keySet()).allMatch(c -> c.scope() != FindingCode.Scope.FILE);
    assertThat(found.getOrDefault(FindingCode.PARTS_ABOVE_TOTAL, 0L)).isPositive();
    assertThat(FindingCode.PARTS_ABOVE_TOTAL.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void portSeizuresLookLikeTheProgramme() throws IOException {
    SyntheticData.generate(tmp, SMALL, TODAY);
    Map<String, Integer> byCommodity = new TreeMap<>();
    Map<String, Integer> drugUnits = new TreeMap<>();
    Map<String, Set<String>> idsByArea = new HashMap<>();
    int duplicates = 0;
    Set<String> ports = new HashSet<>();
    for (Path f : files(tmp.resolve("inbox/ccp"))) {
      String year = f.getFileName().toString().substring(4, 8);
      String previousDate = "";
      for (RawRow r : read(f).rows()) {
        Map<String, String> c = r.cells();
        byCommodity.merge(c.get("commodity"), 1, Integer::sum);
        Commodity.lookup(c.get("commodity"))
            .ifPresent(
                k -> {
                  if (k.canonicalUnit().name().equals("KG")
                      && k != Commodity.WILDLIFE
                      && k != Commodity.OTHER) {
                    drugUnits.merge(c.get("unit"), 1, Integer::sum);
                  }
                });
        ports.add(c.get("port"));
        String area =
            M49.standard()
                .resolve(c.get("ref_area"))
                .map(a -> Integer.toString(a.m49()))
                .orElse(c.get("ref_area"));
        if (!idsByArea.computeIfAbsent(area, k -> new HashSet<>()).add(c.get("seizure_id"))) {
          duplicates++;
        }
        String date = c.get("seizure_date");
        if (date.matches(year + "-(0[1-9]|1[0-2])-[0-3][0-9]")) {
          assertThat(date).isGreaterThanOrEqualTo(previousDate);
          previousDate = date;
        }
      }
    }
    int total = byCommodity.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(
            byCommodity.get("COCAINE")
                + byCommodity.get("CANNABIS")
                + byCommodity.get("CIGARETTES"))
        .isGreaterThan(total * 35 / 100);
    assertThat(byCommodity.get("STRATEGIC_GOODS")).isPositive().isLessThan(total * 5 / 100);
    assertThat(byCommodity.get("PRECURSORS")).isLessThan(byCommodity.get("COCAINE"));
    assertThat(drugUnits.get("KG"))
        .isGreaterThan(drugUnits.get("G"))
        .isGreaterThan(drugUnits.get("T"));
    assertThat(drugUnits.get("T")).isPositive();
    assertThat(ports).allMatch(p -> p.isEmpty() || p.matches("[A-Z]{5}"));
    // ids repeat only where a DUPLICATE_KEY row was injected
    assertThat(duplicates).isPositive().isLessThan(20);
  }

  @Test
  void populationCoversEveryCountryAndYear() throws IOException {
    SyntheticData.Summary s = SyntheticData.generate(tmp, SMALL, TODAY);
    Sheet pop = read(tmp.resolve("population.csv"));
    assertThat(pop.rows()).hasSize(30 * 6);
    assertThat(s.rows("population")).isEqualTo(180);
    for (RawRow r : pop.rows()) {
      assertThat(r.cells().get("ref_area")).matches("[1-9][0-9]*");
      assertThat(M49.standard().resolve(r.cells().get("ref_area"))).isPresent();
      assertThat(Long.parseLong(r.cells().get("population"))).isPositive();
    }
    Set<String> areaStyles = new HashSet<>();
    for (Path f : files(tmp.resolve("inbox/firearms"))) {
      String a = read(f).rows().get(0).cells().get("ref_area");
      areaStyles.add(a.matches("[0-9]+") ? "m49" : "iso3");
    }
    assertThat(areaStyles).contains("m49", "iso3");
  }

  @Test
  void statesComeBeforeTerritoriesAndTheCountIsCapped() throws IOException {
    SyntheticData.generate(tmp.resolve("a"), SMALL, TODAY);
    Set<String> areas = new HashSet<>();
    for (RawRow r : read(tmp.resolve("a/population.csv")).rows()) {
      areas.add(r.cells().get("ref_area"));
    }
    // Afghanistan (4) and Brazil (76) are in, American Samoa (16) and Bermuda (60) are not
    assertThat(areas).hasSize(30).contains("4", "76").doesNotContain("16", "60");
    SyntheticData.Summary s =
        SyntheticData.generate(
            tmp.resolve("b"), new SyntheticData.Options(999, 2020, 2020, 10, 1), TODAY);
    assertThat(s.options().countries()).isEqualTo(241);
    assertThat(s.rows("population")).isEqualTo(241);
  }

  @Test
  void configIsReadyToRun() throws IOException {
    SyntheticData.generate(tmp, SMALL, TODAY);
    PipelineConfig c = PipelineConfig.load(tmp.resolve("pipeline.yaml"));
    Path dir = tmp.toAbsolutePath().normalize();
    assertThat(c.inbox()).isEqualTo(dir.resolve("inbox"));
    assertThat(c.population()).isEqualTo(dir.resolve("population.csv"));
    assertThat(c.output()).isEqualTo(dir.resolve("out"));
    assertThat(c.spark().master()).isEqualTo("local[*]");
    assertThat(c.spark().conf()).containsEntry("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void yearsStopAtTheLastYearWhoseReturnsAreDue() throws IOException {
    SyntheticData.Summary s =
        SyntheticData.generate(
            tmp, new SyntheticData.Options(3, 2020, 2030, 100, 1), LocalDate.of(2026, 2, 1));
    assertThat(s.options().yearTo()).isEqualTo(2024);
    assertThat(SyntheticData.lastYearDue(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
    assertThatThrownBy(
            () ->
                SyntheticData.generate(
                    tmp.resolve("x"),
                    new SyntheticData.Options(3, 2026, 2026, 10, 1),
                    LocalDate.of(2026, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsBadOptions() {
    assertThatThrownBy(() -> new SyntheticData.Options(0, 2010, 2020, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticData.Options(5, 1985, 2020, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticData.Options(5, 2020, 2010, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticData.Options(5, 2010, 2020, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SyntheticData.Options.defaults())
        .isEqualTo(new SyntheticData.Options(150, 2010, 2024, 20_000, 16));
  }

  @Test
  void decimalsArePlainRootLocaleText() {
    assertThat(Cells.decimal(1234.5, 2, true)).isEqualTo("1234.5");
    assertThat(Cells.decimal(12.0, 3, true)).isEqualTo("12");
    assertThat(Cells.decimal(0.0001, 2, true)).isEqualTo("0.01");
    assertThat(Cells.decimal(1.05, 2, false)).isEqualTo("1.05");
    assertThat(Cells.decimal(0.0, 1, false)).isEqualTo("0");
    assertThat(Rng.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private record Sheet(List<String> header, List<RawRow> rows) {}

  /** Reads a CSV file as the pipeline does: header lower case, cells by column, extras numbered. */
  private static Sheet read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.parse(r)) {
      List<String> header = null;
      List<RawRow> rows = new ArrayList<>();
      for (CSVRecord rec : p) {
        if (header == null) {
          header = rec.toList();
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < rec.size(); i++) {
          cells.put(i < header.size() ? header.get(i) : "#" + (i + 1), rec.get(i));
        }
        rows.add(new RawRow(rows.size() + 1, cells));
      }
      return new Sheet(header, rows);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** SHA-256 of every file under {@code dir} but the config (which names the folder). */
  private static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.equals("pipeline.yaml")) {
          out.put(rel, sha256(Files.readAllBytes(p)));
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
