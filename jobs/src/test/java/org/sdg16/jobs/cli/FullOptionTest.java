package org.sdg16.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code run --full} and {@code ingest --full} reach the pipeline; without it ingest is
 * incremental.
 */
class FullOptionTest {

  @Test
  void fullIsOffByDefaultAndOnWithTheOption() {
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs();
    assertThat(run.full.on).isFalse();
    new CommandLine(run).parseArgs("--full");
    assertThat(run.full.on).isTrue();
    IngestCommand ingest = new IngestCommand();
    new CommandLine(ingest).parseArgs("--full", "--config", "x.yaml");
    assertThat(ingest.full.on).isTrue();
    assertThat(new CommandLine(new RunCommand()).getUsageMessage()).contains("--full");
  }
}
