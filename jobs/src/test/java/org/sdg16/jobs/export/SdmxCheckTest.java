package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.schemas.output.FindingRecord;

/**
 * Each rule of {@link SdmxCheck}: a row that breaks it, the finding it gives, and a row that
 * passes.
 */
class SdmxCheckTest {

  static final SdmxStructure DSD = SdmxStructure.shipped();
  static final List<String> HEADER = SdmxCsvWriter.HEADER;
  static final String FILE = "sdmx/IAEG-SDGs_DF_SDG_GLH_1.24.csv";

  @TempDir Path dir;

  /** A row that passes: VC_ARM_SZTRACE, Mexico, 2016. */
  static Map<String, String> valid() {
    Map<String, String> r = new LinkedHashMap<>();
    for (String h : HEADER) {
      r.put(h, "");
    }
    r.put("STRUCTURE", "dataflow");
    r.put("STRUCTURE_ID", ExportOptions.DEFAULT_DATAFLOW);
    r.put("ACTION", "I");
    for (String d : SdmxCodes.DIMENSIONS) {
      r.put(d, "_T");
    }
    r.put("FREQ", "A");
    r.put("REPORTING_TYPE", "G");
    r.put("SERIES", "VC_ARM_SZTRACE");
    r.put("REF_AREA", "484");
    r.put("TIME_PERIOD", "2016");
    r.put("OBS_VALUE", "22.91");
    r.put("UNIT_MEASURE", "PT");
    r.put("UNIT_MULT", "0");
    r.put("NATURE", "C");
    r.put("OBS_STATUS", "A");
    r.put("TIME_DETAIL", "2016");
    r.put("DATA_LAST_UPDATE", "2026-03-01");
    return r;
  }

  static Map<String, String> with(String column, String value) {
    Map<String, String> r = valid();
    if (!r.containsKey(column)) {
      throw new IllegalArgumentException(column);
    }
    r.put(column, value);
    return r;
  }

  @SafeVarargs
  static SdmxCheck.Result check(Map<String, String>... rows) {
    return check(DSD, rows);
  }

  @SafeVarargs
  static SdmxCheck.Result check(SdmxStructure dsd, Map<String, String>... rows) {
    List<List<String>> r = new ArrayList<>();
    for (Map<String, String> m : rows) {
      r.add(new ArrayList<>(m.values()));
    }
    return SdmxCheck.check(dsd, HEADER, r, FILE);
  }

