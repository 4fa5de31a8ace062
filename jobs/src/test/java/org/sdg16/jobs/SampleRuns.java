package org.sdg16.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * The sample batch of {@code data-samples/} with its shipped {@code pipeline.yaml}, run once per
 * test JVM in the shared session (all stages) into a temporary output folder, for the tests that
 * read its result: the sample run's own checks and the cluster run's comparison. Read it, do not
 * change it.
 */
public final class SampleRuns {

  private static Path out;
  private static Pipeline.Outcome outcome;

  private SampleRuns() {}

  /** The run's outcome; the first call runs it. */
  public static synchronized Pipeline.Outcome local() {
    if (outcome == null) {
      try {
        out = Files.createTempDirectory("sdg16-sample-run");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
      // the shipped config, as './sdg16 run' reads it: a test fails when it and the sample drift
      // apart
      PipelineConfig c = Fixtures.shippedConfig(out);
      outcome =
          new Pipeline(c, new Progress(System.err), false).run("run", SparkTestBase.session());
    }
    return outcome;
  }

  /**
   * The run's output folder ({@code warehouse/}, {@code exports/}, {@code reports/}, {@code
   * runs/}).
   */
  public static synchronized Path output() {
    local();
    return out;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder: the system cleans up what is left
    }
  }
}
