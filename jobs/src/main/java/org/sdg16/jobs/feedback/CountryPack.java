package org.sdg16.jobs.feedback;

import java.util.List;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;

/**
 * What one reporting country gets back (contract §4.6): its files, every finding about its rows and
 * files, its quarantined rows as they came in and its national values.
 *
 * @param m49 the country's M49 code
 * @param name its M49 name
 * @param snapshot the snapshot id the pack was made from
 */
public record CountryPack(
    int m49,
    String name,
    String snapshot,
    List<PackFile> files,
    List<FindingRecord> findings,
    List<FeedbackPacks.Quarantined> quarantined,
    List<Observation> observations) {

  public CountryPack {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    quarantined = List.copyOf(quarantined);
    observations = List.copyOf(observations);
  }

  /**
   * One file (or workbook sheet) the country's rows came from: its SHA-256, the latest {@code
   * submitted_on} of the country's rows, the day the ingest run that read it started (date
   * received), the file's own reconciliation from the run manifest (rows read = accepted +
   * quarantined, every country of the file) and the country's rows stored in the warehouse (less
   * those superseded by a later submission).
   */
  public record PackFile(
      String dataset,
      String file,
      String sheet,
      String sha256,
      String submittedOn,
      String received,
      Integer rowsRead,
      Integer rowsAccepted,
      Integer rowsQuarantined,
      long rowsStored) {}
}
