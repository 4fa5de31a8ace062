package org.sdg16.jobs.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Deterministic synthetic data for tests and benchmarks: the command {@code sdg16 generate --out
 * DIR [--countries N --years A-B --ccp-events N --seed S]} (contract §3). It writes an inbox of
 * every dataset of contract §1.1–§1.5 under {@code DIR/inbox/<dataset>/}, the population table of
 * §1.7 as {@code DIR/population.csv} and a ready {@code DIR/pipeline.yaml}.
 *
 * <p>The same {@link Options} give the same bytes (except the absolute paths in {@code
 * pipeline.yaml}): every value comes from {@link SplittableRandom} streams derived from the seed,
 * the dataset, the country and the year, so no value depends on the order in which the generator
 * visits them; numbers are printed in plain {@link Locale#ROOT} form, dates as ISO dates, files in
 * the one CSV dialect of the project ({@link Csv}: RFC 4180, UTF-8, LF line ends), cells exactly as
 * generated ({@link Csv#verbatim}: no formula escaping, these are inputs). The clock is read once,
 * only to keep every generated date in the past: {@code yearTo} is clamped to the last reference
 * year whose returns were due (31 March of the following year, the {@code submitted_on} date of
 * every annual return) by today. With the default years (2010–2024) the clamp has no effect from 31
 * March 2025 on.
 *
 * <p>About 0.1 % of the rows are made bad on purpose, with at least one row of each finding kind
 * the row and cross-row rules of contract §2 report (when the run is large enough to hold them):
 * see {@link Summary#badRows()}. Each injected bad row breaks exactly one rule, so the findings the
 * validator reports can be predicted exactly: {@link Summary#findings()} and {@link
 * Summary#quarantined()}.
 *
 * <p>Port seizures ({@code ccp}) are streamed to disk row by row: any number of events runs in a
 * small heap.
 *
 * <p>This class is the entry point; the work is done by one {@link DatasetGenerator} per dataset
 * ({@link PopulationGenerator}, {@link FirearmsGenerator}, {@link CasesGenerator}, {@link
 * TipGenerator}, {@link MarketsGenerator}, {@link CcpGenerator}), which share the {@link World} of
 * the run (options, countries, years), count what they write in one {@link Tally}, draw from {@link
 * Rng} and take their columns from the dataset declarations of {@link Datasets}.
 */
public final class SyntheticData {

  private SyntheticData() {}

  /** Rate of injected bad rows (0.1 %). */
  static final double BAD_RATE = 0.001;

  /** At most this many rows per port-seizure file; a bigger year is split in numbered parts. */
  public static final int MAX_ROWS_PER_FILE = 1_000_000;

  /**
   * What to generate.
   *
   * @param countries number of countries: the first N states by M49 code, then dependent
   *     territories; capped at the number available (241)
   * @param yearFrom first reference year, 1990 or later
   * @param yearTo last reference year (clamped, see the class comment)
   * @param ccpEvents exact number of port seizure rows
   * @param seed the seed every random stream derives from
   */
  public record Options(int countries, int yearFrom, int yearTo, long ccpEvents, long seed) {

    public static final int DEFAULT_COUNTRIES = 150;
    public static final int DEFAULT_YEAR_FROM = 2010;
    public static final int DEFAULT_YEAR_TO = 2024;
    public static final long DEFAULT_CCP_EVENTS = 20_000;
    public static final long DEFAULT_SEED = 16;

    public Options {
      if (countries < 1) {
        throw new IllegalArgumentException("countries must be at least 1, not " + countries);
      }
      if (yearFrom < 1990) {
        throw new IllegalArgumentException("the first year must be 1990 or later, not " + yearFrom);
      }
      if (yearTo < yearFrom) {
        throw new IllegalArgumentException("years " + yearFrom + "-" + yearTo + " are empty");
      }
      if (ccpEvents < 0) {
        throw new IllegalArgumentException("ccp events cannot be negative: " + ccpEvents);
      }
    }

    /** 150 countries, 2010–2024, 20,000 port seizures, seed 16. */
    public static Options defaults() {
      return new Options(
          DEFAULT_COUNTRIES, DEFAULT_YEAR_FROM, DEFAULT_YEAR_TO, DEFAULT_CCP_EVENTS, DEFAULT_SEED);
    }
  }

  /**
   * What a run wrote.
   *
   * @param outDir the output folder (absolute)
   * @param options the options actually used (countries capped, {@code yearTo} clamped)
   * @param rows data rows written per dataset ({@code firearms}, …, and {@code population})
   * @param files files written per dataset
   * @param badRows bad rows injected per finding code; a {@code DUPLICATE_KEY} row repeats the key
   *     of a good row, a {@code PARTS_ABOVE_TOTAL} injection inflates one part
   * @param findings the findings a validator must report per code ({@code DUPLICATE_KEY} on both
   *     rows of a pair; {@code PARTS_ABOVE_TOTAL} on the total and every part)
   * @param quarantined the rows a validator must quarantine per dataset (rows with an ERROR)
   */
  public record Summary(
      Path outDir,
      Options options,
      Map<String, Long> rows,
      Map<String, Integer> files,
      Map<FindingCode, Long> badRows,
      Map<FindingCode, Long> findings,
      Map<String, Long> quarantined) {

    public Summary {
      rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
      badRows = Collections.unmodifiableMap(byCode(badRows));
      findings = Collections.unmodifiableMap(byCode(findings));
      quarantined = Collections.unmodifiableMap(new LinkedHashMap<>(quarantined));
    }

    private static Map<FindingCode, Long> byCode(Map<FindingCode, Long> m) {
      Map<FindingCode, Long> out = new EnumMap<>(FindingCode.class);
      out.putAll(m);
      return out;
    }

    public long rows(String dataset) {
      return rows.getOrDefault(dataset, 0L);
    }

    public long badRows(FindingCode code) {
      return badRows.getOrDefault(code, 0L);
    }

    public long totalBadRows() {
      return badRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Data rows of the inbox (population not counted). */
    public long totalInboxRows() {
      return rows.entrySet().stream()
          .filter(e -> !e.getKey().equals("population"))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    /** A few lines for the console. */
    public String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "generated %d countries, %d-%d, seed %d into %s%n",
              options.countries(),
              options.yearFrom(),
              options.yearTo(),
              options.seed(),
              outDir));
      rows.forEach(
          (d, n) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "  %-15s %,12d rows in %d file(s)%n",
                      d,
                      n,
                      files.getOrDefault(d, 0))));
      sb.append(String.format(Locale.ROOT, "  bad rows injected: %d (", totalBadRows()));
      StringBuilder kinds = new StringBuilder();
      badRows.forEach(
          (c, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(c).append(' ').append(n));
      return sb.append(kinds).append(')').append(System.lineSeparator()).toString();
    }
  }

  /** Generates with today's date as the limit for reference years (see the class comment). */
  public static Summary generate(Path outDir, Options o) throws IOException {
    return generate(outDir, o, LocalDate.now());
  }

  /**
   * Generates into {@code outDir}, taking {@code today} as the date no generated good date may
   * pass. Earlier generated files in the dataset folders ({@code returns_*.csv}, {@code
   * cases_*.csv}, {@code ccp_*.csv}, {@code tip_*.csv}, {@code markets_*.csv}) are replaced; other
   * files are left alone.
   */
  public static Summary generate(Path outDir, Options o, LocalDate today) throws IOException {
    return generate(outDir, o, today, MAX_ROWS_PER_FILE);
  }

  /** As {@link #generate(Path, Options, LocalDate)}, with another limit of rows per CCP file. */
  static Summary generate(Path outDir, Options o, LocalDate today, int maxRowsPerFile)
      throws IOException {
    if (maxRowsPerFile < 1) {
      throw new IllegalArgumentException("rows per file must be positive: " + maxRowsPerFile);
    }
    int lastYear = lastYearDue(today);
    if (o.yearFrom() > lastYear) {
      throw new IllegalArgumentException(
          "returns for "
              + o.yearFrom()
              + " are not due yet on "
              + today
              + "; the latest reference year is "
              + lastYear);
    }
    List<Country> all = Country.all(o.seed());
    Options eff =
        new Options(
            Math.min(o.countries(), all.size()),
            o.yearFrom(),
            Math.min(o.yearTo(), lastYear),
            o.ccpEvents(),
            o.seed());
    World world = new World(eff, all.subList(0, eff.countries()));
    Path out = outDir.toAbsolutePath().normalize();
    Path inbox = out.resolve("inbox");
    Tally tally = new Tally(Datasets.INBOX.stream().map(DatasetSchema::name).toList());
    Files.createDirectories(out);
    for (DatasetSchema d : Datasets.INBOX) {
      Path dir = inbox.resolve(d.name());
      Files.createDirectories(dir);
      clean(dir);
    }
    new PopulationGenerator(world, tally).write(out);
    for (DatasetGenerator g :
        List.of(
            new FirearmsGenerator(world, tally),
            new CasesGenerator(world, tally),
            new TipGenerator(world, tally),
            new MarketsGenerator(world, tally),
            new CcpGenerator(world, tally, maxRowsPerFile))) {
      g.write(inbox.resolve(g.schema().name()));
    }
    writeConfig(out, eff);
    return tally.summary(out, eff);
  }

  /** The last reference year whose returns, submitted on 31 March of the next year, are due. */
  static int lastYearDue(LocalDate today) {
    return MonthDay.from(today).isBefore(MonthDay.of(3, 31))
        ? today.getYear() - 2
        : today.getYear() - 1;
  }

  /** Removes files an earlier run of the generator wrote in a dataset folder. */
  private static void clean(Path dir) throws IOException {
    List<Path> old = new ArrayList<>();
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(dir, "{returns_,cases_,ccp_,tip_,markets_}*.csv")) {
      ds.forEach(old::add);
    }
    for (Path p : old) {
      Files.deleteIfExists(p);
    }
  }

  /** A {@code pipeline.yaml} that runs the pipeline on what was generated. */
  private static void writeConfig(Path out, Options o) throws IOException {
    String yaml =
        "# written by: sdg16 generate --countries "
            + o.countries()
            + " --years "
            + o.yearFrom()
            + "-"
            + o.yearTo()
            + " --ccp-events "
            + o.ccpEvents()
            + " --seed "
            + o.seed()
            + "\n"
            + "inbox: "
            + yamlString(out.resolve("inbox").toString())
            + "\n"
            + "population: "
            + yamlString(out.resolve(PopulationGenerator.FILE).toString())
            + "\n"
            + "output: "
            + yamlString(out.resolve("out").toString())
            + "\n"
            + "spark: { master: \"local[*]\", conf: { spark.sql.shuffle.partitions: \"4\" } }\n"
            // the sample's desired directions, and one target so that every progress method's
            // path with a target runs; the target is made up for the synthetic data, no policy's
            + "series:\n"
            + "  VC_ARM_SZTRACE: { desired: increase }\n"
            + "  FA_TRACE_SUCCESS: { desired: increase, target: 75, target_year: 2030 }"
            + "  # a synthetic target\n"
            + "  FA_IDENTIFIED_SHARE: { desired: increase }\n"
            + "  TIP_CONVICTION_RATIO: { desired: increase }\n";
    Files.writeString(out.resolve("pipeline.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