  /** The one finding of a check of a single bad row. */
  static FindingRecord only(Map<String, String> row) {
    SdmxCheck.Result r = check(row);
    assertThat(r.passed()).isEmpty();
    assertThat(r.leftOut()).isEqualTo(1);
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  @Test
  void aValidRowPasses() {
    SdmxCheck.Result r = check(valid(), with("SEX", "_T"));
    assertThat(r.findings()).hasSize(1); // the second row repeats the key of the first
    SdmxCheck.Result one = check(valid());
    assertThat(one.findings()).isEmpty();
    assertThat(one.passed()).containsExactly(new ArrayList<>(valid().values()));
    assertThat(one.leftOut()).isZero();
  }

  @Test
  void aFindingSaysWhereAndCarriesTheRow() {
    Map<String, String> bad = with("REF_AREA", "999");
    SdmxCheck.Result r = check(valid(), bad);
    assertThat(r.passed()).hasSize(1);
    FindingRecord f = r.findings().get(0);
    assertThat(f.dataset()).isEqualTo("sdmx");
    assertThat(f.file()).isEqualTo(FILE);
    assertThat(f.row()).isEqualTo(2);
    assertThat(f.column()).isEqualTo("REF_AREA");
    assertThat(f.code()).isEqualTo("SDMX_INVALID");
    assertThat(f.severity()).isEqualTo("ERROR");
    assertThat(f.message()).isEqualTo("REF_AREA '999' is not in code list CL_AREA");
    assertThat(f.raw()).isEqualTo(bad);
  }

  // rule 1: the header

  @Test
  void aMissingDimensionColumnFailsTheWholeFileWithOneFinding() {
    List<String> header = new ArrayList<>(HEADER);
    header.remove("CUST_BREAKDOWN");
    List<String> row = new ArrayList<>(valid().values());
    row.remove(HEADER.indexOf("CUST_BREAKDOWN"));
    SdmxCheck.Result r = SdmxCheck.check(DSD, header, List.of(row, row), FILE);
    assertThat(r.passed()).isEmpty();
    assertThat(r.leftOut()).isEqualTo(2);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isNull();
              assertThat(f.message())
                  .startsWith("header: dimension column(s) CUST_BREAKDOWN missing")
                  .endsWith("the 2 row(s) of the file are left out");
            });
  }

  @Test
  void dimensionsOutOfDsdOrderFailTheHeader() {
    List<String> header = new ArrayList<>(HEADER);
    int sex = header.indexOf("SEX");
    header.set(sex, "AGE");
    header.set(sex + 1, "SEX");
    assertThat(SdmxCheck.header(DSD, header))
        .singleElement()
        .asString()
        .contains("the dimensions must come in DSD order")
        .contains("found FREQ,REPORTING_TYPE,SERIES,REF_AREA,AGE,SEX,");
    assertThat(SdmxCheck.header(DSD, HEADER)).isEmpty();
  }

  @Test
  void aColumnThatIsNoAttributeOfTheDsdOrAMissingMandatoryAttributeFailsTheHeader() {
    List<String> header = new ArrayList<>(HEADER);
    header.add("RELEASE_DATE");
    assertThat(SdmxCheck.header(DSD, header))
        .containsExactly("column RELEASE_DATE is not an attribute of the DSD IAEG-SDGs:SDG(1.4)");
    List<String> noStatus = new ArrayList<>(HEADER);
    noStatus.remove("OBS_STATUS");
    assertThat(SdmxCheck.header(DSD, noStatus))
        .containsExactly("mandatory attribute OBS_STATUS has no column");
  }

  // rule 2: code lists

  @Test
  void eachDimensionCodeIsInItsCodeList() {
    assertThat(only(with("SERIES", "VC_NOT_A_SERIES")).message())
        .isEqualTo("SERIES 'VC_NOT_A_SERIES' is not in code list CL_SERIES");
    assertThat(only(with("AGE", "Y0T99")).message())
        .isEqualTo("AGE 'Y0T99' is not in code list CL_AGE");
    assertThat(only(with("FREQ", "X")).message()).isEqualTo("FREQ 'X' is not in code list CL_FREQ");
    assertThat(only(with("REPORTING_TYPE", "Z")).message())
        .isEqualTo("REPORTING_TYPE 'Z' is not in code list CL_REPORTING_TYPE");
    assertThat(only(with("URBANISATION", "")).message())
        .isEqualTo("dimension URBANISATION is empty");
    assertThat(only(with("TIME_PERIOD", "")).message()).isEqualTo("dimension TIME_PERIOD is empty");
  }

  @Test
  void codedAttributesAreInTheirCodeLists() {
    assertThat(only(with("OBS_STATUS", "Z")).message())
        .isEqualTo("OBS_STATUS 'Z' is not in code list CL_OBS_STATUS");
    assertThat(only(with("NATURE", "X")).message())
        .isEqualTo("NATURE 'X' is not in code list CL_NATURE");
    FindingRecord mult = only(with("UNIT_MULT", "99"));
    assertThat(mult.message()).startsWith("UNIT_MULT '99' is not in code list CL_UNIT_MULT");
    assertThat(only(with("UNIT_MEASURE", "PERCENT")).message())
        .startsWith("UNIT_MEASURE 'PERCENT' is not in code list CL_UNIT_MEASURE");
    // an empty conditional attribute and free text pass
    assertThat(check(with("NATURE", "")).findings()).isEmpty();
    assertThat(check(with("COMMENT_OBS", "any text")).findings()).isEmpty();
  }

  // rule 3: mandatory attributes

  @Test
  void mandatoryAttributesAreNotEmpty() {
    assertThat(only(with("OBS_STATUS", "")).message())
        .isEqualTo("mandatory attribute OBS_STATUS is empty");
    assertThat(only(with("UNIT_MEASURE", "")).message())
        .isEqualTo("mandatory attribute UNIT_MEASURE is empty");
    assertThat(only(with("UNIT_MULT", "")).message())
        .isEqualTo("mandatory attribute UNIT_MULT is empty");
  }

  // rule 4: the number

  @Test
  void obsValueIsAFiniteNumberOrEmpty() {
    assertThat(only(with("OBS_VALUE", "12,5")).message())
        .isEqualTo("OBS_VALUE '12,5' is not a finite number");
    assertThat(only(with("OBS_VALUE", "NaN")).message())
        .isEqualTo("OBS_VALUE 'NaN' is not a finite number");
    assertThat(only(with("OBS_VALUE", "Infinity")).message())
        .isEqualTo("OBS_VALUE 'Infinity' is not a finite number");
    assertThat(check(with("OBS_VALUE", "")).findings())
        .as("missing value, contract §4.4")
        .isEmpty();
    assertThat(check(with("OBS_VALUE", "12")).findings()).isEmpty();
  }

  // rule 5: duplicate keys

  @Test
  void theSecondAndLaterRowsWithTheSameKeyFail() {
    Map<String, String> again = with("OBS_VALUE", "23");
    SdmxCheck.Result r = check(valid(), with("TIME_PERIOD", "2017"), again, again);
    assertThat(r.passed()).hasSize(2);
    assertThat(r.findings()).extracting(FindingRecord::row).containsExactly(3, 4);
    assertThat(r.findings().get(0).message())
        .isEqualTo(
            "duplicate key A.G.VC_ARM_SZTRACE.484._T._T._T._T._T._T._T._T._T._T._T"
                + " 2016: same dimensions and TIME_PERIOD as row 1");
  }

  // rule 6: content constraints

  @Test
  void theSeriesContentConstraintsHold() {
    assertThat(only(with("SEX", "F")).message())
        .isEqualTo(
            "SEX 'F' is not allowed for series VC_ARM_SZTRACE by the content constraints (allowed: _T)");
    assertThat(only(with("UNIT_MEASURE", "NUMBER")).message())
        .isEqualTo(
            "UNIT_MEASURE 'NUMBER' is not allowed for series VC_ARM_SZTRACE by the content constraints (allowed: PT)");
    assertThat(only(with("UNIT_MULT", "3")).message())
        .isEqualTo(
            "UNIT_MULT '3' is not allowed for series VC_ARM_SZTRACE by the content constraints (allowed: 0)");
    Map<String, String> victims = valid();
    victims.put("SERIES", "VC_HTF_DETV");
    victims.put("UNIT_MEASURE", "NUMBER");
    victims.put("SEX", "F");
    victims.put("AGE", "Y0T17");
    assertThat(check(victims).findings()).isEmpty();
    victims.put("COMPOSITE_BREAKDOWN", "SKILL_MATH"); // in CL_COMP_BREAKDOWN, not allowed here
    assertThat(only(victims).message())
        .isEqualTo(
            "COMPOSITE_BREAKDOWN 'SKILL_MATH' is not allowed for series"
                + " VC_HTF_DETV by the content constraints (allowed: MS_EUMIGRANT;MS_MIGRANT;MS_NOMIGRANT;MS_NONEUMIGRANT;_T)");
  }

  @Test
  void aSeriesWithoutARowInTheConstraintsFails() throws IOException {
    Path dsd = dir.resolve("with-new-series.xml");
    String xml = shippedDsd();
    String anchor =
        "<str:Code urn=\"urn:sdmx:org.sdmx.infomodel.codelist.Code=IAEG-SDGs:CL_SERIES(";
    int at = xml.indexOf(anchor);
    assertThat(at).isPositive();
    xml =
        xml.substring(0, at)
            + "<str:Code id=\"VC_NEW_SERIES\"><com:Name xml:lang=\"en\">new</com:Name></str:Code>"
            + xml.substring(at);
    Files.writeString(dsd, xml, StandardCharsets.UTF_8);
    SdmxStructure s = SdmxStructure.of(dsd);
    assertThat(s.codeList("SERIES").orElseThrow().codes()).contains("VC_NEW_SERIES");
    SdmxCheck.Result r = check(s, with("SERIES", "VC_NEW_SERIES"));
    assertThat(r.findings())
        .singleElement()
        .extracting(FindingRecord::message)
        .isEqualTo("SERIES 'VC_NEW_SERIES' has no row in the content constraints");
  }

  @Test
  void everyBrokenRuleOfARowIsInItsOneFinding() {
    Map<String, String> bad = with("REF_AREA", "999");
    bad.put("OBS_VALUE", "x");
    FindingRecord f = only(bad);
    assertThat(f.message())
        .isEqualTo(
            "REF_AREA '999' is not in code list CL_AREA; OBS_VALUE 'x' is not a finite number");
    assertThat(f.column()).isEqualTo("REF_AREA,OBS_VALUE");
  }

  static String shippedDsd() throws IOException {
    try (InputStream in = SdmxStructure.class.getResourceAsStream(SdmxStructure.SHIPPED_DSD)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
