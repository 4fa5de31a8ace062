package org.sdg16.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.config.ConfigException;
import picocli.CommandLine;

/**
 * Contract §3: {@code --inbox} and {@code --output} obey the allowed roots like the config's paths.
 */
class CommandLinePathsTest {

  @TempDir Path config;

  @TempDir Path elsewhere;

  private CommonOptions options(String... args) throws IOException {
    Files.createDirectories(config.resolve("inbox"));
    Files.createDirectories(elsewhere.resolve("inbox"));
    Path file = config.resolve("pipeline.yaml");
    Files.writeString(
        file, "inbox: " + config.resolve("inbox") + "\noutput: " + config.resolve("out") + "\n");
    RunCommand run = new RunCommand();
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = file.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    new CommandLine(run).parseArgs(all);
    return run.options;
  }

  @Test
  void commandLinePathsOutsideTheAllowedRootsAreRefusedNamingTheOption() throws IOException {
    assertThat(options().load().output()).isEqualTo(config.resolve("out"));
    assertThatThrownBy(() -> options("--output", elsewhere.resolve("out").toString()).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("outside the allowed roots")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("--output"));
    assertThatThrownBy(() -> options("--inbox", elsewhere.resolve("inbox").toString()).load())
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("--inbox"));
    assertThatThrownBy(() -> options("--output", config.resolve("inbox/out").toString()).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("inside the inbox")
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("--output"));
  }
}
