package org.sdg16.jobs.run;

/** The program version, from the jar manifest (the Maven project version). */
public final class Version {

  private Version() {}

  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
