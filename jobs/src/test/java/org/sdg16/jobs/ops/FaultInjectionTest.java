package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.cli.Main;
import org.sdg16.jobs.generate.SyntheticData;

/**
 * Contract §4.3: a run killed with {@code kill -9} (the whole process group) at any moment leaves
 * readers the previous complete state or the new one, tables, exports and report together, never a
 * mix; the next run cleans up and converges to the result of a run that was never killed.
 */
class FaultInjectionTest extends SparkTestBase {

  @TempDir Path dir;

  /**
   * Kill points: after the progress line of a stage has appeared (null: from the start), plus a
   * delay. One per kind of state a kill can leave: a pending batch of the ingest cache, a staging
   * snapshot being written (ingest's tables; compute and trends write into the same staging
   * snapshot the same way, so a kill there leaves the same kind of state and is not repeated), a
   * staging snapshot with exports and a report being written, the switch of current, and the
   * retention and manifest after it. A kill in the first seconds, before anything is written, left
   * nothing to check and went.
   */
  record KillPoint(String afterStage, long delayMs) {}

  static final List<KillPoint> KILL_POINTS =
      List.of(
          new KillPoint(null, 7_000), // reading and validating: the ingest cache's pending batch
          new KillPoint("ingest", 0), // writing tables into the staging snapshot, compute
          new KillPoint("export", 0), // report: pages, charts, PDF
          new KillPoint("report", 0), // publishing: rename and switch of current
          new KillPoint("publish", 0)); // retention, run manifest

  @Test
  void killedRunsNeverLeaveAMixAndAFullRunConverges() throws Exception {
    Path data = dir.resolve("data");
    SyntheticData.generate(data, new SyntheticData.Options(6, 2017, 2020, 800, 7));
    Path cfg = data.resolve("pipeline.yaml");
    Path out = data.resolve("out");
    Path refOut =
        data.resolve("ref-out"); // inside the config's folder: --output obeys the allowed roots

    long t0 = System.nanoTime();
    Child ref =
        Child.start(
            Main.class.getName(),
            dir.resolve("ref.log"),
            "run",
            "--config",
            cfg.toString(),
            "--output",
            refOut.toString(),
            "--master",
            "local[1]");
    assertThat(ref.waitFor(300)).as(Files.readString(dir.resolve("ref.log"))).isZero();
    double full = (System.nanoTime() - t0) / 1e9;
    Map<String, Long> expected = counts(refOut.resolve("warehouse/current"));

    Map<String, String> hits = new LinkedHashMap<>();
    int i = 0;
    for (KillPoint k : KILL_POINTS) {
      Path log = dir.resolve("kill-" + i + ".log");
      Child c =
          Child.start(
              Main.class.getName(), log, "run", "--config", cfg.toString(), "--master", "local[1]");
      long deadline = System.currentTimeMillis() + 240_000;
      while (k.afterStage() != null
          && c.process.isAlive()
          && System.currentTimeMillis() < deadline
          && !Files.readString(log).contains("sdg16 " + k.afterStage() + ":")) {
        Thread.sleep(10);
      }
      Thread.sleep(k.delayMs());
      boolean finished = !c.process.isAlive();
      c.kill9();
      hits.put(
          "kill "
              + i++
              + " "
              + (k.afterStage() == null ? "from start" : "after " + k.afterStage())
              + " +"
              + k.delayMs()
              + " ms",
          finished ? "finished before the kill" : "killed " + lastStage(log));
      assertConsistent(out, expected);
    }
    System.out.println("fault injection, full run " + Math.round(full) + " s: " + hits);

    Child last =
        Child.start(
            Main.class.getName(),
            dir.resolve("last.log"),
            "run",
            "--config",
            cfg.toString(),
            "--master",
            "local[1]");
    assertThat(last.waitFor(300)).as(Files.readString(dir.resolve("last.log"))).isZero();
    assertConsistent(out, expected);
    for (String table : List.of("observations", "trends")) {
      assertThat(sorted(out.resolve("warehouse/current").resolve(table)))
          .as(table + " equal those of a run never killed")
          .containsExactlyElementsOf(sorted(refOut.resolve("warehouse/current").resolve(table)));
    }
    try (Stream<Path> s = Files.list(out.resolve("warehouse/snapshots"))) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("leftovers of killed runs are cleaned up")
          .noneMatch(n -> n.startsWith(".staging-") || n.startsWith(".deleting-"));
    }
    try (Stream<Path> s = Files.list(out.resolve("warehouse"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".current-"));
    }
    try (Stream<Path> s = Files.list(out.resolve("warehouse/ingest-cache"))) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no pending batch of a killed run is left")
          .isNotEmpty()
          .allMatch(n -> n.startsWith("batch-"));
    }
    assertThat(hits.values())
        .as("every kill hit a running process")
        .allMatch(v -> v.startsWith("killed"));
  }

  /** The current state is absent (nothing published yet) or one whole snapshot of a full run. */
  private void assertConsistent(Path out, Map<String, Long> expected) throws IOException {
    Path current = out.resolve("warehouse/current");
    if (!Files.exists(current)) {
      return;
    }
    assertThat(Files.isSymbolicLink(current)).isTrue();
    JsonNode meta = new ObjectMapper().readTree(current.resolve("_snapshot.json").toFile());
    List<String> tables = new ArrayList<>();
    meta.get("tables").forEach(t -> tables.add(t.asText()));
    assertThat(tables).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(counts(current)).isEqualTo(expected);
    // the exports and the report are those of the current snapshot, whole
    Path snapshot = current.toRealPath();
    assertThat(out.resolve("exports").toRealPath()).isEqualTo(snapshot.resolve("_exports"));
    assertThat(out.resolve("reports").toRealPath()).isEqualTo(snapshot.resolve("_reports"));
    assertThat(out.resolve("exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv")).isNotEmptyFile();
    assertThat(out.resolve("exports/xlsx/sdg16_observations.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("reports/index.html")).isNotEmptyFile();
    assertThat(Files.readAllBytes(out.resolve("reports/report.pdf"))).startsWith("%PDF".getBytes());
    try (Stream<Path> s = Files.walk(snapshot.resolve("_reports"))) {
      assertThat(s.filter(Files::isRegularFile))
          .as("no empty file in the report")
          .allMatch(f -> f.toFile().length() > 0);
    }
  }

  private Map<String, Long> counts(Path snapshot) throws IOException {
    Map<String, Long> c = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(snapshot)) {
      for (Path t : s.filter(org.sdg16.jobs.warehouse.Warehouse::isTable).sorted().toList()) {
        c.put(t.getFileName().toString(), session().read().parquet(t.toString()).count());
      }
    }
    return c;
  }

  private List<String> sorted(Path table) {
    Dataset<Row> df = session().read().parquet(table.toString());
    String[] cols = df.columns();
    return df
        .orderBy(
            Arrays.stream(cols)
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList()
        .stream()
        .map(Row::toString)
        .toList();
  }

  private static String lastStage(Path log) throws IOException {
    String last = "before the first stage";
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("sdg16 ")) {
        last = "after " + line.substring(6, Math.min(line.length(), 20)).trim();
      }
    }
    return last;
  }
}
