package org.sdg16.jobs.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Checks the rows of an SDMX-CSV 2.0 file against the SDG data structure definition and the global
 * content constraints ({@link SdmxStructure}) before the file is written. The rules:
 *
 * <ol>
 *   <li><b>header</b>: SDMX-CSV 2.0 starts with {@code STRUCTURE, STRUCTURE_ID} (then optionally
 *       {@code ACTION}); every dimension of the DSD is a column, in DSD position order, followed by
 *       the time dimension and the primary measure; every other column is an attribute of the DSD;
 *       no column twice; every mandatory attribute is a column. A header problem fails the whole
 *       file with one finding (no row number);
 *   <li><b>code lists</b>: each dimension value and each non-empty coded attribute value is a code
 *       of its code list in the DSD ({@code REF_AREA} in {@code CL_AREA}, {@code SERIES} in {@code
 *       CL_SERIES}, {@code UNIT_MEASURE} in {@code CL_UNIT_MEASURE}, …); no dimension is empty;
 *   <li><b>mandatory attributes</b> ({@code assignmentStatus="Mandatory"} in the DSD: {@code
 *       OBS_STATUS}, {@code UNIT_MULT}, {@code UNIT_MEASURE} in SDG 1.4) are not empty, but on a
 *       row with {@code ACTION D} (SDMX-CSV 2.0 Delete), where every attribute is empty;
 *   <li><b>OBS_VALUE</b> is empty (a missing value, contract §4.4) or a finite decimal number;
 *   <li><b>no duplicate key</b>: the dimension values with {@code TIME_PERIOD} identify one
 *       observation; the second and later rows with the same key fail;
 *   <li><b>content constraints</b>: the series has a row in the constraints file, and the row's
 *       {@code UNIT_MEASURE}, {@code UNIT_MULT} and every constrained dimension value are among the
 *       values that row allows.
 * </ol>
 *
 * A cell gets one message: a code outside its code list is not also reported against the content
 * constraints. A row that breaks a rule gets one finding {@link FindingCode#SDMX_INVALID} (severity
 * ERROR) that names every rule it breaks with the value, e.g. {@code REF_AREA '999' is not in code
 * list CL_AREA}; it is left out of the file. Plain Java, no Spark.
 */
public final class SdmxCheck {

  /** The {@code dataset} of the findings. */
  public static final String DATASET = "sdmx";

  /** The leading columns of SDMX-CSV 2.0 that are not components of the DSD. */
  private static final List<String> LEADING = List.of("STRUCTURE", "STRUCTURE_ID");

  private static final String ACTION = "ACTION";

  /**
   * The rows that pass, in the order given, and one finding per failing row (or one for the whole
   * file when the header fails).
   */
  public record Result(List<List<String>> passed, List<FindingRecord> findings, int leftOut) {
    public Result {
      passed = List.copyOf(passed);
      findings = List.copyOf(findings);
    }
  }

  private SdmxCheck() {}

