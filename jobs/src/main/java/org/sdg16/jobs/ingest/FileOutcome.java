package org.sdg16.jobs.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * The validation outcome of one file for one dataset (a workbook gives one per dataset sheet),
 * with the file's SHA-256 for the manifest.
 */
public record FileOutcome(SourceFile source, String dataset, String sheet, String sha256, long bytes,
    Validator.Result result, List<Finding> fileFindings) {

  public FileOutcome {
    fileFindings = List.copyOf(fileFindings);
  }

  public String status() {
    return result.rejected() ? "rejected" : "accepted";
  }

  /** Every finding of this outcome: file-level notes first, then the validator's. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>(fileFindings);
    all.addAll(result.findings());
    return all;
  }

  public String path() {
    return sheet == null ? source.relative() : source.relative() + "#" + sheet;
  }

  /** The per-file object of {@code validate --json} and the run manifest (contract §3). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", source.relative());
    if (sheet != null) {
      m.put("sheet", sheet);
    }
    m.put("dataset", dataset);
    m.put("status", status());
    m.put("rows_read", result.rowsRead());
    m.put("rows_accepted", result.accepted().size());
    m.put("rows_quarantined", result.quarantined().size());
    if (sha256 != null) {
      m.put("sha256", sha256);
    }
    List<Map<String, Object>> fs = new ArrayList<>();
    for (Finding f : findings()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("code", f.code().name());
      o.put("severity", f.severity().name());
      o.put("row", f.row());
      o.put("column", f.column());
      o.put("message", f.message());
      fs.add(o);
    }
    m.put("findings", fs);
    return m;
  }
}
