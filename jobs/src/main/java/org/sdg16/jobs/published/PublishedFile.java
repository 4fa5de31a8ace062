package org.sdg16.jobs.published;

import java.util.List;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * What reading one file of {@code published/} gave: its format, its dataflow, and the outcome in
 * the shape of the rest of ingest ({@link FileOutcome}: accepted rows of the {@code published}
 * declaration, quarantined rows with their raw cells and findings, or the one finding that rejected
 * the file), so that it reconciles and reports the same way (rows read = accepted + quarantined;
 * {@link FileOutcome#toJson()} for the run manifest).
 *
 * @param format how the file was read
 * @param dataflow the SDMX dataflow of the file's first data row, or null (Open SDG)
 * @param outcome counts and findings, as for any other file
 * @param result the validated rows (a published file is small and read whole)
 */
public record PublishedFile(
    Format format, String dataflow, FileOutcome outcome, Validator.Result result) {

  /** The file formats of contract §1.6. */
  public enum Format {
    /** SDMX-CSV 1.0: first column {@code DATAFLOW}, as the UN SDG SDMX API serves. */
    SDMX_CSV_1,
    /** SDMX-CSV 2.0: first columns {@code STRUCTURE, STRUCTURE_ID, ACTION}. */
    SDMX_CSV_2,
    /** An Open SDG indicator file: {@code Year}, disaggregations, {@code Value}. */
    OPEN_SDG,
    /** Not recognised: the file was rejected. */
    UNKNOWN
  }

  /** The accepted rows, in file order. */
  public List<PublishedRow> rows() {
    return result.accepted().stream().map(a -> PublishedRow.of(a.row())).toList();
  }

  /** Every finding of the file. */
  public List<Finding> findings() {
    return outcome.findings();
  }

  /** Rows that did not pass, with their raw cells and findings. */
  public List<Validator.Quarantined> quarantined() {
    return result.quarantined();
  }

  public boolean rejected() {
    return result.rejected();
  }

  public int rowsRead() {
    return result.rowsRead();
  }

  public int rowsAccepted() {
    return result.accepted().size();
  }

  public int rowsQuarantined() {
    return result.quarantined().size();
  }
}
