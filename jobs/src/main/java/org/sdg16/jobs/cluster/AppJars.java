package org.sdg16.jobs.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a driver ships to the executors of a cluster ({@code spark.jars}): the program's own
 * modules (jobs, schemas, reports) and the one library their code running on executors needs that a
 * Spark distribution does not bring (Commons Math, for the trend estimators). A module loaded from
 * a classes folder (tests, an IDE) is packed into a temporary jar first, since Spark ships jars
 * only.
 */
public final class AppJars {

  /** A class of each module whose code runs on executors. */
  private static final List<String> MARKERS =
      List.of(
          "org.sdg16.jobs.spark.Sessions",
          "org.sdg16.schemas.output.TrendRow",
          "org.sdg16.reports.ReportWriter",
          "org.apache.commons.math3.distribution.TDistribution");

  private AppJars() {}

  /** The jars to ship, as paths on this machine. */
  public static List<Path> locate() {
    Set<Path> out = new LinkedHashSet<>();
    for (String name : MARKERS) {
      Class<?> c;
      try {
        c = Class.forName(name, false, AppJars.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        continue; // a module this build does not have
      }
      Path where = ProgramClasspath.locationOf(c);
      out.add(Files.isDirectory(where) ? pack(where) : where);
    }
    return new ArrayList<>(out);
  }

  /** {@code spark.jars}: the jars of {@link #locate()} as a comma-separated list. */
  public static String sparkJars() {
    return String.join(",", locate().stream().map(Path::toString).toList());
  }

  /** Packs a classes folder into a jar in the temporary folder, deleted when the JVM exits. */
  static Path pack(Path classes) {
    try {
      Path dir = Files.createTempDirectory("sdg16-app-jars");
      String name =
          classes.getParent() != null && classes.getParent().getParent() != null
              ? classes.getParent().getParent().getFileName() + "-" + classes.getFileName()
              : "classes";
      Path jar = dir.resolve("sdg16-" + name + ".jar");
      try (OutputStream os = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(os);
          Stream<Path> walk = Files.walk(classes)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
          Files.copy(p, out);
          out.closeEntry();
        }
      }
      dir.toFile().deleteOnExit(); // registered first, deleted last
      jar.toFile().deleteOnExit();
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
