package org.sdg16.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --full} of the commands that ingest ({@code run}, {@code ingest}). */
public final class FullOption {

  @Option(
      names = "--full",
      description = {
        "Parse every file again, also those whose SHA-256 did not change",
        "since an earlier run (by default their validated rows are reused)."
      })
  boolean on;
}
