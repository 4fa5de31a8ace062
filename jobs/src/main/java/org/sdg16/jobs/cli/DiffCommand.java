package org.sdg16.jobs.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.diff.DiffWriter;
import org.sdg16.jobs.run.DiffRun;
import org.sdg16.jobs.spark.Sessions;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sdg16 diff}: what changed in the observations between two snapshots, with the input rows
 * behind each change (contract §3.1, §4.5).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "List every observation added, revised or withdrawn between two snapshots, with the",
      "input file and row behind it, and a summary per series and area; writes",
      "OUTPUT/diff/diff-FROM-TO.csv and diff-summary-FROM-TO.csv. Exit 0 whatever changed."
    })
public final class DiffCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Option(
      names = "--from",
      paramLabel = "RELEASE|SNAPSHOT",
      description = "Release name or snapshot id to compare from (default: the latest release).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "RELEASE|SNAPSHOT",
      description = "Release name or snapshot id to compare to (default: the current snapshot).")
  String to;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PipelineConfig config = options.load();
    Warehouse w = new Warehouse(config.output());
    PrintWriter out = spec.commandLine().getOut();
    String fromRef = from;
    if (fromRef == null) {
      Optional<String> latest = w.latestRelease();
      if (latest.isEmpty()) {
        out.println(
            "sdg16 diff: no release yet: name one with ./sdg16 release NAME (or give --from SNAPSHOT)");
        out.flush();
        return Main.OK;
      }
      fromRef = latest.get();
    }
    DiffRun.Side f = DiffRun.side(w, fromRef, "--from");
    DiffRun.Side t = DiffRun.side(w, to, "--to");
    SparkSession spark = Sessions.create(config, options.verbose);
    try {
      DiffRun.Result r = DiffRun.run(spark, config.output(), f, t);
      DiffWriter.print(out, r.diff(), f.text(), t.text());
      for (java.nio.file.Path p : r.files()) {
        spec.commandLine().getErr().println("sdg16 diff: wrote " + p);
      }
    } finally {
      spark.stop();
    }
    return Main.OK;
  }
}
