package org.sdg16.reports.model;

import java.util.Objects;

/**
 * Whether a country reported a dataset for a year in this run.
 *
 * @param dataset dataset name of the contract ({@code firearms}, {@code ccp}, {@code tip}, ...)
 * @param refArea M49 code of the country
 * @param year reference year
 * @param status what happened to the return
 * @param submittedOn the latest {@code submitted_on} (ISO date) of the return's rows, null when not
 *     known (port seizures: the per-port totals keep no submission date)
 */
public record ReportingStatus(
    String dataset, int refArea, int year, Status status, String submittedOn) {

  /** What happened to a country's return for one dataset and year. */
  public enum Status {
    /** Accepted whole. */
    REPORTED("reported", "\u25CF"),
    /** Accepted with some rows quarantined. */
    PARTIAL("reported, some rows quarantined", "\u25D0"),
    /** Sent, but every row or the file was rejected. */
    REJECTED("rejected", "\u2715"),
    /** Nothing received. */
    NOT_REPORTED("not reported", "\u00B7");

    private final String label;
    private final String symbol;

    Status(String label, String symbol) {
      this.label = label;
      this.symbol = symbol;
    }

    public String label() {
      return label;
    }

    /** A one-character mark for the status matrix. */
    public String symbol() {
      return symbol;
    }
  }

  public ReportingStatus {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(status, "status");
  }
}
