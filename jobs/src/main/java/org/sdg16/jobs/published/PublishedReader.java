package org.sdg16.jobs.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.jobs.ingest.SourceFile;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.jobs.io.ReadOutcome;
import org.sdg16.jobs.io.Sheet;
import org.sdg16.jobs.published.PublishedFile.Format;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.dataset.TypedRow;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Problem;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Severity;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * Reads the files of {@code published/} (contract §1.6) into rows of the {@code published}
 * declaration ({@link Datasets#PUBLISHED}: series, ref_area, time_period, sex, age, value,
 * unit_measure, obs_status, nature, comment, source), with findings for the rows it cannot use,
 * reconciled per file like the rest of ingest. No Spark: the ingest job turns the outcome into
 * warehouse rows with {@code Rows.accepted/quarantined/findings}.
 *
 * <p>Formats, told apart by the header (column names are case-insensitive):
 *
 * <ul>
 *   <li><b>SDMX-CSV 1.0</b>, a {@code DATAFLOW} column, as the UN SDG SDMX API serves (dataflow
 *       {@code IAEG-SDGs:DF_SDG_GLH(…)}), and <b>SDMX-CSV 2.0</b>, columns {@code STRUCTURE},
 *       {@code STRUCTURE_ID}, {@code ACTION}: {@code SERIES}, {@code REF_AREA}, {@code TIME_PERIOD}
 *       and {@code OBS_VALUE} are required; {@code SEX}, {@code AGE}, {@code UNIT_MEASURE}, {@code
 *       OBS_STATUS}, {@code NATURE}, {@code COMMENT_OBS} are read; the source is the file name, the
 *       dataflow and {@code SOURCE_DETAIL}; other columns are ignored.
 *   <li><b>Open SDG</b> indicator files, {@code Year} and {@code Value}: the series from {@code
 *       SeriesCode} or {@code Series} (without one, the file name {@code indicator_16-4-2.csv}
 *       names it when the indicator has a single official series), the area from {@code GeoCode}
 *       (M49) or else {@code GeoAreaName} (names matched by {@link AreaNames}), {@code Units},
 *       {@code Sex}, {@code Age}, and where present {@code OBS_STATUS}, {@code Nature}, {@code
 *       COMMENT_OBS}. The UN SDG database's own CSV download ({@code TimePeriod}, {@code
 *       GeoAreaCode}, {@code FootNote}, …) reads the same way.
 * </ul>
 *
 * <p>Rules, each broken rule a finding and the row quarantined (contract §2):
 *
 * <ul>
 *   <li>every field is parsed by its {@code published} declaration ({@code BAD_NUMBER}, {@code
 *       BAD_INTEGER}, {@code UNKNOWN_CODE}, {@code MISSING_VALUE}, …); an SDMX {@code NaN} value is
 *       a missing value, kept as null;
 *   <li>an area that is neither an M49 country or area nor an M49 or SDG region is {@code
 *       UNKNOWN_AREA}. Regions are accepted (unlike a national return) because the UN publishes
 *       regional and World aggregates, which are drawn beside ours;
 *   <li>the labels of the UN SDG API are read as their SDMX codes: sex {@code FEMALE}, {@code
 *       MALE}, {@code BOTHSEX} → {@code F}, {@code M}, {@code _T}; age {@code <18Y}, {@code 18+} →
 *       {@code Y0T17}, {@code Y_GE18};
 *   <li>a breakdown the table does not keep (an SDG DSD dimension other than sex and age that is
 *       not {@code _T}, an unknown Open SDG disaggregation column with a value), a frequency other
 *       than annual, a {@code UNIT_MULT} other than 0, or an SDMX-CSV 2.0 deletion ({@code ACTION}
 *       {@code D}) is {@code NOT_APPLICABLE};
 *   <li>the same series, area, year, sex and age twice in one file is {@code DUPLICATE_KEY} on
 *       every such row;
 *   <li>a whole-file problem (not a CSV file, not UTF-8, empty, duplicate columns, no recognisable
 *       header, a required column missing) rejects the file with one finding.
 * </ul>
 */
public final class PublishedReader {

