package org.sdg16.jobs.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;

/** The diff of two snapshots' observations as plain records (contract §4.5), without Spark. */
class SnapshotDiffTest {

  static final String SRC = "UNODC, Illicit Arms Flows Questionnaire (IAFQ), national response";

  static Observation traced(int area, int year, Double value, String status) {
    return new Observation(
        "VC_ARM_SZTRACE",
        area,
        year,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        value,
        value == null ? null : value * 10,
        1000.0,
        status,
        "C",
        "N",
        1,
        null,
        null,
        SRC);
  }

  static RowSet rows(String file, int area, int year, Integer... rows) {
    return new RowSet("firearms", area, year, file, null, List.of(rows), rows.length);
  }

  // Mexico 2020 revised 25 -> 30 by a corrected row 2; Brazil 2020 added; Kenya 2018 withdrawn
  // with its file; Colombia 2021 withdrawn, its TRACED row now quarantined; Chile 2019 unchanged
  static final List<Observation> BEFORE =
      List.of(
          traced(484, 2020, 25.0, "A"),
          traced(404, 2018, 20.0, "A"),
          traced(170, 2021, 25.0, "A"),
          traced(152, 2019, 10.0, "A"));
  static final List<Observation> AFTER =
      List.of(
          traced(484, 2020, 30.0, "A"), traced(76, 2020, 25.0, "A"), traced(152, 2019, 10.0, "A"));

  static final Evidence EVIDENCE =
      new Evidence(
          List.of(
              rows("firearms/mex.csv", 484, 2020, 2),
              rows("firearms/ken.csv", 404, 2018, 1, 2),
              rows("firearms/col.csv", 170, 2021, 2)),
          List.of(rows("firearms/mex.csv", 484, 2020, 2), rows("firearms/bra.csv", 76, 2020, 1, 2)),
          Map.of(
              new Evidence.Place("firearms/col.csv", null, 2),
              List.of("TRACED_ABOVE_DENOMINATOR: TRACED 500 is above 400")),
          Map.of(
              new Evidence.Place("firearms/bra.csv", null, 1),
              List.of("WARNING PARTS_ABOVE_TOTAL: parts above total")),
          Set.of("firearms/mex.csv", "firearms/bra.csv", "firearms/col.csv", "firearms/chl.csv"));

  static SnapshotDiff diff() {
    return SnapshotDiff.of("sdg-2026-02", "000003", BEFORE, AFTER, EVIDENCE);
  }

  static SnapshotDiff.Change at(SnapshotDiff d, int area) {
    return d.changes().stream()
        .filter(c -> c.observation().refArea() == area)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyAddedRevisedAndWithdrawnValueOnceAndNothingElse() {
    SnapshotDiff d = diff();
    assertThat(d.changes())
        .extracting(c -> c.kind() + " " + c.observation().refArea())
        .as("by area (Indicators.ORDER); Chile 2019 did not change")
        .containsExactly("ADDED 76", "WITHDRAWN 170", "WITHDRAWN 404", "REVISED 484");
    assertThat(d.count(SnapshotDiff.Kind.ADDED)).isEqualTo(1);
    assertThat(d.count(SnapshotDiff.Kind.REVISED)).isEqualTo(1);
    assertThat(d.count(SnapshotDiff.Kind.WITHDRAWN)).isEqualTo(2);
  }

  @Test
  void aRevisionGivesOldNewAbsoluteAndRelativeChangeAndTheRowBehindIt() {
    SnapshotDiff.Change mex = at(diff(), 484);
    assertThat(mex.valueBefore()).isEqualTo(25.0);
    assertThat(mex.valueAfter()).isEqualTo(30.0);
    // by hand: 30 - 25 = 5; 5 / 25 = 20 %
    assertThat(mex.absoluteChange()).isCloseTo(5.0, within(1e-12));
    assertThat(mex.relativeChangePct()).isCloseTo(20.0, within(1e-12));
    assertThat(mex.changed()).containsExactly("value");
    assertThat(mex.rowsNow()).extracting(RowSet::text).containsExactly("firearms/mex.csv row 2");
    assertThat(mex.rowsBefore()).extracting(RowSet::text).containsExactly("firearms/mex.csv row 2");
    assertThat(mex.quarantine()).isEmpty();
  }

  @Test
  void anAddedValueNamesItsNewRowsAndTheirFindings() {
    SnapshotDiff.Change bra = at(diff(), 76);
    assertThat(bra.valueBefore()).isNull();
    assertThat(bra.absoluteChange()).as("no old value: no change to give").isNull();
    assertThat(bra.rowsNow()).extracting(RowSet::text).containsExactly("firearms/bra.csv rows 1-2");
    assertThat(bra.findings())
        .containsExactly("firearms/bra.csv row 1: WARNING PARTS_ABOVE_TOTAL: parts above total");
  }

  @Test
  void aWithdrawnValueNamesItsOldRowsAndWhatBecameOfThem() {
    SnapshotDiff d = diff();
    SnapshotDiff.Change ken = at(d, 404);
    assertThat(ken.valueAfter()).isNull();
    assertThat(ken.rowsBefore())
        .extracting(RowSet::text)
        .containsExactly("firearms/ken.csv rows 1-2");
    assertThat(ken.quarantine()).containsExactly("firearms/ken.csv is no longer in the inbox");
    SnapshotDiff.Change col = at(d, 170);
    assertThat(col.quarantine())
        .containsExactly(
            "firearms/col.csv row 2 is now in the quarantine: TRACED_ABOVE_DENOMINATOR: TRACED 500 is above 400");
  }

  @Test
  void anAttributeOnlyChangeIsARevisionThatSaysWhatChanged() {
    SnapshotDiff d =
        SnapshotDiff.of(
            "a",
            "b",
            List.of(traced(484, 2020, 25.0, "A")),
            List.of(traced(484, 2020, 25.0, "P")),
            Evidence.none());
    assertThat(d.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(SnapshotDiff.Kind.REVISED);
              assertThat(c.changed()).containsExactly("obs_status");
              assertThat(c.absoluteChange()).isEqualTo(0.0);
            });
    assertThat(SnapshotDiff.of("a", "b", BEFORE, BEFORE, Evidence.none()).changes()).isEmpty();
  }

