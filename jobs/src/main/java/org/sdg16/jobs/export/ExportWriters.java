package org.sdg16.jobs.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.TrendRow;

/**
 * Runs every writer of contract §4.4 into an exports folder:
 *
 * <pre>
 * exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv    SDMX-CSV 2.0, official series ({@link SdmxCsvWriter})
 * exports/opensdg/indicator_16-2-2.csv           Open SDG, one file per indicator ({@link OpenSdgWriter})
 * exports/opensdg/indicator_16-4-2.csv             (custodian layout)
 * exports/opensdg/meta/16-2-2.md                 Open SDG metadata, one file per indicator ({@link OpenSdgMeta})
 * exports/opensdg/meta/16-4-2.md
 * exports/opensdg/M49/…                          the same for one country (national layout), on request
 * exports/xlsx/sdg16_observations.xlsx           analyst workbook ({@link WorkbookWriter})
 * exports/csv/observations.csv                   the tables in full ({@link CsvExportWriter})
 * exports/csv/trends.csv
 * exports/csv/findings.csv
 * exports/csv/reconciliation.csv                 computed against published values (methodology §8)
 * </pre>
 *
 * Each file is written whole or not at all (a temporary file moved in place). The SDMX rows that
 * break the SDG DSD or its content constraints ({@link SdmxCheck}) are left out of the SDMX file;
 * their {@code SDMX_INVALID} findings are added to {@code findings.csv}.
 */
public final class ExportWriters {

  private ExportWriters() {}

  /**
   * What the exports wrote.
   *
   * @param files the files written, in the order above
   * @param sdmxRows rows in the SDMX file
   * @param sdmxLeftOut rows left out of it
   * @param sdmxFindings the {@code SDMX_INVALID} findings of those rows
   */
  public record Result(
      List<Path> files, int sdmxRows, int sdmxLeftOut, List<FindingRecord> sdmxFindings) {
    public Result {
      files = List.copyOf(files);
      sdmxFindings = List.copyOf(sdmxFindings);
    }
  }

  /**
   * Writes every export.
   *
   * @param exportsDir the {@code exports} folder (created when missing)
   * @param observations the {@code observations} table (contract §4.2)
   * @param trends the {@code trends} table (methodology §6)
   * @param findings every finding of the run, with the raw cells of its row
   * @param options dataflow id, DSD and the other settings
   */
  public static Result writeAll(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<FindingRecord> findings,
      ExportOptions options) {
    return writeAll(exportsDir, observations, trends, findings, null, options);
  }

  /**
   * Writes every export, with the {@code reconciliation} table (methodology §8) as a workbook sheet
   * and {@code csv/reconciliation.csv}; null: neither (a snapshot computed before the table
   * existed).
   */
  public static Result writeAll(
      Path exportsDir,
      List<Observation> observations,
      List<TrendRow> trends,
      List<FindingRecord> findings,
      List<ReconciliationRow> reconciliation,
      ExportOptions options) {
    Objects.requireNonNull(exportsDir, "exportsDir");
    Objects.requireNonNull(options, "options");
    List<Path> out = new ArrayList<>();
    SdmxCsvWriter.Result sdmx = SdmxCsvWriter.write(exportsDir, observations, options);
    out.add(sdmx.file());
    out.addAll(OpenSdgWriter.write(exportsDir, observations, options));
    List<FindingRecord> all = new ArrayList<>(findings);
    all.addAll(sdmx.findings());
    out.add(
        WorkbookWriter.write(
            exportsDir,
            observations,
            trends,
            reconciliation == null ? List.of() : reconciliation,
            all));
    out.addAll(
        reconciliation == null
            ? CsvExportWriter.write(exportsDir, observations, trends, all)
            : CsvExportWriter.write(exportsDir, observations, trends, all, reconciliation));
    return new Result(out, sdmx.rows(), sdmx.leftOut(), sdmx.findings());
  }
}
