package org.sdg16.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * Test fixtures as classpath resources (as sdmx-dl's SdmxXmlSources): the sample data set of {@code
 * data-samples/} is copied to {@code samples/} by the build, hand-made bad files live in {@code
 * fixtures/}.
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

  /** The repository's root folder: the program folder of a run from a clone. */
  public static Path repository() {
    for (Path p = resource("samples").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("data-samples/pipeline.yaml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no data-samples/pipeline.yaml above the test resources");
  }

  /**
   * The shipped {@code data-samples/pipeline.yaml}, read as {@code ./sdg16 run} reads it (relative
   * paths from the program folder), with the output in {@code out}.
   */
  public static PipelineConfig shippedConfig(Path out) {
    Path root = repository();
    return PipelineConfig.load(root.resolve("data-samples/pipeline.yaml"))
        .resolve(root)
        .with(null, out, null);
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
