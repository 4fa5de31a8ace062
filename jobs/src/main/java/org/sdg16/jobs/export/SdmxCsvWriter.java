package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * SDMX-CSV 2.0 of the official series (contract §4.4): {@code exports/sdmx/<dataflow>.csv}, one
 * row per observation of {@link SeriesCatalogue#official()} (VC_ARM_SZTRACE, VC_HTF_DETV); project
 * series never go there. Columns: {@code STRUCTURE,STRUCTURE_ID,ACTION} ({@code dataflow}, the
 * configured dataflow id, {@code I}), the dimensions of the SDG DSD in DSD order, then
 * {@code TIME_PERIOD,OBS_VALUE} and the attributes
 * {@code UNIT_MEASURE,UNIT_MULT,NATURE,OBS_STATUS,COMMENT_OBS,SOURCE_DETAIL,TIME_DETAIL}. The codes
 * are those of {@link SdmxCodes}; a missing value is an empty {@code OBS_VALUE}, never {@code 0};
 * comments and source details are escaped against formula injection. The file reads back through
 * {@link org.sdg16.jobs.published.PublishedReader} (the published-series import) to the same
 * series, area, year, sex, age, value, unit, status and nature.
 */
public final class SdmxCsvWriter {

  /** Header of the file. */
  public static final List<String> HEADER;

  static {
    List<String> h = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    h.addAll(SdmxCodes.DIMENSIONS);
    h.addAll(List.of("TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "NATURE", "OBS_STATUS",
        "COMMENT_OBS", "SOURCE_DETAIL", "TIME_DETAIL"));
    HEADER = List.copyOf(h);
  }

  /** Rows in file order: series code as exported, area, year, sex, age. */
  private static final Comparator<Row> ORDER = Comparator.comparing(Row::series)
      .thenComparingInt(r -> r.o().refArea())
      .thenComparingInt(r -> r.o().timePeriod())
      .thenComparing(r -> r.o().sex())
      .thenComparing(r -> r.o().age())
      .thenComparing(r -> r.o().unitMeasure());

  private record Row(String series, Observation o) {}

  private SdmxCsvWriter() {}

  /** The file for a dataflow, below the exports folder. */
  public static Path file(Path exportsDir, ExportOptions options) {
    return exportsDir.resolve("sdmx").resolve(SdmxCodes.fileSafe(options.dataflow()) + ".csv");
  }

  /** Writes the official observations to {@link #file}; returns the file. */
  public static Path write(Path exportsDir, List<Observation> observations, ExportOptions options) {
    return Outputs.write(file(exportsDir, options), out -> write(out, observations, options));
  }

  /** Writes the official observations as SDMX-CSV 2.0 to a stream (left open). */
  public static void write(OutputStream out, List<Observation> observations, ExportOptions options)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Observation o : observations) {
      if (SeriesCatalogue.byCode(o.series()).map(Series::official).orElse(false)) {
        rows.add(new Row(SdmxCodes.series(o), o));
      }
    }
    rows.sort(ORDER);
    CSVPrinter p = CsvOut.printer(out);
    p.printRecord(HEADER);
    for (Row r : rows) {
      p.printRecord(record(r.series(), r.o(), options));
    }
    p.flush();
  }

  private static List<String> record(String series, Observation o, ExportOptions options) {
    List<String> v = new ArrayList<>(HEADER.size());
    v.add("dataflow");
    v.add(options.dataflow());
    v.add("I");
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
    v.add(Numbers.plain(o.value()));
    v.add(o.unitMeasure());
    v.add("0");
    v.add(CsvOut.text(o.nature()));
    v.add(CsvOut.text(o.obsStatus()));
    v.add(CsvOut.text(o.comment()));
    v.add(CsvOut.text(o.sourceDetail()));
    v.add("");
    return v;
  }
}
