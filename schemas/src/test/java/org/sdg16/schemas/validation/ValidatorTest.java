package org.sdg16.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;

class ValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private final Validator validator = new Validator(M49.standard(), TODAY);

  private static final String FA =
      "ref_area,year,measure,arm_type,justification,value,submitted_on";
  private static final String CCP =
      "seizure_id,ref_area,port,seizure_date,transport,commodity,quantity,unit,origin,destination,submitted_on";
  private static final String TIP = "ref_area,year,measure,sex,age,exploitation,value,submitted_on";

  private Validator.Result run(DatasetSchema schema, String header, String... lines) {
    Submission s = new Submission(schema.name(), "test.csv", null, Rows.header(header));
    Validator.Result r = validator.validate(schema, s, Rows.rows(header, lines));
    assertThat(r.reconciles()).as("rows read = accepted + quarantined").isTrue();
    return r;
  }

  private static List<FindingCode> codes(Validator.Result r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  @Test
  void goodFirearmsReturnIsAcceptedWithTypedValuesAndTotalsForEmptyDimensions() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,,,1200,2021-03-31",
            "484,2020,TRACED,_T,_T,300,2021-03-31",
            "mex,2020,found,pistol,,40.5,2021-03-31",
            "MEX,2021,SURRENDERED,,,,2022-03-31");
    assertThat(r.findings()).isEmpty();
    assertThat(r.accepted()).hasSize(4);
    var first = r.accepted().get(0).row();
    assertThat(first.get("ref_area")).isEqualTo(484);
    assertThat(first.get("year")).isEqualTo(2020);
    assertThat(first.get("arm_type")).isEqualTo("_T");
    assertThat(first.get("value")).isEqualTo(1200.0);
    assertThat(first.get("submitted_on")).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(r.accepted().get(2).row().get("arm_type")).isEqualTo("PISTOL");
    // a blank value is "not reported": kept as missing, never 0
    assertThat(r.accepted().get(3).row().get("value")).isNull();
  }

  @Test
  void everyBrokenRuleOfARowIsReportedNotOnlyTheFirst() {
    Validator.Result r = run(Datasets.FIREARMS, FA, "XYZ,1985,SIEZED,BAZOOKA,,-3,31/03/2021");
    assertThat(codes(r))
        .containsExactlyInAnyOrder(
            FindingCode.UNKNOWN_AREA,
            FindingCode.YEAR_OUT_OF_RANGE,
            FindingCode.UNKNOWN_CODE,
            FindingCode.UNKNOWN_CODE,
            FindingCode.NEGATIVE_VALUE,
            FindingCode.BAD_DATE);
    assertThat(r.quarantined()).hasSize(1);
    assertThat(r.quarantined().get(0).raw().cells()).containsEntry("ref_area", "XYZ");
    assertThat(r.findings().get(0).text())
        .isEqualTo("UNKNOWN_AREA: ref_area 'XYZ' is not an M49 or ISO3 country code");
    assertThat(r.findings())
        .allSatisfy(
            f -> {
              assertThat(f.row()).isEqualTo(1);
              assertThat(f.file()).isEqualTo("test.csv");
              assertThat(f.dataset()).isEqualTo("firearms");
            });
  }

  @Test
  void numberAndDateRules() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,,,12,5,2021-03-31", // 8 cells: ROW_WIDTH
            "MEX,2020,FOUND,,,n/a,2021-03-31",
            "MEX,2020.5,FOUND,,,1,2021-03-31",
            "MEX,2027,TRACED,,,1,2021-03-31",
            "MEX,2020,PARTS,,,1,",
            "MEX,2020,AMMUNITION,,,1,2027-01-01");
    assertThat(r.quarantined()).hasSize(6);
    assertThat(codes(r))
        .contains(
            FindingCode.ROW_WIDTH,
            FindingCode.BAD_NUMBER,
            FindingCode.BAD_INTEGER,
            FindingCode.YEAR_OUT_OF_RANGE,
            FindingCode.MISSING_VALUE,
            FindingCode.FUTURE_DATE);
  }

  @Test
  void headerWithUnknownMissingOrDuplicateColumnsRejectsTheWholeFile() {
    Submission unknown =
        new Submission(
            "firearms",
            "f.csv",
            null,
            Rows.header("ref_area,year,measure,value,submitted_on,valeu"));
    assertThat(validator.checkHeader(Datasets.FIREARMS, unknown))
        .get()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.UNKNOWN_COLUMN);
              assertThat(f.message()).contains("'valeu'");
              assertThat(f.row()).isNull();
            });
    Submission missing =
        new Submission("firearms", "f.csv", null, Rows.header("ref_area,year,value,submitted_on"));
    assertThat(validator.checkHeader(Datasets.FIREARMS, missing))
        .get()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.MISSING_COLUMN);
    Submission dup =
        new Submission(
            "firearms",
            "f.csv",
            null,
            Rows.header("ref_area,year,measure,value,Value,submitted_on"));
    assertThat(validator.checkHeader(Datasets.FIREARMS, dup))
        .get()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.DUPLICATE_COLUMN);
    // dimension, status and comment columns may be left out; names are case-insensitive
    Submission minimal =
        new Submission(
            "firearms", "f.csv", null, Rows.header("REF_AREA,Year,measure,value,submitted_on"));
    assertThat(validator.checkHeader(Datasets.FIREARMS, minimal)).isEmpty();
    Validator.Result r =
        validator.validate(
            Datasets.FIREARMS,
            unknown,
            Rows.rows(
                "ref_area,year,measure,value,submitted_on,valeu",
                "MEX,2020,SEIZED,1,2021-01-01,x"));
    assertThat(r.rejected()).isTrue();
    assertThat(r.findings()).hasSize(1);
  }

  @Test
  void duplicateKeysInOneSubmissionQuarantineEveryCopy() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,,,100,2021-03-31",
            "484,2020,SEIZED,_T,_T,120,2021-03-31",
            "MEX,2020,FOUND,,,5,2021-03-31");
    assertThat(r.quarantined()).hasSize(2);
    assertThat(codes(r)).containsExactly(FindingCode.DUPLICATE_KEY, FindingCode.DUPLICATE_KEY);
    assertThat(r.findings().get(0).message()).contains("rows [1, 2]");
  }

  @Test
  void duplicatedRowsTakeNoPartInTheOtherCrossRowChecks() {
    // the duplicated PISTOL row would push the parts (60 + 60 + 30) above the total 120
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,_T,,120,2021-03-31",
            "MEX,2020,SEIZED,PISTOL,,60,2021-03-31",
            "MEX,2020,SEIZED,PISTOL,,60,2021-03-31",
            "MEX,2020,SEIZED,RIFLE,,30,2021-03-31");
    assertThat(codes(r)).containsExactly(FindingCode.DUPLICATE_KEY, FindingCode.DUPLICATE_KEY);
    assertThat(r.accepted()).hasSize(2);
  }

  @Test
  void tracedAboveTheDenominatorIsAnErrorOnTheTracedRowOnly() {
    // denominator = SEIZED + FOUND + SURRENDERED = 100 + 20 + 10 = 130 < TRACED 131
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,,,100,2021-03-31",
            "MEX,2020,FOUND,,,20,2021-03-31",
            "MEX,2020,SURRENDERED,,,10,2021-03-31",
            "MEX,2020,TRACED,,,131,2021-03-31",
            "MEX,2021,SEIZED,,,100,2022-03-31",
            "MEX,2021,TRACED,,,100,2022-03-31");
    assertThat(codes(r)).containsExactly(FindingCode.TRACED_ABOVE_DENOMINATOR);
    assertThat(r.quarantined())
        .singleElement()
        .satisfies(q -> assertThat(q.raw().row()).isEqualTo(4));
    assertThat(r.findings().get(0).message()).contains("131").contains("130");
  }

  @Test
  void theCombinedMeasureWinsOverThePartsAsDenominator() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED_FOUND_SURRENDERED,,,50,2021-03-31",
            "MEX,2020,TRACED,,,60,2021-03-31");
    assertThat(codes(r)).containsExactly(FindingCode.TRACED_ABOVE_DENOMINATOR);
  }

  @Test
  void successfulTraceRequestsAboveRequestsSent() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,TRACE_REQ_SENT,,,10,2021-03-31",
            "MEX,2020,TRACE_REQ_SUCCESS,,,11,2021-03-31");
    assertThat(codes(r)).containsExactly(FindingCode.SUCCESS_ABOVE_REQUESTS);
    assertThat(r.quarantined())
        .singleElement()
        .satisfies(q -> assertThat(q.raw().row()).isEqualTo(2));
  }

  @Test
  void partsAboveTheirTotalAreAWarningAndTheRowsAreKeptAndFlagged() {
    // pistols 70 + rifles 40 = 110 > total 100; blank parts are skipped, not zero
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,_T,,100,2021-03-31",
            "MEX,2020,SEIZED,PISTOL,,70,2021-03-31",
            "MEX,2020,SEIZED,RIFLE,,40,2021-03-31",
            "MEX,2020,SEIZED,SHOTGUN,,,2021-03-31");
    assertThat(r.quarantined()).isEmpty();
    assertThat(r.accepted()).hasSize(4);
    assertThat(codes(r)).containsOnly(FindingCode.PARTS_ABOVE_TOTAL).hasSize(3);
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(r.accepted().get(0).flags()).containsExactly("PARTS_ABOVE_TOTAL");
    assertThat(r.accepted().get(3).flags()).isEmpty();
    assertThat(r.findings().get(0).message())
        .isEqualTo("values by arm_type add up to 110, above the total 100");
  }

  @Test
  void partsEqualToTheTotalPass() {
    Validator.Result r =
        run(
            Datasets.FIREARMS,
            FA,
            "MEX,2020,SEIZED,_T,,100,2021-03-31",
            "MEX,2020,SEIZED,_T,ILLICIT_POSSESSION,67,2021-03-31",
            "MEX,2020,SEIZED,_T,ILLICIT_TRAFFICKING,9,2021-03-31",
            "MEX,2020,SEIZED,_T,OTHER,24,2021-03-31");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void portSeizuresConvertTonnesAndGramsAndRejectUnitsThatDoNotFit() {
    Validator.Result r =
        run(
            Datasets.CCP,
            CCP,
            "S1,ECU,ECGYE,2017-05-02,SEA,COCAINE,1.5,T,COL,BEL,2018-01-15",
            "S2,ECU,ECGYE,2017-05-03,SEA,cocaine,250000,g,,,2018-01-15",
            "S3,ECU,ECGYE,2017-05-04,SEA,COCAINE,10,PIECES,,,2018-01-15",
            "S4,ECU,ECGYE,2017-05-04,SEA,CIGARETTES,0,PIECES,,,2018-01-15",
            "S5,ECU,ECGYE,2017-05-04,TRAIN,CIGARETTES,5,LB,XXX,,2018-01-15");
    assertThat(r.accepted()).hasSize(2);
    assertThat(r.accepted().get(0).row().get("quantity")).isEqualTo(1500.0);
    assertThat(r.accepted().get(0).row().get("unit")).isEqualTo("KG");
    assertThat(r.accepted().get(0).row().get("origin")).isEqualTo(170);
    assertThat(r.accepted().get(1).row().get("quantity")).isEqualTo(250.0);
    assertThat(r.accepted().get(1).row().get("origin")).isNull();
    assertThat(r.quarantined()).hasSize(3);
    assertThat(r.quarantined().get(0).findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.UNIT_MISMATCH);
    assertThat(r.quarantined().get(1).findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.NOT_POSITIVE);
    assertThat(r.quarantined().get(2).findings())
        .extracting(Finding::code)
        .containsExactly(
            FindingCode.UNKNOWN_CODE, FindingCode.UNKNOWN_CODE, FindingCode.UNKNOWN_AREA);
  }

  @Test
  void exploitationAppliesToVictimsOnlyAndSexPartsMustNotExceedTheTotal() {
    Validator.Result r =
        run(
            Datasets.TIP,
            TIP,
            "NGA,2020,DETECTED_VICTIMS,,,,100,2021-06-30",
            "NGA,2020,DETECTED_VICTIMS,F,,,70,2021-06-30",
            "NGA,2020,DETECTED_VICTIMS,M,,,40,2021-06-30",
            "NGA,2020,SUSPECTS,,,SEXUAL,12,2021-06-30");
    assertThat(r.quarantined())
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.findings())
                    .extracting(Finding::code)
                    .containsExactly(FindingCode.NOT_APPLICABLE));
    assertThat(codes(r)).filteredOn(c -> c == FindingCode.PARTS_ABOVE_TOTAL).hasSize(3);
    assertThat(r.accepted()).hasSize(3);
  }

  @Test
  void marketsAndCasesRules() {
    Validator.Result m =
        run(
            Datasets.MARKETS,
            "ref_area,year,commodity,flow,quantity_kg,price_usd_per_kg,price_source",
            "COL,2020,COCAINE,OUTWARD,1000,2500,World Drug Report",
            "COL,2020,COCAINE,INWARD,10,0,World Drug Report",
            "COL,2020,HEROIN,OUTWARD,10,100,");
    assertThat(m.accepted()).hasSize(1);
    assertThat(codes(m)).containsExactly(FindingCode.NOT_POSITIVE, FindingCode.MISSING_VALUE);

    Validator.Result c =
        run(
            Datasets.FIREARMS_CASES,
            "case_id,ref_area,seizure_date,arm_type,quantity,transport,traced,country_of_manufacture,submitted_on",
            "C1,MEX,2020-02-01,RIFLE,12,LAND,Y,USA,2021-01-01",
            "C2,MEX,2020-02-01,RIFLE,2.5,LAND,maybe,,2021-01-01");
    assertThat(c.accepted()).hasSize(1);
    assertThat(c.accepted().get(0).row().get("country_of_manufacture")).isEqualTo(840);
    assertThat(codes(c)).containsExactly(FindingCode.BAD_INTEGER, FindingCode.UNKNOWN_CODE);
  }

  @Test
  void mappedRowsMeetTheSameRowRulesAndDuplicateKeysAsAnyOther() {
    // a file in its own layout (published/, contract §1.6): the mapping gives the dataset's cells,
    // the area typed, and its own problems; the field rules and duplicate keys are the Validator's
    String header = "code,yr,v,flag";
    Submission s = new Submission("published", "p.csv", null, Rows.header(header));
    Validator.Result r =
        validator.validateMapped(
            Datasets.PUBLISHED,
            s,
            Rows.rows(header, "a,2020,1,", "a,2020,2,", "b,20x0,-1,", "c,2021,3,Q", "d"),
            raw -> {
              java.util.Map<String, String> cells = new java.util.HashMap<>();
              cells.put("series", raw.cells().get("code"));
              cells.put("time_period", raw.cells().get("yr"));
              cells.put("value", raw.cells().get("v"));
              java.util.Map<String, Object> typed = new java.util.HashMap<>();
              typed.put("ref_area", 1); // a region: no field rule reads a typed value again
              List<Problem> problems =
                  "Q".equals(raw.cells().get("flag"))
                      ? List.of(Problem.of(FindingCode.NOT_APPLICABLE, "flag", "quarterly"))
                      : List.of();
              return new MappedRow(cells, typed, problems);
            });
    assertThat(r.reconciles()).isTrue();
    assertThat(r.findings())
        .extracting(Finding::row, Finding::code, Finding::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, FindingCode.DUPLICATE_KEY, "series,ref_area,time_period,sex,age"),
            org.assertj.core.groups.Tuple.tuple(
                2, FindingCode.DUPLICATE_KEY, "series,ref_area,time_period,sex,age"),
            org.assertj.core.groups.Tuple.tuple(3, FindingCode.BAD_INTEGER, "time_period"),
            org.assertj.core.groups.Tuple.tuple(3, FindingCode.NEGATIVE_VALUE, "value"),
            org.assertj.core.groups.Tuple.tuple(4, FindingCode.NOT_APPLICABLE, "flag"),
            org.assertj.core.groups.Tuple.tuple(5, FindingCode.ROW_WIDTH, null),
            org.assertj.core.groups.Tuple.tuple(5, FindingCode.MISSING_VALUE, "time_period"));
    assertThat(r.findings().get(0).message())
        .isEqualTo(
            "key (series=a, ref_area=1, time_period=2020, sex=_T, age=_T) appears in rows [1, 2]");
    assertThat(r.accepted()).isEmpty();
    // a quarantined row keeps its cells as the file gives them, not the mapped ones
    assertThat(r.quarantined().get(0).raw().cells()).containsEntry("code", "a");
  }
}
