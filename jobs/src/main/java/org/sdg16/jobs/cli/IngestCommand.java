package org.sdg16.jobs.cli;

import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sdg16 ingest}: read, validate and store the inbox as the current warehouse. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read and validate every file of the inbox, quarantine bad rows and files,",
        "keep the later of two submissions, and publish the returns as a new snapshot."})
public final class IngestCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Option(names = "--full", description = {"Parse every file again, also those whose SHA-256 did not change",
      "since an earlier run (by default their validated rows are reused)."})
  boolean full;

  @Override
  public Integer call() {
    new Pipeline(options.load(), new Progress(System.err), options.verbose).full(full).run("ingest", java.util.EnumSet.of(Pipeline.Stage.INGEST));
    return Main.OK;
  }
}
