package org.sdg16.jobs.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JIT compilers of a run, as the launcher chose them ({@code sdg16} script, {@code SDG16_JIT},
 * passed as the system property {@value #PROPERTY}).
 *
 * <p>In mode {@value #MIXED} (the launcher's choice for a big inbox) the JVM starts with the usual
 * tiered C1 and C2 compilers, which repay themselves on the ingest's per-row loops over millions
 * of rows; from the export and report stages on, which do the same work whatever the size of the
 * inbox (pages, charts, workbook for the same countries), {@link #quickFromHere()} stops new C2
 * compilations and the rest of the run is compiled by C1 alone: at 10 million port seizures the C2
 * compiler otherwise spent about 14 CPU seconds on the report's code for a report that C1 alone
 * writes faster (docs/performance.md). Code C2 has compiled already stays.
 */
public final class Jit {

  private Jit() {}

  /** The system property the launcher sets to its JIT mode: {@code quick}, {@code full} or {@value #MIXED}. */
  public static final String PROPERTY = "sdg16.jit";

  /** C1 and C2 for the Spark stages, C1 alone from the output stages on. */
  public static final String MIXED = "mixed";

  /** A compiler directive (HotSpot, JEP 165): no method is compiled by C2 any more. */
  static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private static boolean applied;

  /**
   * In mode {@value #MIXED}, stops C2 for the rest of the JVM's life, once; otherwise nothing.
   * Returns whether it did. A JVM without HotSpot's diagnostic commands keeps its compilers.
   */
  public static synchronized boolean quickFromHere() {
    if (applied || !MIXED.equals(System.getProperty(PROPERTY))) {
      return false;
    }
    applied = true;
    return addDirective(NO_C2);
  }

  /** Adds {@code json} to the JVM's compiler directives (the {@code Compiler.directives_add} command). */
  static boolean addDirective(String json) {
    Path f = null;
    try {
      f = Files.createTempFile("sdg16-jit", ".json");
      Files.writeString(f, json, StandardCharsets.UTF_8);
      // prints "1 compiler directives added", or why the text was refused
      return String.valueOf(command("compilerDirectivesAdd", f.toString())).strip()
          .matches("[1-9][0-9]* compiler directives added");
    } catch (IOException | JMException | RuntimeException e) {
      return false;
    } finally {
      if (f != null) {
        try {
          Files.deleteIfExists(f);
        } catch (IOException ignored) {
          // a temporary file of a few bytes
        }
      }
    }
  }

  /** Runs one of HotSpot's diagnostic commands (as {@code jcmd} does) and returns what it printed. */
  static Object command(String operation, String... args) throws JMException {
    return ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
        new Object[] {args}, new String[] {String[].class.getName()});
  }
}
