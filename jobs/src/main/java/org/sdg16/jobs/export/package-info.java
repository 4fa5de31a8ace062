/**
 * The exports of contract §4.4, one writer per output format (style.md): SDMX-CSV 2.0 for the
 * official series ({@link org.sdg16.jobs.export.SdmxCsvWriter}, its rows checked by {@link
 * org.sdg16.jobs.export.SdmxCheck} against the SDG DSD and content constraints that {@link
 * org.sdg16.jobs.export.SdmxStructure} reads), Open SDG indicator files ({@link
 * org.sdg16.jobs.export.OpenSdgWriter}, with their metadata files, {@link
 * org.sdg16.jobs.export.OpenSdgMeta}), the analyst workbook ({@link
 * org.sdg16.jobs.export.WorkbookWriter}) and the plain CSV tables ({@link
 * org.sdg16.jobs.export.CsvExportWriter}); {@link org.sdg16.jobs.export.ExportWriters} runs them
 * all. Plain Java on lists of rows: no Spark here (checked by a test), the pipeline collects the
 * small output tables and hands them over. The CSV writers print through the one CSV dialect of
 * {@link org.sdg16.schemas.csv.Csv}, which escapes every cell against formula injection; the
 * workbook escapes its text cells by the same rule ({@link org.sdg16.schemas.csv.Escaping});
 * numbers are printed by {@link org.sdg16.schemas.csv.Numbers}.
 */
package org.sdg16.jobs.export;
