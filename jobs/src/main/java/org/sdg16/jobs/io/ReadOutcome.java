package org.sdg16.jobs.io;

import java.util.List;
import org.sdg16.schemas.validation.FindingCode;

/**
 * What reading a file gave: its sheets, or the reason it could not be read at all (contract §2,
 * "a file that cannot be read at all is rejected whole with one finding").
 */
public record ReadOutcome(List<Sheet> sheets, FindingCode failure, String message) {

  public static ReadOutcome ok(List<Sheet> sheets) {
    return new ReadOutcome(List.copyOf(sheets), null, null);
  }

  public static ReadOutcome fail(FindingCode code, String message) {
    return new ReadOutcome(List.of(), code, message);
  }

  public boolean failed() {
    return failure != null;
  }
}
