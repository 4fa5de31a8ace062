package org.sdg16.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.cli.Main;
import org.sdg16.jobs.diff.RowSet;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.jobs.run.DiffRun;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Progress;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * {@code sdg16 diff} and {@code export --since} on the real pipeline (contract §3.1, §4.4, §4.5):
 * two releases of a small inbox between which a file is added (Brazil), a value revised (Mexico
 * 2020, TRACED 250 → 300 of 1,000 seized: 25 % → 30 %), a file withdrawn (Kenya) and a row newly
 * quarantined (Colombia 2021, TRACED 500 above the 400 seized: TRACED_ABOVE_DENOMINATOR). One
 * pipeline history serves every assertion.
 */
class DiffReleaseTest extends SparkTestBase {

  @TempDir static Path dir;

  static final String H = "ref_area,year,measure,value,submitted_on\n";

  static Path inbox;
  static Path out;
  static Warehouse w;
  static DiffRun.Result diff;

  static void run(String command) {
    new Pipeline(PipelineConfig.of(inbox, null, out), new Progress(System.err), false)
        .run(command, EnumSet.of(Pipeline.Stage.INGEST, Pipeline.Stage.COMPUTE), session());
  }

  @BeforeAll
  static void twoReleases() throws Exception {
    inbox = dir.resolve("inbox");
    out = dir.resolve("out");
    Path fa = Files.createDirectories(inbox.resolve("firearms"));
    Files.writeString(
        fa.resolve("mex.csv"),
        H + "MEX,2020,SEIZED,1000,2021-03-31\nMEX,2020,TRACED,250,2021-03-31\n");
    Files.writeString(
        fa.resolve("ken.csv"),
        H + "KEN,2018,SEIZED,500,2019-03-31\nKEN,2018,TRACED,100,2019-03-31\n");
    Files.writeString(
        fa.resolve("col.csv"),
        H + "COL,2021,SEIZED,400,2022-03-31\nCOL,2021,TRACED,100,2022-03-31\n");
    run("run");
    w = new Warehouse(out);
    w.release("r1", w.currentId());

    Files.writeString(
        fa.resolve("mex.csv"),
        H + "MEX,2020,SEIZED,1000,2021-03-31\nMEX,2020,TRACED,300,2021-09-30\n");
    Files.delete(fa.resolve("ken.csv"));
    Files.writeString(
        fa.resolve("col.csv"),
        H + "COL,2021,SEIZED,400,2022-03-31\nCOL,2021,TRACED,500,2022-03-31\n");
    Files.writeString(
        fa.resolve("bra.csv"),
        H + "BRA,2020,SEIZED,200,2021-03-31\nBRA,2020,TRACED,50,2021-03-31\n");
    run("run");
    w.release("r2", w.currentId());

    diff =
        DiffRun.run(session(), out, DiffRun.side(w, "r1", "--from"), DiffRun.side(w, "r2", "--to"));
  }

