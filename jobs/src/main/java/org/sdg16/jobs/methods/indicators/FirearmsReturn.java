package org.sdg16.jobs.methods.indicators;

import static org.sdg16.jobs.methods.indicators.National.T;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One country-year of the firearms return, by measure, arm type and legal justification, with the
 * sums the firearms formulas share: arms seized, found and surrendered (methodology §1.1), the
 * measures that carry a breakdown and the notes on what a sum covers (methodology §1.2, "Share
 * scopes").
 *
 * @param cells the values by {@code measure|arm_type|justification}
 */
record FirearmsReturn(int area, int year, Map<String, Facts.Value> cells) {

  /** The parts of the arms seized, found and surrendered (methodology §1.1). */
  static final List<String> PARTS = List.of("SEIZED", "FOUND", "SURRENDERED");

  /** The combined measure, which wins over the parts when reported. */
  static final String COMBINED = "SEIZED_FOUND_SURRENDERED";

  /** The returns of some firearms values, one per country and year, in area-year order. */
  static List<FirearmsReturn> of(List<Facts.Value> firearms) {
    List<FirearmsReturn> out = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Facts.Value>> e :
        National.byAreaYear(firearms, v -> v.measure() + "|" + v.d1() + "|" + v.d2()).entrySet()) {
      out.add(
          new FirearmsReturn(National.area(e.getKey()), National.year(e.getKey()), e.getValue()));
    }
    return out;
  }

  Facts.Value get(String measure, String arm, String just) {
    return cells.get(measure + "|" + arm + "|" + just);
  }

  Double value(String measure, String arm, String just) {
    Facts.Value v = get(measure, arm, just);
    return v == null ? null : v.value();
  }

  /**
   * Arms seized, found and surrendered for one breakdown: the value, the measures it sums ({@code
   * covered}), the parts the return does not give ({@code missing}) and the inputs.
   */
  record Seized(
      double value, List<String> covered, List<String> missing, List<Facts.Value> inputs) {

    /** Whether the sum lacks parts that are not reported. */
    boolean partial() {
      return !missing.isEmpty();
    }
  }

  /**
   * Methodology §1.1: the denominator is the combined measure when reported, else the sum of the
   * reported parts; null when nothing is reported.
   */
  Seized seized(String arm, String just) {
    Facts.Value combined = get(COMBINED, arm, just);
    if (combined != null && combined.value() != null) {
      return new Seized(combined.value(), List.of(COMBINED), List.of(), List.of(combined));
    }
    return sum(PARTS, arm, just);
  }

  /** The sum of the given measures for one breakdown, over those reported; null when none is. */
  Seized sum(List<String> measures, String arm, String just) {
    double sum = 0;
    List<String> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Facts.Value> inputs = new ArrayList<>();
    for (String m : measures) {
      Facts.Value v = get(m, arm, just);
      if (v != null && v.value() != null) {
        sum += v.value();
        covered.add(m);
        inputs.add(v);
      } else {
        missing.add(m);
      }
    }
    return covered.isEmpty() ? null : new Seized(sum, covered, missing, inputs);
  }

  /**
   * The measures that carry a breakdown (methodology §1.2, share scopes): the combined measure when
   * it carries the breakdown, else the parts that do, in {@link #PARTS} order. {@code inBreakdown}
   * tests a cell key split into measure, arm type and justification.
   */
  List<String> carrying(Predicate<String[]> inBreakdown) {
    Set<String> carrying = new HashSet<>();
    for (String key : cells.keySet()) {
      String[] k = key.split("\\|");
      if (inBreakdown.test(k) && value(k[0], k[1], k[2]) != null) {
        carrying.add(k[0]);
      }
    }
    return carrying.contains(COMBINED)
        ? List.of(COMBINED)
        : PARTS.stream().filter(carrying::contains).toList();
  }

  /**
   * The note on a value whose sum of seized, found and surrendered arms lacks parts, e.g. {@code
   * denominator covers SEIZED + FOUND; SURRENDERED not reported}; null when nothing lacks. {@code
   * what} names the role of the sum: {@code denominator covers}, {@code numerator sums}, {@code
   * sums}. {@link #partOfValue} recognises these notes.
   */
  static String partialNote(String what, Seized s) {
    return s.partial()
        ? what
            + " "
            + String.join(" + ", s.covered())
            + "; "
            + String.join(", ", s.missing())
            + " not reported"
        : null;
  }

  private static final Pattern PARTIAL =
      Pattern.compile(
          "^(denominator covers|numerator sums|sums) [A-Z_ +]+; [A-Z_, ]+ not reported");

  /**
   * Which part of a national value lacks reported parts, by its {@link #partialNote}: {@code
   * denominator}, {@code numerator} or {@code sum}; null when none does.
   */
  static String partOfValue(String comment) {
    if (comment == null) {
      return null;
    }
    Matcher m = PARTIAL.matcher(comment);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "denominator covers" -> "denominator";
      case "numerator sums" -> "numerator";
      default -> "sum";
    };
  }

  /**
   * The note on a value that sums {@code covered}, when that is not every part, saying why each
   * other part is left out: not reported, not broken down by {@code label} (not in {@code
   * carrying}), or no value for {@code code} though broken down. E.g. {@code numerator and
   * denominator cover SEIZED; FOUND, SURRENDERED not broken down by legal justification}. Null when
   * {@code covered} is the combined measure or every part.
   */
  String scopeNote(
      String what, List<String> covered, List<String> carrying, String label, String code) {
    if (covered.contains(COMBINED) || covered.size() == PARTS.size()) {
      return null;
    }
    List<String> notReported = new ArrayList<>();
    List<String> notBrokenDown = new ArrayList<>();
    List<String> noValue = new ArrayList<>();
    for (String m : PARTS) {
      if (!covered.contains(m)) {
        (value(m, T, T) == null ? notReported : carrying.contains(m) ? noValue : notBrokenDown)
            .add(m);
      }
    }
    StringBuilder note = new StringBuilder(what + " " + String.join(" + ", covered));
    if (!notBrokenDown.isEmpty()) {
      note.append("; ")
          .append(String.join(", ", notBrokenDown))
          .append(" not broken down by ")
          .append(label);
    }
    if (!noValue.isEmpty()) {
      note.append("; no ").append(code).append(" value for ").append(String.join(", ", noValue));
    }
    if (!notReported.isEmpty()) {
      note.append("; ").append(String.join(", ", notReported)).append(" not reported");
    }
    return note.toString();
  }
}
