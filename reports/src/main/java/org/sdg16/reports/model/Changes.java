package org.sdg16.reports.model;

import java.util.List;
import java.util.Objects;
import org.sdg16.schemas.output.Observation;

/**
 * What changed in the values since the latest release (contract §4.5, as {@code sdg16 diff}
 * computes it): every observation added, revised or withdrawn. The report shows it on its "What
 * changed" page; the input rows behind each change are in the {@code diff} command's files.
 *
 * @param release the release compared with
 * @param changes the changes, in the diff's order
 */
public record Changes(String release, List<Change> changes) {

  public Changes {
    Objects.requireNonNull(release, "release");
    changes = List.copyOf(changes);
  }

  /**
   * One change.
   *
   * @param kind {@code added}, {@code revised} or {@code withdrawn}
   * @param before the value in the release, null when added
   * @param after the value now, null when withdrawn
   */
  public record Change(String kind, Observation before, Observation after) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      if (before == null && after == null) {
        throw new IllegalArgumentException("a change has a value before or after");
      }
    }

    public Observation observation() {
      return after != null ? after : before;
    }
  }
}