  static SnapshotDiff.Change traced(int area) {
    return diff.diff().changes().stream()
        .filter(c -> c.observation().series().equals("VC_ARM_SZTRACE"))
        .filter(c -> c.observation().refArea() == area)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRevisedValueWithTheRowThatChangedIt() {
    SnapshotDiff.Change mex = traced(484);
    assertThat(mex.kind()).isEqualTo(SnapshotDiff.Kind.REVISED);
    assertThat(mex.valueBefore()).isEqualTo(25.0);
    assertThat(mex.valueAfter()).isEqualTo(30.0);
    assertThat(mex.relativeChangePct()).isCloseTo(20.0, within(1e-9));
    assertThat(mex.rowsNow()).extracting(RowSet::text).containsExactly("firearms/mex.csv row 2");
    assertThat(mex.rowsBefore()).extracting(RowSet::text).containsExactly("firearms/mex.csv row 2");
  }

  @Test
  void theAddedFile() {
    SnapshotDiff.Change bra = traced(76);
    assertThat(bra.kind()).isEqualTo(SnapshotDiff.Kind.ADDED);
    assertThat(bra.valueAfter()).isEqualTo(25.0);
    assertThat(bra.rowsNow()).extracting(RowSet::text).containsExactly("firearms/bra.csv rows 1-2");
  }

  @Test
  void theWithdrawnFileAndTheNewlyQuarantinedRow() {
    SnapshotDiff.Change ken = traced(404);
    assertThat(ken.kind()).isEqualTo(SnapshotDiff.Kind.WITHDRAWN);
    assertThat(ken.rowsBefore())
        .extracting(RowSet::text)
        .containsExactly("firearms/ken.csv rows 1-2");
    assertThat(ken.quarantine()).containsExactly("firearms/ken.csv is no longer in the inbox");
    SnapshotDiff.Change col = traced(170);
    assertThat(col.kind()).isEqualTo(SnapshotDiff.Kind.WITHDRAWN);
    assertThat(col.rowsBefore())
        .as("only the TRACED row changed; the SEIZED row is as it was")
        .extracting(RowSet::text)
        .containsExactly("firearms/col.csv row 2");
    assertThat(col.quarantine())
        .singleElement()
        .asString()
        .startsWith("firearms/col.csv row 2 is now in the quarantine: TRACED_ABOVE_DENOMINATOR: ");
    assertThat(diff.diff().summary())
        .contains(
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 76, 1, 0, 0),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 170, 0, 0, 1),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 404, 0, 0, 1),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 484, 0, 1, 0));
  }

  @Test
  void theFilesUnderTheOutputFolder() throws Exception {
    assertThat(diff.files())
        .containsExactly(
            out.resolve("diff/diff-r1-r2.csv"), out.resolve("diff/diff-summary-r1-r2.csv"));
    assertThat(Files.readAllLines(out.resolve("diff/diff-r1-r2.csv")))
        .anyMatch(
            l ->
                l.startsWith(
                    "revised,VC_ARM_SZTRACE,484,Mexico,2020,_T,_T,_T,_T,_T,_T,_T,PT,N,25,30,5,20,value,"));
    assertThat(Files.readAllLines(out.resolve("diff/diff-summary-r1-r2.csv")))
        .contains("VC_ARM_SZTRACE,404,Kenya,0,0,1");
  }

  @Test
  void theCommandWithoutARelease() throws Exception {
    Path cfg = dir.resolve("fresh.yaml");
    Files.writeString(cfg, "inbox: " + inbox + "\noutput: " + dir.resolve("fresh-out") + "\n");
    StringWriter so = new StringWriter();
    assertThat(
            Main.execute(
                new PrintWriter(so, true),
                new PrintWriter(new StringWriter(), true),
                "diff",
                "--config",
                cfg.toString()))
        .isZero();
    assertThat(so.toString()).contains("no release yet: name one with ./sdg16 release NAME");
    Path cfg2 = dir.resolve("p.yaml");
    Files.writeString(cfg2, "inbox: " + inbox + "\noutput: " + out + "\n");
    StringWriter se = new StringWriter();
    assertThat(
            Main.execute(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(se, true),
                "diff",
                "--from",
                "nope",
                "--config",
                cfg2.toString()))
        .isEqualTo(2);
    assertThat(se.toString()).contains("[--from]").contains("no snapshot or release 'nope'");
  }

  @Test
  void exportSinceTheFirstReleaseWritesTheDelta() throws Exception {
    new Pipeline(PipelineConfig.of(inbox, null, out), new Progress(System.err), false)
        .since("r1")
        .run("export", EnumSet.of(Pipeline.Stage.EXPORT), session());
    Path delta = out.resolve("exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24_delta_r1.csv");
    List<CSVRecord> rows = records(delta);
    assertThat(rows)
        .extracting(
            r ->
                r.get("ACTION")
                    + " "
                    + r.get("SERIES")
                    + " "
                    + r.get("REF_AREA")
                    + " "
                    + r.get("TIME_PERIOD")
                    + " "
                    + r.get("OBS_VALUE"))
        .containsExactly(
            "R VC_ARM_SZTRACE 76 2020 25",
            "R VC_ARM_SZTRACE 484 2020 30",
            "D VC_ARM_SZTRACE 170 2021 ",
            "D VC_ARM_SZTRACE 404 2018 ");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(rows.get(0).get("DATA_LAST_UPDATE")).isEqualTo(today);
    assertThat(rows.get(2).get("DATA_LAST_UPDATE")).isEmpty();
    List<CSVRecord> full = records(out.resolve("exports/sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv"));
    assertThat(full).extracting(r -> r.get("ACTION")).containsOnly("R");
    assertThat(full).extracting(r -> r.get("DATA_LAST_UPDATE")).containsOnly(today);
  }

  static List<CSVRecord> records(Path f) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(Files.readString(f)))
        .getRecords();
  }
}
