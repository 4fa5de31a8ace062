package org.sdg16.jobs.cli;

import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sdg16 ingest}: read, validate and store the inbox as the current warehouse. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read and validate every file of the inbox, quarantine bad rows and files,",
      "keep the later of two submissions, and publish the returns as a new snapshot."
    })
public final class IngestCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Mixin FullOption full;

  @Override
  public Integer call() {
    new Pipeline(options.load(), new Progress(System.err), options.verbose)
        .full(full.on)
        .run("ingest", java.util.EnumSet.of(Pipeline.Stage.INGEST));
    return Main.OK;
  }
}
