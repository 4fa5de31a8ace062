package org.sdg16.jobs.methods.trends;

/**
 * The configured desired direction of a series for the progress classes of methodology §6: the
 * factor d of the Statistics Canada method, +1 when an increase is desired, −1 when a decrease is.
 */
public enum DesiredDirection {
  INCREASE(1),
  DECREASE(-1);

  private final int sign;

  DesiredDirection(int sign) {
    this.sign = sign;
  }

  /** d: +1 or −1. */
  public int sign() {
    return sign;
  }
}
