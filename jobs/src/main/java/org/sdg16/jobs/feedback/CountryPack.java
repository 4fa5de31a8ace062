package org.sdg16.jobs.feedback;

import java.util.List;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;

/**
 * What one reporting country gets back (contract §4.6): its files, every finding about its rows and
 * files, its quarantined rows as they came in and its national values.
 *
 * @param m49 the country's M49 code
 * @param name its M49 name
 * @param snapshot the snapshot id the pack was made from
 * @param published its published values that differ from the computed ones or were not computed
 *     (methodology §8)
 * @param since the release its national values are compared with, or null
 * @param changes its national values added, revised or withdrawn since that release (contract §4.5)
 */
public record CountryPack(
    int m49,
    String name,
    String snapshot,
    List<PackFile> files,
    List<FindingRecord> findings,
    List<FeedbackPacks.Quarantined> quarantined,
    List<Observation> observations,
    List<ReconciliationRow> published,
    String since,
    List<SnapshotDiff.Change> changes) {

  /** The column labels of a pack's files, in the workbook's cover and the PDF alike. */
  public static final List<String> FILE_COLUMNS =
      List.of(
          "col.file",
          "col.sheet",
          "col.dataset",
          "col.sha256",
          "col.submitted_on",
          "col.received",
          "col.rows_read",
          "col.rows_accepted",
          "col.rows_quarantined",
          "col.rows_stored");

  /** The column labels of a pack's national values, in the workbook and the PDF alike. */
  public static final List<String> INDICATOR_COLUMNS =
      List.of(
          "col.series",
          "col.year",
          "col.breakdown",
          "col.unit",
          "col.value",
          "col.numerator",
          "col.denominator",
          "col.obs_status",
          "col.comment");

  public CountryPack {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    quarantined = List.copyOf(quarantined);
    observations = List.copyOf(observations);
    published = List.copyOf(published);
    changes = List.copyOf(changes);
  }

  /**
   * The pack with the changes of its national values since a release ({@code since}, its name; null
   * when there is none).
   */
  public CountryPack withChanges(String since, List<SnapshotDiff.Change> all) {
    List<SnapshotDiff.Change> own =
        all.stream()
            .filter(c -> c.observation().refArea() == m49)
            .filter(c -> "N".equals(c.observation().reportingType()))
            .toList();
    return new CountryPack(
        m49, name, snapshot, files, findings, quarantined, observations, published, since, own);
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
