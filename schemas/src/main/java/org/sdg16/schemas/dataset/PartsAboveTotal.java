package org.sdg16.schemas.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Cross-row check (contract §2, "parts above their total"): within one submission, the values
 * broken down by {@code dimension} must not add up to more than the {@code _T} row of the same
 * other key. Missing parts are skipped (missing is not zero). A WARNING on the total and its parts.
 */
public record PartsAboveTotal(String dimension, List<String> otherKey) implements CrossRowRule {

  /** Tolerance for decimal values written with rounding. */
  private static final double EPS = 1e-9;

  public PartsAboveTotal {
    otherKey = List.copyOf(otherKey);
  }

  @Override
  public List<Hit> check(List<TypedRow> rows) {
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      TypedRow r = rows.get(i);
      List<Object> k = new ArrayList<>();
      for (String c : otherKey) {
        k.add(r.get(c));
      }
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }
    List<Hit> hits = new ArrayList<>();
    for (List<Integer> idx : groups.values()) {
      Integer total = null;
      double parts = 0;
      int nParts = 0;
      for (int i : idx) {
        TypedRow r = rows.get(i);
        Double v = r.number("value");
        if (v == null) {
          continue;
        }
        if (CodeList.TOTAL.equals(r.code(dimension))) {
          total = i;
        } else {
          parts += v;
          nParts++;
        }
      }
      if (total == null || nParts == 0) {
        continue;
      }
      double t = rows.get(total).number("value");
      if (parts > t + EPS * Math.max(1, t)) {
        String msg =
            String.format(
                Locale.ROOT,
                "values by %s add up to %s, above the total %s",
                dimension,
                num(parts),
                num(t));
        for (int i : idx) {
          if (rows.get(i).number("value") != null) {
            hits.add(new Hit(i, FindingCode.PARTS_ABOVE_TOTAL, dimension, msg));
          }
        }
      }
    }
    return hits;
  }

  static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
