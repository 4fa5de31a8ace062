package org.sdg16.jobs.cli;

import java.util.concurrent.Callable;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sdg16 release NAME}: names a snapshot as a release, never pruned (contract §3, §4.3). */
@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description = {
      "Name a snapshot (default: the current one) as a release, e.g. sdg-2026-02.",
      "Releases are never pruned; read one back with --as-of NAME."
    })
public final class ReleaseCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "Release name: letters, digits, '.', '_', '-'.")
  String name;

  @Option(names = "--snapshot", paramLabel = "ID", description = "Snapshot id (default: current).")
  String snapshot;

  @Mixin CommonOptions options;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Warehouse w = new Warehouse(options.load().output());
    String id;
    try {
      id = w.resolve(snapshot).getFileName().toString();
      w.release(name, id);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(snapshot == null ? "NAME" : "--snapshot", e.getMessage());
    }
    spec.commandLine().getErr().println("sdg16 release: " + name + " = snapshot " + id);
    return Main.OK;
  }
}
