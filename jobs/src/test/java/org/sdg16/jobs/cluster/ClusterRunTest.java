package org.sdg16.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.Fixtures;
import org.sdg16.jobs.SampleRuns;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.cli.Main;
import org.sdg16.jobs.ops.Child;

/**
 * Cluster mode (contract §3, {@code sdg16 cluster}): the sample batch run by a driver in its own
 * process on a two-worker standalone cluster on 127.0.0.1 gives the observations and trends of a
 * local run. The executors have Spark and the libraries only, so the run also proves that the
 * driver ships the program's jars and that what travels to the executors (the trends stage's
 * function) is serializable.
 */
class ClusterRunTest extends SparkTestBase {

  @TempDir static Path dir;

  static LocalCluster cluster;

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.stop();
    }
  }

  @Test
  void theSampleOnATwoWorkerClusterGivesTheObservationsOfALocalRun() throws Exception {
    cluster = new LocalCluster(dir.resolve("cluster"));
    LocalCluster.Status s =
        cluster.start(new LocalCluster.Options(2, 1, "1g"), Duration.ofSeconds(120));
    assertThat(s.running()).isTrue();
    assertThat(s.masterUrl()).startsWith("spark://127.0.0.1:");
    assertThat(s.daemons())
        .extracting(LocalCluster.Daemon::name)
        .containsExactly("master", "worker-1", "worker-2");

    Path clusterOut = dir.resolve("cluster-out");
    Path cfg = dir.resolve("pipeline.yaml");
    // the shipped config, as the local run of SampleRuns reads it, with this run's paths and Spark
    List<String> shipped =
        Files.readAllLines(Fixtures.repository().resolve("data-samples/pipeline.yaml")).stream()
            .filter(l -> !l.matches("(inbox|population|output|spark):.*"))
            .toList();
    Files.writeString(
        cfg,
        String.join(
            "\n",
            "inbox: \"" + Fixtures.sampleInbox() + "\"",
            "population: \"" + Fixtures.samplePopulation() + "\"",
            "output: \"" + clusterOut + "\"",
            "allowed_roots: [\"" + Fixtures.sampleInbox().getParent() + "\"]",
            // the launcher's JIT choice (docs/performance.md) for the executors too
            "spark: { conf: { spark.executor.extraJavaOptions: \""
                + String.join(" ", Child.LAUNCHER_FLAGS)
                + "\" } }",
            String.join("\n", shipped),
            ""));
    Path log = dir.resolve("cluster-run.log");
    Child run =
        Child.start(
            Main.class.getName(),
            log,
            "run",
            "--config",
            cfg.toString(),
            "--master",
            s.masterUrl());

    // meanwhile (unless another test ran it already), the same batch locally in the shared session
    Path localOut = SampleRuns.output();

    assertThat(run.waitFor(240)).as(Files.readString(log)).isZero();
    Files.readAllLines(log).stream()
        .filter(l -> l.startsWith("sdg16 "))
        .forEach(l -> System.out.println("[cluster] " + l));
    assertThat(Files.readString(log)).contains("sdg16 trends:", "sdg16 report:");
    assertThat(shippedJars())
        .as("the driver shipped the program's jars to the executors of both workers")
        .anyMatch(n -> n.startsWith("sdg16-jobs"))
        .anyMatch(n -> n.startsWith("sdg16-schemas"));

    for (String table : List.of("observations", "trends")) {
      List<String> onCluster = sorted(clusterOut.resolve("warehouse/current").resolve(table));
      assertThat(onCluster).as(table).isNotEmpty();
      assertThat(onCluster)
          .as(table + " of the cluster run equal those of the local run")
          .containsExactlyElementsOf(sorted(localOut.resolve("warehouse/current").resolve(table)));
    }

    cluster.stop();
    assertThat(cluster.status()).isEmpty();
    assertThat(s.daemons())
        .allSatisfy(
            d ->
                assertThat(ProcessHandle.of(d.pid()).map(ProcessHandle::isAlive))
                    .as(d.name() + " stopped")
                    .isIn(java.util.Optional.empty(), java.util.Optional.of(false)));
  }

  /** File names in the executors' folders of the workers ({@code work/worker-N/app-…/N/}). */
  private static List<String> shippedJars() throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve("cluster/work"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .map(p -> p.getFileName().toString())
          .toList();
    }
  }

  private static List<String> sorted(Path table) {
    Dataset<Row> df = session().read().parquet(table.toString());
    Column[] cols =
        Arrays.stream(df.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    return df.orderBy(cols).collectAsList().stream().map(Row::toString).toList();
  }
}
