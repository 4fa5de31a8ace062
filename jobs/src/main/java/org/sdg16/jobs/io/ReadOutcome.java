package org.sdg16.jobs.io;

import java.util.List;
import org.sdg16.schemas.validation.FindingCode;

/**
 * What reading a file gave: its sheets, the names of the hidden sheets that were not read and of
 * the visible sheets that were not asked for (and not read either), or the reason it could not be
 * read at all (contract §2, "a file that cannot be read at all is rejected whole with one
 * finding").
 */
public record ReadOutcome(
    List<Sheet> sheets,
    List<String> hidden,
    List<String> skipped,
    FindingCode failure,
    String message) {

  public ReadOutcome {
    sheets = List.copyOf(sheets);
    hidden = List.copyOf(hidden);
    skipped = List.copyOf(skipped);
  }

  public static ReadOutcome ok(List<Sheet> sheets) {
    return ok(sheets, List.of(), List.of());
  }

  public static ReadOutcome ok(List<Sheet> sheets, List<String> hidden, List<String> skipped) {
    return new ReadOutcome(sheets, hidden, skipped, null, null);
  }

  public static ReadOutcome fail(FindingCode code, String message) {
    return new ReadOutcome(List.of(), List.of(), List.of(), code, message);
  }

  public boolean failed() {
    return failure != null;
  }
}
