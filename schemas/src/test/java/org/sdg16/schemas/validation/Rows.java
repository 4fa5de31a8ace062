package org.sdg16.schemas.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds raw rows from a header and comma-separated lines (no quoting), for tests. */
final class Rows {

  private Rows() {}

  static List<String> header(String h) {
    return Arrays.asList(h.split(",", -1));
  }

  static List<RawRow> rows(String header, String... lines) {
    List<String> cols = header(header);
    List<RawRow> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        m.put(c < cols.size() ? cols.get(c) : "#" + (c + 1), cells[c]);
      }
      out.add(new RawRow(i + 1, m));
    }
    return out;
  }
}
