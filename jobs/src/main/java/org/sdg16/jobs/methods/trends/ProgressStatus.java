package org.sdg16.jobs.methods.trends;

/**
 * The {@code progress} categories of methodology §6 (the Statistics Canada method used by Open SDG,
 * whose codes are {@code target_achieved}, {@code substantial_progress}, {@code moderate_progress},
 * {@code limited_progress}, {@code deterioration} and {@code not_available}).
 */
public enum ProgressStatus {
  TARGET_ACHIEVED("target achieved"),
  ON_TRACK("on track"),
  PROGRESS_MADE("progress made but acceleration needed"),
  LIMITED_PROGRESS("limited progress"),
  DETERIORATION("deterioration"),
  UNABLE_TO_ASSESS("unable to assess");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  /** The value written to the {@code trends} table. */
  public String label() {
    return label;
  }
}
