package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * Contract §4.3: a disk that fills up while the exports and the report are written publishes
 * nothing. {@code current}, {@code out/exports} and {@code out/reports} stay those of the previous
 * snapshot, whole; the run's manifest says it failed and in which stage; once there is room again,
 * the next run publishes. The disk is a small tmpfs the test mounts (CI runs as root; in CI a mount
 * that fails fails the test, it never skips it).
 */
class DiskFullTest extends SparkTestBase {

  @TempDir Path dir;

  private Path disk;

  @BeforeEach
  void mount() throws Exception {
    disk = dir.resolve("disk");
    Files.createDirectories(disk);
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes());
    boolean mounted = p.waitFor() == 0;
    if (!mounted
        && System.getenv("CI") == null
        && !"root".equals(System.getProperty("user.name"))) {
      Assumptions.abort("mounting a tmpfs needs root (CI runs this test as root): " + said);
    }
    assertThat(mounted).as("mount -t tmpfs: " + said).isTrue();
  }

  @AfterEach
  void unmount() throws Exception {
    new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
  }

  private Pipeline.Outcome run(PipelineConfig c) {
    return new Pipeline(c, new Progress(System.err), false)
        .run("run", EnumSet.allOf(Pipeline.Stage.class), session());
  }

  @Test
  void aDiskThatFillsUpDuringTheReportPublishesNothingAndTheNextRunDoes() throws Exception {
    Path out = disk.resolve("out");
    Path inbox = dir.resolve("inbox");
    Files.createDirectories(inbox.resolve("firearms"));
    Files.writeString(
        inbox.resolve("firearms/mex.csv"),
        "ref_area,year,measure,value,submitted_on\n"
            + "MEX,2020,SEIZED,1000,2021-03-31\nMEX,2020,TRACED,250,2021-03-31\n"
            + "MEX,2021,SEIZED,800,2022-03-31\nMEX,2021,TRACED,240,2022-03-31\n");
    PipelineConfig c = PipelineConfig.of(inbox, null, out);
    Warehouse w = new Warehouse(out);
    assertThat(run(c).snapshotId()).isEqualTo("000001");
    Path first = w.snapshots().resolve("000001");
    long tables = 0;
    try (Stream<Path> s = Files.list(first)) {
      for (Path t : s.filter(Warehouse::isTable).toList()) {
        tables += bytes(t);
      }
    }
    long outputs =
        bytes(first.resolve(Warehouse.EXPORTS)) + bytes(first.resolve(Warehouse.REPORTS));
    Map<String, Long> before = files(out.resolve("reports"));
    before.putAll(files(out.resolve("exports")));

    // room for the tables and half of the exports and report: the run fails while writing them
    Path filler = disk.resolve("filler");
    fill(filler, tables + outputs / 2);
    assertThatThrownBy(() -> run(c))
        .as("the second run, on a full disk")
        .isNotInstanceOf(Pipeline.AfterPublication.class)
        .satisfies(e -> assertThat(causes(e)).contains("No space left on device"));

    assertThat(w.currentId()).isEqualTo("000001");
    assertThat(w.snapshotIds()).containsExactly("000001");
    Map<String, Long> after = files(out.resolve("reports"));
    after.putAll(files(out.resolve("exports")));
    assertThat(after)
        .as("out/exports and out/reports: those of snapshot 000001, every file whole")
        .isEqualTo(before);
    assertThat(out.resolve("reports").toRealPath())
        .isEqualTo(first.resolve(Warehouse.REPORTS).toRealPath());
    try (Stream<Path> s = Files.list(w.snapshots())) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("the staging snapshot is gone")
          .containsExactly("000001");
    }
    JsonNode failed = newestManifest(out);
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    System.out.println(
        "disk full: the run failed in stage "
            + failed.get("failed_stage")
            + " with "
            + tables
            + " bytes of tables and "
            + outputs
            + " of exports and report");
    assertThat(failed.get("failed_stage").asText()).isIn("export", "report", "export and report");
    assertThat(failed.get("error").asText()).contains("No space left on device");
    assertThat(failed.has("published_snapshot")).as("nothing was published").isFalse();

    Files.delete(filler);
    Pipeline.Outcome third = run(c);
    assertThat(third.snapshotId()).isEqualTo("000002");
    assertThat(out.resolve("reports").toRealPath())
        .isEqualTo(w.snapshots().resolve("000002").resolve(Warehouse.REPORTS).toRealPath());
    assertThat(newestManifest(out).get("status").asText()).isEqualTo("succeeded");
  }

  /** Writes zeros until the disk has {@code room} bytes left (tmpfs counts written pages only). */
  private static void fill(Path filler, long room) throws IOException {
    byte[] mb = new byte[1 << 20];
    try (OutputStream o = Files.newOutputStream(filler)) {
      while (Files.getFileStore(filler).getUsableSpace() > room + mb.length) {
        o.write(mb);
        o.flush();
      }
      int rest = (int) Math.max(0, Files.getFileStore(filler).getUsableSpace() - room);
      o.write(new byte[rest]);
    }
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Every file below a folder (followed through its link) with its size. */
  private static Map<String, Long> files(Path link) throws IOException {
    Path d = link.toRealPath();
    Map<String, Long> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(link.getFileName() + "/" + d.relativize(p), p.toFile().length());
      }
    }
    return m;
  }

  private static String causes(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        b.append(s).append('\n');
      }
    }
    return b.toString();
  }

  private static JsonNode newestManifest(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      List<Path> m = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      return new ObjectMapper().readTree(m.get(m.size() - 1).toFile());
    }
  }
}
