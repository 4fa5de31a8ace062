package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.schemas.config.PipelineConfig;

/** Contract §1: the warehouse reflects the inbox as it is; the later submission wins whole. */
class RevisionsTest extends SparkTestBase {

  @TempDir Path dir;

  private static final String H = "ref_area,year,measure,arm_type,value,submitted_on\n";

  private Pipeline.Outcome run(Path inbox) {
    PipelineConfig c = PipelineConfig.of(inbox, null, dir.resolve("out"));
    return new Pipeline(c, new Progress(System.err), false).run("ingest", session());
  }

  private List<Row> firearms() {
    return session()
        .read()
        .parquet(dir.resolve("out/warehouse/current/returns_firearms").toString())
        .orderBy(col("ref_area"), col("year"), col("measure"), col("arm_type"))
        .select("ref_area", "year", "measure", "arm_type", "value", "source_file")
        .collectAsList();
  }

  @Test
  void theLaterSubmissionReplacesTheEarlierOneWholeAndARemovedFileWithdrawsItsRows()
      throws IOException {
    Path inbox = dir.resolve("inbox");
    Files.createDirectories(inbox.resolve("firearms"));
    // the first return reports MEX 2020 with a type breakdown; the correction drops the breakdown
    Files.writeString(
        inbox.resolve("firearms/mex_2020.csv"),
        H
            + "MEX,2020,SEIZED,_T,100,2021-03-31\n"
            + "MEX,2020,SEIZED,PISTOL,60,2021-03-31\n"
            + "MEX,2021,SEIZED,_T,90,2022-03-31\n");
    Files.writeString(
        inbox.resolve("firearms/a_correction.csv"), H + "MEX,2020,SEIZED,_T,110,2021-09-30\n");
    // one file is one submission even where its rows carry different dates: its latest date counts
    Files.writeString(
        inbox.resolve("firearms/arg.csv"),
        H + "ARG,2020,SEIZED,_T,40,2021-03-31\n" + "ARG,2020,TRACED,_T,4,2021-06-30\n");
    // same date: the file whose name sorts last wins
    Files.writeString(
        inbox.resolve("firearms/col_v1.csv"), H + "COL,2020,SEIZED,_T,5,2021-01-01\n");
    Files.writeString(
        inbox.resolve("firearms/col_v2.csv"), H + "COL,2020,SEIZED,_T,7,2021-01-01\n");

    Pipeline.Outcome first = run(inbox);
    assertThat(firearms())
        .extracting(Row::toString)
        .containsExactly(
            "[32,2020,SEIZED,_T,40.0,firearms/arg.csv]",
            "[32,2020,TRACED,_T,4.0,firearms/arg.csv]",
            "[170,2020,SEIZED,_T,7.0,firearms/col_v2.csv]",
            "[484,2020,SEIZED,_T,110.0,firearms/a_correction.csv]",
            "[484,2021,SEIZED,_T,90.0,firearms/mex_2020.csv]");
    assertThat(first.ingest().superseded())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("firearms:firearms/mex_2020.csv", 2L, "firearms:firearms/col_v1.csv", 1L));
    assertThat(first.snapshotId()).isEqualTo("000001");

    Files.delete(inbox.resolve("firearms/a_correction.csv"));
    Pipeline.Outcome second = run(inbox);
    assertThat(second.snapshotId()).isEqualTo("000002");
    assertThat(firearms())
        .extracting(Row::toString)
        .containsExactly(
            "[32,2020,SEIZED,_T,40.0,firearms/arg.csv]",
            "[32,2020,TRACED,_T,4.0,firearms/arg.csv]",
            "[170,2020,SEIZED,_T,7.0,firearms/col_v2.csv]",
            "[484,2020,SEIZED,PISTOL,60.0,firearms/mex_2020.csv]",
            "[484,2020,SEIZED,_T,100.0,firearms/mex_2020.csv]",
            "[484,2021,SEIZED,_T,90.0,firearms/mex_2020.csv]");
    // the older snapshot keeps what it had
    assertThat(
            session()
                .read()
                .parquet(dir.resolve("out/warehouse/snapshots/000001/returns_firearms").toString())
                .filter("ref_area = 484 and year = 2020")
                .select("value")
                .first()
                .getDouble(0))
        .isEqualTo(110.0);
    assertThat(Files.readSymbolicLink(dir.resolve("out/warehouse/current")).toString())
        .isEqualTo("snapshots/000002");
  }
}
