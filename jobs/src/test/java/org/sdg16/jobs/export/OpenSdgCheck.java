package org.sdg16.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an Open SDG indicator file back as Open SDG does (open-sdg documentation "Data format"):
 * {@code Year}, {@code Units}, {@code Series}, {@code GeoCode}, {@code Value} and the observation
 * attributes {@code COMMENT_OBS} and {@code OBS_STATUS} are not disaggregations; every other column
 * is; the headline is the rows whose disaggregations are all blank. {@link #check} asserts what a
 * platform needs to build and chart the file.
 */
final class OpenSdgCheck {

  private OpenSdgCheck() {}

  /** A file read back: its header, rows, and disaggregation columns. */
  record Read(List<String> header, List<CSVRecord> rows, List<String> disaggregations) {
    /** The headline rows: every disaggregation blank. */
    List<CSVRecord> headline() {
      return rows.stream()
          .filter(r -> disaggregations.stream().allMatch(d -> r.get(d).isEmpty()))
          .toList();
    }
  }

  static Read read(Path f) throws IOException {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Files.readString(f)))
            .getRecords();
    List<String> header =
        CSVFormat.RFC4180
            .parse(new StringReader(Files.readAllLines(f).get(0)))
            .getRecords()
            .get(0)
            .toList();
    List<String> dis =
        header.stream().filter(h -> !OpenSdgWriter.NOT_DISAGGREGATIONS.contains(h)).toList();
    return new Read(header, rows, dis);
  }

  /**
   * Asserts, for one file: {@code Year} first and {@code Value} last, every non-disaggregation
   * column present; at most one headline value per year, series and unit; no duplicate row (nor two
   * values for one key); every {@code Value} a plain number; {@code Year}, {@code Series}, {@code
   * Units} and {@code GeoCode} filled; no cell with leading or trailing whitespace.
   */
  static Read check(Path f) throws IOException {
    Read r = read(f);
    assertThat(r.header()).as(f.toString()).startsWith("Year").endsWith("Value");
    assertThat(r.header()).as(f.toString()).containsAll(OpenSdgWriter.NOT_DISAGGREGATIONS);
    assertThat(r.header()).as(f.toString()).doesNotHaveDuplicates();
    Map<String, Integer> headline = new TreeMap<>();
    for (CSVRecord h : r.headline()) {
      headline.merge(h.get("Year") + "|" + h.get("Series") + "|" + h.get("Units"), 1, Integer::sum);
    }
    assertThat(headline)
        .as("headline values per year, series and unit in " + f)
        .allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
    Set<List<String>> seen = new HashSet<>();
    Set<List<String>> keys = new HashSet<>();
    for (CSVRecord row : r.rows()) {
      assertThat(row.size()).as(f + " row " + row.getRecordNumber()).isEqualTo(r.header().size());
      assertThat(seen.add(row.toList())).as(f + ": duplicate row " + row.toList()).isTrue();
      List<String> key = new ArrayList<>();
      for (String c : r.header()) {
        if (!c.equals("Value") && !c.equals("COMMENT_OBS") && !c.equals("OBS_STATUS")) {
          key.add(row.get(c));
        }
      }
      assertThat(keys.add(key)).as(f + ": two values for " + key).isTrue();
      for (String c : List.of("Year", "Series", "Units", "GeoCode", "Value")) {
        assertThat(row.get(c)).as(f + " " + c + " of " + row.toList()).isNotEmpty();
      }
      assertThat(row.get("Year")).matches("\\d{4}");
      assertThat(row.get("GeoCode")).matches("\\d+");
      assertThat(new BigDecimal(row.get("Value"))).isNotNull();
      assertThat(row.get("Value")).doesNotContain("E").doesNotContain(",");
      for (String cell : row.toList()) {
        assertThat(cell).as(f + ": whitespace around '" + cell + "'").isEqualTo(cell.strip());
      }
    }
    return r;
  }

  /** Checks every {@code indicator_*.csv} of a folder; returns the files checked. */
  static List<Path> checkAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("indicator_.*\\.csv")).sorted().toList();
    }
    for (Path f : files) {
      check(f);
    }
    return files;
  }
}
