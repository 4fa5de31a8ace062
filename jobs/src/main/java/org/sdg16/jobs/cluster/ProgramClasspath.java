package org.sdg16.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The program's own classpath and JVM flags, as the launcher {@code ./sdg16} set them ({@code
 * jobs/target/sdg16-jobs.jar} and {@code jobs/target/lib/*}), split into the program's own modules
 * (jobs, schemas, reports) and everything else (Spark and the libraries). The cluster's daemons and
 * executors get the libraries; the driver ships the program's modules to the executors ({@code
 * spark.jars}).
 */
public final class ProgramClasspath {

  private ProgramClasspath() {}

  /**
   * Every entry of this JVM's classpath, wildcards ({@code lib/*}) and manifest-only jars expanded.
   */
  public static List<Path> entries() {
    Set<Path> out = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
      if (!e.isBlank()) {
        expand(e, out);
      }
    }
    return new ArrayList<>(out);
  }

  private static void expand(String entry, Set<Path> out) {
    if (entry.endsWith("*")) {
      Path dir = Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath().normalize();
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return;
    }
    Path p = Path.of(entry).toAbsolutePath().normalize();
    if (!out.add(p) || !Files.isRegularFile(p)) {
      return;
    }
    // a manifest-only jar (e.g. a test runner's booter jar) names the real classpath in Class-Path
    try (JarFile jar = new JarFile(p.toFile())) {
      String cp =
          jar.getManifest() == null
              ? null
              : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (cp != null && jar.size() <= 2) {
        out.remove(p);
        for (String u : cp.trim().split("\\s+")) {
          try {
            out.add(Path.of(p.getParent().toUri().resolve(u)).normalize());
          } catch (IllegalArgumentException ignored) {
            // not a file URL: nothing a local JVM could load
          }
        }
      }
    } catch (IOException e) {
      // not a readable jar: leave the entry as it is
    }
  }

  /** True for an entry that holds the program's own classes (a module jar or classes folder). */
  public static boolean isProgram(Path entry) {
    String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
    if (name.startsWith("sdg16-") && name.endsWith(".jar")) {
      return true;
    }
    return Files.isDirectory(entry) && (Files.isDirectory(entry.resolve("org/sdg16")));
  }

  /** Spark and the libraries: the classpath of the cluster's master, workers and executors. */
  public static List<Path> libraries() {
    return entries().stream().filter(p -> !isProgram(p)).toList();
  }

  /**
   * The JVM flags Spark needs on Java 17+, as this JVM got them from the launcher ({@code
   * --add-opens…}, {@code -Djdk.reflect…}, {@code -Dio.netty…}, locale); Spark's own list where
   * this JVM was started without them.
   */
  public static List<String> sparkJvmFlags() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.startsWith("-Djdk.reflect")
          || a.startsWith("-Dio.netty")
          || a.startsWith("-Duser.language")
          || a.startsWith("-Duser.country")) {
        out.add(a);
      }
    }
    if (out.stream().noneMatch(a -> a.startsWith("--add-opens"))) {
      out.addAll(List.of(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray()));
    }
    return out;
  }

  /** Where a class was loaded from: a jar or a classes folder. */
  public static Path locationOf(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .normalize();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot tell where " + c.getName() + " was loaded from", e);
    }
  }

  /** The path of the Java binary running this JVM. */
  public static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
