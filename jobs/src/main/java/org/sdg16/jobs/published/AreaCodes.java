package org.sdg16.jobs.published;

import java.util.List;
import java.util.Optional;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Problem;

/**
 * The area of a published row as our M49 code (contract §1.6): an M49 country or area (leading
 * zeros and a spreadsheet's {@code .0} allowed, or ISO3), else an M49 or SDG region, which a
 * published file may hold unlike a national return; or a name, through {@link AreaNames}. What does
 * not resolve is an {@code UNKNOWN_AREA} mapping finding.
 */
final class AreaCodes {

  private final M49 m49;
  private final AreaNames names;

  AreaCodes(M49 m49) {
    this.m49 = m49;
    this.names = new AreaNames(m49);
  }

  /** The code of an area code column, or null with a problem added. */
  Integer code(String raw, String column, List<Problem> problems) {
    String s = raw == null ? "" : raw.trim();
    if (s.isEmpty()) {
      problems.add(
          Problem.of(FindingCode.MISSING_VALUE, column, column + " is empty but required"));
      return null;
    }
    Optional<M49.Area> a = m49.resolve(s);
    if (a.isPresent()) {
      return a.get().m49();
    }
    String digits = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    if (!digits.isEmpty() && digits.length() <= 4 && digits.chars().allMatch(Character::isDigit)) {
      int code = Integer.parseInt(digits);
      if (m49.region(code).isPresent()) {
        return code;
      }
    }
    problems.add(
        Problem.of(
            FindingCode.UNKNOWN_AREA,
            column,
            column + " '" + s + "' is not an M49 country, area or region code"));
    return null;
  }

  /** The code of a {@code GeoAreaName} that is not blank, or null with a problem added. */
  Integer name(String name, List<Problem> problems) {
    String n = name.trim();
    Optional<Integer> code = names.resolve(n);
    if (code.isEmpty()) {
      problems.add(
          Problem.of(
              FindingCode.UNKNOWN_AREA,
              "geoareaname",
              "GeoAreaName '" + n + "' is not an M49 country, area or region name"));
    }
    return code.orElse(null);
  }
}
