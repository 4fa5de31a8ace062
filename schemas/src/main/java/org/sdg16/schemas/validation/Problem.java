package org.sdg16.schemas.validation;

/**
 * A finding before it knows where it happened: what a row rule returns. The validator adds the
 * dataset, file, sheet and row.
 */
public record Problem(FindingCode code, String column, String message) {

  public static Problem of(FindingCode code, String column, String message) {
    return new Problem(code, column, message);
  }
}
