package org.sdg16.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sdg16.jobs.generate.SyntheticData;
import org.sdg16.jobs.io.Trees;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * A generated inbox ({@link SyntheticData}: 8 countries, 2012–2023, seed 11) with the config the
 * generator writes, run once per test JVM through every stage in the shared session, for the tests
 * that check a run other than the sample's. Read it, do not change it.
 */
public final class GeneratedRuns {

  /** What was generated. */
  public static final SyntheticData.Options OPTIONS =
      new SyntheticData.Options(8, 2012, 2023, 500, 11);

  private static Path data;

  private GeneratedRuns() {}

  /**
   * The run's output folder ({@code warehouse/}, {@code exports/}, {@code reports/}); the first
   * call runs it.
   */
  public static synchronized Path output() {
    if (data == null) {
      try {
        data = Files.createTempDirectory("sdg16-generated-run");
        Path d = data;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        Trees.delete(d);
                      } catch (IOException ignored) {
                        // a temporary folder: the system cleans up what is left
                      }
                    }));
        SyntheticData.generate(data, OPTIONS);
        PipelineConfig c = PipelineConfig.load(data.resolve("pipeline.yaml")).resolve(data);
        new Pipeline(c, new Progress(System.err), false).run("run", SparkTestBase.session());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return data.resolve("out");
  }
}
