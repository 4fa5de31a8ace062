package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Indicator files in the Open SDG data format (contract §4.4, "Open SDG"): {@code
 * exports/opensdg/indicator_<goal>-<target>-<indicator>.csv}, one per SDG indicator that has values
 * ({@code indicator_16-4-2.csv}, {@code indicator_16-2-2.csv}), each with its metadata file {@code
 * exports/opensdg/meta/<goal>-<target>-<indicator>.md} ({@link OpenSdgMeta}), as an Open SDG data
 * repository keeps them.
 *
 * <p>Open SDG (open-sdg documentation "Data format"; sdg-build, which reads these files) treats
 * {@code Year}, {@code Series}, {@code Units}, {@code GeoCode}, {@code Value} and the observation
 * attributes ({@code COMMENT_OBS}, {@code OBS_STATUS}) as non-disaggregation columns; every other
 * column is a disaggregation, a blank cell meaning its total, and the rows whose disaggregations
 * are all blank are the <em>headline</em> it charts first. So each file has exactly one headline
 * value per year and {@code Series}/{@code Units} pair:
 *
 * <ul>
 *   <li><b>Custodian layout</b> (always written): the headline is the World value ({@code GeoCode}
 *       1, {@code Reference area} blank). Every other area is the disaggregation {@code Reference
 *       area} (its M49 name) with its M49 code in {@code GeoCode}, so that a site can offer an area
 *       selector and a map. A year without a World value has no headline row: a country's value is
 *       never a headline here;
 *   <li><b>National layout</b> ({@link ExportOptions#openSdgArea()}, {@code export --area}): {@code
 *       exports/opensdg/<M49>/} holds the same files for that one country, whose totals are the
 *       headline; there is no {@code Reference area} column.
 * </ul>
 *
 * <p>In both: columns {@code Year}, {@code Series}, {@code Units}, then the disaggregations the
 * file's rows use, with their English labels as values ({@code Sex}: Female, Male; {@code Age}:
 * Under 18 years, 18 years and over; {@code Form of exploitation}; {@code Type of arm}; {@code
 * Legal justification}; {@code Commodity}; {@code Route}; {@link CodeLabels}), then {@code
 * GeoCode}, {@code COMMENT_OBS} (as in SDMX, {@link SdmxCsvWriter#commentObs}), {@code OBS_STATUS}
 * (SDMX code) and {@code Value}, rounded to the series' decimals ({@link Series#rounded}). {@code
 * Series} is the SDG series code (every form of exploitation of VC_HTF_DETV is the disaggregation
 * {@code Form of exploitation} of VC_HTF_DETV, not a series of its own as in SDMX) and {@code
 * Units} its unit code, on every row. Only official series, unless {@link
 * ExportOptions#openSdgProjectSeries()}: then also the project series of an SDG indicator (not
 * those of target 16.4 as a whole, the port seizures, which have no indicator). Reported totals
 * (methodology §5) and values that are missing never go there. Rows are sorted by series, unit,
 * area (the World first, then by name), disaggregation (totals first) and year.
 */
public final class OpenSdgWriter {

  /** The column of the area in the custodian layout. */
  public static final String AREA = "Reference area";

  /** The non-disaggregation columns, as Open SDG reads them. */
  public static final List<String> NOT_DISAGGREGATIONS =
      List.of("Year", "Series", "Units", "GeoCode", "COMMENT_OBS", "OBS_STATUS", "Value");

  /** A disaggregation column: its name and its English value of an observation (blank = total). */
  private record Disaggregation(String name, Function<Observation, String> label) {}

  /** The disaggregations, in column order. */
  private static final List<Disaggregation> DISAGGREGATIONS =
      List.of(
          new Disaggregation("Sex", o -> label("sex", o.sex())),
          new Disaggregation("Age", o -> label("age", o.age())),
          new Disaggregation("Form of exploitation", o -> label("exploitation", o.exploitation())),
          new Disaggregation("Type of arm", o -> label("arm_type", o.armType())),
          new Disaggregation("Legal justification", o -> label("justification", o.justification())),
          new Disaggregation("Commodity", o -> label("commodity", o.commodity())),
          new Disaggregation("Route", o -> route(o.route())));

  /** An SDG indicator id: goal, target, indicator. */
  private static final java.util.regex.Pattern INDICATOR =
      java.util.regex.Pattern.compile("\\d+\\.\\w+\\.\\w+");

  private OpenSdgWriter() {}

  /** The file name of an indicator: {@code 16.4.2} → {@code indicator_16-4-2.csv}. */
  public static String fileName(String indicator) {
    return "indicator_" + indicator.replace('.', '-') + ".csv";
  }

  /** The folder of a layout: {@code exports/opensdg/}, or {@code exports/opensdg/<M49>/}. */
  public static Path folder(Path exportsDir, Integer area) {
    Path d = exportsDir.resolve("opensdg");
    return area == null ? d : d.resolve(Integer.toString(area));
  }

  /**
   * Writes the custodian layout, and the national layout of {@link ExportOptions#openSdgArea()}
   * when set: per indicator its CSV and its metadata file. Returns the files, CSVs sorted by name,
   * then the metadata files, custodian layout first.
   */
  public static List<Path> write(
      Path exportsDir, List<Observation> observations, ExportOptions options) {
    List<Path> out = new ArrayList<>(write(exportsDir, byIndicator(observations, options), null));
    if (options.openSdgArea() != null) {
      int area = options.openSdgArea();
      Map<String, List<Observation>> national = new TreeMap<>();
      byIndicator(observations, options)
          .forEach(
              (k, v) -> {
                List<Observation> mine = v.stream().filter(o -> o.refArea() == area).toList();
                if (!mine.isEmpty()) {
                  national.put(k, mine);
                }
              });
      out.addAll(write(exportsDir, national, area));
    }
    return out;
  }

  private static List<Path> write(
      Path exportsDir, Map<String, List<Observation>> byIndicator, Integer area) {
    Path dir = folder(exportsDir, area);
    List<Path> csvs = new ArrayList<>();
    List<Path> metas = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : byIndicator.entrySet()) {
      csvs.add(Outputs.write(dir.resolve(fileName(e.getKey())), s -> write(s, e.getValue(), area)));
      Set<String> series = new LinkedHashSet<>();
      sorted(e.getValue()).forEach(o -> series.add(o.series()));
      metas.add(
          Outputs.write(
              dir.resolve("meta").resolve(OpenSdgMeta.fileName(e.getKey())),
              s -> OpenSdgMeta.write(s, e.getKey(), List.copyOf(series), area)));
    }
    csvs.addAll(metas);
    return csvs;
  }

  /**
   * The observations of each indicator that goes to Open SDG, indicators in order: official series,
   * and with {@link ExportOptions#openSdgProjectSeries()} the project series of an SDG indicator;
   * never a reported total nor a missing value.
   */
  static Map<String, List<Observation>> byIndicator(
      List<Observation> observations, ExportOptions options) {
    Map<String, List<Observation>> m = new TreeMap<>();
    for (Observation o : observations) {
      Series s = SeriesCatalogue.byCode(o.series()).orElse(null);
      if (s == null || o.reportedTotal() || o.value() == null) {
        continue;
      }
      boolean project =
          options.openSdgProjectSeries() && INDICATOR.matcher(s.indicator()).matches();
      if (s.official() || project) {
        m.computeIfAbsent(s.indicator(), k -> new ArrayList<>()).add(o);
      }
    }
    return m;
  }

  /**
   * Writes the observations of one indicator to a stream (left open): the custodian layout when
   * {@code area} is null, else the national layout of that country (its observations only).
   * Reported totals and missing values among them are left out.
   */
  public static void write(OutputStream out, List<Observation> observations, Integer area)
      throws IOException {
    List<Observation> rows =
        sorted(
            observations.stream()
                .filter(o -> !o.reportedTotal() && o.value() != null)
                .filter(o -> area == null || o.refArea() == area)
                .toList());
    List<Disaggregation> used =
        DISAGGREGATIONS.stream()
            .filter(d -> rows.stream().anyMatch(o -> !d.label().apply(o).isEmpty()))
            .toList();
    boolean areas = area == null && rows.stream().anyMatch(o -> o.refArea() != M49.WORLD);
    List<String> header = new ArrayList<>(List.of("Year", "Series", "Units"));
    if (areas) {
      header.add(AREA);
    }
    used.forEach(d -> header.add(d.name()));
    header.addAll(List.of("GeoCode", "COMMENT_OBS", "OBS_STATUS", "Value"));
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(header);
    for (Observation o : rows) {
      List<String> v = new ArrayList<>(header.size());
      v.add(Integer.toString(o.timePeriod()));
      v.add(o.series());
      v.add(o.unitMeasure());
      if (areas) {
        v.add(areaName(o.refArea()));
      }
      for (Disaggregation d : used) {
        v.add(d.label().apply(o));
      }
      v.add(Integer.toString(o.refArea()));
      v.add(trim(SdmxCsvWriter.commentObs(o)));
      v.add(trim(o.obsStatus()));
      v.add(Numbers.plain(series(o).rounded(o.value())));
      csv.row(v);
    }
    csv.flush();
  }

  /** Series, unit, area (World first, then by name), disaggregations (totals first), year. */
  private static List<Observation> sorted(List<Observation> observations) {
    Comparator<Observation> order =
        Comparator.comparing(Observation::series)
            .thenComparing(Observation::unitMeasure)
            .thenComparing(o -> areaName(o.refArea()))
            .thenComparingInt(Observation::refArea);
    for (Disaggregation d : DISAGGREGATIONS) {
      order = order.thenComparing(o -> d.label().apply(o));
    }
    order = order.thenComparingInt(Observation::timePeriod);
    List<Observation> out = new ArrayList<>(observations);
    out.sort(order);
    return out;
  }

  private static Series series(Observation o) {
    return SeriesCatalogue.byCode(o.series())
        .orElseThrow(
            () ->
                new IllegalArgumentException("series " + o.series() + " is not in the catalogue"));
  }

  /** The M49 name of an area; blank for the World, the headline of the custodian layout. */
  static String areaName(int area) {
    return area == M49.WORLD ? "" : M49.standard().nameOf(area).trim();
  }

  /** The English value of a dimension code; blank for the total, as Open SDG reads it. */
  private static String label(String dimension, String code) {
    return Observation.TOTAL.equals(code) ? "" : CodeLabels.label(dimension, code).trim();
  }

  /** A route {@code departure>destination} (M49 codes, {@code _U} unknown) as area names. */
  private static String route(String code) {
    if (Observation.TOTAL.equals(code)) {
      return "";
    }
    String[] parts = code.split(">", -1);
    List<String> names = new ArrayList<>();
    for (String p : parts) {
      names.add(routeEnd(p.trim()));
    }
    return String.join(" > ", names);
  }

  private static String routeEnd(String code) {
    if (code.matches("\\d+")) {
      return M49.standard().nameOf(Integer.parseInt(code)).trim();
    }
    return CodeLabels.label(code);
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
