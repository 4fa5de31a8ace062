package org.sdg16.jobs.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * The reconciliation of one file for one dataset (a workbook gives one per dataset sheet): rows
 * read, accepted and quarantined, every finding, and the file's SHA-256 for the manifest. It holds
 * no rows, so the ingest job can bring it to the driver for any size of file.
 *
 * @param rejection the finding that rejected the whole file, or null
 * @param findings every finding: file-level notes first, then the rows' in row order
 * @param findingsOmitted findings left out of {@code findings} (the run manifest embeds at most
 *     {@link IngestJob#MANIFEST_FINDINGS_PER_FILE} per file; the {@code findings} table has them
 *     all)
 */
public record FileOutcome(
    SourceFile source,
    String dataset,
    String sheet,
    String sha256,
    long bytes,
    int rowsRead,
    int rowsAccepted,
    int rowsQuarantined,
    Finding rejection,
    List<Finding> findings,
    long findingsOmitted) {

  public FileOutcome {
    findings = List.copyOf(findings);
  }

  /** The outcome of a validated submission; {@code notes} are file-level findings put first. */
  public static FileOutcome of(
      SourceFile source,
      String dataset,
      String sheet,
      String sha256,
      long bytes,
      Validator.Result r,
      List<Finding> notes) {
    List<Finding> all = new ArrayList<>(notes);
    all.addAll(r.findings());
    return new FileOutcome(
        source,
        dataset,
        sheet,
        sha256,
        bytes,
        r.rowsRead(),
        r.accepted().size(),
        r.quarantined().size(),
        r.rejection(),
        all,
        0);
  }

  public boolean rejected() {
    return rejection != null;
  }

  public String status() {
    return rejected() ? "rejected" : "accepted";
  }

  public boolean reconciles() {
    return rowsRead == rowsAccepted + rowsQuarantined;
  }

  public String path() {
    return sheet == null ? source.relative() : source.relative() + "#" + sheet;
  }

  /** The per-file object of {@code validate --json} and the run manifest (contract §3). */
  /**
   * A finding as the manifest gives it: code, severity, row, column, message; with {@code
   * withPlace} also its dataset and file (a finding not listed under its file).
   */
  public static Map<String, Object> json(Finding f, boolean withPlace) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("code", f.code().name());
    o.put("severity", f.severity().name());
    if (withPlace) {
      o.put("dataset", f.dataset());
      o.put("file", f.file());
    }
    o.put("row", f.row());
    o.put("column", f.column());
    o.put("message", f.message());
    return o;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", source.relative());
    if (sheet != null) {
      m.put("sheet", sheet);
    }
    m.put("dataset", dataset);
    m.put("status", status());
    m.put("rows_read", rowsRead);
    m.put("rows_accepted", rowsAccepted);
    m.put("rows_quarantined", rowsQuarantined);
    if (sha256 != null) {
      m.put("sha256", sha256);
    }
    List<Map<String, Object>> fs = new ArrayList<>();
    for (Finding f : findings) {
      fs.add(json(f, false));
    }
    m.put("findings", fs);
    if (findingsOmitted > 0) {
      m.put("findings_omitted", findingsOmitted);
    }
    return m;
  }
}
