package org.sdg16.jobs.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Problem;

/**
 * The cell mappings the formats of {@code published/} share (contract §1.6): the UN SDG API's
 * labels of sex and age as SDMX codes, the labels that mean a total, the stored {@code source}, and
 * the {@code UNIT_MULT} rule. The {@code published} declaration then checks the codes as it checks
 * any cell.
 */
final class PublishedCells {

  private PublishedCells() {}

  private static final Map<String, String> SEX =
      Map.of("FEMALE", "F", "MALE", "M", "BOTHSEX", "_T");

  private static final Map<String, String> AGE =
      Map.of(
          "<18Y", "Y0T17",
          "18+", "Y_GE18",
          "UNDER 18 YEARS", "Y0T17",
          "18 YEARS AND OVER", "Y_GE18");

  /** UN SDG API labels of sex as SDMX codes; anything else as given (the declaration checks it). */
  static String sex(String raw) {
    return code(raw, SEX);
  }

  /**
   * UN SDG API labels of the ages of VC_HTF_DETV, and those of our Open SDG files, as SDMX codes.
   */
  static String age(String raw) {
    return code(raw, AGE);
  }

  /** The code of a label (upper case, trimmed), else the label trimmed; a blank cell as it is. */
  private static String code(String raw, Map<String, String> codes) {
    String s = blankToNull(raw);
    return s == null ? raw : codes.getOrDefault(s.toUpperCase(Locale.ROOT), s);
  }

  /**
   * Blank, {@code _T}, or a label of the UN SDG database that means "all" (ALLAREA, BOTHSEX, …).
   */
  static boolean isTotalLabel(String s) {
    String u = s.trim().toUpperCase(Locale.ROOT);
    return u.isEmpty()
        || u.equals("_T")
        || u.equals("TOTAL")
        || u.startsWith("ALL")
        || u.equals("BOTHSEX");
  }

  /** The stored source: the file name, then the dataflow and the source detail, joined by |. */
  static String source(String fileName, String dataflow, String detail) {
    List<String> parts = new ArrayList<>(List.of(fileName));
    if (blankToNull(dataflow) != null) {
      parts.add(dataflow.trim());
    }
    if (blankToNull(detail) != null) {
      parts.add(detail.trim());
    }
    return String.join(" | ", parts);
  }

  /** {@code NOT_APPLICABLE} for a {@code UNIT_MULT} other than 0, in either format. */
  static void unitMult(Map<String, String> cells, List<Problem> problems) {
    String mult = blankToNull(cells.get("unit_mult"));
    if (mult != null && !isZero(mult)) {
      problems.add(
          Problem.of(
              FindingCode.NOT_APPLICABLE,
              "unit_mult",
              "UNIT_MULT " + mult + ": values are kept as published only at UNIT_MULT 0"));
    }
  }

  private static boolean isZero(String s) {
    try {
      return new BigDecimal(s.trim()).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The cell of the first of {@code columns} that is not blank, or null. */
  static String first(Map<String, String> cells, String... columns) {
    for (String c : columns) {
      if (blankToNull(cells.get(c)) != null) {
        return cells.get(c);
      }
    }
    return null;
  }

  /** The first of {@code columns} the header has. */
  static Optional<String> first(Set<String> header, String... columns) {
    for (String c : columns) {
      if (header.contains(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
