package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.GeneratedRuns;
import org.sdg16.jobs.SampleRuns;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.run.SnapshotTables;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The Open SDG files of real runs read back as Open SDG reads them ({@link OpenSdgCheck}): the
 * sample batch of {@code data-samples/} and a generated inbox ({@link SyntheticData}), in the
 * custodian layout and in the national layout of every reporting country (issue 17).
 */
class OpenSdgBuildTest extends SparkTestBase {

  @TempDir Path dir;

  @Test
  void theSampleRunsFilesBuildInBothLayouts() throws IOException {
    Path out = SampleRuns.output();
    List<Path> files = OpenSdgCheck.checkAll(out.resolve("exports/opensdg"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("indicator_16-2-2.csv", "indicator_16-4-2.csv");
    assertThat(out.resolve("exports/opensdg/meta/16-4-2.md")).exists();
    assertThat(out.resolve("exports/opensdg/meta/16-2-2.md")).exists();
    // the sample has no World value of VC_ARM_SZTRACE (observations.csv of the sample run: its
    // aggregates are regions, e.g. South America, 5), so 16.4.2 has no headline there, and no
    // country is promoted to one; South America is an area like the countries
    OpenSdgCheck.Read trace =
        OpenSdgCheck.read(out.resolve("exports/opensdg/indicator_16-4-2.csv"));
    assertThat(trace.headline()).allSatisfy(r -> assertThat(r.get("GeoCode")).isEqualTo("1"));
    assertThat(trace.rows())
        .anySatisfy(r -> assertThat(r.get("Reference area")).isEqualTo("South America"));
    // Colombia 2023 is provisional in the sample return
    // (data-samples/inbox/firearms/col_2016-2023.csv)
    assertThat(trace.rows())
        .anySatisfy(
            r -> {
              assertThat(r.get("Reference area")).isEqualTo("Colombia");
              assertThat(r.get("Year")).isEqualTo("2023");
              assertThat(r.get("OBS_STATUS")).isEqualTo("P");
            });
    everyReportingCountryBuilds(out.resolve("warehouse/current"));
  }

  @Test
  void aGeneratedInboxBuildsInBothLayouts() throws IOException {
    Path out = GeneratedRuns.output();
    assertThat(OpenSdgCheck.checkAll(out.resolve("exports/opensdg"))).isNotEmpty();
    everyReportingCountryBuilds(out.resolve("warehouse/current"));
  }

  /**
   * The national layout of every country with an official value builds, its headline being that
   * country's totals; at least one of them has sex and age breakdowns of VC_HTF_DETV.
   */
  private void everyReportingCountryBuilds(Path current) throws IOException {
    List<Observation> obs = SnapshotTables.read(session(), current).observations();
    Set<Integer> countries = new TreeSet<>();
    for (Observation o : obs) {
      if ("N".equals(o.reportingType())
          && o.value() != null
          && SeriesCatalogue.byCode(o.series()).orElseThrow().official()) {
        countries.add(o.refArea());
      }
    }
    assertThat(countries).isNotEmpty();
    boolean sexAndAge = false;
    for (int c : countries) {
      Path exports = dir.resolve("national-" + c);
      OpenSdgWriter.write(exports, obs, ExportOptions.defaults().withOpenSdgArea(c));
      Path folder = OpenSdgWriter.folder(exports, c);
      List<Path> files = OpenSdgCheck.checkAll(folder);
      assertThat(files).as(M49.standard().nameOf(c)).isNotEmpty();
      for (Path f : files) {
        OpenSdgCheck.Read r = OpenSdgCheck.read(f);
        assertThat(r.header()).doesNotContain(OpenSdgWriter.AREA);
        assertThat(r.rows())
            .allSatisfy(x -> assertThat(x.get("GeoCode")).isEqualTo(Integer.toString(c)));
        if (r.header().contains("Sex") && r.header().contains("Age")) {
          sexAndAge |=
              r.rows().stream().anyMatch(x -> !x.get("Sex").isEmpty())
                  && r.rows().stream().anyMatch(x -> !x.get("Age").isEmpty())
                  && !r.headline().isEmpty();
        }
        assertThat(
                folder
                    .resolve("meta")
                    .resolve(
                        f.getFileName()
                            .toString()
                            .replace("indicator_", "")
                            .replace(".csv", ".md")))
            .exists();
      }
      // every year with a national total of an official series has its headline
      Set<String> totals = new TreeSet<>();
      obs.stream()
          .filter(o -> o.refArea() == c && o.value() != null && !o.reportedTotal())
          .filter(o -> SeriesCatalogue.byCode(o.series()).orElseThrow().official())
          .filter(o -> java.util.Arrays.stream(o.dimensions()).allMatch(Observation.TOTAL::equals))
          .forEach(o -> totals.add(o.series() + "|" + o.timePeriod()));
      Set<String> headlines = new TreeSet<>();
      for (Path f : files) {
        for (CSVRecord h : OpenSdgCheck.read(f).headline()) {
          headlines.add(h.get("Series") + "|" + h.get("Year"));
        }
      }
      assertThat(headlines).as(M49.standard().nameOf(c)).isEqualTo(totals);
    }
    assertThat(sexAndAge).as("a country with sex and age breakdowns").isTrue();
  }
}
