package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdmxStructureTest {

  @Test
  void theShippedDsdIsSdg14WithTheDimensionsInSdmxCodesOrder() {
    SdmxStructure s = SdmxStructure.shipped();
    assertThat(s.id()).isEqualTo("IAEG-SDGs:SDG(1.4)");
    assertThat(s.dimensions()).hasSize(15).isEqualTo(SdmxCodes.DIMENSIONS);
    assertThat(s.timeDimension()).isEqualTo("TIME_PERIOD");
    assertThat(s.primaryMeasure()).isEqualTo("OBS_VALUE");
  }

  @Test
  void codeListsComeFromTheDsd() {
    SdmxStructure s = SdmxStructure.shipped();
    SdmxStructure.CodeList area = s.codeList("REF_AREA").orElseThrow();
    assertThat(area.id()).isEqualTo("CL_AREA");
    assertThat(area.codes()).contains("1", "5", "484").doesNotContain("999", "MEX");
    assertThat(s.codeList("SERIES").orElseThrow().codes())
        .contains(
            "VC_ARM_SZTRACE",
            "VC_HTF_DETV",
            "VC_HTF_DETVSX",
            "VC_HTF_DETVFL",
            "VC_HTF_DETVOG",
            "VC_HTF_DETVOP");
    assertThat(s.codeList("AGE").orElseThrow().codes()).contains("_T", "Y0T17", "Y_GE18");
    assertThat(s.codeList("OBS_STATUS").orElseThrow().id()).isEqualTo("CL_OBS_STATUS");
    assertThat(s.codeList("UNIT_MEASURE").orElseThrow().codes()).contains("PT", "NUMBER");
    assertThat(s.codeList("UNIT_MULT").orElseThrow().codes()).contains("0");
    assertThat(s.codeList("COMMENT_OBS")).isEmpty(); // free text
  }

  @Test
  void attributesAndWhichAreMandatory() {
    SdmxStructure s = SdmxStructure.shipped();
    assertThat(s.attributes())
        .contains(
            "UNIT_MEASURE",
            "UNIT_MULT",
            "NATURE",
            "OBS_STATUS",
            "COMMENT_OBS",
            "SOURCE_DETAIL",
            "TIME_DETAIL",
            "DATA_LAST_UPDATE");
    assertThat(s.mandatoryAttributes())
        .containsExactlyInAnyOrder("OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE");
  }

  @Test
  void contentConstraintsOfOurSeries() {
    SdmxStructure s = SdmxStructure.shipped();
    var trace = s.constraints("VC_ARM_SZTRACE").orElseThrow();
    assertThat(trace.get("UNIT_MEASURE").allows("PT")).isTrue();
    assertThat(trace.get("UNIT_MEASURE").allows("NUMBER")).isFalse();
    assertThat(trace.get("SEX").allows("_T")).isTrue();
    assertThat(trace.get("SEX").allows("F")).isFalse();
    var victims = s.constraints("VC_HTF_DETV").orElseThrow();
    assertThat(victims.get("SEX").any()).isTrue();
    assertThat(victims.get("COMPOSITE_BREAKDOWN").codes()).contains("_T", "MS_MIGRANT");
    assertThat(s.constraints("NOT_A_SERIES")).isEmpty();
  }

  @Test
  void readOncePerJvm() {
    assertThat(SdmxStructure.shipped()).isSameAs(SdmxStructure.shipped());
  }
}
