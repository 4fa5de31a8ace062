package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.published.PublishedReader;
import org.sdg16.schemas.output.Observation;

class OpenSdgWriterTest {

  @TempDir Path dir;

  static List<CSVRecord> records(Path f) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(Files.readString(f)))
        .getRecords();
  }

  static String header(Path f) throws IOException {
    return Files.readAllLines(f).get(0);
  }

  @Test
  void oneFilePerIndicatorOfTheOfficialSeries() {
    List<Path> files =
        OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("indicator_16-2-2.csv", "indicator_16-4-2.csv");
    assertThat(files).allMatch(p -> p.getParent().equals(dir.resolve("opensdg")));
  }

  @Test
  void yearFirstValueLastGeoCodeBeforeItBlankMeansTotal() throws IOException {
    OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    Path trace = dir.resolve("opensdg/indicator_16-4-2.csv");
    assertThat(header(trace)).isEqualTo("Year,Series,Units,GeoCode,Value");
    List<CSVRecord> t = records(trace);
    assertThat(t).hasSize(4);
    assertThat(t.get(0).toList()).containsExactly("2017", "VC_ARM_SZTRACE", "PT", "1", "30.5");
    CSVRecord missing =
        t.stream()
            .filter(r -> r.get("GeoCode").equals("484") && r.get("Year").equals("2017"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.get("Value")).isEmpty();

    Path victims = dir.resolve("opensdg/indicator_16-2-2.csv");
    assertThat(header(victims)).isEqualTo("Year,Series,Units,Sex,Age,GeoCode,Value");
    List<CSVRecord> v = records(victims);
    assertThat(v)
        .extracting(CSVRecord::toList)
        .containsExactly(
            List.of("2020", "VC_HTF_DETV", "NUMBER", "", "", "404", "120"),
            List.of("2020", "VC_HTF_DETV", "NUMBER", "F", "Y0T17", "404", "35"),
            List.of("2020", "VC_HTF_DETV", "NUMBER", "M", "Y_GE18", "404", "40"),
            List.of("2020", "VC_HTF_DETVFL", "NUMBER", "", "", "404", "25"),
            List.of("2020", "VC_HTF_DETVSX", "NUMBER", "", "", "404", "60"));
    assertThat(Files.readString(victims)).doesNotContain("_T").doesNotContain("\r");
  }

  @Test
  void experimentalIffOnlyWhenAskedFor() throws IOException {
    List<Path> files =
        OpenSdgWriter.write(
            dir,
            ExportSamples.observations(),
            ExportOptions.defaults().withOpenSdgExperimental(true));
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("indicator_16-4-1.csv");
    Path iff = dir.resolve("opensdg/indicator_16-4-1.csv");
    assertThat(header(iff)).isEqualTo("Year,Series,Units,Commodity,GeoCode,Value");
    assertThat(records(iff))
        .extracting(CSVRecord::toList)
        .containsExactly(
            List.of("2020", "IFF_CRIME_TOTAL", "USD", "", "170", "2250000000"),
            List.of("2020", "IFF_CRIME_TOTAL", "USD", "COCAINE", "170", "1500000000"));
  }

  @Test
  void ourFilesReadBackThroughThePublishedImport() {
    OpenSdgWriter.write(dir, ExportSamples.observations(), ExportOptions.defaults());
    PublishedFile back = PublishedReader.read(dir.resolve("opensdg/indicator_16-2-2.csv"));
    assertThat(back.format()).isEqualTo(PublishedFile.Format.OPEN_SDG);
    assertThat(back.findings()).isEmpty();
    assertThat(back.rows()).hasSize(5);
    assertThat(back.rows())
        .anySatisfy(
            r -> {
              assertThat(r.series()).isEqualTo("VC_HTF_DETV");
              assertThat(r.sex()).isEqualTo("F");
              assertThat(r.age()).isEqualTo("Y0T17");
              assertThat(r.refArea()).isEqualTo(404);
              assertThat(r.value()).isEqualTo(35.0);
              assertThat(r.unitMeasure()).isEqualTo("NUMBER");
            });
  }

  @Test
  void valuesAreRoundedToTheSeriesDecimalsAndReportedTotalsLeftOut() throws IOException {
    List<Observation> obs =
        List.of(
            ExportSamples.obs(
                "VC_ARM_SZTRACE",
                484,
                2020,
                "_T",
                "_T",
                "_T",
                "_T",
                "PT",
                19.061245706262827,
                "A",
                "C",
                "N",
                null,
                null),
            ExportSamples.obs(
                "VC_HTF_DETV",
                404,
                2021,
                "_T",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                12.4,
                "A",
                "C",
                "N",
                null,
                null),
            new Observation(
                "VC_HTF_DETV",
                5,
                2020,
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                310.0,
                null,
                null,
                "U",
                "G",
                "G",
                2,
                0.12,
                null,
                null,
                true));
    List<Path> files = OpenSdgWriter.write(dir, obs, ExportOptions.defaults());
    Path trace = dir.resolve("opensdg/indicator_16-4-2.csv");
    Path victims = dir.resolve("opensdg/indicator_16-2-2.csv");
    assertThat(files).containsExactly(victims, trace);
    assertThat(records(trace)).extracting(r -> r.get("Value")).containsExactly("19.06");
    assertThat(records(victims))
        .extracting(r -> r.get("GeoCode") + "=" + r.get("Value"))
        .containsExactly("404=12");
  }
}
