package org.sdg16.jobs.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * The hostile {@code published/} files of {@link HostilePublishedCorpus} through the ingest job:
 * every finding of every file reaches the {@code findings} table with its file and row, every
 * quarantined row the {@code quarantine} table, only the good rows the {@code published} table.
 */
class HostilePublishedIngestTest extends SparkTestBase {

  @TempDir static Path dir;

  static HostilePublishedCorpus corpus;
  static Pipeline.Outcome outcome;

  @BeforeAll
  static void ingest() throws Exception {
    corpus = new HostilePublishedCorpus(dir.resolve("inbox")).write(HostilePublishedTest.LIMITS);
    PipelineConfig.Limits l = HostilePublishedTest.LIMITS;
    Path out = dir.resolve("out");
    PipelineConfig c =
        new PipelineConfig(
            corpus.inbox,
            null,
            out,
            null,
            null,
            null,
            null,
            null,
            null,
            l,
            null,
            null,
            null,
            null,
            null);
    outcome =
        new Pipeline(c, new Progress(System.err), false)
            .run("ingest", EnumSet.of(Pipeline.Stage.INGEST), session());
  }

  static List<Row> table(String name) {
    return session()
        .read()
        .parquet(dir.resolve("out/warehouse/current").resolve(name).toString())
        .collectAsList();
  }

  @Test
  void everyFindingReachesTheFindingsTableWithItsFileAndRow() {
    Map<String, List<String>> got = new TreeMap<>();
    corpus.expected.keySet().forEach(f -> got.put(f, new ArrayList<>()));
    for (Row r : table("findings")) {
      String file = r.getAs("source_file");
      Integer row = r.getAs("row");
      assertThat(file).startsWith("published/");
      assertThat((String) r.getAs("dataset")).isEqualTo(PublishedReader.DATASET);
      got.computeIfAbsent(file, k -> new ArrayList<>())
          .add(r.getAs("code") + "@" + (row == null ? "-" : row));
    }
    got.values().forEach(l -> l.sort(null));
    Map<String, List<String>> want = new TreeMap<>();
    corpus.expected.forEach((f, l) -> want.put(f, l.stream().sorted().toList()));
    assertThat(got).isEqualTo(want);
  }

  @Test
  void rejectedFilesAndQuarantinedRowsLandInTheQuarantineTableAndOnlyGoodRowsArePublished() {
    Map<String, Integer> byFile = new TreeMap<>();
    for (Row r : table("quarantine")) {
      byFile.merge(r.getAs("source_file"), 1, Integer::sum);
    }
    Map<String, Integer> want = new TreeMap<>();
    corpus.expected.forEach(
        (f, l) -> {
          // a file rejected whole is one row; otherwise one row per row with a finding
          long rows = l.stream().filter(x -> !x.endsWith("@-")).distinct().count();
          if (!l.isEmpty()) {
            want.put(f, l.get(0).endsWith("@-") ? 1 : (int) rows);
          }
        });
    assertThat(byFile).isEqualTo(want);
    // the good file (11 rows) and the good row of each of the four files with one bad row
    List<Row> published = table("published");
    assertThat(published).hasSize(corpus.sample.size() - 1 + 4);
    assertThat(String.valueOf(published)).doesNotContain("SECRET");
    assertThat(outcome.ingest().filesRejected()).isEqualTo(want.size() - 4);
  }
}
