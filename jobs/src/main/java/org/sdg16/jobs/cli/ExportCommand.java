package org.sdg16.jobs.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sdg16 export}: SDG reporting files from a published snapshot (contract §4.4). */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write SDMX-CSV, Open SDG files, the analyst workbook and the CSV tables from the",
      "current snapshot (or --as-of a snapshot id or release) under OUTPUT/exports/."
    })
public final class ExportCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Option(
      names = "--as-of",
      paramLabel = "SNAPSHOT",
      description =
          "Snapshot id or release name to read (default: current); files go to as-of/<id>/exports/ and nothing is published.")
  String asOf;

  @Option(
      names = "--area",
      paramLabel = "CODE",
      description =
          "Also write the national Open SDG layout of this country (M49 code) to exports/opensdg/<CODE>/ (as exports.opensdg.area).")
  Integer area;

  @Option(
      names = "--since",
      paramLabel = "RELEASE",
      description =
          "Also write the SDMX-CSV delta since this release (or snapshot id): sdmx/<dataflow>_delta_<RELEASE>.csv, added and revised observations with ACTION R, withdrawn ones with ACTION D.")
  String since;

  @Override
  public Integer call() {
    new Pipeline(options.load().withOpenSdgArea(area), new Progress(System.err), options.verbose)
        .since(since)
        .run("export", EnumSet.of(Pipeline.Stage.EXPORT), asOf);
    return Main.OK;
  }
}
