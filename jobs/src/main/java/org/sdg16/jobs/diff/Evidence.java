package org.sdg16.jobs.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the warehouse says about the input rows between two snapshots, for {@link SnapshotDiff} to
 * name the file and row behind each change: the rows that differ, and the quarantine, findings and
 * files of the newer snapshot.
 *
 * @param before rows of the older snapshot's tables of accepted rows ({@code returns_*}, {@code
 *     population}) that the newer one does not have as they were: withdrawn, changed, superseded or
 *     now quarantined
 * @param after rows of the newer snapshot that the older one did not have as they are now
 * @param quarantined the newer snapshot's quarantine: file, sheet and row ({@code null} for a
 *     rejected file) to the findings of that row, each {@code CODE: message}
 * @param findings the newer snapshot's findings of accepted rows (warnings): file, sheet and row to
 *     {@code SEVERITY CODE: message}
 * @param filesNow the files the newer snapshot read, accepted or not
 */
public record Evidence(
    List<RowSet> before,
    List<RowSet> after,
    Map<Place, List<String>> quarantined,
    Map<Place, List<String>> findings,
    Set<String> filesNow) {

  /** A row of a file (or workbook sheet); {@code row} null for the file as a whole. */
  public record Place(String file, String sheet, Integer row) {
    public Place {
      Objects.requireNonNull(file, "file");
    }
  }

  public Evidence {
    before = List.copyOf(before);
    after = List.copyOf(after);
    quarantined = Map.copyOf(quarantined);
    findings = Map.copyOf(findings);
    filesNow = Set.copyOf(filesNow);
  }

  /** No evidence: the diff still lists every change, without its rows. */
  public static Evidence none() {
    return new Evidence(List.of(), List.of(), Map.of(), Map.of(), Set.of());
  }
}
