package org.sdg16.jobs.published;

import static org.sdg16.jobs.published.PublishedCells.blankToNull;
import static org.sdg16.jobs.published.PublishedCells.first;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.MappedRow;
import org.sdg16.schemas.validation.Problem;
import org.sdg16.schemas.validation.RawRow;

/**
 * Open SDG indicator files ({@code Year} and {@code Value}) onto the {@code published} dataset
 * (contract §1.6); the UN SDG database's own CSV download ({@code TimePeriod}, {@code GeoAreaCode},
 * {@code FootNote}, …) reads the same way. The series comes from {@code SeriesCode} or {@code
 * Series}, or without one from the file name ({@code indicator_16-4-2.csv}) when the indicator has
 * a single official series; the area from {@code GeoCode}, {@code GeoAreaCode} or {@code REF_AREA}
 * (M49), else from {@code GeoAreaName} (names matched by {@link AreaNames}); {@code Units}, {@code
 * Sex}, {@code Age}, and where present {@code OBS_STATUS}, {@code Nature}, {@code COMMENT_OBS}
 * ({@code FootNote}, {@code Comment}), {@code Source}.
 *
 * <p>Mapping findings: a row that names no area ({@code MISSING_VALUE}) or an unknown one ({@code
 * UNKNOWN_AREA}); a {@code UNIT_MULT} other than 0, or a value other than a total label in a
 * disaggregation column the table does not keep ({@code NOT_APPLICABLE}).
 */
final class OpenSdgMapper implements FormatMapper {

  private static final Pattern INDICATOR_FILE =
      Pattern.compile("(?i)indicator_(\\d+)-(\\w+)-(\\w+)\\.csv");

  /** The columns this mapper reads. */
  private static final Set<String> READ =
      Set.of(
          "year",
          "timeperiod",
          "value",
          "seriescode",
          "series",
          "units",
          "unit_measure",
          "geocode",
          "geoareacode",
          "ref_area",
          "sex",
          "age",
          "obs_status",
          "nature",
          "comment_obs",
          "footnote",
          "comment");

  /** Open SDG / UN SDG download columns that are metadata, not disaggregations. */
  private static final Set<String> IGNORED =
      Set.of(
          "goal",
          "target",
          "indicator",
          "seriesdescription",
          "series description",
          "reporting type",
          "reporting_type",
          "time_detail",
          "timecoverage",
          "upperbound",
          "lowerbound",
          "baseperiod",
          "geoinfourl",
          "geoareaname",
          "reference area",
          "source",
          "unit_mult",
          "freq",
          "data_last_update");

  private final String fileName;
  private final List<String> header;
  private final String seriesColumn;
  private final String fixedSeries;
  private final String areaColumn;
  private final boolean names;
  private final AreaCodes areas;

  /** A mapper for a header that {@link #missing} found readable. */
  OpenSdgMapper(String fileName, List<String> header, Set<String> columns, AreaCodes areas) {
    this.fileName = fileName;
    this.header = header;
    this.seriesColumn = first(columns, "seriescode", "series").orElse(null);
    this.fixedSeries = seriesColumn == null ? seriesOfFileName(fileName).orElse(null) : null;
    this.areaColumn = first(columns, "geocode", "geoareacode", "ref_area").orElse(null);
    this.names = columns.contains("geoareaname");
    this.areas = areas;
  }

  /** Why a header cannot be read as Open SDG: no area column, or no series. */
  static Optional<String> missing(Set<String> columns, String fileName) {
    if (first(columns, "geocode", "geoareacode", "ref_area").isEmpty()
        && !columns.contains("geoareaname")) {
      return Optional.of(
          "an Open SDG file needs a GeoCode or GeoAreaName column: the area of its rows is unknown");
    }
    if (first(columns, "seriescode", "series").isEmpty() && seriesOfFileName(fileName).isEmpty()) {
      return Optional.of(
          "an Open SDG file needs a SeriesCode or "
              + "Series column unless its name (indicator_16-4-2.csv) names an indicator with one official series");
    }
    return Optional.empty();
  }

  /** The one official series of the indicator an Open SDG file name names. */
  static Optional<String> seriesOfFileName(String fileName) {
    Matcher m = INDICATOR_FILE.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    String indicator = m.group(1) + "." + m.group(2) + "." + m.group(3);
    List<String> s =
        SeriesCatalogue.official().stream()
            .filter(x -> indicator.equalsIgnoreCase(x.indicator()))
            .map(Series::code)
            .toList();
    return s.size() == 1 ? Optional.of(s.get(0)) : Optional.empty();
  }

  @Override
  public MappedRow map(RawRow raw) {
    Map<String, String> c = raw.cells();
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> typed = new HashMap<>();
    typed.put("ref_area", area(c, problems));
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("series", seriesColumn != null ? c.get(seriesColumn) : fixedSeries);
    cells.put("time_period", first(c, "year", "timeperiod"));
    cells.put("sex", PublishedCells.sex(c.get("sex")));
    cells.put("age", PublishedCells.age(c.get("age")));
    cells.put("value", c.get("value"));
    cells.put("unit_measure", first(c, "units", "unit_measure"));
    cells.put("obs_status", c.get("obs_status"));
    cells.put("nature", c.get("nature"));
    cells.put("comment", first(c, "comment_obs", "footnote", "comment"));
    cells.put("source", PublishedCells.source(fileName, null, c.get("source")));
    PublishedCells.unitMult(c, problems);
    for (String h : header) {
      if (READ.contains(h) || IGNORED.contains(h)) {
        continue;
      }
      String x = blankToNull(c.get(h));
      if (x != null && !PublishedCells.isTotalLabel(x)) {
        problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                h,
                "disaggregation "
                    + h
                    + " '"
                    + x
                    + "' is a breakdown the published table does not keep (only sex and age)"));
      }
    }
    return new MappedRow(cells, typed, problems);
  }

  /** The area of a row: its code column if not blank, else its name. */
  private Integer area(Map<String, String> c, List<Problem> problems) {
    String code = areaColumn == null ? null : blankToNull(c.get(areaColumn));
    if (code != null) {
      return areas.code(code, areaColumn, problems);
    }
    if (names && blankToNull(c.get("geoareaname")) != null) {
      return areas.name(c.get("geoareaname"), problems);
    }
    problems.add(
        Problem.of(
            FindingCode.MISSING_VALUE,
            areaColumn != null ? areaColumn : "geoareaname",
            "the row names no area (GeoCode or GeoAreaName)"));
    return null;
  }
}
