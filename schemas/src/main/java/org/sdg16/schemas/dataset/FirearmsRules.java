package org.sdg16.schemas.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Cross-row rules of the firearms return (contract §2; methodology §1.1). They look at the totals
 * ({@code arm_type = _T}, {@code justification = _T}) of each area and year.
 */
final class FirearmsRules {

  private FirearmsRules() {}

  /** Totals of one area-year: measure to row index. */
  private static Map<List<Object>, Map<String, Integer>> totals(List<TypedRow> rows) {
    Map<List<Object>, Map<String, Integer>> out = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      TypedRow r = rows.get(i);
      if (CodeList.TOTAL.equals(r.code("arm_type"))
          && CodeList.TOTAL.equals(r.code("justification"))
          && r.number("value") != null) {
        out.computeIfAbsent(List.of(r.get("ref_area"), r.get("year")), k -> new HashMap<>())
            .put(r.code("measure"), i);
      }
    }
    return out;
  }

  /**
   * The denominator of SDG 16.4.2: the combined measure when given, else the sum of the reported
   * parts; null when nothing is reported.
   */
  static Double denominator(List<TypedRow> rows, Map<String, Integer> byMeasure) {
    Integer combined = byMeasure.get("SEIZED_FOUND_SURRENDERED");
    if (combined != null) {
      return rows.get(combined).number("value");
    }
    Double sum = null;
    for (String m : List.of("SEIZED", "FOUND", "SURRENDERED")) {
      Integer i = byMeasure.get(m);
      if (i != null) {
        sum = (sum == null ? 0 : sum) + rows.get(i).number("value");
      }
    }
    return sum;
  }

  /** TRACED above the arms seized, found and surrendered is an error, not a 100+ percent value. */
  static CrossRowRule tracedAboveDenominator() {
    return rows -> {
      List<CrossRowRule.Hit> hits = new ArrayList<>();
      totals(rows)
          .forEach(
              (key, byMeasure) -> {
                Integer traced = byMeasure.get("TRACED");
                Double denom = denominator(rows, byMeasure);
                if (traced != null && denom != null && rows.get(traced).number("value") > denom) {
                  hits.add(
                      new CrossRowRule.Hit(
                          traced,
                          FindingCode.TRACED_ABOVE_DENOMINATOR,
                          "value",
                          String.format(
                              Locale.ROOT,
                              "TRACED %s is above the %s arms seized, found and surrendered in %s",
                              PartsAboveTotal.num(rows.get(traced).number("value")),
                              PartsAboveTotal.num(denom),
                              key.get(1))));
                }
              });
      return hits;
    };
  }

  /** Successful tracing requests cannot exceed the requests sent. */
  static CrossRowRule successAboveRequests() {
    return rows -> {
      List<CrossRowRule.Hit> hits = new ArrayList<>();
      totals(rows)
          .forEach(
              (key, byMeasure) -> {
                Integer ok = byMeasure.get("TRACE_REQ_SUCCESS");
                Integer sent = byMeasure.get("TRACE_REQ_SENT");
                if (ok != null
                    && sent != null
                    && rows.get(ok).number("value") > rows.get(sent).number("value")) {
                  hits.add(
                      new CrossRowRule.Hit(
                          ok,
                          FindingCode.SUCCESS_ABOVE_REQUESTS,
                          "value",
                          String.format(
                              Locale.ROOT,
                              "TRACE_REQ_SUCCESS %s is above TRACE_REQ_SENT %s in %s",
                              PartsAboveTotal.num(rows.get(ok).number("value")),
                              PartsAboveTotal.num(rows.get(sent).number("value")),
                              key.get(1))));
                }
              });
      return hits;
    };
  }

  /** SEIZED + FOUND + SURRENDERED above the combined measure given in the same return. */
  static CrossRowRule combinedBelowParts() {
    return rows -> {
      List<CrossRowRule.Hit> hits = new ArrayList<>();
      totals(rows)
          .forEach(
              (key, byMeasure) -> {
                Integer combined = byMeasure.get("SEIZED_FOUND_SURRENDERED");
                if (combined == null) {
                  return;
                }
                double parts = 0;
                List<Integer> involved = new ArrayList<>();
                for (String m : List.of("SEIZED", "FOUND", "SURRENDERED")) {
                  Integer i = byMeasure.get(m);
                  if (i != null) {
                    parts += rows.get(i).number("value");
                    involved.add(i);
                  }
                }
                double total = rows.get(combined).number("value");
                if (!involved.isEmpty() && parts > total) {
                  involved.add(combined);
                  String msg =
                      String.format(
                          Locale.ROOT,
                          "SEIZED + FOUND + SURRENDERED = %s is above SEIZED_FOUND_SURRENDERED %s in %s",
                          PartsAboveTotal.num(parts),
                          PartsAboveTotal.num(total),
                          key.get(1));
                  for (int i : involved) {
                    hits.add(
                        new CrossRowRule.Hit(i, FindingCode.PARTS_ABOVE_TOTAL, "measure", msg));
                  }
                }
              });
      return hits;
    };
  }
}