  /** Dataset name of the findings. */
  public static final String DATASET = Datasets.PUBLISHED.name();

  private static final DatasetSchema SCHEMA = Datasets.PUBLISHED;
  private static final Pattern INDICATOR_FILE =
      Pattern.compile("(?i)indicator_(\\d+)-(\\w+)-(\\w+)\\.csv");

  /** SDG DSD dimensions other than sex and age: only their total fits the table. */
  private static final List<String> SDMX_BREAKDOWNS =
      List.of(
          "urbanisation",
          "income_wealth_quantile",
          "education_lev",
          "occupation",
          "cust_breakdown",
          "composite_breakdown",
          "disability_status",
          "activity",
          "product");

  /** Open SDG / UN SDG download columns that are metadata, not disaggregations. */
  private static final Set<String> OPEN_SDG_IGNORED =
      Set.of(
          "goal",
          "target",
          "indicator",
          "seriesdescription",
          "series description",
          "reporting type",
          "reporting_type",
          "time_detail",
          "timecoverage",
          "upperbound",
          "lowerbound",
          "baseperiod",
          "geoinfourl",
          "geoareaname",
          "source",
          "unit_mult",
          "freq",
          "data_last_update");

  private final M49 m49;
  private final LocalDate today;
  private final Validator validator;
  private final AreaNames areaNames;

  /**
   * A reader that judges rows as {@code validator} does (its M49 list, its today, its cell limit).
   * The ingest reaches it through {@link org.sdg16.jobs.ingest.Intake#published}, which first
   * refuses what no inbox file may be (contract §2).
   */
  public PublishedReader(Validator validator) {
    this.validator = validator;
    this.m49 = validator.m49();
    this.today = validator.today();
    this.areaNames = new AreaNames(m49);
  }

  /**
   * Reads a file with the shipped M49 list, today in UTC and the default limits; findings name it
   * by its file name.
   */
  public static PublishedFile read(Path file) {
    return read(file, file.getFileName().toString());
  }

  /** As {@link #read(Path)}; {@code relative} is how findings and the manifest name the file. */
  public static PublishedFile read(Path file, String relative) {
    Validator v =
        new Validator(
            M49.standard(),
            LocalDate.now(java.time.ZoneOffset.UTC),
            org.sdg16.schemas.config.PipelineConfig.Limits.DEFAULT.maxCellChars());
    return new PublishedReader(v).readFile(new SourceFile(file, relative, DATASET));
  }

