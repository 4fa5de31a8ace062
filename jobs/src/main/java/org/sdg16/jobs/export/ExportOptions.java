package org.sdg16.jobs.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Settings of the exports.
 *
 * @param dataflow SDMX dataflow of {@code exports/sdmx/}, written as {@code STRUCTURE_ID} and
 *     naming the file; default {@value #DEFAULT_DATAFLOW}, the dataflow the UN SDG SDMX API serves
 *     (contract §1.6)
 * @param reportingType SDMX {@code REPORTING_TYPE} of the SDG DSD: {@code G} (global reporting, as
 *     the custodian agencies report to the Global SDG Indicators Database; regional aggregates are
 *     {@code G} there too) or {@code N} (national reporting); default {@code G}
 * @param openSdgExperimental also write {@code indicator_16-4-1.csv} to {@code exports/opensdg/}
 *     with the experimental, modelled illicit financial flow series (methodology §4). Off by
 *     default: an Open SDG platform reads its indicator files as SDG reporting, and these are
 *     project series, not the official 16.4.1 indicator (no global series exists yet)
 * @param dsd the SDMX data structure definition the SDMX file is checked against ({@code exports: {
 *     sdmx: { dsd: FILE } }} in the configuration); null for the shipped {@code IAEG-SDGs:SDG(1.4)}
 *     ({@link SdmxStructure})
 * @param exportDate the day of the export (UTC), written as the SDMX attribute {@code
 *     DATA_LAST_UPDATE}; default today
 */
public record ExportOptions(
    String dataflow,
    String reportingType,
    boolean openSdgExperimental,
    Path dsd,
    LocalDate exportDate) {

  public static final String DEFAULT_DATAFLOW = "IAEG-SDGs:DF_SDG_GLH(1.24)";

  public ExportOptions {
    Objects.requireNonNull(dataflow, "dataflow");
    if (dataflow.isBlank()) {
      throw new IllegalArgumentException("the SDMX dataflow id is empty");
    }
    if (!"G".equals(reportingType) && !"N".equals(reportingType)) {
      throw new IllegalArgumentException("REPORTING_TYPE is G or N, not " + reportingType);
    }
    Objects.requireNonNull(exportDate, "exportDate");
  }

  /**
   * The default dataflow, {@code REPORTING_TYPE G}, no experimental series, the shipped DSD, today
   * (UTC).
   */
  public static ExportOptions defaults() {
    return new ExportOptions(DEFAULT_DATAFLOW, "G", false, null, LocalDate.now(ZoneOffset.UTC));
  }

  public ExportOptions withDataflow(String id) {
    return new ExportOptions(id, reportingType, openSdgExperimental, dsd, exportDate);
  }

  public ExportOptions withOpenSdgExperimental(boolean on) {
    return new ExportOptions(dataflow, reportingType, on, dsd, exportDate);
  }

  /** The DSD file to check the SDMX file against; null for the shipped one. */
  public ExportOptions withDsd(Path file) {
    return new ExportOptions(dataflow, reportingType, openSdgExperimental, file, exportDate);
  }

  public ExportOptions withExportDate(LocalDate day) {
    return new ExportOptions(dataflow, reportingType, openSdgExperimental, dsd, day);
  }

  /** The DSD and content constraints of {@link #dsd}, read once per JVM. */
  public SdmxStructure structure() {
    return SdmxStructure.of(dsd);
  }
}
