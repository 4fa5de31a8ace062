package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Indicator files in the Open SDG data format (contract §4.4): {@code
 * exports/opensdg/indicator_<goal>-<target>-<indicator>.csv}, one per SDG indicator of the official
 * series ({@code indicator_16-4-2.csv} for VC_ARM_SZTRACE, {@code indicator_16-2-2.csv} for
 * VC_HTF_DETV), and {@code indicator_16-4-1.csv} for the experimental illicit financial flow series
 * only when {@link ExportOptions#openSdgExperimental()} asks for it.
 *
 * <p>The layout follows the Open SDG data format (open-sdg documentation "Data format", and
 * sdg-build, which reads these files and maps {@code Year}, {@code Series}, {@code Units} and
 * {@code Value} to the SDMX {@code TIME_PERIOD}, {@code SERIES}, {@code UNIT_MEASURE} and {@code
 * OBS_VALUE}):
 *
 * <ul>
 *   <li>{@code Year} is the first column and {@code Value} the last; {@code GeoCode} (the M49 code,
 *       which Open SDG maps use) is second from last;
 *   <li>{@code Series} (the SDG series code, with VC_HTF_DETV's forms of exploitation as the series
 *       of the SDG database, see {@link SdmxCodes}) and {@code Units} ({@code PT}, {@code NUMBER})
 *       follow {@code Year};
 *   <li>then the disaggregation columns that the file's rows use ({@code Sex}, {@code Age}, …)
 *       holding SDMX codes ({@code F}, {@code M}, {@code Y0T17}, {@code Y_GE18}); a blank cell
 *       means the total, as Open SDG reads it (never the text {@code _T} or "Total");
 *   <li>{@code Value} rounded to the series' decimals ({@link Series#decimals()}: 2 for
 *       percentages, rates and ratios, 0 for counts); a missing value is a blank {@code Value};
 *   <li>reported totals ({@link Observation#reportedTotal()}, methodology §5) are not SDG data and
 *       never go there;
 *   <li>rows sorted by series, area, disaggregation (totals first) and year.
 * </ul>
 */
public final class OpenSdgWriter {

  /** A disaggregation column and how to read it from an observation. */
  private record Disaggregation(String name, Function<Observation, String> getter) {}

  /** The candidate disaggregations, in column order. Exploitation of VC_HTF_DETV is in Series. */
  private static final List<Disaggregation> DISAGGREGATIONS =
      List.of(
          new Disaggregation("Sex", Observation::sex),
          new Disaggregation("Age", Observation::age),
          new Disaggregation("Arm type", Observation::armType),
          new Disaggregation("Justification", Observation::justification),
          new Disaggregation("Commodity", Observation::commodity),
          new Disaggregation("Route", Observation::route));

  private record Row(String series, Observation o) {}

  private OpenSdgWriter() {}

  /** The file name of an indicator: {@code 16.4.2} → {@code indicator_16-4-2.csv}. */
  public static String fileName(String indicator) {
    return "indicator_" + indicator.replace('.', '-') + ".csv";
  }

  /** Writes one file per indicator; returns the files, sorted by name. */
  public static List<Path> write(
      Path exportsDir, List<Observation> observations, ExportOptions options) {
    Map<String, List<Observation>> byIndicator = byIndicator(observations, options);
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : byIndicator.entrySet()) {
      Path f = exportsDir.resolve("opensdg").resolve(fileName(e.getKey()));
      out.add(Outputs.write(f, s -> write(s, e.getValue())));
    }
    return out;
  }

  /** The observations of each indicator that goes to Open SDG, indicators in order. */
  static Map<String, List<Observation>> byIndicator(
      List<Observation> observations, ExportOptions options) {
    Map<String, List<Observation>> m = new TreeMap<>();
    for (Observation o : observations) {
      Optional<Series> s = SeriesCatalogue.byCode(o.series());
      if (s.isEmpty() || o.reportedTotal()) {
        continue;
      }
      boolean experimental = "16.4.1".equals(s.get().indicator());
      if (s.get().official() || (experimental && options.openSdgExperimental())) {
        m.computeIfAbsent(s.get().indicator(), k -> new ArrayList<>()).add(o);
      }
    }
    return m;
  }

  /**
   * Writes the observations of one indicator in the Open SDG layout to a stream (left open);
   * reported totals among them are left out.
   */
  public static void write(OutputStream out, List<Observation> observations) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Observation o : observations) {
      if (o.reportedTotal()) {
        continue;
      }
      boolean official = SeriesCatalogue.byCode(o.series()).map(Series::official).orElse(false);
      rows.add(new Row(official ? SdmxCodes.series(o) : o.series(), o));
    }
    List<Disaggregation> used =
        DISAGGREGATIONS.stream()
            .filter(
                d ->
                    rows.stream().anyMatch(r -> !Observation.TOTAL.equals(d.getter().apply(r.o()))))
            .toList();
    Comparator<Row> order =
        Comparator.comparing(Row::series).thenComparingInt(r -> r.o().refArea());
    for (Disaggregation d : used) {
      order = order.thenComparing(r -> cell(d.getter().apply(r.o())));
    }
    order = order.thenComparingInt(r -> r.o().timePeriod()).thenComparing(r -> r.o().unitMeasure());
    rows.sort(order);

    List<String> header = new ArrayList<>(List.of("Year", "Series", "Units"));
    used.forEach(d -> header.add(d.name()));
    header.add("GeoCode");
    header.add("Value");
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(header);
    for (Row r : rows) {
      List<String> v = new ArrayList<>(header.size());
      v.add(Integer.toString(r.o().timePeriod()));
      v.add(r.series());
      v.add(r.o().unitMeasure());
      for (Disaggregation d : used) {
        v.add(cell(d.getter().apply(r.o())));
      }
      v.add(Integer.toString(r.o().refArea()));
      v.add(
          Numbers.plain(
              SeriesCatalogue.byCode(r.o().series())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "series " + r.o().series() + " is not in the catalogue"))
                  .rounded(r.o().value())));
      csv.row(v);
    }
    csv.flush();
  }

  /** Blank for the total, as Open SDG reads disaggregations. */
  private static String cell(String code) {
    return Observation.TOTAL.equals(code) ? "" : code;
  }
}
