package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.cli.Main;

/**
 * Contract §3, exit codes: the program says exactly what a failed or stopped run published, and
 * every run, failed or stopped by a signal, leaves its manifest.
 */
@org.junit.jupiter.api.Tag("process")
class TrueMessagesTest {

  @TempDir Path dir;

  private Path config(Path out) throws IOException {
    Path cfg = dir.resolve("pipeline.yaml");
    Files.writeString(
        cfg,
        String.join(
            "\n",
            "inbox: \"" + Fixtures.sampleInbox() + "\"",
            "population: \"" + Fixtures.samplePopulation() + "\"",
            "output: \"" + out + "\"",
            "allowed_roots: [\"" + Fixtures.sampleInbox().getParent() + "\"]",
            ""));
    return cfg;
  }

  private static JsonNode manifest(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      List<Path> m = s.filter(p -> p.toString().endsWith(".json")).toList();
      assertThat(m).hasSize(1);
      return new ObjectMapper().readTree(m.get(0).toFile());
    }
  }

  @Test
  void aForeignFolderWhereTheReportLinkBelongsStopsTheRunBeforeItStarts() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("reports"), "a file where the report link should be");
    Path log = dir.resolve("run.log");
    Child run =
        Child.start(
            Main.class.getName(),
            log,
            "run",
            "--config",
            config(out).toString(),
            "--master",
            "local[1]");
    assertThat(run.waitFor(240)).as(Files.readString(log)).isEqualTo(Main.USAGE);
    assertThat(Files.readString(log))
        .contains("sdg16: config error [output]: ")
        .contains("is not the link to warehouse/current/_reports")
        .doesNotContain("sdg16 ingest:");
    assertThat(out.resolve("reports")).hasContent("a file where the report link should be");
    assertThat(out.resolve("warehouse/current")).doesNotExist();
    assertThat(manifest(out).get("status").asText()).isEqualTo("failed");
  }

  @Test
  void sigtermWritesATerminatedManifestAndSaysWhatWasPublished() throws Exception {
    Path out = dir.resolve("out");
    Path log = dir.resolve("run.log");
    Child run =
        Child.start(
            Main.class.getName(),
            log,
            "run",
            "--config",
            config(out).toString(),
            "--master",
            "local[1]");
    long deadline = System.currentTimeMillis() + 240_000;
    while (run.process.isAlive()
        && System.currentTimeMillis() < deadline
        && !Files.readString(log).contains("sdg16 ingest:")) {
      Thread.sleep(20);
    }
    assertThat(run.process.isAlive()).as(Files.readString(log)).isTrue();
    new ProcessBuilder("kill", "-TERM", Long.toString(run.process.pid())).start().waitFor();
    assertThat(run.waitFor(120)).isEqualTo(Main.TERMINATED);
    String text = Files.readString(log);
    assertThat(text)
        .contains("sdg16: terminated by a signal; ")
        .doesNotContain("INTERNAL_ERROR")
        .doesNotContain("You hit a bug in Spark");
    JsonNode m = manifest(out);
    assertThat(m.get("status").asText()).isEqualTo("terminated");
    assertThat(m.get("exit_code").asInt()).isEqualTo(143);
    assertThat(m.get("error").asText()).startsWith("terminated by a signal; ");
  }
}
