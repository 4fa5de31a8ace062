package org.sdg16.schemas.dataset;

import java.util.List;
import org.sdg16.schemas.validation.FindingCode;

/**
 * A rule over the rows of one submission (contract §2, cross-row checks): duplicate keys, parts
 * above their total, TRACED above the denominator, successes above requests.
 */
@FunctionalInterface
public interface CrossRowRule {

  /** A finding on one row of the submission (index into the list given to {@link #check}). */
  record Hit(int index, FindingCode code, String column, String message) {}

  List<Hit> check(List<TypedRow> rows);
}
