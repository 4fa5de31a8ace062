package org.sdg16.jobs.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Deterministic synthetic data for tests and benchmarks: the command
 * {@code sdg16 generate --out DIR [--countries N --years A-B --ccp-events N --seed S]} (contract
 * §3). It writes an inbox of every dataset of contract §1.1–§1.5 under {@code DIR/inbox/<dataset>/},
 * the population table of §1.7 as {@code DIR/population.csv} and a ready {@code DIR/pipeline.yaml}.
 *
 * <p>The same {@link Options} give the same bytes (except the absolute paths in
 * {@code pipeline.yaml}): every value comes from {@link SplittableRandom} streams derived from the
 * seed, the dataset, the country and the year, so no value depends on the order in which the
 * generator visits them; numbers are printed in plain {@link Locale#ROOT} form, dates as ISO dates,
 * files in the one CSV dialect of the project ({@link Csv}: RFC 4180, UTF-8, LF line ends), cells
 * exactly as generated ({@link Csv#verbatim}: no formula escaping, these are inputs). The clock is read once, only to keep every generated date in
 * the past: {@code yearTo} is clamped to the last reference year whose returns were due (31 March
 * of the following year, the {@code submitted_on} date of every annual return) by today. With the
 * default years (2010–2024) the clamp has no effect from 31 March 2025 on.
 *
 * <p>About 0.1 % of the rows are made bad on purpose, with at least one row of each finding kind
 * the row and cross-row rules of contract §2 report (when the run is large enough to hold them):
 * see {@link Summary#badRows()}. Each injected bad row breaks exactly one rule, so the findings the
 * validator reports can be predicted exactly: {@link Summary#findings()} and
 * {@link Summary#quarantined()}.
 *
 * <p>Port seizures ({@code ccp}) are streamed to disk row by row: any number of events runs in a
 * small heap.
 */
public final class SyntheticData {

  private SyntheticData() {}

  /** Rate of injected bad rows (0.1 %). */
  static final double BAD_RATE = 0.001;

  /** At most this many rows per port-seizure file; a bigger year is split in numbered parts. */
  public static final int MAX_ROWS_PER_FILE = 1_000_000;

  /** A date that is always in the future, for {@code FUTURE_DATE} rows. */
  static final String FUTURE = "2099-01-01";

  /**
   * What to generate.
   *
   * @param countries number of countries: the first N states by M49 code, then dependent
   *                  territories; capped at the number available (241)
   * @param yearFrom  first reference year, 1990 or later
   * @param yearTo    last reference year (clamped, see the class comment)
   * @param ccpEvents exact number of port seizure rows
   * @param seed      the seed every random stream derives from
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
      return new Options(DEFAULT_COUNTRIES, DEFAULT_YEAR_FROM, DEFAULT_YEAR_TO, DEFAULT_CCP_EVENTS,
          DEFAULT_SEED);
    }
  }

  /**
   * What a run wrote.
   *
   * @param outDir      the output folder (absolute)
   * @param options     the options actually used (countries capped, {@code yearTo} clamped)
   * @param rows        data rows written per dataset ({@code firearms}, …, and {@code population})
   * @param files       files written per dataset
   * @param badRows     bad rows injected per finding code; a {@code DUPLICATE_KEY} row repeats the
   *                    key of a good row, a {@code PARTS_ABOVE_TOTAL} injection inflates one part
   * @param findings    the findings a validator must report per code ({@code DUPLICATE_KEY} on both
   *                    rows of a pair; {@code PARTS_ABOVE_TOTAL} on the total and every part)
   * @param quarantined the rows a validator must quarantine per dataset (rows with an ERROR)
   */
  public record Summary(Path outDir, Options options, Map<String, Long> rows,
      Map<String, Integer> files, Map<FindingCode, Long> badRows, Map<FindingCode, Long> findings,
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
      return rows.entrySet().stream().filter(e -> !e.getKey().equals("population"))
          .mapToLong(Map.Entry::getValue).sum();
    }

    /** A few lines for the console. */
    public String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "generated %d countries, %d-%d, seed %d into %s%n",
          options.countries(), options.yearFrom(), options.yearTo(), options.seed(), outDir));
      rows.forEach((d, n) -> sb.append(String.format(Locale.ROOT, "  %-15s %,12d rows in %d file(s)%n",
          d, n, files.getOrDefault(d, 0))));
      sb.append(String.format(Locale.ROOT, "  bad rows injected: %d (", totalBadRows()));
      StringBuilder kinds = new StringBuilder();
      badRows.forEach((c, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(c).append(' ').append(n));
      return sb.append(kinds).append(')').append(System.lineSeparator()).toString();
    }
  }

  /** Generates with today's date as the limit for reference years (see the class comment). */
  public static Summary generate(Path outDir, Options o) throws IOException {
    return generate(outDir, o, LocalDate.now());
  }

  /**
   * Generates into {@code outDir}, taking {@code today} as the date no generated good date may
   * pass. Earlier generated files in the dataset folders ({@code returns_*.csv},
   * {@code cases_*.csv}, {@code ccp_*.csv}, {@code tip_*.csv}, {@code markets_*.csv}) are replaced;
   * other files are left alone.
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
      throw new IllegalArgumentException("returns for " + o.yearFrom() + " are not due yet on "
          + today + "; the latest reference year is " + lastYear);
    }
    List<Country> all = countries(o.seed());
    Options eff = new Options(Math.min(o.countries(), all.size()), o.yearFrom(),
        Math.min(o.yearTo(), lastYear), o.ccpEvents(), o.seed());
    Gen g = new Gen(outDir.toAbsolutePath().normalize(), eff, all.subList(0, eff.countries()),
        maxRowsPerFile);
    g.run();
    return g.summary();
  }

  /** The last reference year whose returns, submitted on 31 March of the next year, are due. */
  static int lastYearDue(LocalDate today) {
    return MonthDay.from(today).isBefore(MonthDay.of(3, 31)) ? today.getYear() - 2 : today.getYear() - 1;
  }

  // ---------------------------------------------------------------------------------------------
  // countries

  /**
   * Dependent territories: they come after the states, so that a run of N countries holds the
   * first N states by M49 code (Hong Kong, Macao and the State of Palestine report on their own
   * and count as states here).
   */
  private static final Set<String> TERRITORIES = Set.of("ABW", "AIA", "ALA", "ASM", "BES", "BLM",
      "BMU", "CCK", "COK", "CUW", "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL",
      "GUF", "GUM", "IMN", "JEY", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
      "PRI", "PYF", "REU", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "VGB", "VIR", "WLF");

  /** Uninhabited territories: no returns, no population. */
  private static final Set<String> UNINHABITED = Set.of("ATA", "BVT", "HMD", "ATF", "SGS", "UMI", "IOT");

  /** Countries without a sea coast: their port control units sit in dry ports and airports. */
  private static final Set<String> LANDLOCKED = Set.of("AFG", "AND", "ARM", "AUT", "AZE", "BDI",
      "BFA", "BLR", "BOL", "BTN", "BWA", "CAF", "CHE", "CZE", "ETH", "HUN", "KAZ", "KGZ", "LAO", "LIE",
      "LSO", "LUX", "MDA", "MKD", "MLI", "MNG", "MWI", "NER", "NPL", "PRY", "RWA", "SMR", "SRB", "SSD",
      "SVK", "SWZ", "TCD", "TJK", "TKM", "UGA", "UZB", "VAT", "ZMB", "ZWE");

  /**
   * A generated country: an M49 area with an ISO3 code and a region, and its synthetic population
   * (log-normal around 6 million in 2015, growing by a country rate).
   */
  record Country(int index, M49.Area area, double pop2015, double growth, boolean landlocked) {
    int m49() {
      return area.m49();
    }

    String iso3() {
      return area.iso3();
    }

    long population(int year) {
      return Math.max(1000, Math.round(pop2015 * StrictMath.pow(1 + growth, year - 2015)));
    }
  }

  /**
   * Every inhabited M49 area with an ISO3 code and a region: the states by M49 code, then the
   * dependent territories by code.
   */
  static List<Country> countries(long seed) {
    List<M49.Area> areas = new ArrayList<>(M49.standard().areas());
    areas.sort((a, b) -> {
      boolean ta = a.iso3() != null && TERRITORIES.contains(a.iso3());
      boolean tb = b.iso3() != null && TERRITORIES.contains(b.iso3());
      return ta != tb ? Boolean.compare(ta, tb) : Integer.compare(a.m49(), b.m49());
    });
    List<Country> out = new ArrayList<>();
    for (M49.Area a : areas) {
      if (a.iso3() == null || a.region() == null || UNINHABITED.contains(a.iso3())) {
        continue;
      }
      SplittableRandom r = rng(seed, tag("population"), a.m49());
      double pop = Math.min(1.45e9, Math.max(1.5e4, lognormal(r, 6e6, 1.7)));
      double growth = Math.min(0.04, Math.max(-0.015, 0.012 + 0.01 * gaussian(r)));
      out.add(new Country(out.size(), a, pop, growth, LANDLOCKED.contains(a.iso3())));
    }
    return out;
  }

  /**
   * How a country writes its {@code ref_area}: ISO3 (55 %), M49 (35 %) or M49 padded to three
   * digits as in many spreadsheets (10 %). Contract §1 accepts all three.
   */
  private static String areaCell(SplittableRandom r, Country c) {
    double u = r.nextDouble();
    if (u < 0.55) {
      return c.iso3();
    }
    if (u < 0.90 || c.m49() >= 100) {
      return Integer.toString(c.m49());
    }
    return String.format(Locale.ROOT, "%03d", c.m49());
  }

  // ---------------------------------------------------------------------------------------------
  // the run

  /** A row held in memory before its file is written, with what the bad-row injection needs. */
  private static final class Row {
    final String[] c;
    final int year;
    /** The canonical key within the country (e.g. {@code SEIZED|_T|_T}). */
    final String key;
    /** The value of a long-format row, null when blank. */
    Long value;
    /** May be made bad without changing what a cross-row rule sees in other rows. */
    final boolean eligible;
    /** Already made bad, or part of an injected cross-row case. */
    boolean touched;
    /** Written with one cell too many. */
    boolean extraCell;

    Row(int year, String key, Long value, boolean eligible, String... c) {
      this.c = c;
      this.year = year;
      this.key = key;
      this.value = value;
      this.eligible = eligible;
    }

    Row copy() {
      Row r = new Row(year, key, value, eligible, c.clone());
      r.extraCell = extraCell;
      return r;
    }
  }

  /**
   * The plan of mandatory bad rows of one in-memory dataset: kind i is due from unit (country)
   * {@code i * units / kinds} on and is carried to the next unit while it cannot be placed.
   */
  private static final class Plan {
    final List<FindingCode> kinds;
    final int units;
    final Deque<FindingCode> pending = new ArrayDeque<>();
    int next;

    Plan(List<FindingCode> kinds, int units) {
      this.kinds = kinds;
      this.units = units;
    }

    List<FindingCode> due(int unit) {
      while (next < kinds.size() && (long) next * units / kinds.size() <= unit) {
        pending.addLast(kinds.get(next++));
      }
      return new ArrayList<>(pending);
    }

    void done(FindingCode k) {
      pending.removeFirstOccurrence(k);
    }
  }

  /** A bad-row injection: applies one kind to a country's rows, or says it cannot. */
  @FunctionalInterface
  private interface Injector {
    boolean inject(FindingCode kind, List<Row> rows, SplittableRandom r);
  }

  private static final class Gen {
    final Path out;
    final Path inbox;
    final Options o;
    final List<Country> countries;
    final int[] years;
    final Map<String, Long> rows = new LinkedHashMap<>();
    final Map<String, Integer> files = new LinkedHashMap<>();
    final Map<FindingCode, Long> bad = new EnumMap<>(FindingCode.class);
    final Map<FindingCode, Long> findings = new EnumMap<>(FindingCode.class);
    final Map<String, Long> quarantined = new LinkedHashMap<>();
    /** Every M49 area with an ISO3 code, for origins and destinations. */
    final List<M49.Area> world;

    final int maxRows;

    Gen(Path out, Options o, List<Country> countries, int maxRows) {
      this.out = out;
      this.maxRows = maxRows;
      this.inbox = out.resolve("inbox");
      this.o = o;
      this.countries = countries;
      this.years = new int[o.yearTo() - o.yearFrom() + 1];
      for (int i = 0; i < years.length; i++) {
        years[i] = o.yearFrom() + i;
      }
      List<M49.Area> w = new ArrayList<>();
      for (M49.Area a : M49.standard().areas()) {
        if (a.iso3() != null && a.region() != null && !UNINHABITED.contains(a.iso3())) {
          w.add(a);
        }
      }
      w.sort((a, b) -> Integer.compare(a.m49(), b.m49()));
      this.world = w;
      for (String d : List.of("firearms", "firearms_cases", "ccp", "tip", "markets")) {
        rows.put(d, 0L);
        files.put(d, 0);
        quarantined.put(d, 0L);
      }
    }

    void run() throws IOException {
      Files.createDirectories(out);
      for (String d : List.of("firearms", "firearms_cases", "ccp", "tip", "markets")) {
        Path dir = inbox.resolve(d);
        Files.createDirectories(dir);
        clean(dir);
      }
      writePopulation();
      writeFirearms();
      writeCases();
      writeTip();
      writeMarkets();
      writeCcp();
      writeConfig();
    }

    Summary summary() {
      return new Summary(out, o, rows, files, bad, findings, quarantined);
    }

    /** Removes files an earlier run of the generator wrote in a dataset folder. */
    private void clean(Path dir) throws IOException {
      List<Path> old = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
          "{returns_,cases_,ccp_,tip_,markets_}*.csv")) {
        ds.forEach(old::add);
      }
      for (Path p : old) {
        Files.deleteIfExists(p);
      }
    }

    private long seed() {
      return o.seed();
    }

    /** Counts an injected bad row: its findings and whether it is quarantined. */
    private void tally(String dataset, FindingCode code, long nFindings, long nQuarantined) {
      bad.merge(code, 1L, Long::sum);
      findings.merge(code, nFindings, Long::sum);
      quarantined.merge(dataset, nQuarantined, Long::sum);
    }

    private static String submitted(int year) {
      return (year + 1) + "-03-31";
    }

    // ---- population, contract §1.7 ------------------------------------------------------------

    private void writePopulation() throws IOException {
      List<Row> out = new ArrayList<>();
      for (Country c : countries) {
        for (int y : years) {
          out.add(new Row(y, "", null, false, Integer.toString(c.m49()), Integer.toString(y),
              Long.toString(c.population(y))));
        }
      }
      writeCsv(this.out.resolve("population.csv"), List.of("ref_area", "year", "population"), out);
      rows.put("population", (long) out.size());
      files.put("population", 1);
    }

    // ---- firearms, contract §1.1, methodology §1 ----------------------------------------------

    private static final List<String> FA_HEADER =
        List.of("ref_area", "year", "measure", "arm_type", "justification", "value", "submitted_on");
    private static final String[] ARM_TYPES = {"PISTOL", "REVOLVER", "RIFLE", "SHOTGUN",
        "SUBMACHINE_GUN", "MACHINE_GUN", "LIGHT_WEAPON", "OTHER", "UNKNOWN"};
    private static final double[] ARM_WEIGHTS = {35, 8, 20, 15, 3, 1, 0.5, 5, 10};
    private static final String[] JUSTIFICATIONS =
        {"ILLICIT_POSSESSION", "ILLICIT_TRAFFICKING", "ILLICIT_MANUFACTURE", "OTHER"};
    /** Global Study on Firearms Trafficking 2020: about two-thirds possession, 9 % trafficking. */
    private static final double[] JUSTIFICATION_WEIGHTS = {65, 9, 3, 23};
    private static final Set<String> FA_DENOMINATOR_MEASURES = Set.of("SEIZED", "FOUND",
        "SURRENDERED", "SEIZED_FOUND_SURRENDERED", "TRACED", "TRACE_REQ_SENT", "TRACE_REQ_SUCCESS");
    private static final List<FindingCode> FA_KINDS = List.of(FindingCode.UNKNOWN_AREA,
        FindingCode.UNKNOWN_CODE, FindingCode.BAD_NUMBER, FindingCode.NEGATIVE_VALUE,
        FindingCode.YEAR_OUT_OF_RANGE, FindingCode.MISSING_VALUE, FindingCode.BAD_DATE,
        FindingCode.FUTURE_DATE, FindingCode.ROW_WIDTH, FindingCode.DUPLICATE_KEY,
        FindingCode.TRACED_ABOVE_DENOMINATOR, FindingCode.SUCCESS_ABOVE_REQUESTS);
    private static final List<FindingCode> FA_RANDOM_KINDS = FA_KINDS.subList(0, 10);

    private void writeFirearms() throws IOException {
      Plan plan = new Plan(FA_KINDS, countries.size());
      for (Country c : countries) {
        List<Row> rs = firearmsRows(c);
        SplittableRandom br = rng(seed(), tag("firearms-bad"), c.m49());
        inject("firearms", rs, br, plan, c.index(), FA_RANDOM_KINDS, this::firearmsBad);
        // a cross-row case now and then, besides the planned ones
        for (FindingCode k : List.of(FindingCode.TRACED_ABOVE_DENOMINATOR, FindingCode.SUCCESS_ABOVE_REQUESTS)) {
          if (br.nextDouble() < BAD_RATE * 5 * years.length) {
            firearmsBad(k, rs, br);
          }
        }
        writeCsv(inbox.resolve("firearms").resolve("returns_" + c.iso3() + ".csv"), FA_HEADER, rs);
        count("firearms", rs.size(), 1);
      }
    }

    private void count(String dataset, long nRows, int nFiles) {
      rows.merge(dataset, nRows, Long::sum);
      files.merge(dataset, nFiles, Integer::sum);
    }

    /**
     * Applies the due planned kinds (each to a row it fits), then makes each eligible row bad with
     * probability {@link #BAD_RATE}.
     */
    private void inject(String dataset, List<Row> rs, SplittableRandom br, Plan plan, int unit,
        List<FindingCode> randomKinds, Injector injector) {
      for (FindingCode k : plan.due(unit)) {
        if (injector.inject(k, rs, br)) {
          plan.done(k);
        }
      }
      for (int i = 0; i < rs.size(); i++) {
        double u = br.nextDouble();
        FindingCode k = randomKinds.get(br.nextInt(randomKinds.size()));
        Row row = rs.get(i);
        if (u < BAD_RATE && row.eligible && !row.touched && fits(dataset, k, row)) {
          apply(dataset, k, rs, i, br);
        }
      }
    }

    /**
     * Whether a row-level kind can be given to this row. A duplicated firearms row stays valid
     * cell by cell, so the cross-row rules still see both copies: only totals outside every
     * parts-and-total group are duplicated.
     */
    private static boolean fits(String dataset, FindingCode k, Row row) {
      if (k == FindingCode.NOT_APPLICABLE) {
        return dataset.equals("tip") && !row.c[2].equals("DETECTED_VICTIMS");
      }
      if (k == FindingCode.DUPLICATE_KEY && dataset.equals("firearms")) {
        return row.key.endsWith("|_T|_T");
      }
      return true;
    }

    /** Picks a random row satisfying {@code ok}, or -1. */
    private static int pick(List<Row> rs, SplittableRandom r, Predicate<Row> ok) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) {
        if (ok.test(rs.get(i))) {
          idx.add(i);
        }
      }
      return idx.isEmpty() ? -1 : idx.get(r.nextInt(idx.size()));
    }

    private boolean firearmsBad(FindingCode kind, List<Row> rs, SplittableRandom r) {
      if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR || kind == FindingCode.SUCCESS_ABOVE_REQUESTS) {
        return firearmsCrossRow(kind, rs, r);
      }
      int i = pick(rs, r, x -> x.eligible && !x.touched && fits("firearms", kind, x));
      if (i < 0) {
        return false;
      }
      apply("firearms", kind, rs, i, r);
      return true;
    }

    /** Makes row i bad in one way; a duplicate is inserted right after it. */
    private void apply(String dataset, FindingCode kind, List<Row> rs, int i, SplittableRandom r) {
      Row row = rs.get(i);
      row.touched = true;
      String[] c = row.c;
      if (kind == FindingCode.DUPLICATE_KEY) {
        Row dup = row.copy();
        dup.touched = true;
        int vi = valueColumn(dataset);
        if (vi >= 0 && row.value != null) {
          dup.c[vi] = Long.toString(row.value + 1 + r.nextInt(5));
        }
        rs.add(i + 1, dup);
        tally(dataset, kind, 2, 2);
        return;
      }
      if (kind == FindingCode.ROW_WIDTH) {
        row.extraCell = true;
        tally(dataset, kind, 1, 1);
        return;
      }
      switch (dataset) {
        case "firearms" -> badFirearms(kind, c, row, r);
        case "tip" -> badTip(kind, c, row, r);
        case "firearms_cases" -> badCase(kind, c, r);
        case "markets" -> badMarket(kind, c, r);
        default -> throw new IllegalStateException(dataset);
      }
      tally(dataset, kind, 1, 1);
    }

    private static int valueColumn(String dataset) {
      return switch (dataset) {
        case "firearms" -> 5;
        case "tip" -> 6;
        default -> -1;
      };
    }

    private static String unknownArea(SplittableRandom r) {
      return oneOf(r, "XYZ", "XKX", "999", "EUR");
    }

    private static String badNumber(SplittableRandom r, Long v) {
      long x = v == null ? 12 : v;
      return switch (r.nextInt(3)) {
        case 0 -> x + ",5";
        case 1 -> "n/a";
        default -> (x / 1000 + 1) + " " + String.format(Locale.ROOT, "%03d", x % 1000);
      };
    }

    private static String badDate(SplittableRandom r, int year) {
      return r.nextBoolean() ? year + "-13-45" : "31/03/" + year;
    }

    private void badFirearms(FindingCode kind, String[] c, Row row, SplittableRandom r) {
      switch (kind) {
        case UNKNOWN_AREA -> c[0] = unknownArea(r);
        case UNKNOWN_CODE -> {
          switch (r.nextInt(3)) {
            case 0 -> c[2] = "SIEZED";
            case 1 -> c[3] = "PISTOLS";
            default -> c[4] = "TRAFFICKING";
          }
        }
        case BAD_NUMBER -> c[5] = badNumber(r, row.value);
        case NEGATIVE_VALUE -> c[5] = "-" + Math.max(1, row.value == null ? 1 : row.value);
        case YEAR_OUT_OF_RANGE -> c[1] = "1985";
        case MISSING_VALUE -> c[6] = "";
        case BAD_DATE -> c[6] = badDate(r, row.year + 1);
        case FUTURE_DATE -> c[6] = FUTURE;
        default -> throw new IllegalStateException(kind.name());
      }
    }

    /**
     * TRACED above the denominator, or successes above requests, in one reported year (the
     * denominator as the validator computes it, methodology §1.1).
     */
    private boolean firearmsCrossRow(FindingCode kind, List<Row> rs, SplittableRandom r) {
      Map<String, Row> byKey = new HashMap<>();
      List<Integer> yrs = new ArrayList<>();
      for (Row x : rs) {
        byKey.put(x.year + "|" + x.key, x);
        if (!yrs.contains(x.year)) {
          yrs.add(x.year);
        }
      }
      List<int[]> options = new ArrayList<>();
      for (int y : yrs) {
        if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR) {
          Row t = byKey.get(y + "|TRACED|_T|_T");
          if (t != null && t.value != null && !t.touched && denominator(byKey, y) != null) {
            options.add(new int[] {y});
          }
        } else {
          Row ok = byKey.get(y + "|TRACE_REQ_SUCCESS|_T|_T");
          Row sent = byKey.get(y + "|TRACE_REQ_SENT|_T|_T");
          if (ok != null && sent != null && ok.value != null && sent.value != null && !ok.touched) {
            options.add(new int[] {y});
          }
        }
      }
      if (options.isEmpty()) {
        return false;
      }
      int y = options.get(r.nextInt(options.size()))[0];
      Row target;
      long above;
      if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR) {
        target = byKey.get(y + "|TRACED|_T|_T");
        above = denominator(byKey, y);
      } else {
        target = byKey.get(y + "|TRACE_REQ_SUCCESS|_T|_T");
        above = byKey.get(y + "|TRACE_REQ_SENT|_T|_T").value;
      }
      long v = above + 1 + (long) (above * 0.3 * r.nextDouble());
      target.value = v;
      target.c[5] = Long.toString(v);
      target.touched = true;
      tally("firearms", kind, 1, 1);
      return true;
    }

    /** SEIZED_FOUND_SURRENDERED when given, else the sum of the reported parts; null if none. */
    private static Long denominator(Map<String, Row> byKey, int y) {
      Row comb = byKey.get(y + "|SEIZED_FOUND_SURRENDERED|_T|_T");
      if (comb != null && comb.value != null) {
        return comb.value;
      }
      Long sum = null;
      for (String m : List.of("SEIZED", "FOUND", "SURRENDERED")) {
        Row p = byKey.get(y + "|" + m + "|_T|_T");
        if (p != null && p.value != null) {
          sum = (sum == null ? 0 : sum) + p.value;
        }
      }
      return sum;
    }

    /**
     * One country's firearms returns: the measures of contract §1.1 scaled by population, with
     * breakdowns by type and by legal justification that add up to their total, and blanks for
     * what was not reported.
     */
    private List<Row> firearmsRows(Country c) {
      SplittableRandom r = rng(seed(), tag("firearms"), c.m49());
      String area = areaCell(r, c);
      boolean emptyTotals = r.nextDouble() < 0.4;
      String t = emptyTotals ? "" : "_T";
      double rate = lognormal(r, 12, 0.9);               // arms seized per 100,000
      double trend = 0.04 * gaussian(r);
      double pReport = 0.55 + 0.45 * r.nextDouble();
      double u = r.nextDouble();
      int style = u < 0.70 ? 0 : u < 0.85 ? 1 : 2;       // parts, combined only, both
      boolean found = r.nextDouble() < 0.75;
      boolean surrendered = r.nextDouble() < 0.6;
      boolean blankRows = r.nextDouble() < 0.5;          // not reported: blank row, or no row
      boolean traced = r.nextDouble() < 0.7;
      boolean identified = r.nextDouble() < 0.6;
      boolean requests = r.nextDouble() < 0.5;
      boolean ammo = r.nextDouble() < 0.6;
      boolean parts = r.nextDouble() < 0.4;
      boolean cases = r.nextDouble() < 0.7;
      boolean byType = r.nextDouble() < 0.4;
      boolean byTypeFound = byType && style == 0 && found && r.nextDouble() < 0.3;
      boolean byJustification = r.nextDouble() < 0.3;
      double foundShare = 0.05 + 0.3 * r.nextDouble();
      double surrShare = 0.6 * r.nextDouble();
      double tracedShare = 0.02 + 0.5 * r.nextDouble();
      double requestShare = 0.01 + 0.14 * r.nextDouble();
      double successShare = 0.2 + 0.6 * r.nextDouble();
      double ammoPerArm = lognormal(r, 60, 0.8);
      double[] typeW = noisy(r, ARM_WEIGHTS, 0.5);
      double[] justW = noisy(r, JUSTIFICATION_WEIGHTS, 0.4);

      boolean[] reports = new boolean[years.length];
      boolean any = false;
      for (int i = 0; i < years.length; i++) {
        reports[i] = rng(seed(), tag("firearms-report"), c.m49(), years[i]).nextDouble() < pReport;
        any |= reports[i];
      }
      if (!any) {
        reports[years.length - 1] = true;
      }

      List<Row> rs = new ArrayList<>();
      for (int i = 0; i < years.length; i++) {
        if (!reports[i]) {
          continue;
        }
        int y = years[i];
        SplittableRandom ry = rng(seed(), tag("firearms"), c.m49(), y);
        String ys = Integer.toString(y);
        String sub = submitted(y);
        double level = rate * StrictMath.exp(trend * (y - 2015) + 0.15 * gaussian(ry));
        long s = Math.round(c.population(y) / 1e5 * level);
        long f = Math.round(s * foundShare * (0.7 + 0.6 * ry.nextDouble()));
        boolean amnesty = ry.nextDouble() < 0.08;
        long sr = Math.round(s * surrShare * (amnesty ? 3 : 1) * (0.7 + 0.6 * ry.nextDouble()));
        Long fV = found && ry.nextDouble() > 0.05 ? f : null;
        Long rV = surrendered && ry.nextDouble() > 0.05 ? sr : null;

        class Add {
          void row(String measure, String arm, String just, Long v, boolean reported) {
            if (v == null && !(reported && blankRows)) {
              return;
            }
            boolean elig = !FA_DENOMINATOR_MEASURES.contains(measure) || !arm.equals("_T")
                || !just.equals("_T");
            rs.add(new Row(y, measure + "|" + arm + "|" + just, v, elig, area, ys, measure,
                arm.equals("_T") ? t : arm, just.equals("_T") ? t : just,
                v == null ? "" : Long.toString(v), sub));
          }
        }
        Add add = new Add();
        long denom;
        String base;
        if (style != 1) {
          add.row("SEIZED", "_T", "_T", s, true);
          add.row("FOUND", "_T", "_T", fV, found);
          add.row("SURRENDERED", "_T", "_T", rV, surrendered);
        }
        if (style != 0) {
          add.row("SEIZED_FOUND_SURRENDERED", "_T", "_T", s + f + sr, true);
          denom = s + f + sr;
          base = style == 1 ? "SEIZED_FOUND_SURRENDERED" : "SEIZED";
        } else {
          denom = s + (fV == null ? 0 : fV) + (rV == null ? 0 : rV);
          base = "SEIZED";
        }
        long baseValue = base.equals("SEIZED") ? s : s + f + sr;
        if (traced) {
          long tr = Math.min(denom, Math.round(denom * tracedShare * (0.6 + 0.8 * ry.nextDouble())));
          add.row("TRACED", "_T", "_T", ry.nextDouble() < 0.05 ? null : tr, true);
        }
        if (identified) {
          long id = Math.min(denom, Math.round(denom * (0.3 + 0.65 * ry.nextDouble())));
          add.row("IDENTIFIED", "_T", "_T", id, true);
        }
        if (requests) {
          long sent = Math.round(s * requestShare * (0.6 + 0.8 * ry.nextDouble()));
          long ok = Math.min(sent, Math.round(sent * successShare * (0.7 + 0.6 * ry.nextDouble())));
          add.row("TRACE_REQ_SENT", "_T", "_T", sent, true);
          add.row("TRACE_REQ_SUCCESS", "_T", "_T", ry.nextDouble() < 0.05 ? null : ok, true);
        }
        if (ammo) {
          add.row("AMMUNITION", "_T", "_T",
              Math.round(s * ammoPerArm * StrictMath.exp(0.4 * gaussian(ry))), true);
        }
        if (parts) {
          add.row("PARTS", "_T", "_T", Math.round(s * 0.5 * ry.nextDouble()), true);
        }
        if (cases) {
          add.row("SEIZURE_CASES", "_T", "_T",
              s == 0 ? 0 : Math.max(1, Math.round(s * (0.3 + 0.6 * ry.nextDouble()))), true);
        }
        if (byType) {
          long[] p = apportion(baseValue, noisy(ry, typeW, 0.2));
          for (int k = 0; k < ARM_TYPES.length; k++) {
            add.row(base, ARM_TYPES[k], "_T", ry.nextDouble() < 0.04 ? null : p[k], true);
          }
        }
        if (byTypeFound && fV != null) {
          long[] p = apportion(fV, noisy(ry, typeW, 0.3));
          for (int k = 0; k < ARM_TYPES.length; k++) {
            add.row("FOUND", ARM_TYPES[k], "_T", p[k], true);
          }
        }
        if (byJustification) {
          long[] p = apportion(baseValue, noisy(ry, justW, 0.2));
          for (int k = 0; k < JUSTIFICATIONS.length; k++) {
            add.row(base, "_T", JUSTIFICATIONS[k], p[k], true);
          }
        }
      }
      return rs;
    }

    // ---- significant firearms seizure cases, contract §1.2 ------------------------------------

    private static final List<String> CASE_HEADER = List.of("case_id", "ref_area", "seizure_date",
        "arm_type", "quantity", "justification", "country_of_manufacture", "country_of_last_import",
        "country_of_departure", "country_of_destination", "traced", "transport", "submitted_on");
    private static final String[] CASE_ARMS = {"PISTOL", "REVOLVER", "RIFLE", "SHOTGUN",
        "SUBMACHINE_GUN", "MACHINE_GUN", "LIGHT_WEAPON", "OTHER", "UNKNOWN", ""};
    private static final double[] CASE_ARM_W = {35, 8, 22, 12, 5, 2, 2, 4, 5, 5};
    private static final double[] CASE_JUST_W = {40, 45, 5, 10};
    private static final String[] CASE_TRANSPORT = {"LAND", "SEA", "AIR", "POSTAL", "OTHER", "UNKNOWN"};
    private static final double[] CASE_TRANSPORT_W = {45, 15, 10, 15, 5, 10};
    private static final String[] MANUFACTURERS = {"USA", "DEU", "AUT", "ITA", "BEL", "TUR", "RUS",
        "CZE", "BRA", "CHN", "ISR", "HRV", "ESP", "SRB", "BGR"};
    private static final List<FindingCode> CASE_KINDS = List.of(FindingCode.NOT_POSITIVE,
        FindingCode.BAD_INTEGER, FindingCode.UNKNOWN_AREA, FindingCode.UNKNOWN_CODE,
        FindingCode.BAD_DATE, FindingCode.DUPLICATE_KEY);

    private void writeCases() throws IOException {
      Map<Integer, List<Row>> byYear = new TreeMap<>();
      for (int y : years) {
        byYear.put(y, new ArrayList<>());
      }
      Plan plan = new Plan(CASE_KINDS, countries.size());
      for (Country c : countries) {
        SplittableRandom r = rng(seed(), tag("cases"), c.m49());
        String area = areaCell(r, c);
        if (r.nextDouble() >= 0.4) {
          continue;
        }
        double scale = lognormal(r, 2 + StrictMath.sqrt(c.pop2015() / 1e6), 0.7);
        List<Row> rs = new ArrayList<>();
        for (int y : years) {
          SplittableRandom ry = rng(seed(), tag("cases"), c.m49(), y);
          if (ry.nextDouble() < 0.25) {
            continue;
          }
          int n = (int) Math.min(60, Math.max(1, Math.round(scale * StrictMath.exp(0.4 * gaussian(ry)))));
          String[] dates = dates(y);
          for (int k = 1; k <= n; k++) {
            String id = String.format(Locale.ROOT, "%s-FC-%d-%03d", c.iso3(), y, k);
            long q = Math.min(5000, Math.max(1, Math.round(lognormal(ry, 3, 1.3))));
            String traced = pickTraced(ry);
            rs.add(new Row(y, id, q, true, id, area, dates[ry.nextInt(dates.length)],
                CASE_ARMS[pickWeighted(ry, CASE_ARM_W)], Long.toString(q),
                JUSTIFICATIONS[pickWeighted(ry, CASE_JUST_W)],
                ry.nextDouble() < 0.8 ? MANUFACTURERS[ry.nextInt(MANUFACTURERS.length)] : "",
                ry.nextDouble() < 0.4 ? otherCountry(ry, c) : "",
                ry.nextDouble() < 0.6 ? otherCountry(ry, c) : "",
                ry.nextDouble() < 0.5 ? (ry.nextBoolean() ? area : otherCountry(ry, c)) : "",
                traced, CASE_TRANSPORT[pickWeighted(ry, CASE_TRANSPORT_W)], submitted(y)));
          }
        }
        SplittableRandom br = rng(seed(), tag("cases-bad"), c.m49());
        inject("firearms_cases", rs, br, plan, c.index(), CASE_KINDS, (k, list, rr) -> {
          int i = pick(list, rr, x -> !x.touched);
          if (i < 0) {
            return false;
          }
          apply("firearms_cases", k, list, i, rr);
          return true;
        });
        for (Row x : rs) {
          byYear.get(x.year).add(x);
        }
      }
      for (Map.Entry<Integer, List<Row>> e : byYear.entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        writeCsv(inbox.resolve("firearms_cases").resolve("cases_" + e.getKey() + ".csv"),
            CASE_HEADER, e.getValue());
        count("firearms_cases", e.getValue().size(), 1);
      }
    }

    private static String pickTraced(SplittableRandom r) {
      double u = r.nextDouble();
      return u < 0.3 ? "Y" : u < 0.8 ? "N" : "";
    }

    /** Another country than {@code c}, as ISO3 (80 %) or M49. */
    private String otherCountry(SplittableRandom r, Country c) {
      M49.Area a = world.get(r.nextInt(world.size()));
      if (a.m49() == c.m49()) {
        a = world.get((world.indexOf(a) + 1) % world.size());
      }
      return r.nextDouble() < 0.8 ? a.iso3() : Integer.toString(a.m49());
    }

    private void badCase(FindingCode kind, String[] c, SplittableRandom r) {
      switch (kind) {
        case NOT_POSITIVE -> c[4] = "0";
        case BAD_INTEGER -> c[4] = oneOf(r, "2.5", "12 pcs", "1e400");
        case UNKNOWN_AREA -> c[8] = unknownArea(r);
        case UNKNOWN_CODE -> {
          if (r.nextBoolean()) {
            c[11] = "TRUCK";
          } else {
            c[10] = "YES";
          }
        }
        case BAD_DATE -> c[2] = c[2].substring(0, 4) + "-02-30";
        default -> throw new IllegalStateException(kind.name());
      }
    }

    // ---- trafficking in persons, contract §1.4, methodology §3 --------------------------------

    private static final List<String> TIP_HEADER =
        List.of("ref_area", "year", "measure", "sex", "age", "exploitation", "value", "submitted_on");
    private static final String[] SEXES = {"F", "M"};
    private static final String[] AGES = {"Y0T17", "Y_GE18"};
    private static final String[] FORMS = {"SEXUAL", "FORCED_LABOUR", "ORGAN_REMOVAL", "OTHER"};
    private static final double[] FORM_W = {50, 35, 1, 14};
    private static final List<FindingCode> TIP_KINDS = List.of(FindingCode.NOT_APPLICABLE,
        FindingCode.UNKNOWN_AREA, FindingCode.UNKNOWN_CODE, FindingCode.BAD_NUMBER,
        FindingCode.NEGATIVE_VALUE, FindingCode.MISSING_VALUE, FindingCode.PARTS_ABOVE_TOTAL);
    private static final List<FindingCode> TIP_RANDOM_KINDS = TIP_KINDS.subList(0, 6);

    private void writeTip() throws IOException {
      Map<String, List<Row>> byRegion = new TreeMap<>();
      Plan plan = new Plan(TIP_KINDS, countries.size());
      for (Country c : countries) {
        List<Row> rs = tipRows(c);
        SplittableRandom br = rng(seed(), tag("tip-bad"), c.m49());
        inject("tip", rs, br, plan, c.index(), TIP_RANDOM_KINDS, this::tipBad);
        if (br.nextDouble() < BAD_RATE * 3 * years.length) {
          tipBad(FindingCode.PARTS_ABOVE_TOTAL, rs, br);
        }
        String file = "tip_" + slug(M49.standard().nameOf(c.area().region())) + ".csv";
        byRegion.computeIfAbsent(file, k -> new ArrayList<>()).addAll(rs);
      }
      for (Map.Entry<String, List<Row>> e : byRegion.entrySet()) {
        writeCsv(inbox.resolve("tip").resolve(e.getKey()), TIP_HEADER, e.getValue());
        count("tip", e.getValue().size(), 1);
      }
    }

    private boolean tipBad(FindingCode kind, List<Row> rs, SplittableRandom r) {
      if (kind == FindingCode.PARTS_ABOVE_TOTAL) {
        // victims by sex above their total: the total and both parts are flagged (a WARNING)
        Map<String, Row> byKey = new HashMap<>();
        for (Row x : rs) {
          byKey.put(x.year + "|" + x.key, x);
        }
        List<Row[]> options = new ArrayList<>();
        for (Row x : rs) {
          if (x.key.equals("DETECTED_VICTIMS|_T|_T|_T")) {
            Row f = byKey.get(x.year + "|DETECTED_VICTIMS|F|_T|_T");
            Row m = byKey.get(x.year + "|DETECTED_VICTIMS|M|_T|_T");
            if (f != null && m != null && ok(x) && ok(f) && ok(m)) {
              options.add(new Row[] {x, f, m});
            }
          }
        }
        if (options.isEmpty()) {
          return false;
        }
        Row[] g = options.get(r.nextInt(options.size()));
        long bump = 1 + (long) (g[0].value * 0.2 * r.nextDouble());
        g[1].value = g[1].value + bump;
        g[1].c[6] = Long.toString(g[1].value);
        for (Row x : g) {
          x.touched = true;
        }
        tally("tip", kind, 3, 0);
        return true;
      }
      Predicate<Row> fits = kind == FindingCode.NOT_APPLICABLE
          ? x -> !x.touched && !x.c[2].equals("DETECTED_VICTIMS")
          : x -> !x.touched;
      int i = pick(rs, r, fits);
      if (i < 0) {
        return false;
      }
      apply("tip", kind, rs, i, r);
      return true;
    }

    private static boolean ok(Row x) {
      return x.value != null && !x.touched;
    }

    private void badTip(FindingCode kind, String[] c, Row row, SplittableRandom r) {
      switch (kind) {
        case NOT_APPLICABLE -> c[5] = "SEXUAL";
        case UNKNOWN_AREA -> c[0] = unknownArea(r);
        case UNKNOWN_CODE -> {
          if (r.nextBoolean()) {
            c[3] = "X";
          } else {
            c[4] = "ADULT";
          }
        }
        case BAD_NUMBER -> c[6] = badNumber(r, row.value);
        case NEGATIVE_VALUE -> c[6] = "-" + Math.max(1, row.value == null ? 1 : row.value);
        case MISSING_VALUE -> c[7] = "";
        default -> throw new IllegalStateException(kind.name());
      }
    }

    /**
     * One country's trafficking return: detected victims from one sex × age × form table, so that
     * every published breakdown adds up to its total; suspects, prosecuted and convicted persons
     * in a plausible funnel.
     */
    private List<Row> tipRows(Country c) {
      SplittableRandom r = rng(seed(), tag("tip"), c.m49());
      String area = areaCell(r, c);
      String t = r.nextDouble() < 0.3 ? "" : "_T";
      double rate = lognormal(r, 0.8, 1.1);            // detected victims per 100,000
      double trend = 0.05 * gaussian(r);
      double pF = 0.45 + 0.3 * r.nextDouble();
      double pChild = 0.1 + 0.35 * r.nextDouble();
      double[] formW = noisy(r, FORM_W, 0.5);
      double pReport = 0.5 + 0.5 * r.nextDouble();
      boolean bySex = r.nextDouble() < 0.8;
      boolean byAge = r.nextDouble() < 0.65;
      boolean bySexAge = bySex && byAge && r.nextDouble() < 0.6;
      boolean byForm = r.nextDouble() < 0.55;
      boolean bySexForm = bySex && byForm && r.nextDouble() < 0.4;
      boolean suspects = r.nextDouble() < 0.8;
      boolean prosecuted = r.nextDouble() < 0.7;
      boolean convicted = r.nextDouble() < 0.75;
      boolean offendersBySex = r.nextDouble() < 0.5;
      boolean blankRows = r.nextDouble() < 0.5;
      double femaleOffenders = 0.15 + 0.25 * r.nextDouble();

      List<Row> rs = new ArrayList<>();
      for (int y : years) {
        SplittableRandom ry = rng(seed(), tag("tip"), c.m49(), y);
        if (ry.nextDouble() >= pReport) {
          continue;
        }
        String ys = Integer.toString(y);
        String sub = submitted(y);
        class Add {
          void row(String m, String sex, String age, String form, Long v) {
            if (v == null && !blankRows) {
              return;
            }
            rs.add(new Row(y, m + "|" + sex + "|" + age + "|" + form, v, true, area, ys, m,
                sex.equals("_T") ? t : sex, age.equals("_T") ? t : age, form.equals("_T") ? t : form,
                v == null ? "" : Long.toString(v), sub));
          }

          Long part(long v) {
            return ry.nextDouble() < 0.03 ? null : v;
          }
        }
        Add add = new Add();
        long v = Math.round(c.population(y) / 1e5 * rate * StrictMath.exp(trend * (y - 2015)
            + 0.25 * gaussian(ry)));
        // sex x age x form table
        double[] w = new double[16];
        double pf = clamp(pF + 0.05 * gaussian(ry), 0.05, 0.95);
        double pc = clamp(pChild + 0.05 * gaussian(ry), 0.02, 0.9);
        double[] fw = noisy(ry, formW, 0.2);
        double fsum = fw[0] + fw[1] + fw[2] + fw[3];
        for (int s = 0; s < 2; s++) {
          for (int a = 0; a < 2; a++) {
            for (int f = 0; f < 4; f++) {
              w[s * 8 + a * 4 + f] = (s == 0 ? pf : 1 - pf) * (a == 0 ? pc : 1 - pc) * fw[f] / fsum;
            }
          }
        }
        long[] cell = apportion(v, w);
        long[] bySexV = new long[2];
        long[] byAgeV = new long[2];
        long[][] sexAge = new long[2][2];
        long[] byFormV = new long[4];
        long[][] sexForm = new long[2][4];
        for (int s = 0; s < 2; s++) {
          for (int a = 0; a < 2; a++) {
            for (int f = 0; f < 4; f++) {
              long x = cell[s * 8 + a * 4 + f];
              bySexV[s] += x;
              byAgeV[a] += x;
              sexAge[s][a] += x;
              byFormV[f] += x;
              sexForm[s][f] += x;
            }
          }
        }
        add.row("DETECTED_VICTIMS", "_T", "_T", "_T", v);
        if (bySex) {
          for (int s = 0; s < 2; s++) {
            add.row("DETECTED_VICTIMS", SEXES[s], "_T", "_T", add.part(bySexV[s]));
          }
        }
        if (byAge) {
          for (int a = 0; a < 2; a++) {
            add.row("DETECTED_VICTIMS", "_T", AGES[a], "_T", add.part(byAgeV[a]));
          }
        }
        if (bySexAge) {
          for (int s = 0; s < 2; s++) {
            for (int a = 0; a < 2; a++) {
              add.row("DETECTED_VICTIMS", SEXES[s], AGES[a], "_T", add.part(sexAge[s][a]));
            }
          }
        }
        if (byForm) {
          for (int f = 0; f < 4; f++) {
            add.row("DETECTED_VICTIMS", "_T", "_T", FORMS[f], add.part(byFormV[f]));
          }
        }
        if (bySexForm) {
          for (int s = 0; s < 2; s++) {
            for (int f = 0; f < 4; f++) {
              add.row("DETECTED_VICTIMS", SEXES[s], "_T", FORMS[f], add.part(sexForm[s][f]));
            }
          }
        }
        long sus = Math.round(v * (0.3 + 0.9 * ry.nextDouble()));
        long pro = Math.round(sus * (0.3 + 0.5 * ry.nextDouble()));
        long con = Math.round(pro * (0.2 + 0.5 * ry.nextDouble()));
        String[] ms = {"SUSPECTS", "PROSECUTED", "CONVICTED"};
        long[] vs = {sus, pro, con};
        boolean[] on = {suspects, prosecuted, convicted};
        for (int k = 0; k < 3; k++) {
          if (!on[k]) {
            continue;
          }
          add.row(ms[k], "_T", "_T", "_T", ry.nextDouble() < 0.05 ? null : vs[k]);
          if (offendersBySex) {
            long[] p = apportion(vs[k], new double[] {femaleOffenders, 1 - femaleOffenders});
            for (int s = 0; s < 2; s++) {
              add.row(ms[k], SEXES[s], "_T", "_T", add.part(p[s]));
            }
          }
        }
      }
      return rs;
    }

    // ---- illicit market estimates, contract §1.5, methodology §4 ------------------------------

    private static final List<String> MARKET_HEADER = List.of("ref_area", "year", "commodity", "flow",
        "quantity_kg", "price_usd_per_kg", "price_source", "submitted_on");
    private static final String[] MARKET_COMMODITIES =
        {"COCAINE", "HEROIN", "CANNABIS", "PSYCHOTROPICS", "CIGARETTES"};
    /** Kilograms per 100,000 population, median. */
    private static final double[] MARKET_KG = {10, 5, 300, 20, 5000};
    /** Wholesale price, USD per kg, median. */
    private static final double[] MARKET_PRICE = {35000, 25000, 2500, 8000, 60};
    private static final List<FindingCode> MARKET_KINDS = List.of(FindingCode.NEGATIVE_VALUE,
        FindingCode.NOT_POSITIVE, FindingCode.MISSING_VALUE, FindingCode.UNKNOWN_CODE,
        FindingCode.YEAR_OUT_OF_RANGE);

    private void writeMarkets() throws IOException {
      Map<Integer, List<Row>> byYear = new TreeMap<>();
      Plan plan = new Plan(MARKET_KINDS, countries.size());
      int firstYear = Math.max(years[0], years[years.length - 1] - 5);
      for (Country c : countries) {
        SplittableRandom r = rng(seed(), tag("markets"), c.m49());
        String area = areaCell(r, c);
        if (r.nextDouble() >= 0.3) {
          continue;
        }
        boolean[] com = new boolean[MARKET_COMMODITIES.length];
        double[] level = new double[com.length];
        double[] price = new double[com.length];
        boolean anyCom = false;
        for (int k = 0; k < com.length; k++) {
          com[k] = r.nextDouble() < 0.45;
          anyCom |= com[k];
          level[k] = lognormal(r, MARKET_KG[k], 1.0);
          price[k] = lognormal(r, MARKET_PRICE[k], 0.4);
        }
        if (!anyCom) {
          com[0] = true;
        }
        double outward = r.nextDouble();  // share of countries that also export (transit, production)
        List<Row> rs = new ArrayList<>();
        for (int y = firstYear; y <= years[years.length - 1]; y++) {
          SplittableRandom ry = rng(seed(), tag("markets"), c.m49(), y);
          if (ry.nextDouble() < 0.2) {
            continue;
          }
          String src = priceSource(ry, y);
          for (int k = 0; k < com.length; k++) {
            if (!com[k]) {
              continue;
            }
            for (String flow : new String[] {"INWARD", "OUTWARD"}) {
              if (flow.equals("OUTWARD") && outward > 0.35) {
                continue;
              }
              double kg = c.population(y) / 1e5 * level[k] * (flow.equals("OUTWARD") ? 0.5 : 1)
                  * StrictMath.exp(0.2 * gaussian(ry));
              double p = price[k] * StrictMath.exp(0.1 * gaussian(ry));
              rs.add(new Row(y, MARKET_COMMODITIES[k] + "|" + flow, null, true, area,
                  Integer.toString(y), MARKET_COMMODITIES[k], flow, decimal(kg, 1, false),
                  decimal(p, 2, true), src, submitted(y)));
            }
          }
        }
        SplittableRandom br = rng(seed(), tag("markets-bad"), c.m49());
        inject("markets", rs, br, plan, c.index(), MARKET_KINDS, (k, list, rr) -> {
          int i = pick(list, rr, x -> !x.touched);
          if (i < 0) {
            return false;
          }
          apply("markets", k, list, i, rr);
          return true;
        });
        for (Row x : rs) {
          byYear.computeIfAbsent(x.year, k -> new ArrayList<>()).add(x);
        }
      }
      for (Map.Entry<Integer, List<Row>> e : byYear.entrySet()) {
        writeCsv(inbox.resolve("markets").resolve("markets_" + e.getKey() + ".csv"), MARKET_HEADER,
            e.getValue());
        count("markets", e.getValue().size(), 1);
      }
    }

    private static String priceSource(SplittableRandom r, int y) {
      return switch (r.nextInt(4)) {
        case 0 -> "UNODC ARQ " + y + " wholesale price";
        case 1 -> "UNODC, World Drug Report " + (y + 1);
        case 2 -> "National police estimate";
        default -> "Observatoire national des drogues, prix de gros " + y;
      };
    }

    private void badMarket(FindingCode kind, String[] c, SplittableRandom r) {
      switch (kind) {
        case NEGATIVE_VALUE -> c[4] = c[4].equals("0") ? "-1" : "-" + c[4];
        case NOT_POSITIVE -> c[5] = "0";
        case MISSING_VALUE -> c[6] = "";
        case UNKNOWN_CODE -> {
          if (r.nextBoolean()) {
            c[2] = "COCAIN";
          } else {
            c[3] = "IN";
          }
        }
        case YEAR_OUT_OF_RANGE -> c[1] = "1985";
        default -> throw new IllegalStateException(kind.name());
      }
    }

    // ---- Container Control Programme seizures, contract §1.3, methodology §2 ------------------

    private static final List<String> CCP_HEADER = List.of("seizure_id", "ref_area", "port",
        "seizure_date", "transport", "commodity", "quantity", "unit", "origin", "destination",
        "submitted_on");
    private static final Commodity[] COMMODITIES = Commodity.values();
    /** Events per 100 seizures at sea ports, dry ports and land borders. */
    private static final double[] SEA_MIX = mix(Map.ofEntries(Map.entry(Commodity.COCAINE, 16.0),
        Map.entry(Commodity.CANNABIS, 15.0), Map.entry(Commodity.CIGARETTES, 14.0),
        Map.entry(Commodity.COUNTERFEIT, 12.0), Map.entry(Commodity.HEROIN, 5.0),
        Map.entry(Commodity.PSYCHOTROPICS, 6.0), Map.entry(Commodity.NPS, 3.0),
        Map.entry(Commodity.PRECURSORS, 4.0), Map.entry(Commodity.STRATEGIC_GOODS, 2.0),
        Map.entry(Commodity.WILDLIFE, 6.0), Map.entry(Commodity.ALCOHOL, 5.0),
        Map.entry(Commodity.VEHICLES, 4.0), Map.entry(Commodity.OTHER, 8.0)));
    /** Events per 100 seizures at airports (air cargo and passengers). */
    private static final double[] AIR_MIX = mix(Map.ofEntries(Map.entry(Commodity.COCAINE, 25.0),
        Map.entry(Commodity.CANNABIS, 10.0), Map.entry(Commodity.CIGARETTES, 4.0),
        Map.entry(Commodity.COUNTERFEIT, 12.0), Map.entry(Commodity.HEROIN, 6.0),
        Map.entry(Commodity.PSYCHOTROPICS, 10.0), Map.entry(Commodity.NPS, 8.0),
        Map.entry(Commodity.PRECURSORS, 2.0), Map.entry(Commodity.STRATEGIC_GOODS, 3.0),
        Map.entry(Commodity.WILDLIFE, 8.0), Map.entry(Commodity.ALCOHOL, 1.0),
        Map.entry(Commodity.VEHICLES, 0.0), Map.entry(Commodity.OTHER, 11.0)));
    private static final String[] CCP_TRANSPORTS = {"SEA", "AIR", "DRY_PORT", "LAND"};
    /** Where seized goods typically come from (UNODC World Drug Report and CCP reports). */
    private static final Map<Commodity, String[]> ORIGINS = Map.of(
        Commodity.COCAINE, new String[] {"COL", "PER", "BOL", "ECU", "BRA", "VEN", "PAN"},
        Commodity.HEROIN, new String[] {"AFG", "MMR", "PAK", "IRN", "LAO", "MEX"},
        Commodity.CANNABIS, new String[] {"MAR", "AFG", "LBN", "COL", "JAM", "ALB", "PRY", "NGA"},
        Commodity.PSYCHOTROPICS, new String[] {"MMR", "NLD", "BEL", "SYR", "LBN", "MEX"},
        Commodity.NPS, new String[] {"CHN", "IND", "NLD"},
        Commodity.PRECURSORS, new String[] {"CHN", "IND", "DEU", "NLD"},
        Commodity.CIGARETTES, new String[] {"ARE", "CHN", "VNM", "PRY", "BLR", "KOR"},
        Commodity.COUNTERFEIT, new String[] {"CHN", "HKG", "TUR", "IND", "THA", "VNM"},
        Commodity.WILDLIFE, new String[] {"NGA", "COD", "MOZ", "ZAF", "KEN", "TZA", "CMR", "AGO", "IDN"});
    private static final List<FindingCode> CCP_KINDS = List.of(FindingCode.UNKNOWN_AREA,
        FindingCode.UNKNOWN_CODE, FindingCode.BAD_NUMBER, FindingCode.NOT_POSITIVE,
        FindingCode.BAD_DATE, FindingCode.FUTURE_DATE, FindingCode.YEAR_OUT_OF_RANGE,
        FindingCode.MISSING_VALUE, FindingCode.UNIT_MISMATCH, FindingCode.DUPLICATE_KEY,
        FindingCode.ROW_WIDTH);

    private static double[] mix(Map<Commodity, Double> w) {
      double[] out = new double[COMMODITIES.length];
      for (Commodity c : COMMODITIES) {
        out[c.ordinal()] = w.getOrDefault(c, 0.0);
      }
      return out;
    }

    /** A country with port control units. */
    private static final class CcpCountry {
      final Country country;
      final String area;
      final double weight;
      final int joins;
      final String[] ports;
      final int[] portTransport;
      final double[] portCum;
      /** Cumulative commodity weights, by transport. */
      final double[][] comCum = new double[4][];
      int seq;

      CcpCountry(Country country, String area, double weight, int joins, String[] ports,
          int[] portTransport, double[] portCum) {
        this.country = country;
        this.area = area;
        this.weight = weight;
        this.joins = joins;
        this.ports = ports;
        this.portTransport = portTransport;
        this.portCum = portCum;
      }
    }

    private List<CcpCountry> ccpCountries() {
      List<CcpCountry> out = new ArrayList<>();
      for (Country c : countries) {
        SplittableRandom r = rng(seed(), tag("ccp-country"), c.m49());
        String area = areaCell(r, c);
        boolean member = r.nextDouble() < 0.55;
        if (!member && !(out.isEmpty() && c.index() == countries.size() - 1)) {
          continue;
        }
        int span = years.length;
        int joins = out.isEmpty() ? years[0] : years[0] + (int) (r.nextDouble() * r.nextDouble() * span * 0.8);
        double weight = lognormal(r, 1, 1.0) * StrictMath.pow(c.pop2015() / 1e6, 0.3);
        int nPorts = (int) Math.max(1, Math.min(7,
            1 + r.nextDouble() * (1 + StrictMath.log10(Math.max(c.pop2015(), 1e5)) - 5) * 1.5));
        String[] ports = new String[nPorts];
        int[] tr = new int[nPorts];
        double[] cum = new double[nPorts];
        String prefix = c.iso3().substring(0, 2);
        double total = 0;
        for (int p = 0; p < nPorts; p++) {
          String code;
          do {
            code = prefix + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                + (char) ('A' + r.nextInt(26));
          } while (contains(ports, code));
          ports[p] = code;
          double u = r.nextDouble();
          if (p == 0) {
            tr[p] = c.landlocked() ? 2 : 0;
          } else if (c.landlocked()) {
            tr[p] = u < 0.45 ? 1 : u < 0.8 ? 2 : 3;
          } else {
            tr[p] = u < 0.55 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
          }
          double[] median = {3, 1, 1, 0.5};
          total += lognormal(r, median[tr[p]], 0.8);
          cum[p] = total;
        }
        CcpCountry cc = new CcpCountry(c, area, weight, joins, ports, tr, cum);
        double[] regional = regionalMix(c.area());
        for (int t = 0; t < 4; t++) {
          double[] base = t == 1 ? AIR_MIX : SEA_MIX;
          double[] w = new double[base.length];
          double run = 0;
          for (int k = 0; k < base.length; k++) {
            run += base[k] * regional[k] * lognormal(r, 1, 0.4);
            w[k] = run;
          }
          cc.comCum[t] = w;
        }
        out.add(cc);
      }
      return out;
    }

    private static boolean contains(String[] a, String s) {
      for (String x : a) {
        if (s.equals(x)) {
          return true;
        }
      }
      return false;
    }

    /** Regional emphasis of the seizure mix: cocaine in Latin America, heroin in Asia, … */
    private static double[] regionalMix(M49.Area a) {
      double[] m = new double[COMMODITIES.length];
      java.util.Arrays.fill(m, 1.0);
      int region = a.region();
      boolean latam = Integer.valueOf(419).equals(a.subRegion()) || Integer.valueOf(419).equals(a.sdgRegion());
      if (latam) {
        m[Commodity.COCAINE.ordinal()] = 3.0;
        m[Commodity.CANNABIS.ordinal()] = 1.5;
      }
      switch (region) {
        case 142 -> {
          m[Commodity.HEROIN.ordinal()] = 2.5;
          m[Commodity.PRECURSORS.ordinal()] = 2.0;
          m[Commodity.COUNTERFEIT.ordinal()] = 1.5;
          m[Commodity.NPS.ordinal()] = 1.5;
        }
        case 2 -> {
          m[Commodity.WILDLIFE.ordinal()] = 3.0;
          m[Commodity.CIGARETTES.ordinal()] = 1.5;
          m[Commodity.CANNABIS.ordinal()] = 1.5;
        }
        case 150 -> {
          m[Commodity.CIGARETTES.ordinal()] = 2.0;
          m[Commodity.COCAINE.ordinal()] = 1.3;
          m[Commodity.ALCOHOL.ordinal()] = 1.5;
        }
        case 9 -> {
          m[Commodity.PSYCHOTROPICS.ordinal()] = 2.0;
          m[Commodity.WILDLIFE.ordinal()] = 1.5;
        }
        default -> { }
      }
      return m;
    }

    /**
     * Streams exactly {@code ccpEvents} seizures to one file per year (split in parts of at most
     * {@link SyntheticData#MAX_ROWS_PER_FILE} rows), dates in order within a year, the programme growing over
     * the years and members joining over time.
     */
    private void writeCcp() throws IOException {
      long n = o.ccpEvents();
      if (n == 0) {
        return;
      }
      List<CcpCountry> members = ccpCountries();
      double[] yw = new double[years.length];
      for (int i = 0; i < years.length; i++) {
        yw[i] = 10 + i;
      }
      long[] perYear = apportion(n, yw);
      List<Origin> origins = originTable();
      int k = CCP_KINDS.size();
      long[] planned = new long[k];
      for (int i = 0; i < k; i++) {
        planned[i] = (long) ((i + 0.5) * n / k);
      }
      int nextPlan = 0;
      Deque<FindingCode> pending = new ArrayDeque<>();
      long g = 0;
      String[] cells = new String[CCP_HEADER.size()];
      for (int yi = 0; yi < years.length; yi++) {
        int y = years[yi];
        long ny = perYear[yi];
        if (ny == 0) {
          continue;
        }
        SplittableRandom r = rng(seed(), tag("ccp"), y);
        SplittableRandom br = rng(seed(), tag("ccp-bad"), y);
        List<CcpCountry> active = new ArrayList<>();
        double[] cum = new double[members.size()];
        double tot = 0;
        for (CcpCountry m : members) {
          if (m.joins <= y) {
            tot += m.weight;
            cum[active.size()] = tot;
            active.add(m);
            m.seq = 0;
          }
        }
        String[] dates = dates(y);
        String[] monthEnd = new String[12];
        for (int mo = 1; mo <= 12; mo++) {
          LocalDate d = LocalDate.of(y, mo, 1).plusMonths(2).minusDays(1);
          monthEnd[mo - 1] = d.toString();
        }
        long nParts = (ny + maxRows - 1) / maxRows;
        double u = 0;
        Csv w = null;
        long inFile = 0;
        int part = 0;
        String lastGoodId = null;
        String lastGoodArea = null;
        try {
          for (long i = 0; i < ny; i++, g++) {
            if (w == null || inFile == maxRows) {
              if (w != null) {
                w.close();
              }
              part++;
              String name = nParts == 1 ? "ccp_" + y + ".csv"
                  : String.format(Locale.ROOT, "ccp_%d_%02d.csv", y, part);
              w = Csv.verbatim(inbox.resolve("ccp").resolve(name));
              w.row(CCP_HEADER);
              count("ccp", 0, 1);
              inFile = 0;
              lastGoodId = null;
              lastGoodArea = null;
            }
            // the next of ny sorted uniform dates (order statistics, drawn in sequence)
            u = 1 - (1 - u) * StrictMath.pow(1 - r.nextDouble(), 1.0 / (ny - i));
            int day = Math.min(dates.length - 1, (int) (u * dates.length));
            CcpCountry m = active.get(search(cum, active.size(), r.nextDouble() * tot));
            int port = search(m.portCum, m.portCum.length, r.nextDouble() * m.portCum[m.portCum.length - 1]);
            int tr = m.portTransport[port];
            double[] cc = m.comCum[tr];
            Commodity com = COMMODITIES[search(cc, cc.length, r.nextDouble() * cc[cc.length - 1])];
            m.seq++;
            cells[0] = m.country.iso3() + "-" + y + "-" + pad6(m.seq);
            cells[1] = m.area;
            cells[2] = m.ports[port];
            cells[3] = dates[day];
            cells[4] = CCP_TRANSPORTS[tr];
            cells[5] = com.name();
            quantity(r, com, tr == 1, cells);
            cells[8] = origin(r, com, m.country, origins);
            cells[9] = r.nextDouble() < 0.45 ? "" : destination(r, m.country);
            int month = (dates[day].charAt(5) - '0') * 10 + (dates[day].charAt(6) - '0');
            cells[10] = monthEnd[month - 1];

            // bad rows: the planned kinds first, then at random
            while (nextPlan < k && planned[nextPlan] <= g) {
              pending.addLast(CCP_KINDS.get(nextPlan++));
            }
            double roll = br.nextDouble();
            FindingCode kind = CCP_KINDS.get(br.nextInt(k));
            boolean fromPlan = !pending.isEmpty();
            if (fromPlan) {
              kind = pending.peekFirst();
            } else if (roll >= BAD_RATE) {
              kind = null;
            }
            if (kind == FindingCode.DUPLICATE_KEY && lastGoodId == null) {
              kind = null;
            } else if (fromPlan) {
              pending.removeFirst();
            }
            boolean extra = false;
            if (kind == null) {
              lastGoodId = cells[0];
              lastGoodArea = cells[1];
            } else {
              switch (kind) {
                case DUPLICATE_KEY -> {
                  cells[0] = lastGoodId;
                  cells[1] = lastGoodArea;
                  lastGoodId = null;
                  lastGoodArea = null;
                }
                case ROW_WIDTH -> extra = true;
                default -> badCcp(kind, cells, br, y);
              }
              boolean dup = kind == FindingCode.DUPLICATE_KEY;
              tally("ccp", kind, dup ? 2 : 1, dup ? 2 : 1);
            }
            writeLine(w, cells, extra);
            inFile++;
          }
        } finally {
          if (w != null) {
            w.close();
          }
        }
      }
      rows.merge("ccp", n, Long::sum);
    }

    private static String pad6(int v) {
      String s = Integer.toString(v);
      return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
    }

    private static void badCcp(FindingCode kind, String[] c, SplittableRandom r, int y) {
      switch (kind) {
        case UNKNOWN_AREA -> c[1] = unknownArea(r);
        case UNKNOWN_CODE -> {
          switch (r.nextInt(3)) {
            case 0 -> c[7] = "LB";
            case 1 -> c[5] = "COCAIN";
            default -> c[4] = "SHIP";
          }
        }
        case BAD_NUMBER -> c[6] = oneOf(r, "12,5", "n/a", "1 250");
        case NOT_POSITIVE -> c[6] = "0";
        case BAD_DATE -> c[3] = r.nextBoolean() ? y + "-13-45" : c[3].substring(8) + "/"
            + c[3].substring(5, 7) + "/" + y;
        case FUTURE_DATE -> c[3] = FUTURE;
        case YEAR_OUT_OF_RANGE -> c[3] = "1985" + c[3].substring(4).replace("-02-29", "-02-28");
        case MISSING_VALUE -> {
          if (r.nextBoolean()) {
            c[10] = "";
          } else {
            c[2] = "";
          }
        }
        case UNIT_MISMATCH -> {
          switch (r.nextInt(4)) {
            case 0 -> {
              c[5] = "COCAINE";
              c[7] = "PIECES";
            }
            case 1 -> {
              c[5] = "CIGARETTES";
              c[7] = "KG";
            }
            case 2 -> {
              c[5] = "ALCOHOL";
              c[7] = "KG";
            }
            default -> {
              c[5] = "STRATEGIC_GOODS";
              c[7] = "T";
            }
          }
        }
        default -> throw new IllegalStateException(kind.name());
      }
    }

    /**
     * Quantity and unit of one seizure (methodology §2 units): drugs and precursors mostly in kg,
     * small ones in grams and very large ones in tonnes; cigarettes in pieces, strategic goods in
     * containers, counterfeit goods and vehicles in items, alcohol in litres. Log-normal, so a
     * few seizures are very large.
     */
    private static void quantity(SplittableRandom r, Commodity c, boolean air, String[] cells) {
      double a = air ? 0.1 : 1;
      switch (c) {
        case COCAINE -> mass(r, 12 * a, 1.9, 25_000, cells);
        case HEROIN -> mass(r, 5 * a, 1.6, 10_000, cells);
        case CANNABIS -> mass(r, 40 * a, 2.0, 100_000, cells);
        case PSYCHOTROPICS -> mass(r, 3 * a, 1.8, 10_000, cells);
        case NPS -> mass(r, 2 * a, 2.0, 5_000, cells);
        case PRECURSORS -> mass(r, 500 * a, 2.0, 500_000, cells);
        case CIGARETTES -> {
          long sticks = Math.max(1, Math.round(Math.min(5e7, lognormal(r, 800_000 * a, 1.4)) / 200)) * 200;
          cells[6] = Long.toString(sticks);
          cells[7] = "PIECES";
        }
        case STRATEGIC_GOODS -> {
          cells[6] = Integer.toString(1 + geometric(r, 0.6, 20));
          cells[7] = "CONTAINERS";
        }
        case COUNTERFEIT -> {
          cells[6] = Long.toString(Math.max(1, Math.round(Math.min(5e6, lognormal(r, 2000 * a, 1.8)))));
          cells[7] = "ITEMS";
        }
        case WILDLIFE -> {
          if (r.nextDouble() < 0.75) {
            mass(r, 80 * a, 1.8, 50_000, cells);
          } else {
            cells[6] = Long.toString(Math.max(1, Math.round(lognormal(r, 15, 1.5))));
            cells[7] = "PIECES";
          }
        }
        case ALCOHOL -> {
          double l = Math.min(1e6, lognormal(r, 1200 * a, 1.4));
          cells[6] = decimal(l, l < 100 ? 1 : 0, true);
          cells[7] = "L";
        }
        case VEHICLES -> {
          cells[6] = Integer.toString(1 + geometric(r, 0.45, 40));
          cells[7] = "ITEMS";
        }
        case OTHER -> {
          if (r.nextDouble() < 0.6) {
            cells[6] = Long.toString(Math.max(1, Math.round(Math.min(1e6, lognormal(r, 300, 2.0)))));
            cells[7] = "ITEMS";
          } else {
            mass(r, 150 * a, 2.0, 200_000, cells);
          }
        }
        default -> throw new IllegalStateException(c.name());
      }
    }

    private static void mass(SplittableRandom r, double medianKg, double sigma, double capKg,
        String[] cells) {
      double kg = Math.min(capKg, lognormal(r, medianKg, sigma));
      double u = r.nextDouble();
      if (kg < 1 && u < 0.85) {
        cells[6] = decimal(kg * 1000, kg < 0.01 ? 1 : 0, true);
        cells[7] = "G";
      } else if (kg >= 1000 && u < 0.6) {
        cells[6] = decimal(kg / 1000, 3, true);
        cells[7] = "T";
      } else {
        cells[6] = decimal(kg, kg < 10 ? 2 : kg < 1000 ? 1 : 0, true);
        cells[7] = "KG";
      }
    }

    /** An origin list entry: the cells to write, as ISO3 and as M49. */
    private record Origin(Commodity commodity, String[] iso3, String[] m49) {}

    private List<Origin> originTable() {
      List<Origin> out = new ArrayList<>();
      for (Commodity c : COMMODITIES) {
        String[] list = ORIGINS.get(c);
        if (list == null) {
          out.add(null);
          continue;
        }
        List<String> iso = new ArrayList<>();
        List<String> num = new ArrayList<>();
        for (String s : list) {
          M49.standard().resolve(s).ifPresent(a -> {
            iso.add(a.iso3());
            num.add(Integer.toString(a.m49()));
          });
        }
        out.add(iso.isEmpty() ? null
            : new Origin(c, iso.toArray(new String[0]), num.toArray(new String[0])));
      }
      return out;
    }

    private String origin(SplittableRandom r, Commodity c, Country seizing, List<Origin> origins) {
      double u = r.nextDouble();
      if (u < 0.25) {
        return "";
      }
      boolean asIso = r.nextDouble() < 0.8;
      Origin o = origins.get(c.ordinal());
      String iso;
      String num;
      if (o != null && u < 0.85) {
        int i = r.nextInt(o.iso3().length);
        iso = o.iso3()[i];
        num = o.m49()[i];
      } else {
        M49.Area a = world.get(r.nextInt(world.size()));
        iso = a.iso3();
        num = Integer.toString(a.m49());
      }
      if (iso.equals(seizing.iso3())) {
        return "";
      }
      return asIso ? iso : num;
    }

    private String destination(SplittableRandom r, Country seizing) {
      M49.Area a = world.get(r.nextInt(world.size()));
      if (a.m49() == seizing.m49()) {
        return "";
      }
      return r.nextDouble() < 0.8 ? a.iso3() : Integer.toString(a.m49());
    }

    // ---- pipeline.yaml ------------------------------------------------------------------------

    private void writeConfig() throws IOException {
      String yaml = "# written by: sdg16 generate --countries " + o.countries() + " --years "
          + o.yearFrom() + "-" + o.yearTo() + " --ccp-events " + o.ccpEvents() + " --seed " + o.seed()
          + "\n"
          + "inbox: " + yamlString(inbox.toString()) + "\n"
          + "population: " + yamlString(out.resolve("population.csv").toString()) + "\n"
          + "output: " + yamlString(out.resolve("out").toString()) + "\n"
          + "spark: { master: \"local[*]\", conf: { spark.sql.shuffle.partitions: \"4\" } }\n";
      Files.writeString(out.resolve("pipeline.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static String yamlString(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- CSV output ---------------------------------------------------------------------------

    /** The rows of one file, exactly as generated ({@link Csv#verbatim}: inputs keep raw text). */
    private static void writeCsv(Path file, List<String> header, List<Row> rows) throws IOException {
      try (Csv w = Csv.verbatim(file)) {
        w.row(header);
        for (Row r : rows) {
          writeLine(w, r.c, r.extraCell);
        }
      }
    }

    /** One record; {@code extraCell} adds an empty cell at the end (a {@code ROW_WIDTH} row). */
    private static void writeLine(Csv w, String[] cells, boolean extraCell) throws IOException {
      if (extraCell) {
        String[] wide = java.util.Arrays.copyOf(cells, cells.length + 1);
        wide[cells.length] = "";
        w.row((Object[]) wide);
      } else {
        w.row((Object[]) cells);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // random streams and small helpers

  /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A stream of its own for a seed and a path (dataset tag, country, year). */
  static SplittableRandom rng(long seed, long... path) {
    long h = mix64(seed ^ 0x2545F4914F6CDD1DL);
    for (long p : path) {
      h = mix64(h ^ mix64(p + 0x9E3779B97F4A7C15L));
    }
    return new SplittableRandom(h);
  }

  /** A stable number for a stream name ({@link String#hashCode} is specified, so stable). */
  private static long tag(String name) {
    return name.hashCode();
  }

  /** Standard normal by Box–Muller with {@link StrictMath}, the same bits on every platform. */
  static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  static double lognormal(SplittableRandom r, double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian(r));
  }

  private static int geometric(SplittableRandom r, double p, int cap) {
    int k = 0;
    while (k < cap && r.nextDouble() > p) {
      k++;
    }
    return k;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static String oneOf(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static int pickWeighted(SplittableRandom r, double[] w) {
    double tot = 0;
    for (double x : w) {
      tot += x;
    }
    double u = r.nextDouble() * tot;
    for (int i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0) {
        return i;
      }
    }
    return w.length - 1;
  }

  /** The first index whose cumulative weight is above {@code x} (binary search). */
  private static int search(double[] cum, int n, double x) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Weights times a log-normal factor each. */
  private static double[] noisy(SplittableRandom r, double[] w, double sigma) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] * StrictMath.exp(sigma * gaussian(r));
    }
    return out;
  }

  /**
   * Splits {@code total} into whole parts in proportion to {@code w} that add up exactly to it
   * (largest remainder; ties to the lower index).
   */
  static long[] apportion(long total, double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    long[] out = new long[w.length];
    if (total <= 0 || sum <= 0) {
      if (sum <= 0 && total > 0) {
        out[0] = total;
      }
      return out;
    }
    double[] rem = new double[w.length];
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      double exact = total * (w[i] / sum);
      out[i] = (long) Math.floor(exact);
      rem[i] = exact - out[i];
      given += out[i];
    }
    long left = total - given;
    while (left > 0) {
      int best = 0;
      for (int i = 1; i < w.length; i++) {
        if (rem[i] > rem[best]) {
          best = i;
        }
      }
      out[best]++;
      rem[best] = -1;
      left--;
      if (left > 0 && rem[best] == -1) {
        boolean allUsed = true;
        for (double x : rem) {
          if (x >= 0) {
            allUsed = false;
            break;
          }
        }
        if (allUsed) {
          java.util.Arrays.fill(rem, 0);
        }
      }
    }
    return out;
  }

  /**
   * A plain decimal in {@link Locale#ROOT} form with at most {@code scale} decimals, trailing
   * zeros dropped ({@code 1234.5}, {@code 12}); at least one unit of the last decimal when
   * {@code positive}.
   */
  static String decimal(double v, int scale, boolean positive) {
    long p = 1;
    for (int i = 0; i < scale; i++) {
      p *= 10;
    }
    long scaled = Math.round(v * p);
    if (positive && scaled < 1) {
      scaled = 1;
    }
    long ip = scaled / p;
    long fp = scaled % p;
    if (fp == 0) {
      return Long.toString(ip);
    }
    StringBuilder f = new StringBuilder(Long.toString(fp));
    while (f.length() < scale) {
      f.insert(0, '0');
    }
    int end = f.length();
    while (f.charAt(end - 1) == '0') {
      end--;
    }
    return ip + "." + f.substring(0, end);
  }

  /** Every date of a year as ISO text. */
  private static String[] dates(int year) {
    int n = Year.of(year).length();
    String[] out = new String[n];
    LocalDate d = LocalDate.of(year, 1, 1);
    for (int i = 0; i < n; i++) {
      out[i] = d.plusDays(i).toString();
    }
    return out;
  }

  /** A file-name slug: {@code Latin America} → {@code latin_america}. */
  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