  /** Reads one file. */
  public PublishedFile readFile(SourceFile src) {
    Path file = src.file();
    if (!Files.isRegularFile(file)) {
      return reject(src, List.of(), FindingCode.UNREADABLE_FILE, "file not found: " + file);
    }
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return reject(
          src,
          List.of(),
          FindingCode.UNSUPPORTED_FORMAT,
          "published/ holds SDMX-CSV or Open SDG .csv files, not '" + name + "'");
    }
    ReadOutcome read = CsvTableReader.read(file);
    if (read.failed()) {
      return reject(src, List.of(), read.failure(), read.message());
    }
    Sheet sheet = read.sheets().get(0);
    List<String> header = sheet.header();
    if (header.stream().allMatch(String::isEmpty)) {
      return reject(src, header, FindingCode.EMPTY_FILE, "the file has no header row");
    }
    Set<String> seen = new HashSet<>();
    Set<String> dups = new TreeSet<>();
    header.forEach(
        h -> {
          if (!seen.add(h)) {
            dups.add(h);
          }
        });
    if (!dups.isEmpty()) {
      return reject(
          src,
          header,
          FindingCode.DUPLICATE_COLUMN,
          "column(s) " + String.join(", ", dups) + " appear more than once");
    }
    Format format = detect(seen);
    Mapper mapper;
    switch (format) {
      case SDMX_CSV_1, SDMX_CSV_2 -> {
        List<String> missing =
            missing(seen, List.of("series", "ref_area", "time_period", "obs_value"));
        if (!missing.isEmpty()) {
          return reject(
              src,
              header,
              FindingCode.MISSING_COLUMN,
              "required SDMX-CSV column(s) "
                  + String.join(
                      ", ", missing.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList())
                  + " missing");
        }
        mapper = new SdmxMapper(format, name, seen);
      }
      case OPEN_SDG -> {
        Optional<String> areaColumn = first(seen, "geocode", "geoareacode", "ref_area");
        boolean names = seen.contains("geoareaname");
        if (areaColumn.isEmpty() && !names) {
          return reject(
              src,
              header,
              FindingCode.MISSING_COLUMN,
              "an Open SDG file needs a GeoCode or GeoAreaName column: the area of its rows is unknown");
        }
        Optional<String> seriesColumn = first(seen, "seriescode", "series");
        String fixedSeries = null;
        if (seriesColumn.isEmpty()) {
          fixedSeries = seriesOfFileName(name).orElse(null);
          if (fixedSeries == null) {
            return reject(
                src,
                header,
                FindingCode.MISSING_COLUMN,
                "an Open SDG file needs a SeriesCode or "
                    + "Series column unless its name (indicator_16-4-2.csv) names an indicator with one official series");
          }
        }
        mapper =
            new OpenSdgMapper(
                name,
                header,
                seriesColumn.orElse(null),
                fixedSeries,
                areaColumn.orElse(null),
                names);
      }
      default -> {
        return reject(
            src,
            header,
            FindingCode.MISSING_COLUMN,
            "no recognisable header: expected SDMX-CSV "
                + "(DATAFLOW, … or STRUCTURE, STRUCTURE_ID, ACTION, …) or Open SDG (Year, …, Value)");
      }
    }
    return validate(src, format, header, sheet.rows(), mapper);
  }

  static Format detect(Set<String> header) {
    if (header.contains("structure") && header.contains("structure_id")) {
      return Format.SDMX_CSV_2;
    }
    if (header.contains("dataflow")) {
      return Format.SDMX_CSV_1;
    }
    if ((header.contains("year") || header.contains("timeperiod")) && header.contains("value")) {
      return Format.OPEN_SDG;
    }
    return Format.UNKNOWN;
  }

  /** The one official series of the indicator an Open SDG file name names. */
  static Optional<String> seriesOfFileName(String fileName) {
    Matcher m = INDICATOR_FILE.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    String indicator = m.group(1) + "." + m.group(2) + "." + m.group(3);
    List<String> s =
        SeriesCatalogue.official().stream()
            .filter(x -> indicator.equalsIgnoreCase(x.indicator()))
            .map(Series::code)
            .toList();
    return s.size() == 1 ? Optional.of(s.get(0)) : Optional.empty();
  }

  // ---- row mapping ----

  /**
   * A source row as cells of the {@code published} fields, its area, and problems found on the way.
   */
  private static final class Mapped {
    final Map<String, String> cells = new LinkedHashMap<>();
    Integer area;
    final List<Problem> problems = new ArrayList<>();
  }

  private interface Mapper {
    Mapped map(RawRow raw);

    /** The dataflow of a row, or null. */
    default String dataflow(RawRow raw) {
      return null;
    }
  }

  private final class SdmxMapper implements Mapper {
    private final Format format;
    private final String fileName;
    private final Set<String> columns;

    SdmxMapper(Format format, String fileName, Set<String> columns) {
      this.format = format;
      this.fileName = fileName;
      this.columns = columns;
    }

    @Override
    public String dataflow(RawRow raw) {
      return blankToNull(
          raw.cells().get(format == Format.SDMX_CSV_1 ? "dataflow" : "structure_id"));
    }

    @Override
    public Mapped map(RawRow raw) {
      Map<String, String> c = raw.cells();
      Mapped m = new Mapped();
      m.cells.put("series", c.get("series"));
      m.area = area(c.get("ref_area"), "ref_area", m.problems);
      m.cells.put("time_period", c.get("time_period"));
      m.cells.put("sex", sex(c.get("sex")));
      m.cells.put("age", age(c.get("age")));
      String v = c.get("obs_value");
      m.cells.put("value", v != null && v.trim().equalsIgnoreCase("NaN") ? "" : v);
      m.cells.put("unit_measure", c.get("unit_measure"));
      m.cells.put("obs_status", c.get("obs_status"));
      m.cells.put("nature", c.get("nature"));
      m.cells.put("comment", c.get("comment_obs"));
      m.cells.put("source", source(fileName, dataflow(raw), c.get("source_detail")));
      String freq = blankToNull(c.get("freq"));
      if (freq != null && !freq.equalsIgnoreCase("A")) {
        m.problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                "freq",
                "FREQ '" + freq + "': only annual data (A) are kept"));
      }
      String mult = blankToNull(c.get("unit_mult"));
      if (mult != null && !isZero(mult)) {
        m.problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                "unit_mult",
                "UNIT_MULT " + mult + ": values are kept as published only at UNIT_MULT 0"));
      }
      if (format == Format.SDMX_CSV_2 && "D".equalsIgnoreCase(blankToNull(c.get("action")))) {
        m.problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                "action",
                "ACTION D deletes an observation; the published table keeps observations only"));
      }
      for (String d : SDMX_BREAKDOWNS) {
        String x = columns.contains(d) ? blankToNull(c.get(d)) : null;
        if (x != null && !x.equals("_T")) {
          m.problems.add(
              Problem.of(
                  FindingCode.NOT_APPLICABLE,
                  d,
                  d.toUpperCase(Locale.ROOT)
                      + " '"
                      + x
                      + "' is a breakdown the published table does not keep (only its total _T)"));
        }
      }
      return m;
    }
  }

  private final class OpenSdgMapper implements Mapper {
    private final String fileName;
    private final List<String> header;
    private final String seriesColumn;
    private final String fixedSeries;
    private final String areaColumn;
    private final boolean names;
    private final Set<String> handled;

    OpenSdgMapper(
        String fileName,
        List<String> header,
        String seriesColumn,
        String fixedSeries,
        String areaColumn,
        boolean names) {
      this.fileName = fileName;
      this.header = header;
      this.seriesColumn = seriesColumn;
      this.fixedSeries = fixedSeries;
      this.areaColumn = areaColumn;
      this.names = names;
      this.handled =
          new HashSet<>(
              List.of(
                  "year",
                  "timeperiod",
                  "value",
                  "seriescode",
                  "series",
                  "units",
                  "unit_measure",
                  "geocode",
                  "geoareacode",
                  "ref_area",
                  "sex",
                  "age",
                  "obs_status",
                  "nature",
                  "comment_obs",
                  "footnote",
                  "comment"));
      handled.addAll(OPEN_SDG_IGNORED);
    }

    @Override
    public Mapped map(RawRow raw) {
      Map<String, String> c = raw.cells();
      Mapped m = new Mapped();
      m.cells.put("series", seriesColumn != null ? c.get(seriesColumn) : fixedSeries);
      String code = areaColumn == null ? null : blankToNull(c.get(areaColumn));
      if (code != null) {
        m.area = area(code, areaColumn, m.problems);
      } else if (names && blankToNull(c.get("geoareaname")) != null) {
        String n = c.get("geoareaname").trim();
        m.area = areaNames.resolve(n).orElse(null);
        if (m.area == null) {
          m.problems.add(
              Problem.of(
                  FindingCode.UNKNOWN_AREA,
                  "geoareaname",
                  "GeoAreaName '" + n + "' is not an M49 country, area or region name"));
        }
      } else {
        m.problems.add(
            Problem.of(
                FindingCode.MISSING_VALUE,
                areaColumn != null ? areaColumn : "geoareaname",
                "the row names no area (GeoCode or GeoAreaName)"));
      }
      m.cells.put("time_period", first(c, "year", "timeperiod"));
      m.cells.put("sex", sex(c.get("sex")));
      m.cells.put("age", age(c.get("age")));
      m.cells.put("value", c.get("value"));
      m.cells.put("unit_measure", first(c, "units", "unit_measure"));
      m.cells.put("obs_status", c.get("obs_status"));
      m.cells.put("nature", c.get("nature"));
      m.cells.put("comment", first(c, "comment_obs", "footnote", "comment"));
      m.cells.put("source", source(fileName, null, c.get("source")));
      String mult = blankToNull(c.get("unit_mult"));
      if (mult != null && !isZero(mult)) {
        m.problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                "unit_mult",
                "UNIT_MULT " + mult + ": values are kept as published only at UNIT_MULT 0"));
      }
      for (String h : header) {
        if (handled.contains(h)) {
          continue;
        }
        String x = blankToNull(c.get(h));
        if (x != null && !isTotalLabel(x)) {
          m.problems.add(
              Problem.of(
                  FindingCode.NOT_APPLICABLE,
                  h,
                  "disaggregation "
                      + h
                      + " '"
                      + x
                      + "' is a breakdown the published table does not keep (only sex and age)"));
        }
      }
      return m;
    }
  }

  /** A code column: an M49 country or area (leading zeros allowed), else an M49 or SDG region. */
  private Integer area(String raw, String column, List<Problem> problems) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      problems.add(
          Problem.of(FindingCode.MISSING_VALUE, column, column + " is empty but required"));
      return null;
    }
    Optional<M49.Area> a = m49.resolve(s);
    if (a.isPresent()) {
      return a.get().m49();
    }
    String digits = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    if (!digits.isEmpty() && digits.length() <= 4 && digits.chars().allMatch(Character::isDigit)) {
      int code = Integer.parseInt(digits);
      if (m49.region(code).isPresent()) {
        return code;
      }
    }
    problems.add(
        Problem.of(
            FindingCode.UNKNOWN_AREA,
            column,
            column + " '" + s + "' is not an M49 country, area or region code"));
    return null;
  }

  // ---- validation ----

  private PublishedFile validate(
      SourceFile src, Format format, List<String> header, List<RawRow> rows, Mapper mapper) {
    Submission sub = new Submission(DATASET, src.relative(), null, header);
    List<List<Finding>> byRow = new ArrayList<>();
    List<TypedRow> typed = new ArrayList<>();
    List<Integer> typedIndex = new ArrayList<>();
    String dataflow = null;
    for (int i = 0; i < rows.size(); i++) {
      RawRow raw = rows.get(i);
      List<Finding> found = new ArrayList<>(validator.shape(sub, raw));
      if (dataflow == null) {
        dataflow = mapper.dataflow(raw);
      }
      Mapped m = mapper.map(raw);
      for (Problem p : m.problems) {
        found.add(sub.finding(p.code(), raw.row(), p.column(), p.message()));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Field f : SCHEMA.fields()) {
        if (f.name().equals("ref_area")) {
          values.put("ref_area", m.area);
          continue;
        }
        Field.Parsed p = f.parse(m.cells.get(f.name()), m49, today);
        if (p.failed()) {
          found.add(
              sub.finding(
                  p.problem().code(), raw.row(), p.problem().column(), p.problem().message()));
        } else {
          values.put(f.name(), p.value());
        }
      }
      byRow.add(found);
      if (found.isEmpty()) {
        typed.add(new TypedRow(raw.row(), values));
        typedIndex.add(i);
      }
    }
    duplicates(sub, typed, typedIndex, byRow);
    List<Validator.Accepted> accepted = new ArrayList<>();
    List<Validator.Quarantined> quarantined = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    Map<Integer, TypedRow> typedByIndex = new LinkedHashMap<>();
    for (int j = 0; j < typed.size(); j++) {
      typedByIndex.put(typedIndex.get(j), typed.get(j));
    }
    for (int i = 0; i < rows.size(); i++) {
      List<Finding> f = byRow.get(i);
      all.addAll(f);
      if (f.stream().anyMatch(x -> x.severity() == Severity.ERROR)) {
        quarantined.add(new Validator.Quarantined(rows.get(i), List.copyOf(f)));
      } else {
        List<String> flags = f.stream().map(x -> x.code().name()).distinct().sorted().toList();
        accepted.add(new Validator.Accepted(typedByIndex.get(i), flags));
      }
    }
    Validator.Result result =
        new Validator.Result(
            sub,
            rows.size(),
            Collections.unmodifiableList(accepted),
            Collections.unmodifiableList(quarantined),
            Collections.unmodifiableList(all),
            null);
    return new PublishedFile(format, dataflow, outcome(src, result), result);
  }

  /** Contract §2: the same key twice in one file; every row of a duplicated key is an error. */
  private static void duplicates(
      Submission sub, List<TypedRow> typed, List<Integer> typedIndex, List<List<Finding>> byRow) {
    Map<List<Object>, List<Integer>> byKey = new LinkedHashMap<>();
    for (int j = 0; j < typed.size(); j++) {
      List<Object> k = new ArrayList<>();
      for (String c : SCHEMA.uniqueKey()) {
        k.add(typed.get(j).get(c));
      }
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
    }
    for (Map.Entry<List<Object>, List<Integer>> e : byKey.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<Integer> lines = e.getValue().stream().map(j -> typed.get(j).row()).toList();
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < SCHEMA.uniqueKey().size(); i++) {
        key.append(i == 0 ? "" : ", ")
            .append(SCHEMA.uniqueKey().get(i))
            .append('=')
            .append(e.getKey().get(i));
      }
      for (int j : e.getValue()) {
        byRow
            .get(typedIndex.get(j))
            .add(
                sub.finding(
                    FindingCode.DUPLICATE_KEY,
                    typed.get(j).row(),
                    String.join(",", SCHEMA.uniqueKey()),
                    "key (" + key + ") appears in rows " + lines));
      }
    }
  }

  private static PublishedFile reject(
      SourceFile src, List<String> header, FindingCode code, String message) {
    Submission sub = new Submission(DATASET, src.relative(), null, header);
    Validator.Result r = Validator.rejected(sub, sub.finding(code, null, null, message));
    return new PublishedFile(Format.UNKNOWN, null, outcome(src, r), r);
  }

  private static FileOutcome outcome(SourceFile src, Validator.Result r) {
    long bytes;
    try {
      bytes = Files.size(src.file());
    } catch (IOException e) {
      bytes = -1;
    }
    String sha = Files.isRegularFile(src.file()) ? Intake.sha256(src.file()) : null;
    return FileOutcome.of(src, DATASET, null, sha, bytes, r, List.of());
  }

  // ---- cells ----

  /** UN SDG API labels of sex as SDMX codes; anything else as given (the declaration checks it). */
  static String sex(String raw) {
    String s = blankToNull(raw);
    if (s == null) {
      return raw;
    }
    return switch (s.toUpperCase(Locale.ROOT)) {
      case "FEMALE" -> "F";
      case "MALE" -> "M";
      case "BOTHSEX" -> "_T";
      default -> s;
    };
  }

  /** UN SDG API labels of the ages of VC_HTF_DETV as SDMX codes. */
  static String age(String raw) {
    String s = blankToNull(raw);
    if (s == null) {
      return raw;
    }
    return switch (s.toUpperCase(Locale.ROOT)) {
      case "<18Y" -> "Y0T17";
      case "18+" -> "Y_GE18";
      default -> s;
    };
  }

  /**
   * Blank, {@code _T}, or a label of the UN SDG database that means "all" (ALLAREA, BOTHSEX, …).
   */
  private static boolean isTotalLabel(String s) {
    String u = s.trim().toUpperCase(Locale.ROOT);
    return u.isEmpty()
        || u.equals("_T")
        || u.equals("TOTAL")
        || u.startsWith("ALL")
        || u.equals("BOTHSEX");
  }

  private static String source(String fileName, String dataflow, String detail) {
    List<String> parts = new ArrayList<>(List.of(fileName));
    if (blankToNull(dataflow) != null) {
      parts.add(dataflow.trim());
    }
    if (blankToNull(detail) != null) {
      parts.add(detail.trim());
    }
    return String.join(" | ", parts);
  }

  private static boolean isZero(String s) {
    try {
      return new java.math.BigDecimal(s.trim()).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String first(Map<String, String> cells, String... columns) {
    for (String c : columns) {
      if (blankToNull(cells.get(c)) != null) {
        return cells.get(c);
      }
    }
    return null;
  }

  private static Optional<String> first(Set<String> header, String... columns) {
    for (String c : columns) {
      if (header.contains(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static List<String> missing(Set<String> header, List<String> required) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : required) {
      if (!header.contains(r)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }
}
