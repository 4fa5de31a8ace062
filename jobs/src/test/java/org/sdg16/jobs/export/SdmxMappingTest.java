package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Every official series of the registry has an SDMX mapping that the SDMX export accepts: a value
 * under each of its SDMX series codes passes {@link SdmxCheck} against the shipped DSD and content
 * constraints (methodology §7).
 */
class SdmxMappingTest {

  @Test
  void everyOfficialSeriesGoesOutUnderCodesTheDsdAndConstraintsAccept() {
    List<Observation> values = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Series s : SeriesCatalogue.official()) {
      assertThat(s.sdmx()).as(s.code()).isNotNull();
      for (String code : s.sdmx().codes()) {
        String form = s.sdmx().exploitationOf(code).orElseThrow();
        values.add(
            ExportSamples.obs(
                s.code(),
                484,
                2020,
                "_T",
                "_T",
                form,
                "_T",
                s.unitMeasure(),
                12.0,
                "A",
                s.nature(),
                "N",
                null,
                "test"));
        assertThat(SdmxCodes.series(values.get(values.size() - 1))).isEqualTo(code);
        expected.add(code);
      }
    }
    assertThat(expected).contains("VC_ARM_SZTRACE", "VC_HTF_DETV", "VC_HTF_DETVSX");

    SdmxCheck.Result r = SdmxCsvWriter.check(values, ExportOptions.defaults(), "mapping.csv");

    assertThat(r.findings()).isEmpty();
    int series = SdmxCsvWriter.HEADER.indexOf("SERIES");
    assertThat(r.passed().stream().map(row -> row.get(series)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theCheckWouldRejectAnSdmxCodeOutsideTheDsd() {
    // the control for the test above: the same check fails a series code the DSD does not have
    Observation o =
        ExportSamples.obs(
            "VC_HTF_DETV",
            484,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "NUMBER",
            12.0,
            "A",
            "C",
            "N",
            null,
            "test");
    List<List<String>> rows = SdmxCsvWriter.rows(List.of(o), ExportOptions.defaults());
    int series = SdmxCsvWriter.HEADER.indexOf("SERIES");
    rows.get(0).set(series, "VC_HTF_DETVXX");
    SdmxCheck.Result r =
        SdmxCheck.check(SdmxStructure.shipped(), SdmxCsvWriter.HEADER, rows, "mapping.csv");
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).message()).contains("VC_HTF_DETVXX");
  }

  @Test
  void onlyTheFormsItsMappingNamesGoOutAsSdmxSeries() {
    Observation project =
        ExportSamples.obs(
            "TIP_DETV_R",
            484,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "PER_100000_POP",
            1.0,
            "A",
            "C",
            "N",
            null,
            "test");
    assertThatThrownBy(() -> SdmxCodes.series(project))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project series");
    Observation tracedByForm =
        ExportSamples.obs(
            "VC_ARM_SZTRACE",
            484,
            2020,
            "_T",
            "_T",
            "SEXUAL",
            "_T",
            "PT",
            1.0,
            "A",
            "C",
            "N",
            null,
            "test");
    assertThatThrownBy(() -> SdmxCodes.series(tracedByForm))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no forms of exploitation");
  }
}