  @Test
  void anAggregateNamesTheChangedRowsOfItsCountries() {
    Observation latam =
        new Observation(
            "VC_ARM_SZTRACE",
            419,
            2020,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "PT",
            27.5,
            550.0,
            2000.0,
            "A",
            "G",
            "G",
            3,
            0.8,
            null,
            "UNODC calculation from 3 national responses");
    Observation revised =
        new Observation(
            "VC_ARM_SZTRACE",
            419,
            2020,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "PT",
            30.0,
            600.0,
            2000.0,
            "A",
            "G",
            "G",
            3,
            0.8,
            null,
            "UNODC calculation from 3 national responses");
    SnapshotDiff.Change c =
        SnapshotDiff.of("a", "b", List.of(latam), List.of(revised), EVIDENCE).changes().get(0);
    assertThat(c.rowsNow())
        .as("Latin America and the Caribbean (419) holds Mexico and Brazil, not Kenya")
        .extracting(RowSet::text)
        .containsExactly("firearms/bra.csv rows 1-2", "firearms/mex.csv row 2");
  }

  @Test
  void summaryCountsPerSeriesAndArea() {
    assertThat(diff().summary())
        .containsExactly(
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 76, 1, 0, 0),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 170, 0, 0, 1),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 404, 0, 0, 1),
            new SnapshotDiff.Summary("VC_ARM_SZTRACE", 484, 0, 1, 0));
  }

  @Test
  void rowRangesAndLargeSets() {
    assertThat(RowSet.ranges(List.of(2, 3, 4, 5, 9, 11, 12))).isEqualTo("2-5, 9, 11-12");
    assertThat(new RowSet("ccp", 484, 2020, "ccp/a.xlsx", "ccp", List.of(1, 2), 1202).text())
        .isEqualTo("ccp/a.xlsx#ccp rows 1-2 and 1,200 more");
  }

  @Test
  void csvAndTextTable() throws Exception {
    SnapshotDiff d = diff();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffWriter.writeChanges(out, d);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", DiffWriter.CHANGE_COLUMNS));
    assertThat(lines)
        .contains(
            "revised,VC_ARM_SZTRACE,484,Mexico,2020,_T,_T,_T,_T,_T,_T,_T,PT,N,25,30,5,20,value,"
                + "firearms/mex.csv row 2,firearms/mex.csv row 2,,");
    assertThat(DiffWriter.changesFile(java.nio.file.Path.of("x"), d).toString())
        .isEqualTo("x/diff-sdg-2026-02-000003.csv");
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    DiffWriter.writeSummary(s, d);
    assertThat(s.toString(StandardCharsets.UTF_8).lines())
        .contains(
            "series,ref_area,area_name,added,revised,withdrawn", "VC_ARM_SZTRACE,404,Kenya,0,0,1");
    StringWriter text = new StringWriter();
    DiffWriter.print(new PrintWriter(text), d, "release sdg-2026-02", "snapshot 000003");
    assertThat(text.toString())
        .contains("sdg16 diff: release sdg-2026-02 -> snapshot 000003")
        .contains("1 added, 1 revised, 2 withdrawn")
        .contains("+20.0");
    Observation o = traced(484, 2020, 12.517633837840423, "A");
    assertThat(DiffWriter.number(o, o.value()))
        .as("the table shows a percentage with its 2 published decimals")
        .isEqualTo("12.52");
  }
}
