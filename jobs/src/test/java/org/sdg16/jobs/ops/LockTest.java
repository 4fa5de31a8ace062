package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.cli.Main;

/**
 * Contract §4.3: one writer at a time (exit 3 naming the holder); a dead holder's lock is taken
 * over.
 */
class LockTest extends org.sdg16.jobs.SparkTestBase {

  @TempDir Path dir;

  @Test
  void aSecondRunIsRefusedWithExitThreeAndTheLockOfADeadProcessIsTakenOver() throws Exception {
    Path out = dir.resolve("out");
    Path cfg = dir.resolve("p.yaml");
    Files.writeString(
        cfg,
        "inbox: "
            + Fixtures.sampleInbox()
            + "\noutput: "
            + out
            + "\nallowed_roots: ["
            + Fixtures.sampleInbox().getParent()
            + "]\n");
    Path log = dir.resolve("holder.log");
    Child holder = Child.start(LockHolder.class.getName(), log, out.toString());
    long deadline = System.currentTimeMillis() + 60_000;
    while (!Files.readString(log).contains("holding") && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(log)).contains("holding");

    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "ingest",
            "--config",
            cfg.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("another run holds the warehouse lock")
        .contains("pid " + holder.process.pid())
        .contains("lock-holder");
    assertThat(Files.exists(out.resolve("warehouse/current"))).as("nothing published").isFalse();

    // the holder dies without releasing anything: its lock file stays, naming a dead process
    holder.kill9();
    assertThat(Files.readString(out.resolve(".sdg16.lock")))
        .contains("pid " + holder.process.pid());
    var outcome =
        new org.sdg16.jobs.run.Pipeline(
                org.sdg16.schemas.config.PipelineConfig.of(Fixtures.sampleInbox(), null, out),
                new org.sdg16.jobs.run.Progress(System.err),
                false)
            .run(
                "ingest",
                java.util.EnumSet.of(org.sdg16.jobs.run.Pipeline.Stage.INGEST),
                session());
    assertThat(outcome.snapshotId()).isEqualTo("000001");
    assertThat(Files.readString(out.resolve(".sdg16.lock")))
        .contains("pid " + ProcessHandle.current().pid());
  }
}
