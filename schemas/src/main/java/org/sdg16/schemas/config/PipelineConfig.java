package org.sdg16.schemas.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pipeline config (contract §3), read from YAML. Every key is optional but {@code inbox}; an
 * unknown key or a bad value is a {@link ConfigException} naming the key. Paths are kept as
 * written; {@link #resolve} makes them absolute against a base folder.
 *
 * <p>Why one file of about 470 lines: it is the table of every key (contract §3.4), its default and
 * the message that names it when it is wrong; one file keeps each key's parsing, default and error
 * beside the others'.
 */
public record PipelineConfig(
    Path inbox,
    Path population,
    Path output,
    Spark spark,
    Aggregates aggregates,
    Trends trends,
    ProgressConfig progress,
    Map<String, SeriesSettings> series,
    Retention retention,
    Limits limits,
    @JsonProperty("allowed_roots") java.util.List<Path> allowedRoots,
    Map<String, String> sources,
    Exports exports,
    Published published,
    Report report) {

  /**
   * Settings of the report (contract §3.4, §4.4): {@code pdf_country_profiles}, also put the
   * country profiles into {@code report.pdf} as an appendix (default false: the PDF holds the
   * overview, the indicator pages and the methodology).
   */
  public record Report(@JsonProperty("pdf_country_profiles") Boolean pdfCountryProfiles) {
    public Report {
      pdfCountryProfiles = pdfCountryProfiles != null && pdfCountryProfiles;
    }
  }

  /** Spark master URL and extra Spark settings. */
  public record Spark(String master, Map<String, String> conf) {
    public Spark {
      master = master == null || master.isBlank() ? "local[*]" : master.trim();
      conf = conf == null ? Map.of() : Map.copyOf(conf);
    }
  }

  /**
   * Methodology §5: an aggregate is published only with at least {@code min_countries} reporting
   * countries (default 3) and a population coverage of at least {@code min_coverage} (default 0.5).
   */
  public record Aggregates(
      @JsonProperty("min_coverage") Double minCoverage,
      @JsonProperty("min_countries") Integer minCountries) {
    public Aggregates {
      minCoverage = minCoverage == null ? 0.5 : minCoverage;
      minCountries = minCountries == null ? 3 : minCountries;
      if (minCoverage < 0 || minCoverage > 1) {
        throw new ConfigException(
            "aggregates.min_coverage",
            "aggregates.min_coverage must be between 0 and 1, not " + minCoverage);
      }
      if (minCountries < 1) {
        throw new ConfigException(
            "aggregates.min_countries",
            "aggregates.min_countries must be at least 1, not " + minCountries);
      }
    }
  }

  /**
   * Settings of the exports: {@code exports: { sdmx: { dsd: FILE }, opensdg: { area: M49,
   * project_series: BOOL } }}.
   */
  public record Exports(Sdmx sdmx, OpenSdg opensdg) {
    public Exports {
      sdmx = sdmx == null ? new Sdmx(null) : sdmx;
      opensdg = opensdg == null ? new OpenSdg(null, null) : opensdg;
    }
  }

  /**
   * The Open SDG export (contract §4.4): {@code area}, the M49 code of a country whose national
   * layout is also written to {@code exports/opensdg/<M49>/} (default none); {@code
   * project_series}, also write the project series (default false: official series only).
   */
  public record OpenSdg(Integer area, @JsonProperty("project_series") Boolean projectSeries) {
    public OpenSdg {
      projectSeries = projectSeries != null && projectSeries;
      if (area != null && org.sdg16.schemas.codes.M49.standard().area(area).isEmpty()) {
        throw new ConfigException(
            "exports.opensdg.area",
            "exports.opensdg.area must be the M49 code of a country or area, not " + area);
      }
    }
  }

  /** A copy whose Open SDG export also writes the national layout of {@code area} (M49). */
  public PipelineConfig withOpenSdgArea(Integer area) {
    if (area == null) {
      return this;
    }
    Exports e = new Exports(exports.sdmx(), new OpenSdg(area, exports.opensdg().projectSeries()));
    return copy(inbox, output, spark, e);
  }

  /**
   * The SDMX export: {@code dsd}, an SDMX-ML 2.1 structure file of the SDG data structure
   * definition to check the file against (default: the shipped {@code IAEG-SDGs:SDG(1.4)}).
   */
  public record Sdmx(Path dsd) {}

  /**
   * Default {@code SOURCE_DETAIL} of each dataset's values (contract §4.4), overridden by {@code
   * sources:} in the config per dataset and by a row's own {@code source} column.
   */
  public static final Map<String, String> DEFAULT_SOURCES =
      Map.of(
          "firearms", "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response",
          "firearms_cases",
              "UNODC, Illicit Arms Flows Questionnaire (IAFQ), significant seizure cases",
          "ccp", "UNODC-WCO Container Control Programme, seizure records",
          "tip",
              "UNODC, Questionnaire for the Global Report on Trafficking in Persons, national response",
          "markets",
              "UNODC analyst estimates of illicit markets (UNODC-UNCTAD conceptual framework)");

  /** The source text of each dataset's values: the configured one, else the default. */
  public Map<String, String> sourcesByDataset() {
    Map<String, String> m = new java.util.TreeMap<>(DEFAULT_SOURCES);
    m.putAll(sources);
    return m;
  }

  /**
   * Methodology §8: the comparison of computed national values with the published ones ({@code
   * published: { tolerance: { percent, count, relative } }}).
   */
  public record Published(Tolerance tolerance) {
    public Published {
      tolerance = tolerance == null ? new Tolerance(null, null, null) : tolerance;
    }
  }

  /**
   * Methodology §8: how far a computed value may lie from the published one before it is a {@code
   * PUBLISHED_DIFFERS} finding. {@code percent}: percentage points, for series in percent ({@code
   * PT}; default 0.05); {@code count}: units, for counts (series with 0 decimals; default 0.5, so
   * any difference of a whole unit or more); {@code relative}: a share of the published value, for
   * rates and ratios (default 0.005, never below half a unit of the series' last decimal).
   */
  public record Tolerance(Double percent, Double count, Double relative) {
    public Tolerance {
      percent = percent == null ? 0.05 : percent;
      count = count == null ? 0.5 : count;
      relative = relative == null ? 0.005 : relative;
      check("published.tolerance.percent", percent);
      check("published.tolerance.count", count);
      check("published.tolerance.relative", relative);
      if (relative >= 1) {
        throw new ConfigException(
            "published.tolerance.relative",
            "published.tolerance.relative is a share of the published value, below 1, not "
                + relative);
      }
    }

    private static void check(String key, double v) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new ConfigException(key, key + " must be a number of at least 0, not " + v);
      }
    }
  }

  /** Methodology §8: the series with a tolerance of their own ({@code series.CODE.tolerance}). */
  public Map<String, Double> toleranceBySeries() {
    Map<String, Double> m = new java.util.TreeMap<>();
    series.forEach(
        (code, s) -> {
          if (s.tolerance() != null) {
            m.put(code, s.tolerance());
          }
        });
    return m;
  }

  /** Methodology §6: the base year of the progress assessment. */
  public record Trends(@JsonProperty("base_year") Integer baseYear) {
    public Trends {
      baseYear = baseYear == null ? 2015 : baseYear;
      if (baseYear < 1990 || baseYear > 2100) {
        throw new ConfigException(
            "trends.base_year", "trends.base_year must be a year, not " + baseYear);
      }
    }
  }

  /** Contract §4.3: how many published snapshots to keep (releases are always kept). */
  public record Retention(Integer keep) {
    public Retention {
      keep = keep == null ? 10 : keep;
      if (keep < 1) {
        throw new ConfigException(
            "retention.keep", "retention.keep must be at least 1, not " + keep);
      }
    }
  }

  /**
   * Contract §2: limits against hostile or broken input; a file, sheet or cell beyond them is a
   * finding.
   */
  public record Limits(
      @JsonProperty("max_file_mb") Integer maxFileMb,
      @JsonProperty("max_cell_chars") Integer maxCellChars,
      @JsonProperty("max_sheet_rows") Integer maxSheetRows)
      implements java.io.Serializable {
    public static final Limits DEFAULT = new Limits(null, null, null);

    public Limits {
      maxFileMb = maxFileMb == null ? 512 : maxFileMb;
      maxCellChars = maxCellChars == null ? 10_000 : maxCellChars;
      maxSheetRows = maxSheetRows == null ? 200_000 : maxSheetRows;
      if (maxFileMb < 1) {
        throw new ConfigException(
            "limits.max_file_mb", "limits.max_file_mb must be at least 1, not " + maxFileMb);
      }
      if (maxCellChars < 10) {
        throw new ConfigException(
            "limits.max_cell_chars",
            "limits.max_cell_chars must be at least 10, not " + maxCellChars);
      }
      if (maxSheetRows < 1) {
        throw new ConfigException(
            "limits.max_sheet_rows",
            "limits.max_sheet_rows must be at least 1, not " + maxSheetRows);
      }
    }

    public long maxFileBytes() {
      return maxFileMb * 1024L * 1024L;
    }
  }

  /**
   * Methodology §6: desired direction, optional target (its year defaults to {@code
   * progress.target_year}) and the series' own {@code progress:} settings; methodology §8: its own
   * {@code tolerance} against published values, absolute in the series' unit, instead of the one
   * {@code published.tolerance} gives its unit.
   */
  public record SeriesSettings(
      String desired,
      Double target,
      @JsonProperty("target_year") Integer targetYear,
      ProgressConfig progress,
      Double tolerance) {
    public SeriesSettings {
      progress = progress == null ? ProgressConfig.UNSET : progress;
      if (tolerance != null && (!(tolerance >= 0) || tolerance.isInfinite())) {
        throw new ConfigException(
            "series.*.tolerance",
            "a series tolerance must be a number of at least 0, not " + tolerance);
      }
      if (desired != null && !desired.equals("increase") && !desired.equals("decrease")) {
        throw new ConfigException(
            "series.*.desired", "desired must be 'increase' or 'decrease', not '" + desired + "'");
      }
      if (target == null && targetYear != null) {
        throw new ConfigException("series.*.target", "a series target_year needs a target");
      }
    }
  }

  public PipelineConfig {
    if (inbox == null) {
      throw new ConfigException("inbox", "the config must name the inbox folder (key 'inbox')");
    }
    output = output == null ? Path.of("out") : output;
    spark = spark == null ? new Spark(null, null) : spark;
    aggregates = aggregates == null ? new Aggregates(null, null) : aggregates;
    trends = trends == null ? new Trends(null) : trends;
    progress = progress == null ? ProgressConfig.UNSET : progress;
    series = series == null ? Map.of() : Map.copyOf(series);
    retention = retention == null ? new Retention(null) : retention;
    limits = limits == null ? Limits.DEFAULT : limits;
    allowedRoots = allowedRoots == null ? java.util.List.of() : java.util.List.copyOf(allowedRoots);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    for (Map.Entry<String, String> e : sources.entrySet()) {
      if (!DEFAULT_SOURCES.containsKey(e.getKey())) {
        throw new ConfigException(
            "sources." + e.getKey(),
            "unknown dataset '"
                + e.getKey()
                + "' under 'sources' (known: "
                + String.join(", ", new java.util.TreeSet<>(DEFAULT_SOURCES.keySet()))
                + ")");
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new ConfigException("sources." + e.getKey(), "sources." + e.getKey() + " is empty");
      }
    }
    exports = exports == null ? new Exports(null, null) : exports;
    published = published == null ? new Published(null) : published;
    report = report == null ? new Report(null) : report;
  }

  /** A config with defaults for everything but the inbox, population and output. */
  public static PipelineConfig of(Path inbox, Path population, Path output) {
    return new PipelineConfig(
        inbox,
        population,
        output,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /**
   * The largest config file read (contract §3): a config is a few kilobytes, and the YAML parser
   * takes time quadratic in the length of one scalar (20 MB took 87 s), so a larger file is refused
   * before it is parsed.
   */
  public static final long MAX_CONFIG_BYTES = 1 << 20;

  /** Reads a config file; every problem is a {@link ConfigException} naming the key. */
  public static PipelineConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "config file not found: " + file);
    }
    try {
      long bytes = Files.size(file);
      if (bytes > MAX_CONFIG_BYTES) {
        throw new ConfigException(
            "--config",
            String.format(
                java.util.Locale.ROOT,
                "the config file %s has %,d bytes, more than the %,d a config may have",
                file,
                bytes,
                MAX_CONFIG_BYTES));
      }
    } catch (IOException e) {
      throw new ConfigException("--config", "cannot read config " + file + ": " + e.getMessage());
    }
    try {
      PipelineConfig c = YAML.readValue(file.toFile(), PipelineConfig.class);
      if (c == null) {
        throw new ConfigException("inbox", "the config file " + file + " is empty");
      }
      return c;
    } catch (UnrecognizedPropertyException e) {
      String key = path(e);
      throw new ConfigException(
          key,
          "unknown config key '"
              + key
              + "' in "
              + file
              + " (known keys here: "
              + e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")");
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof ConfigException ce) {
        throw ce;
      }
      String key = path(e);
      throw new ConfigException(
          key, "bad value for config key '" + key + "' in " + file + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException("--config", "cannot read config " + file + ": " + e.getMessage());
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /** This config with every relative path made absolute against {@code base}. */
  public PipelineConfig resolve(Path base) {
    return new PipelineConfig(
        abs(base, inbox),
        population == null ? null : abs(base, population),
        abs(base, output),
        spark,
        aggregates,
        trends,
        progress,
        series,
        retention,
        limits,
        allowedRoots.stream().map(p -> abs(base, p)).toList(),
        sources,
        exports.sdmx().dsd() == null
            ? exports
            : new Exports(new Sdmx(abs(base, exports.sdmx().dsd())), exports.opensdg()),
        published,
        report);
  }

  /**
   * Contract §3: every path of the config must lie inside an allowed root (the config file's
   * folder, the working directory, the program folder, or a folder listed under {@code
   * allowed_roots}); symbolic links are followed before the check. The output folder may neither
   * lie inside the inbox nor contain it.
   */
  public void checkRoots(java.util.List<Path> defaultRoots) {
    java.util.List<Path> roots = new java.util.ArrayList<>();
    for (Path r : defaultRoots) {
      roots.add(real(r));
    }
    for (Path r : allowedRoots) {
      roots.add(real(r));
    }
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("inbox", inbox);
    if (population != null) {
      paths.put("population", population);
    }
    paths.put("output", output);
    if (exports.sdmx().dsd() != null) {
      paths.put("exports.sdmx.dsd", exports.sdmx().dsd());
    }
    for (Map.Entry<String, Path> e : paths.entrySet()) {
      Path p = real(e.getValue());
      if (roots.stream().noneMatch(p::startsWith)) {
        throw new ConfigException(
            e.getKey(),
            e.getKey()
                + " "
                + e.getValue()
                + " is outside the allowed roots "
                + roots
                + "; add its folder to 'allowed_roots' if it is meant");
      }
    }
    Path in = real(inbox);
    Path out = real(output);
    if (out.startsWith(in)) {
      throw new ConfigException(
          "output",
          "output "
              + output
              + " lies inside the inbox "
              + inbox
              + ": every later run would read its own outputs as returns; choose a folder outside it");
    }
    if (in.startsWith(out)) {
      throw new ConfigException(
          "output",
          "output "
              + output
              + " contains the inbox "
              + inbox
              + ": the program's own files would mix with the returns; choose a folder outside it");
    }
  }

  /** The real path of the longest existing prefix, with the rest appended. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = null;
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      Path r = existing.toRealPath();
      return rest == null ? r : r.resolve(rest);
    } catch (IOException e) {
      return abs;
    }
  }

  /** A copy with command-line overrides applied (null = keep). */
  public PipelineConfig with(Path inbox, Path output, String master) {
    Spark s = master == null ? spark : new Spark(master, spark.conf());
    return copy(
        inbox == null ? this.inbox : inbox, output == null ? this.output : output, s, exports);
  }

  /** A copy with these inbox, output, Spark settings and exports. */
  private PipelineConfig copy(Path inbox, Path output, Spark spark, Exports exports) {
    return new PipelineConfig(
        inbox,
        population,
        output,
        spark,
        aggregates,
        trends,
        progress,
        series,
        retention,
        limits,
        allowedRoots,
        sources,
        exports,
        published,
        report);
  }

  /** The config as a plain map, for the run manifest. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inbox", inbox.toString());
    m.put("population", population == null ? null : population.toString());
    m.put("output", output.toString());
    m.put("spark", Map.of("master", spark.master(), "conf", spark.conf()));
    m.put(
        "aggregates",
        Map.of(
            "min_coverage", aggregates.minCoverage(), "min_countries", aggregates.minCountries()));
    m.put("trends", Map.of("base_year", trends.baseYear()));
    m.put("progress", progress);
    m.put("series", series);
    m.put("retention", Map.of("keep", retention.keep()));
    m.put(
        "limits",
        Map.of(
            "max_file_mb",
            limits.maxFileMb(),
            "max_cell_chars",
            limits.maxCellChars(),
            "max_sheet_rows",
            limits.maxSheetRows()));
    m.put("allowed_roots", allowedRoots.stream().map(Path::toString).toList());
    m.put("sources", new java.util.TreeMap<>(sources));
    Map<String, Object> sdmx = new LinkedHashMap<>();
    sdmx.put("dsd", exports.sdmx().dsd() == null ? null : exports.sdmx().dsd().toString());
    Map<String, Object> opensdg = new LinkedHashMap<>();
    opensdg.put("area", exports.opensdg().area());
    opensdg.put("project_series", exports.opensdg().projectSeries());
    m.put("exports", Map.of("sdmx", sdmx, "opensdg", opensdg));
    Map<String, Object> tolerance = new LinkedHashMap<>();
    tolerance.put("percent", published.tolerance().percent());
    tolerance.put("count", published.tolerance().count());
    tolerance.put("relative", published.tolerance().relative());
    m.put("published", Map.of("tolerance", tolerance));
    m.put("report", Map.of("pdf_country_profiles", report.pdfCountryProfiles()));
    return m;
  }

  private static Path abs(Path base, Path p) {
    return p.isAbsolute() ? p.normalize() : base.resolve(p).toAbsolutePath().normalize();
  }
}
