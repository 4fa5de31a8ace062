package org.sdg16.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdg16 diff}'s refusals, which come before any Spark session (contract §3.2). */
class DiffCommandTest {

  @TempDir Path dir;

  @Test
  void aSnapshotWithoutObservationsIsRefusedNamingTheOption() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    // a snapshot as 'ingest' alone publishes it: tables of the ingest, no observations
    Path snap = Files.createDirectories(out.resolve("warehouse/snapshots/000001/findings"));
    Files.writeString(snap.resolve("../_snapshot.json"), "{\"id\":\"000001\"}");
    Files.createSymbolicLink(out.resolve("warehouse/current"), Path.of("snapshots/000001"));
    Path cfg = dir.resolve("p.yaml");
    Files.writeString(cfg, "inbox: " + inbox + "\noutput: " + out + "\n");
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "diff",
            "--from",
            "1",
            "--config",
            cfg.toString());
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("[--from]").contains("snapshot 000001 has no observations");
  }
}
