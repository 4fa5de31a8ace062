package org.sdg16.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.run.Pipeline;

/** Contract §4.3: retention and cleanup delete only what the program created. */
class OwnFilesTest {

  @TempDir Path out;

  @Test
  void runIdsAreWhatThePipelineMakes() {
    assertThat(Warehouse.RUN_ID.matcher(Pipeline.newRunId()).matches()).isTrue();
    assertThat(Warehouse.ownName(".staging-20261128T091502Z-3f9a", ".staging-")).isTrue();
    assertThat(
            Warehouse.ownName(
                ".staging-20261128T091502Z-3f9a-scratch", ".staging-", "", "-scratch"))
        .isTrue();
    assertThat(Warehouse.ownName(".staging-mine", ".staging-")).isFalse();
    assertThat(Warehouse.ownName("batch-mine", "batch-")).isFalse();
  }

  @Test
  void retentionAndStagingCleanupLeaveForeignFoldersAlone() throws IOException {
    Warehouse w = new Warehouse(out);
    Path killed = w.snapshots().resolve(".staging-20261128T091502Z-3f9a");
    Files.createDirectories(killed.resolve("observations"));
    Path mine = w.snapshots().resolve(".staging-mine");
    Files.createDirectories(mine);
    Path lookalike = w.snapshots().resolve("000005");
    Files.createDirectories(lookalike);
    Files.writeString(lookalike.resolve("notes.txt"), "not a snapshot");

    String first = publish(w);
    assertThat(killed).as("a dead run's staging folder").doesNotExist();
    assertThat(mine).exists();
    assertThat(first)
        .as("numbered after every six-digit folder, never into one")
        .isEqualTo("000006");
    assertThat(w.snapshotIds()).containsExactly("000006");
    publish(w);
    publish(w);
    assertThat(w.prune(1)).containsExactly("000006", "000007");
    assertThat(lookalike.resolve("notes.txt"))
        .as("a folder without _snapshot.json is not a snapshot")
        .hasContent("not a snapshot");
    assertThat(mine).exists();
  }

  @Test
  void theIngestCacheRemovesOnlyItsOwnLeftovers() throws IOException {
    Path root = out.resolve("ingest-cache");
    Path pending = root.resolve(".batch-20261128T091502Z-3f9a");
    Files.createDirectories(pending);
    Path mine = root.resolve("mine");
    Files.createDirectories(mine);
    Path brokenBatch = root.resolve("batch-20261128T091502Z-0001");
    Files.createDirectories(brokenBatch);
    assertThat(new org.sdg16.jobs.ingest.IngestCache(root).load()).isEmpty();
    assertThat(pending).as("a killed run's pending batch").doesNotExist();
    assertThat(brokenBatch).as("a batch of its own whose list cannot be read").doesNotExist();
    assertThat(mine).exists();
  }

  private static String publish(Warehouse w) throws IOException {
    Path staging = w.stage(Pipeline.newRunId());
    Files.createDirectories(staging.resolve("observations"));
    String id = w.nextId();
    w.publish(staging, id, "run", Map.of());
    return id;
  }
}
