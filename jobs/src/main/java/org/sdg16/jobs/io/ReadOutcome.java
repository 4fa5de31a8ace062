package org.sdg16.jobs.io;

import java.util.List;
import org.sdg16.schemas.validation.FindingCode;

/**
 * What reading a file gave: its sheets and the names of the hidden sheets that were not read, or
 * the reason it could not be read at all (contract §2, "a file that cannot be read at all is
 * rejected whole with one finding").
 */
public record ReadOutcome(List<Sheet> sheets, List<String> hidden, FindingCode failure, String message) {

  public ReadOutcome {
    sheets = List.copyOf(sheets);
    hidden = List.copyOf(hidden);
  }

  public static ReadOutcome ok(List<Sheet> sheets) {
    return ok(sheets, List.of());
  }

  public static ReadOutcome ok(List<Sheet> sheets, List<String> hidden) {
    return new ReadOutcome(sheets, hidden, null, null);
  }

  public static ReadOutcome fail(FindingCode code, String message) {
    return new ReadOutcome(List.of(), List.of(), code, message);
  }

  public boolean failed() {
    return failure != null;
  }
}
