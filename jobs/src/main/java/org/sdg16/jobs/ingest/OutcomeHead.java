package org.sdg16.jobs.ingest;

import java.io.Serializable;
import java.util.List;
import org.sdg16.schemas.validation.Finding;

/**
 * What the executor that read a file sends back to the driver for each of its outcomes (a {@link
 * FileOutcome} less its row findings, which stay with the rows): counts, SHA-256, the file-level
 * findings (workbook notes, the rejection) and the header. Small by construction.
 *
 * @param task index of the file in the inbox scan
 * @param part index of the outcome in the file (workbook sheets)
 * @param streamed read row by row: the counts are before duplicate keys are found, and a rejected
 *     file may have given rows before it failed, which must be dropped
 * @param changesOn the first day (epoch day) on which a row's finding that depends on the date
 *     ({@link IngestCache#changesOn}) could go; {@link IngestCache#NEVER} if none
 */
public record OutcomeHead(
    int task,
    int part,
    String dataset,
    String sheet,
    String sha256,
    long bytes,
    int rowsRead,
    int rowsAccepted,
    int rowsQuarantined,
    Finding rejection,
    List<Finding> fileFindings,
    List<String> header,
    boolean streamed,
    long changesOn)
    implements Serializable {

  public OutcomeHead {
    fileFindings = List.copyOf(fileFindings);
    header = List.copyOf(header);
  }

  static OutcomeHead of(int task, Intake.Head h, long changesOn) {
    FileOutcome o = h.outcome();
    return new OutcomeHead(
        task,
        h.part(),
        o.dataset(),
        o.sheet(),
        o.sha256(),
        o.bytes(),
        o.rowsRead(),
        o.rowsAccepted(),
        o.rowsQuarantined(),
        o.rejection(),
        o.findings(),
        h.header(),
        h.streamed(),
        changesOn);
  }

  /** The same outcome for the file at another index of the inbox scan (a reused cache entry). */
  OutcomeHead at(int otherTask) {
    return new OutcomeHead(
        otherTask,
        part,
        dataset,
        sheet,
        sha256,
        bytes,
        rowsRead,
        rowsAccepted,
        rowsQuarantined,
        rejection,
        fileFindings,
        header,
        streamed,
        changesOn);
  }

  /** The id of the outcome in scratch records and maps: {@code task/part}. */
  String id() {
    return id(task, part);
  }

  static String id(int task, int part) {
    return task + "/" + part;
  }

  public boolean rejected() {
    return rejection != null;
  }
}
