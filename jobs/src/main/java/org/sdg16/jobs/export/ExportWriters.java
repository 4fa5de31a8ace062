package org.sdg16.jobs.export;

import org.sdg16.schemas.output.FindingRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/**
 * Runs every writer of contract §4.4 into an exports folder:
 * <pre>
 * exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv    SDMX-CSV 2.0, official series ({@link SdmxCsvWriter})
 * exports/opensdg/indicator_16-2-2.csv           Open SDG, one file per indicator ({@link OpenSdgWriter})
 * exports/opensdg/indicator_16-4-2.csv
 * exports/xlsx/sdg16_observations.xlsx           analyst workbook ({@link WorkbookWriter})
 * exports/csv/observations.csv                   the tables in full ({@link CsvExportWriter})
 * exports/csv/trends.csv
 * exports/csv/findings.csv
 * </pre>
 * Each file is written whole or not at all (a temporary file moved in place).
 */
public final class ExportWriters {

  private ExportWriters() {}

  /**
   * Writes every export; returns the files written, in the order above.
   *
   * @param exportsDir   the {@code exports} folder (created when missing)
   * @param observations the {@code observations} table (contract §4.2)
   * @param trends       the {@code trends} table (methodology §6)
   * @param findings     every finding of the run, with the raw cells of its row
   * @param options      dataflow id and the other settings
   */
  public static List<Path> writeAll(Path exportsDir, List<Observation> observations, List<TrendRow> trends,
      List<FindingRecord> findings, ExportOptions options) {
    Objects.requireNonNull(exportsDir, "exportsDir");
    Objects.requireNonNull(options, "options");
    List<Path> out = new ArrayList<>();
    out.add(SdmxCsvWriter.write(exportsDir, observations, options));
    out.addAll(OpenSdgWriter.write(exportsDir, observations, options));
    out.add(WorkbookWriter.write(exportsDir, observations, trends));
    out.addAll(CsvExportWriter.write(exportsDir, observations, trends, findings));
    return List.copyOf(out);
  }
}
