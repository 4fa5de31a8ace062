package org.sdg16.schemas.validation;

/**
 * How bad a finding is (contract §2): rows with an ERROR are quarantined, WARNING rows are kept and
 * flagged.
 */
public enum Severity {
  ERROR,
  WARNING
}
