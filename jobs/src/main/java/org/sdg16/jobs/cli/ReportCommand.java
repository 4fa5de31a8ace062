package org.sdg16.jobs.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sdg16 report}: the charted HTML and PDF report of a published snapshot. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the charted report (HTML pages, PNG/SVG charts with their data, and report.pdf)",
      "of the current snapshot (or --as-of a snapshot id or release) under OUTPUT/reports/."
    })
public final class ReportCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Option(
      names = "--as-of",
      paramLabel = "SNAPSHOT",
      description =
          "Snapshot id or release name to read (default: current); pages go to as-of/<id>/reports/ and nothing is published.")
  String asOf;

  @Override
  public Integer call() {
    new Pipeline(options.load(), new Progress(System.err), options.verbose)
        .run("report", EnumSet.of(Pipeline.Stage.REPORT), asOf);
    return Main.OK;
  }
}
