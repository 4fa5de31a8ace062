package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.cli.Main;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;

/** Contract §4.3: idempotent re-runs, snapshots, releases, --as-of and retention. */
class HistoryTest extends SparkTestBase {

  @TempDir Path dir;

  static final String H = "ref_area,year,measure,value,submitted_on\n";

  private Pipeline.Outcome run(Path inbox, Path out, int keep) {
    PipelineConfig c =
        new PipelineConfig(
            inbox,
            null,
            out,
            null,
            null,
            null,
            null, // progress
            null,
            new PipelineConfig.Retention(keep),
            null,
            null,
            null,
            null,
            null,
            null);
    return new Pipeline(c, new Progress(System.err), false)
        .run("run", EnumSet.of(Pipeline.Stage.INGEST, Pipeline.Stage.COMPUTE), session());
  }

  private List<String> observations(Path snapshot) {
    return session()
        .read()
        .parquet(snapshot.resolve("observations").toString())
        .orderBy(
            "series",
            "ref_area",
            "time_period",
            "sex",
            "age",
            "exploitation",
            "arm_type",
            "justification",
            "commodity",
            "route",
            "unit_measure")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .toList();
  }

  @Test
  void rerunsAreIdenticalAndReleasesSurviveRetention() throws Exception {
    Path inbox = dir.resolve("inbox");
    Path out = dir.resolve("out");
    Files.createDirectories(inbox.resolve("firearms"));
    Files.writeString(
        inbox.resolve("firearms/mex.csv"),
        H
            + "MEX,2020,SEIZED,1000,2021-03-31\nMEX,2020,TRACED,250,2021-03-31\n"
            + "MEX,2021,SEIZED,800,2022-03-31\nMEX,2021,TRACED,240,2022-03-31\n");
    Warehouse w = new Warehouse(out);

    Pipeline.Outcome first = run(inbox, out, 2);
    Pipeline.Outcome second = run(inbox, out, 2);
    assertThat(second.ingest().filesReused())
        .as("the unchanged file is not parsed again")
        .isEqualTo(1);
    assertThat(second.ingest().filesParsed()).isZero();
    assertThat(observations(w.snapshots().resolve(second.snapshotId())))
        .as("re-running on unchanged inputs gives identical values")
        .isEqualTo(observations(w.snapshots().resolve(first.snapshotId())))
        .contains(
            "[VC_ARM_SZTRACE,484,2020,_T,_T,_T,_T,_T,_T,_T,PT,25.0,250.0,1000.0,A,C,N,1,null,denominator covers SEIZED; FOUND, SURRENDERED not reported,"
                + "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response,false]");

    w.release("sdg-2026-02", first.snapshotId());
    assertThatThrownBy(() -> w.release("sdg-2026-02", second.snapshotId()))
        .hasMessageContaining("exists already");
    assertThatThrownBy(() -> w.release("../evil", second.snapshotId()))
        .isInstanceOf(IllegalArgumentException.class);

    // a correction arrives; two more runs with retention 2
    Files.writeString(
        inbox.resolve("firearms/mex.csv"),
        H
            + "MEX,2020,SEIZED,1000,2021-03-31\nMEX,2020,TRACED,300,2021-09-30\n"
            + "MEX,2021,SEIZED,800,2022-03-31\nMEX,2021,TRACED,240,2022-03-31\n");
    run(inbox, out, 2);
    Pipeline.Outcome fourth = run(inbox, out, 2);
    assertThat(w.snapshotIds())
        .as("the last two and the release are kept")
        .containsExactly("000001", "000003", "000004");
    assertThat(w.list().get(0).releases()).containsExactly("sdg-2026-02");
    assertThat(w.currentId()).isEqualTo(fourth.snapshotId());

    // the release reads back exactly as published, whatever came after
    assertThat(observations(w.resolve("sdg-2026-02")))
        .isEqualTo(observations(w.snapshots().resolve(first.snapshotId())));
    assertThat(observations(w.resolve(null)))
        .contains(
            "[VC_ARM_SZTRACE,484,2020,_T,_T,_T,_T,_T,_T,_T,PT,30.0,300.0,1000.0,A,C,N,1,null,denominator covers SEIZED; FOUND, SURRENDERED not reported,"
                + "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response,false]");
    assertThatThrownBy(() -> w.resolve("000002")).hasMessageContaining("no snapshot or release");

    // export --as-of the release writes its own files and leaves the current exports alone
    // (twice: the second replaces the first whole), and publishes nothing
    PipelineConfig c = PipelineConfig.of(inbox, null, out);
    for (int i = 0; i < 2; i++) {
      new Pipeline(c, new Progress(System.err), false)
          .run("export", EnumSet.of(Pipeline.Stage.EXPORT), "sdg-2026-02", session());
    }
    List<String> released =
        Files.readAllLines(out.resolve("as-of/000001/exports/csv/observations.csv"));
    assertThat(released)
        .anyMatch(l -> l.startsWith("VC_ARM_SZTRACE,484,2020,") && l.contains(",25,"));
    try (java.util.stream.Stream<Path> s = Files.list(out.resolve("as-of/000001"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("exports");
    }
    assertThat(w.currentId()).isEqualTo(fourth.snapshotId());
    assertThat(Files.readAllLines(out.resolve("exports/csv/observations.csv")))
        .as("the current exports: the CSV tables of the last compute, in its snapshot")
        .anyMatch(l -> l.startsWith("VC_ARM_SZTRACE,484,2020,") && l.contains(",30,"));
    assertThat(out.resolve("exports").toRealPath())
        .isEqualTo(
            w.snapshots().resolve(fourth.snapshotId()).resolve(Warehouse.EXPORTS).toRealPath());

    // the commands
    StringWriter so = new StringWriter();
    Path cfg = dir.resolve("p.yaml");
    Files.writeString(cfg, "inbox: " + inbox + "\noutput: " + out + "\n");
    assertThat(
            Main.execute(
                new PrintWriter(so, true),
                new PrintWriter(new StringWriter(), true),
                "snapshots",
                "--config",
                cfg.toString()))
        .isZero();
    assertThat(so.toString()).contains("000001").contains("sdg-2026-02").contains("* 000004");
    assertThat(
            Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "release",
                "sdg-2026-03",
                "--config",
                cfg.toString()))
        .isZero();
    assertThat(w.releases()).containsEntry("sdg-2026-03", "000004");
    assertThat(
            Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "release",
                "x",
                "--snapshot",
                "999",
                "--config",
                cfg.toString()))
        .isEqualTo(2);
  }
}
