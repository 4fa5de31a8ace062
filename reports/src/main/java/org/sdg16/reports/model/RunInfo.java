package org.sdg16.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The run a report describes (contract §4.3, §4.4).
 *
 * @param runId id of the pipeline run
 * @param snapshotId id of the published warehouse snapshot the report was made from
 * @param programVersion version of the program that made the run
 * @param runDate date of the run; the only date printed in the report
 * @param reporting which datasets each country reported for each year; when empty, the report
 *     derives it from the national observations
 */
public record RunInfo(
    String runId,
    String snapshotId,
    String programVersion,
    LocalDate runDate,
    List<ReportingStatus> reporting) {

  public RunInfo {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(programVersion, "programVersion");
    Objects.requireNonNull(runDate, "runDate");
    reporting = List.copyOf(reporting);
  }
}