  /**
   * Checks a would-be file.
   *
   * @param dsd the DSD and content constraints
   * @param header the header row
   * @param rows the data rows, as they would be written
   * @param file the file name the findings give
   */
  public static Result check(
      SdmxStructure dsd, List<String> header, List<List<String>> rows, String file) {
    Objects.requireNonNull(dsd, "dsd");
    List<String> headerProblems = header(dsd, header);
    if (!headerProblems.isEmpty()) {
      String msg =
          "header: "
              + String.join("; ", headerProblems)
              + "; the "
              + rows.size()
              + " row(s) of the file are left out";
      FindingRecord f =
          new FindingRecord(
              DATASET,
              file,
              null,
              null,
              null,
              FindingCode.SDMX_INVALID.name(),
              FindingCode.SDMX_INVALID.severity().name(),
              msg,
              null);
      return new Result(List.of(), List.of(f), rows.size());
    }
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      col.put(header.get(i), i);
    }
    List<String> keyColumns = new ArrayList<>(dsd.dimensions());
    keyColumns.add(dsd.timeDimension());
    Map<List<String>, Integer> seen = new HashMap<>();
    List<List<String>> passed = new ArrayList<>();
    List<FindingRecord> findings = new ArrayList<>();
    for (int n = 0; n < rows.size(); n++) {
      List<String> row = rows.get(n);
      Problems p = new Problems();
      if (row.size() != header.size()) {
        p.add("(row)", "the row has " + row.size() + " cells, the header " + header.size());
      } else {
        cells(dsd, header, row, p);
        constraints(dsd, col, row, p);
        if (p.isEmpty()) {
          List<String> key = keyColumns.stream().map(c -> row.get(col.get(c))).toList();
          Integer first = seen.putIfAbsent(key, n + 1);
          if (first != null) {
            p.add(
                dsd.timeDimension(),
                "duplicate key "
                    + String.join(".", key.subList(0, key.size() - 1))
                    + " "
                    + key.get(key.size() - 1)
                    + ": same dimensions and "
                    + dsd.timeDimension()
                    + " as row "
                    + first);
          }
        }
      }
      if (p.isEmpty()) {
        passed.add(row);
      } else {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), row.size()); i++) {
          raw.put(header.get(i), row.get(i));
        }
        findings.add(
            new FindingRecord(
                DATASET,
                file,
                null,
                n + 1,
                String.join(",", p.columns),
                FindingCode.SDMX_INVALID.name(),
                FindingCode.SDMX_INVALID.severity().name(),
                String.join("; ", p.messages),
                raw));
      }
    }
    return new Result(passed, findings, rows.size() - passed.size());
  }

  /** Rule 1: what is wrong with the header, empty when nothing. */
  static List<String> header(SdmxStructure dsd, List<String> header) {
    List<String> problems = new ArrayList<>();
    Set<String> once = new HashSet<>();
    for (String h : header) {
      if (!once.add(h)) {
        problems.add("column " + h + " appears twice");
      }
    }
    if (header.size() < 2 || !header.subList(0, 2).equals(LEADING)) {
      problems.add("SDMX-CSV 2.0 starts with the columns STRUCTURE,STRUCTURE_ID");
    }
    int start = header.size() > 2 && header.get(2).equals(ACTION) ? 3 : 2;
    List<String> components = new ArrayList<>(dsd.dimensions());
    components.add(dsd.timeDimension());
    components.add(dsd.primaryMeasure());
    int end = start + components.size();
    List<String> given =
        header.subList(Math.min(start, header.size()), Math.min(end, header.size()));
    if (!given.equals(components)) {
      List<String> missing = components.stream().filter(c -> !header.contains(c)).toList();
      problems.add(
          (missing.isEmpty()
                  ? ""
                  : "dimension column(s) " + String.join(",", missing) + " missing; ")
              + "the dimensions must come in DSD order, then "
              + dsd.timeDimension()
              + ","
              + dsd.primaryMeasure()
              + ": expected "
              + String.join(",", components)
              + ", found "
              + String.join(",", given));
    }
    for (String h : header.subList(Math.min(end, header.size()), header.size())) {
      if (!dsd.attributes().contains(h)) {
        problems.add("column " + h + " is not an attribute of the DSD " + dsd.id());
      }
    }
    for (String m : dsd.mandatoryAttributes()) {
      if (!header.contains(m)) {
        problems.add("mandatory attribute " + m + " has no column");
      }
    }
    return problems;
  }

  /** Rules 2 to 4: code lists, mandatory attributes, the number. */
  private static void cells(SdmxStructure dsd, List<String> header, List<String> row, Problems p) {
    // SDMX-CSV 2.0: a Delete row with the full key and no attribute deletes the observation; its
    // mandatory attributes are empty by design
    int a = header.indexOf(ACTION);
    boolean delete = a >= 0 && "D".equals(row.get(a));
    for (int i = 0; i < header.size(); i++) {
      String c = header.get(i);
      String v = row.get(i) == null ? "" : row.get(i);
      boolean dimension = dsd.dimensions().contains(c) || c.equals(dsd.timeDimension());
      if (dimension && v.isEmpty()) {
        p.add(c, "dimension " + c + " is empty");
        continue;
      }
      if (dsd.mandatoryAttributes().contains(c) && v.isEmpty() && !delete) {
        p.add(c, "mandatory attribute " + c + " is empty");
        continue;
      }
      if (c.equals(dsd.primaryMeasure()) && !v.isEmpty() && !finiteNumber(v)) {
        p.add(c, c + " '" + v + "' is not a finite number");
        continue;
      }
      if (!v.isEmpty() && (dimension || dsd.attributes().contains(c))) {
        Optional<SdmxStructure.CodeList> cl = dsd.codeList(c);
        if (cl.isPresent() && !cl.get().codes().contains(v)) {
          p.add(c, c + " '" + v + "' is not in code list " + cl.get().id());
        }
      }
    }
  }

  /**
   * A decimal number as SDMX-CSV writes it ({@code 12}, {@code 19.06}, {@code -1.5E3}); no NaN, no
   * infinity.
   */
  static boolean finiteNumber(String v) {
    try {
      new BigDecimal(v.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Rule 6: the series' content constraints. */
  private static void constraints(
      SdmxStructure dsd, Map<String, Integer> col, List<String> row, Problems p) {
    Integer s = col.get("SERIES");
    if (s == null || row.get(s) == null || row.get(s).isEmpty() || p.columns.contains("SERIES")) {
      return; // an empty or unknown SERIES is already a finding
    }
    String series = row.get(s);
    Optional<Map<String, SdmxStructure.Allowed>> c = dsd.constraints(series);
    if (c.isEmpty()) {
      p.add("SERIES", "SERIES '" + series + "' has no row in the content constraints");
      return;
    }
    for (Map.Entry<String, SdmxStructure.Allowed> e : c.get().entrySet()) {
      Integer i = col.get(e.getKey());
      if (i == null || p.columns.contains(e.getKey())) {
        continue; // a column the file does not have (the header rule speaks for it), or already
        // wrong
      }
      String v = row.get(i) == null ? "" : row.get(i);
      if (!v.isEmpty() && !e.getValue().allows(v)) {
        p.add(
            e.getKey(),
            e.getKey()
                + " '"
                + v
                + "' is not allowed for series "
                + series
                + " by the content constraints (allowed: "
                + String.join(";", e.getValue().codes().stream().sorted().toList())
                + ")");
      }
    }
  }

  /** The problems of one row, in rule order. */
  private static final class Problems {
    final List<String> columns = new ArrayList<>();
    final List<String> messages = new ArrayList<>();

    void add(String column, String message) {
      if (!columns.contains(column)) {
        columns.add(column);
      }
      messages.add(message);
    }

    boolean isEmpty() {
      return messages.isEmpty();
    }
  }
}
