package org.sdg16.jobs.published;

import static org.sdg16.jobs.published.PublishedCells.blankToNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sdg16.jobs.published.PublishedFile.Format;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.MappedRow;
import org.sdg16.schemas.validation.Problem;
import org.sdg16.schemas.validation.RawRow;

/**
 * SDMX-CSV 1.0 ({@code DATAFLOW}, as the UN SDG SDMX API serves, dataflow {@code
 * IAEG-SDGs:DF_SDG_GLH(…)}) and SDMX-CSV 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID}, {@code
 * ACTION}) onto the {@code published} dataset (contract §1.6): {@code SERIES}, {@code REF_AREA},
 * {@code TIME_PERIOD} and {@code OBS_VALUE} are required; {@code SEX}, {@code AGE}, {@code
 * UNIT_MEASURE}, {@code OBS_STATUS}, {@code NATURE}, {@code COMMENT_OBS} are read; the source is
 * the file name, the dataflow and {@code SOURCE_DETAIL}; {@code DATA_LAST_UPDATE} is kept as
 * written (the reconciliation of methodology §8 dates the published value by it); an {@code
 * OBS_VALUE} of {@code NaN} is a missing value; other columns are ignored.
 *
 * <p>Mapping findings, {@code NOT_APPLICABLE} unless said: a {@code FREQ} other than annual, a
 * {@code UNIT_MULT} other than 0, an SDMX-CSV 2.0 deletion ({@code ACTION} {@code D}), a value
 * other than {@code _T} in an SDG DSD breakdown other than sex and age; an area that is not an M49
 * country, area or region code ({@code UNKNOWN_AREA}, {@link AreaCodes}).
 */
final class SdmxCsvMapper implements FormatMapper {

  /** The columns an SDMX-CSV file must have. */
  private static final List<String> REQUIRED =
      List.of("series", "ref_area", "time_period", "obs_value");

  /** SDG DSD dimensions other than sex and age: only their total fits the table. */
  private static final List<String> BREAKDOWNS =
      List.of(
          "urbanisation",
          "income_wealth_quantile",
          "education_lev",
          "occupation",
          "cust_breakdown",
          "composite_breakdown",
          "disability_status",
          "activity",
          "product");

  private final Format format;
  private final String fileName;
  private final Set<String> columns;
  private final AreaCodes areas;

  SdmxCsvMapper(Format format, String fileName, Set<String> columns, AreaCodes areas) {
    this.format = format;
    this.fileName = fileName;
    this.columns = columns;
    this.areas = areas;
  }

  /** Why a header cannot be read as SDMX-CSV: the required columns it lacks. */
  static Optional<String> missing(Set<String> columns) {
    List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "required SDMX-CSV column(s) "
            + String.join(", ", missing.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList())
            + " missing");
  }

  @Override
  public String dataflow(RawRow raw) {
    return blankToNull(raw.cells().get(format == Format.SDMX_CSV_1 ? "dataflow" : "structure_id"));
  }

  @Override
  public MappedRow map(RawRow raw) {
    Map<String, String> c = raw.cells();
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> typed = new HashMap<>();
    typed.put("ref_area", areas.code(c.get("ref_area"), "ref_area", problems));
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("series", c.get("series"));
    cells.put("time_period", c.get("time_period"));
    cells.put("sex", PublishedCells.sex(c.get("sex")));
    cells.put("age", PublishedCells.age(c.get("age")));
    String v = c.get("obs_value");
    cells.put("value", v != null && v.trim().equalsIgnoreCase("NaN") ? "" : v);
    cells.put("unit_measure", c.get("unit_measure"));
    cells.put("obs_status", c.get("obs_status"));
    cells.put("nature", c.get("nature"));
    cells.put("comment", c.get("comment_obs"));
    cells.put("source", PublishedCells.source(fileName, dataflow(raw), c.get("source_detail")));
    cells.put("last_update", c.get("data_last_update"));
    String freq = blankToNull(c.get("freq"));
    if (freq != null && !freq.equalsIgnoreCase("A")) {
      problems.add(
          Problem.of(
              FindingCode.NOT_APPLICABLE,
              "freq",
              "FREQ '" + freq + "': only annual data (A) are kept"));
    }
    PublishedCells.unitMult(c, problems);
    if (format == Format.SDMX_CSV_2 && "D".equalsIgnoreCase(blankToNull(c.get("action")))) {
      problems.add(
          Problem.of(
              FindingCode.NOT_APPLICABLE,
              "action",
              "ACTION D deletes an observation; the published table keeps observations only"));
    }
    for (String d : BREAKDOWNS) {
      String x = columns.contains(d) ? blankToNull(c.get(d)) : null;
      if (x != null && !x.equals("_T")) {
        problems.add(
            Problem.of(
                FindingCode.NOT_APPLICABLE,
                d,
                d.toUpperCase(Locale.ROOT)
                    + " '"
                    + x
                    + "' is a breakdown the published table does not keep (only its total _T)"));
      }
    }
    return new MappedRow(cells, typed, problems);
  }
}
