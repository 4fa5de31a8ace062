package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sdg16.jobs.methods.indicators.Aggregates;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * SDMX-CSV 2.0 of the official series (contract §4.4): {@code exports/sdmx/<dataflow>.csv}, one row
 * per observation of {@link SeriesCatalogue#official()} (VC_ARM_SZTRACE, VC_HTF_DETV); project
 * series and reported totals ({@link Observation#reportedTotal()}, methodology §5) never go there.
 * Columns: {@code STRUCTURE,STRUCTURE_ID,ACTION} ({@code dataflow}, the configured dataflow id,
 * {@code R}, {@link #REPLACE}), the dimensions of the SDG DSD in DSD order, then {@code
 * TIME_PERIOD,OBS_VALUE} and the attributes {@code
 * UNIT_MEASURE,UNIT_MULT,NATURE,OBS_STATUS,COMMENT_OBS,SOURCE_DETAIL, TIME_DETAIL,DATA_LAST_UPDATE}
 * of the DSD {@code IAEG-SDGs:SDG(1.4)}:
 *
 * <ul>
 *   <li>{@code OBS_VALUE} rounded to the series' decimals ({@link Series#decimals()}: 2 for
 *       percentages, 0 for counts), a missing value empty, never {@code 0};
 *   <li>{@code COMMENT_OBS} the observation's comment, for an aggregate after its number of
 *       countries and coverage ({@link #commentObs}); {@code SOURCE_DETAIL} its source detail; both
 *       escaped against formula injection;
 *   <li>{@code TIME_DETAIL} the reference period as the SDG database writes it, the year ({@code
 *       2020});
 *   <li>{@code DATA_LAST_UPDATE} the day of the export ({@link ExportOptions#exportDate()}, ISO
 *       {@code YYYY-MM-DD}).
 * </ul>
 *
 * The codes are those of {@link SdmxCodes}. Before the file is written its rows are checked against
 * the DSD and the content constraints ({@link SdmxCheck}, DSD of {@link ExportOptions#dsd()}): a
 * row that fails is left out and becomes an {@code SDMX_INVALID} finding. The file reads back
 * through {@link org.sdg16.jobs.published.PublishedReader} (the published-series import) to the
 * same series, area, year, sex, age, value, unit, status and nature.
 */
public final class SdmxCsvWriter {

  /**
   * SDMX-CSV 2.0 {@code ACTION} "Replace" (SDMX-CSV 2.0 field guide, sdmx-twg/sdmx-csv, "Column
   * content": "Data is for replacement. Existing observations are to be fully replaced. Existing
   * attribute values are to be replaced. Observations or attribute values formally absent will be
   * appended"): every row of the full file and the added and revised rows of the delta. Not {@code
   * I} (Information), which a receiving database loads as {@code A} (Append), an incremental update
   * that leaves an attribute the row does not give unchanged.
   */
  public static final String REPLACE = "R";

  /**
   * SDMX-CSV 2.0 {@code ACTION} "Delete": a row with the full key and no measure or attribute value
   * deletes that observation and its observation-level attributes (same source).
   */
  public static final String DELETE = "D";

  /** Header of the file. */
  public static final List<String> HEADER;

  static {
    List<String> h = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    h.addAll(SdmxCodes.DIMENSIONS);
    h.addAll(
        List.of(
            "TIME_PERIOD",
            "OBS_VALUE",
            "UNIT_MEASURE",
            "UNIT_MULT",
            "NATURE",
            "OBS_STATUS",
            "COMMENT_OBS",
            "SOURCE_DETAIL",
            "TIME_DETAIL",
            "DATA_LAST_UPDATE"));
    HEADER = List.copyOf(h);
  }

  /** Rows in file order: series code as exported, area, year, sex, age. */
  private static final Comparator<Row> ORDER =
      Comparator.comparing(Row::series)
          .thenComparingInt(r -> r.o().refArea())
          .thenComparingInt(r -> r.o().timePeriod())
          .thenComparing(r -> r.o().sex())
          .thenComparing(r -> r.o().age())
          .thenComparing(r -> r.o().unitMeasure());

  private record Row(String series, Observation o) {}

  private SdmxCsvWriter() {}

  /** The file for a dataflow, below the exports folder. */
  public static Path file(Path exportsDir, ExportOptions options) {
    return exportsDir.resolve(name(options));
  }

  /**
   * The file relative to the exports folder, {@code sdmx/<dataflow>.csv}, as its findings name it.
   */
  static String name(ExportOptions options) {
    return "sdmx/" + SdmxCodes.fileSafe(options.dataflow()) + ".csv";
  }

  /**
   * What was written: the file, the rows in it and one {@code SDMX_INVALID} finding per row left
   * out (or one for the whole file).
   */
  public record Result(Path file, int rows, int leftOut, List<FindingRecord> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /** Writes the official observations that pass {@link SdmxCheck} to {@link #file}. */
  public static Result write(
      Path exportsDir, List<Observation> observations, ExportOptions options) {
    Path f = file(exportsDir, options);
    SdmxCheck.Result checked = check(observations, options, name(options));
    Outputs.write(f, out -> print(out, checked.passed()));
    return new Result(f, checked.passed().size(), checked.leftOut(), checked.findings());
  }

  /**
   * Writes the official observations that pass {@link SdmxCheck} as SDMX-CSV 2.0 to a stream (left
   * open).
   */
  public static SdmxCheck.Result write(
      OutputStream out, List<Observation> observations, ExportOptions options) throws IOException {
    SdmxCheck.Result checked = check(observations, options, name(options));
    print(out, checked.passed());
    return checked;
  }

  /** The rows of the would-be file, sorted, checked against the DSD of the options. */
  static SdmxCheck.Result check(
      List<Observation> observations, ExportOptions options, String fileName) {
    return SdmxCheck.check(options.structure(), HEADER, rows(observations, options), fileName);
  }

  /** The rows of the official observations, in file order; reported totals are left out. */
  static List<List<String>> rows(List<Observation> observations, ExportOptions options) {
    List<Row> rows = new ArrayList<>();
    for (Observation o : observations) {
      if (!o.reportedTotal()
          && SeriesCatalogue.byCode(o.series()).map(Series::official).orElse(false)) {
        rows.add(new Row(SdmxCodes.series(o), o));
      }
    }
    rows.sort(ORDER);
    List<List<String>> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(record(r.series(), r.o(), options));
    }
    return out;
  }

  /**
   * The delta file since a release, beside the full one: {@code sdmx/<dataflow>_delta_<since>.csv}
   * ({@code since} a release name or snapshot id, letters, digits, {@code .}, {@code _}, {@code
   * -}).
   */
  public static Path deltaFile(Path exportsDir, ExportOptions options, String since) {
    return exportsDir.resolve(deltaName(options, since));
  }

  static String deltaName(ExportOptions options, String since) {
    if (!since.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("not a release name or snapshot id: " + since);
    }
    return "sdmx/" + SdmxCodes.fileSafe(options.dataflow()) + "_delta_" + since + ".csv";
  }

  /** What the delta holds: the file and its rows by action. */
  public record Delta(Path file, int replaced, int deleted) {}

  /**
   * Writes the SDMX-CSV 2.0 delta of the official observations since an earlier snapshot (contract
   * §4.4): a row with {@link #REPLACE} for every row of the full file whose key (the dimensions and
   * {@code TIME_PERIOD}) is new or whose value or attributes differ from the earlier snapshot's
   * ({@code DATA_LAST_UPDATE} aside), and a row with {@link #DELETE} for every key of the earlier
   * snapshot's file that is gone: the key filled in, {@code OBS_VALUE} and every attribute empty,
   * since a filled attribute on a delete row would delete that attribute only. Rows that break the
   * DSD are left out on both sides, as in the full file.
   */
  public static Delta writeDelta(
      Path exportsDir,
      List<Observation> since,
      List<Observation> now,
      ExportOptions options,
      String sinceLabel) {
    Path f = deltaFile(exportsDir, options, sinceLabel);
    List<List<String>> rows = deltaRows(since, now, options);
    SdmxCheck.Result checked =
        SdmxCheck.check(options.structure(), HEADER, rows, deltaName(options, sinceLabel));
    Outputs.write(f, out -> print(out, checked.passed()));
    int deleted = 0;
    for (List<String> r : checked.passed()) {
      deleted += DELETE.equals(r.get(ACTION_COLUMN)) ? 1 : 0;
    }
    return new Delta(f, checked.passed().size() - deleted, deleted);
  }

  private static final int ACTION_COLUMN = HEADER.indexOf("ACTION");

  /** The rows of the delta: replaced rows in file order, then deleted ones in file order. */
  static List<List<String>> deltaRows(
      List<Observation> since, List<Observation> now, ExportOptions options) {
    List<Integer> key = new ArrayList<>();
    for (String c : SdmxCodes.DIMENSIONS) {
      key.add(HEADER.indexOf(c));
    }
    key.add(HEADER.indexOf("TIME_PERIOD"));
    int updated = HEADER.indexOf("DATA_LAST_UPDATE");
    java.util.Map<List<String>, List<String>> before = new java.util.LinkedHashMap<>();
    for (List<String> r : check(since, options, name(options)).passed()) {
      before.put(pick(r, key), r);
    }
    java.util.Set<List<String>> keysNow = new java.util.HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : check(now, options, name(options)).passed()) {
      List<String> k = pick(r, key);
      keysNow.add(k);
      List<String> old = before.get(k);
      if (old == null || !content(old, updated).equals(content(r, updated))) {
        out.add(r);
      }
    }
    for (java.util.Map.Entry<List<String>, List<String>> e : before.entrySet()) {
      if (!keysNow.contains(e.getKey())) {
        List<String> d = new ArrayList<>(java.util.Collections.nCopies(HEADER.size(), ""));
        List<String> old = e.getValue();
        d.set(0, old.get(0));
        d.set(1, old.get(1));
        d.set(ACTION_COLUMN, DELETE);
        for (int i : key) {
          d.set(i, old.get(i));
        }
        out.add(d);
      }
    }
    return out;
  }

  private static List<String> pick(List<String> row, List<Integer> columns) {
    List<String> out = new ArrayList<>(columns.size());
    for (int i : columns) {
      out.add(row.get(i));
    }
    return out;
  }

  /** A row without its action and {@code DATA_LAST_UPDATE}: what a revision changes. */
  private static List<String> content(List<String> row, int updated) {
    List<String> out = new ArrayList<>(row);
    out.set(updated, "");
    out.set(ACTION_COLUMN, "");
    return out;
  }

  private static void print(OutputStream out, List<List<String>> rows) throws IOException {
    Csv csv = Csv.forSpreadsheets(out);
    csv.row(HEADER);
    for (List<String> r : rows) {
      csv.row(r);
    }
    csv.flush();
  }

  /**
   * {@code COMMENT_OBS}: the observation's comment; for an aggregate first the number of countries
   * and the coverage behind it (methodology §5), e.g. {@code 3 countries, 61.2 % of the population;
   * denominator partial for Kenya}.
   */
  static String commentObs(Observation o) {
    if (!"G".equals(o.reportingType())) {
      return o.comment();
    }
    String behind = Aggregates.coverageText(o.nCountries(), o.coverage());
    return o.comment() == null ? behind : behind + "; " + o.comment();
  }

  private static List<String> record(String series, Observation o, ExportOptions options) {
    List<String> v = new ArrayList<>(HEADER.size());
    v.add("dataflow");
    v.add(options.dataflow());
    v.add(REPLACE);
    v.add(SdmxCodes.FREQ_ANNUAL);
    v.add(options.reportingType());
    v.add(series);
    v.add(Integer.toString(o.refArea()));
    v.add(o.sex());
    v.add(o.age());
    for (int i = 0; i < SdmxCodes.UNUSED_BREAKDOWNS.size(); i++) {
      v.add(Observation.TOTAL);
    }
    v.add(Integer.toString(o.timePeriod()));
    v.add(Numbers.plain(SeriesCatalogue.byCode(o.series()).orElseThrow().rounded(o.value())));
    v.add(o.unitMeasure());
    v.add("0");
    v.add(o.nature());
    v.add(o.obsStatus());
    v.add(commentObs(o));
    v.add(o.sourceDetail());
    v.add(Integer.toString(o.timePeriod()));
    v.add(options.exportDate().toString()); // ISO YYYY-MM-DD, whatever the locale
    return v;
  }
}
