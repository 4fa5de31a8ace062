package org.sdg16.jobs.generate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.jobs.generate.SyntheticData.Options;
import org.sdg16.jobs.generate.SyntheticData.Summary;
import org.sdg16.schemas.validation.FindingCode;

/**
 * What the generators of one run wrote, counted as they write it: rows and files per dataset, the
 * bad rows injected and the findings and quarantined rows a validator must report for them. The one
 * mutable thing the generators share; it becomes the run's {@link Summary}.
 */
final class Tally {

  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, Integer> files = new LinkedHashMap<>();
  private final Map<FindingCode, Long> bad = new EnumMap<>(FindingCode.class);
  private final Map<FindingCode, Long> findings = new EnumMap<>(FindingCode.class);
  private final Map<String, Long> quarantined = new LinkedHashMap<>();

  /** Zero rows, files and quarantined rows for each of these datasets, in this order. */
  Tally(List<String> datasets) {
    for (String d : datasets) {
      rows.put(d, 0L);
      files.put(d, 0);
      quarantined.put(d, 0L);
    }
  }

  /** Counts rows and files written. */
  void written(String dataset, long nRows, int nFiles) {
    rows.merge(dataset, nRows, Long::sum);
    files.merge(dataset, nFiles, Integer::sum);
  }

  /** Counts an injected bad row: its findings and whether it is quarantined. */
  void badRow(String dataset, FindingCode code, long nFindings, long nQuarantined) {
    bad.merge(code, 1L, Long::sum);
    findings.merge(code, nFindings, Long::sum);
    quarantined.merge(dataset, nQuarantined, Long::sum);
  }

  Summary summary(Path outDir, Options options) {
    return new Summary(outDir, options, rows, files, bad, findings, quarantined);
  }
}
