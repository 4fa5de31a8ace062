package org.sdg16.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sdg16.jobs.generate.SyntheticData;
import org.sdg16.schemas.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sdg16 generate}: deterministic synthetic data for tests and benchmarks (contract §3). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a deterministic synthetic inbox (every dataset, with a sprinkling of bad rows of",
      "every kind), DIR/population.csv and a ready DIR/pipeline.yaml. The same options give the same bytes."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--countries",
      paramLabel = "N",
      description = "Number of countries (default ${DEFAULT-VALUE}).")
  int countries = SyntheticData.Options.DEFAULT_COUNTRIES;

  @Option(
      names = "--years",
      paramLabel = "A-B",
      description = "Reference years (default 2010-2024).")
  String years =
      SyntheticData.Options.DEFAULT_YEAR_FROM + "-" + SyntheticData.Options.DEFAULT_YEAR_TO;

  @Option(
      names = "--ccp-events",
      paramLabel = "N",
      description = "Port seizure events (default ${DEFAULT-VALUE}).")
  long ccpEvents = SyntheticData.Options.DEFAULT_CCP_EVENTS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = SyntheticData.Options.DEFAULT_SEED;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String[] y = years.trim().split("-");
    int from;
    int to;
    try {
      from = Integer.parseInt(y[0].trim());
      to = y.length > 1 ? Integer.parseInt(y[1].trim()) : from;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "--years", "--years takes A-B, e.g. 2010-2024, not '" + years + "'");
    }
    SyntheticData.Options o;
    try {
      o = new SyntheticData.Options(countries, from, to, ccpEvents, seed);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("generate", e.getMessage());
    }
    long t0 = System.nanoTime();
    SyntheticData.Summary s;
    try {
      s = SyntheticData.generate(out.toAbsolutePath().normalize(), o);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("generate", e.getMessage());
    }
    spec.commandLine().getErr().println(s.describe());
    spec.commandLine()
        .getErr()
        .printf(
            java.util.Locale.ROOT,
            "sdg16 generate: done in %.1f s; run it with: sdg16 run --config %s%n",
            (System.nanoTime() - t0) / 1e9,
            out.toAbsolutePath().normalize().resolve("pipeline.yaml"));
    return Main.OK;
  }
}
