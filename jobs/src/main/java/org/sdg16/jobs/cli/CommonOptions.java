package org.sdg16.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sdg16.schemas.config.ConfigException;
import org.sdg16.schemas.config.PipelineConfig;
import picocli.CommandLine.Option;

/** Options every command takes (contract §3); the command line overrides the config. */
public final class CommonOptions {

  /** The default config, relative to the program's home folder. */
  public static final String DEFAULT_CONFIG = "data-samples/pipeline.yaml";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Pipeline config (YAML). Default: " + DEFAULT_CONFIG + " in the program folder.")
  Path config;

  @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder (overrides 'inbox').")
  Path inbox;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output folder (overrides 'output').")
  Path output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master URL, e.g. local[2] or spark://host:7077 (overrides 'spark.master'; default local[*]).")
  String master;

  @Option(names = "--verbose", description = "Spark's own logging at INFO instead of WARN.")
  boolean verbose;

  /** The program folder: the launcher passes it; else the working directory. */
  static Path home() {
    String h = System.getProperty("sdg16.home");
    return h == null ? Path.of("").toAbsolutePath() : Path.of(h).toAbsolutePath();
  }

  /**
   * Loads the config: relative paths in a config named with {@code --config} are taken from the
   * working directory; those of the default config from the program folder.
   */
  public PipelineConfig load() {
    Path file;
    Path base;
    if (config != null) {
      file = config.toAbsolutePath();
      base = Path.of("").toAbsolutePath();
    } else {
      file = home().resolve(DEFAULT_CONFIG);
      base = home();
    }
    PipelineConfig c = PipelineConfig.load(file).resolve(base);
    Path cwd = Path.of("").toAbsolutePath();
    c =
        c.with(
            inbox == null ? null : cwd.resolve(inbox).normalize(),
            output == null ? null : cwd.resolve(output).normalize(),
            master);
    try {
      // the command line's paths obey the same roots as the config's
      c.checkRoots(java.util.List.of(file.getParent(), cwd, home()));
    } catch (ConfigException e) {
      String key =
          e.key().equals("inbox") && inbox != null
              ? "--inbox"
              : e.key().equals("output") && output != null ? "--output" : null;
      if (key == null) {
        throw e;
      }
      throw new ConfigException(key, e.getMessage().replaceFirst("^(inbox|output) ", key + " "));
    }
    if (!Files.isDirectory(c.inbox())) {
      throw new ConfigException(
          inbox != null ? "--inbox" : "inbox", "inbox folder not found: " + c.inbox());
    }
    if (c.population() != null && !Files.isRegularFile(c.population())) {
      throw new ConfigException("population", "population file not found: " + c.population());
    }
    return c;
  }
}
