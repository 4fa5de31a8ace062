package org.sdg16.jobs.cli;

import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sdg16 run}: the whole batch in one Spark session. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole batch in one Spark session: ingest and validate the inbox, then every",
      "later stage that exists, and publish the result as one new snapshot."
    })
public final class RunCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Mixin FullOption full;

  @Override
  public Integer call() {
    new Pipeline(options.load(), new Progress(System.err), options.verbose)
        .full(full.on)
        .run("run", java.util.EnumSet.allOf(Pipeline.Stage.class));
    return Main.OK;
  }
}
