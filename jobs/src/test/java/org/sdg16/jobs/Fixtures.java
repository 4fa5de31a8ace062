package org.sdg16.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Test fixtures as classpath resources (as sdmx-dl's SdmxXmlSources): the sample data set of
 * {@code data-samples/} is copied to {@code samples/} by the build, hand-made bad files live in
 * {@code fixtures/}.
 */
public final class Fixtures {

  private Fixtures() {}

  /** A classpath folder or file as a path. */
  public static Path resource(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sample inbox of {@code data-samples/inbox}. */
  public static Path sampleInbox() {
    return resource("samples/inbox");
  }

  public static Path samplePopulation() {
    return resource("samples/reference/population.csv");
  }

  /** A copy of a resource folder in {@code target}, for tests that change files. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
