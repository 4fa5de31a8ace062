package org.sdg16.jobs.run;

import java.io.PrintStream;
import java.util.Locale;

/** Progress on stderr, one line per stage with counts and seconds (contract §3). */
public final class Progress {

  private final PrintStream err;

  public Progress(PrintStream err) {
    this.err = err;
  }

  public synchronized void stage(String stage, double seconds, String counts) {
    err.println(String.format(Locale.ROOT, "sdg16 %-8s %s (%.1f s)", stage + ":", counts, seconds));
    err.flush();
  }

  public synchronized void note(String message) {
    err.println("sdg16 " + message);
    err.flush();
  }

  /** A count with thousands separators, for people (never in data files). */
  public static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
