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
 * @param openSdgProjectSeries also write the project series of {@code 16.4.2}, {@code 16.2.2} and
 *     the experimental, modelled illicit financial flow series of {@code 16.4.1} (methodology §4)
 *     to {@code exports/opensdg/} ({@code exports.opensdg.project_series}, contract §3.4). Off by
 *     default: an Open SDG platform reads its indicator files as SDG reporting, and these are not
 *     official SDG series
 * @param openSdgArea M49 code of a country whose national Open SDG layout is also written, to
 *     {@code exports/opensdg/<M49>/} ({@code export --area}, {@code exports.opensdg.area}); null
 *     for none
 * @param dsd the SDMX data structure definition the SDMX file is checked against ({@code exports: {
 *     sdmx: { dsd: FILE } }} in the configuration); null for the shipped {@code IAEG-SDGs:SDG(1.4)}
 *     ({@link SdmxStructure})
 * @param exportDate the day of the export (UTC), written as the SDMX attribute {@code
 *     DATA_LAST_UPDATE}; default today
 */
public record ExportOptions(
    String dataflow,
    String reportingType,
    boolean openSdgProjectSeries,
    Integer openSdgArea,
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
   * The default dataflow, {@code REPORTING_TYPE G}, official series only and no national layout in
   * Open SDG, the shipped DSD, today (UTC).
   */
  public static ExportOptions defaults() {
    return new ExportOptions(
        DEFAULT_DATAFLOW, "G", false, null, null, LocalDate.now(ZoneOffset.UTC));
  }

  public ExportOptions withDataflow(String id) {
    return new ExportOptions(id, reportingType, openSdgProjectSeries, openSdgArea, dsd, exportDate);
  }

  public ExportOptions withOpenSdgProjectSeries(boolean on) {
    return new ExportOptions(dataflow, reportingType, on, openSdgArea, dsd, exportDate);
  }

  /** Also the national Open SDG layout of {@code area} (M49); null for none. */
  public ExportOptions withOpenSdgArea(Integer area) {
    return new ExportOptions(dataflow, reportingType, openSdgProjectSeries, area, dsd, exportDate);
  }

  /** The DSD file to check the SDMX file against; null for the shipped one. */
  public ExportOptions withDsd(Path file) {
    return new ExportOptions(
        dataflow, reportingType, openSdgProjectSeries, openSdgArea, file, exportDate);
  }

  public ExportOptions withExportDate(LocalDate day) {
    return new ExportOptions(dataflow, reportingType, openSdgProjectSeries, openSdgArea, dsd, day);
  }

  /** The DSD and content constraints of {@link #dsd}, read once per JVM. */
  public SdmxStructure structure() {
    return SdmxStructure.of(dsd);
  }
}
