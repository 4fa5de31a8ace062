package org.sdg16.reports.model;

import java.util.List;
import java.util.Objects;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/**
 * Everything the report shows, as small plain tables collected from the warehouse (contract §4):
 * the run, the {@code observations} and {@code trends} tables, the published SDG series to compare
 * against, the findings and quarantined rows of the run, and optionally port-level seizure totals
 * (ports are not part of {@code observations}). Lists may be empty, never null.
 *
 * @param run the run being reported
 * @param observations every computed value (contract §4.2), national and aggregate
 * @param trends one trend per series × area × disaggregation (methodology §6)
 * @param published published values of the official series, drawn beside ours
 * @param findings every validation finding of the run
 * @param quarantine rejected rows and files with their findings
 * @param ports seizure totals by port (optional, may be empty)
 * @param reconciliation the comparison of computed and published values (methodology §8; may be
 *     empty)
 * @param changes what changed since the latest release, null when there is none
 */
public record ReportInput(
    RunInfo run,
    List<Observation> observations,
    List<TrendRow> trends,
    List<PublishedPoint> published,
    List<FindingRecord> findings,
    List<QuarantineRow> quarantine,
    List<PortSeizure> ports,
    List<org.sdg16.schemas.output.ReconciliationRow> reconciliation,
    Changes changes) {

  public ReportInput {
    Objects.requireNonNull(run, "run");
    observations = List.copyOf(observations);
    trends = List.copyOf(trends);
    published = List.copyOf(published);
    findings = List.copyOf(findings);
    quarantine = List.copyOf(quarantine);
    ports = List.copyOf(ports);
    reconciliation = List.copyOf(reconciliation);
  }

  /** An input without port-level totals. */
  public ReportInput(
      RunInfo run,
      List<Observation> observations,
      List<TrendRow> trends,
      List<PublishedPoint> published,
      List<FindingRecord> findings,
      List<QuarantineRow> quarantine) {
    this(run, observations, trends, published, findings, quarantine, List.of(), List.of(), null);
  }
}
