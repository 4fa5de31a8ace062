package org.sdg16.jobs.cli;

import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sdg16 compute}: indicators and aggregates on the current warehouse. */
@Command(
    name = "compute",
    mixinStandardHelpOptions = true,
    description = {
      "Compute every series and the regional and global aggregates from the current",
      "warehouse (methodology §1-§5) and publish them with the returns as a new snapshot."
    })
public final class ComputeCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    new Pipeline(options.load(), new Progress(System.err), options.verbose)
        .run("compute", java.util.EnumSet.of(Pipeline.Stage.COMPUTE));
    return Main.OK;
  }
}
