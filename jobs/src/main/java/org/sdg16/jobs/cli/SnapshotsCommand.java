package org.sdg16.jobs.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sdg16.jobs.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sdg16 snapshots}: the published snapshots (contract §3, §4.3). */
@Command(
    name = "snapshots",
    mixinStandardHelpOptions = true,
    description =
        "List published snapshots: id, time, run id, release names; '*' marks the current one.")
public final class SnapshotsCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Warehouse w = new Warehouse(options.load().output());
    PrintWriter out = spec.commandLine().getOut();
    String current = w.currentId();
    out.println(
        String.format(Locale.ROOT, "  %-8s %-28s %-24s %s", "id", "time", "run id", "releases"));
    for (Warehouse.Snapshot s : w.list()) {
      out.println(
          String.format(
              Locale.ROOT,
              "%s %-8s %-28s %-24s %s",
              s.id().equals(current) ? "*" : " ",
              s.id(),
              s.time(),
              s.runId(),
              String.join(", ", s.releases())));
    }
    out.flush();
    return Main.OK;
  }
}
