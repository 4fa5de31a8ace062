package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.published.PublishedReader;
import org.sdg16.jobs.published.PublishedRow;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/** Our SDMX-CSV export read back through the published-series import gives what we wrote. */
class SdmxRoundTripTest {

  @TempDir Path dir;

  /** What both sides must agree on. */
  record Key(
      String series,
      int area,
      int year,
      String sex,
      String age,
      Double value,
      String unit,
      String obsStatus,
      String nature) {}

  @Test
  void exportReadsBackToTheSameValuesCodesAndAttributes() {
    List<Observation> all = ExportSamples.observations();
    Path f = SdmxCsvWriter.write(dir, all, ExportOptions.defaults()).file();

    PublishedFile back = PublishedReader.read(f);

    assertThat(back.format()).isEqualTo(PublishedFile.Format.SDMX_CSV_2);
    assertThat(back.dataflow()).isEqualTo(ExportOptions.DEFAULT_DATAFLOW);
    assertThat(back.findings()).isEmpty();
    List<Key> expected = new ArrayList<>();
    for (Observation o : all) {
      if (SeriesCatalogue.byCode(o.series()).orElseThrow().official()) {
        expected.add(
            new Key(
                SdmxCodes.series(o),
                o.refArea(),
                o.timePeriod(),
                o.sex(),
                o.age(),
                o.value(),
                o.unitMeasure(),
                o.obsStatus(),
                o.nature()));
      }
    }
    List<Key> actual =
        back.rows().stream()
            .map(
                r ->
                    new Key(
                        r.series(),
                        r.refArea(),
                        r.timePeriod(),
                        r.sex(),
                        r.age(),
                        r.value(),
                        r.unitMeasure(),
                        r.obsStatus(),
                        r.nature()))
            .toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(back.rowsRead()).isEqualTo(expected.size()).isEqualTo(back.rowsAccepted());
    PublishedRow missing =
        back.rows().stream()
            .filter(r -> r.refArea() == 484 && r.timePeriod() == 2017)
            .findFirst()
            .orElseThrow();
    assertThat(missing.value()).isNull();
    assertThat(back.rows())
        .allMatch(
            r ->
                Objects.requireNonNull(r.source())
                    .startsWith("IAEG-SDGs_DF_SDG_GLH_1.24.csv | IAEG-SDGs:DF_SDG_GLH(1.24)"));
  }

  @Test
  void theFormsOfExploitationMapBothWays() {
    Map<String, String> byForm =
        SeriesCatalogue.byCode(SeriesCatalogue.VC_HTF_DETV).orElseThrow().sdmx().byExploitation();
    assertThat(byForm).hasSize(4); // methodology §7: SEXUAL, FORCED_LABOUR, ORGAN_REMOVAL, OTHER
    for (Map.Entry<String, String> e : byForm.entrySet()) {
      assertThat(SdmxCodes.exploitationOf(e.getValue())).contains(e.getKey());
    }
    assertThat(SdmxCodes.exploitationOf("VC_HTF_DETV")).contains("_T");
    assertThat(SdmxCodes.exploitationOf("VC_ARM_SZTRACE")).isEmpty();
  }
}
