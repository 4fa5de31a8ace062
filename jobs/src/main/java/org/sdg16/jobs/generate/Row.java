package org.sdg16.jobs.generate;

import java.io.IOException;
import java.util.Arrays;
import org.sdg16.schemas.csv.Csv;

/** A row held in memory before its file is written, with what the bad-row injection needs. */
final class Row {
  final String[] c;
  final int year;

  /** The canonical key within the country (e.g. {@code SEIZED|_T|_T}). */
  final String key;

  /** The value of a long-format row, null when blank. */
  Long value;

  /** May be made bad without changing what a cross-row rule sees in other rows. */
  final boolean eligible;

  /** Already made bad, or part of an injected cross-row case. */
  boolean touched;

  /** Written with one cell too many. */
  boolean extraCell;

  Row(int year, String key, Long value, boolean eligible, String... c) {
    this.c = c;
    this.year = year;
    this.key = key;
    this.value = value;
    this.eligible = eligible;
  }

  Row copy() {
    Row r = new Row(year, key, value, eligible, c.clone());
    r.extraCell = extraCell;
    return r;
  }

  /** One record; {@code extraCell} adds an empty cell at the end (a {@code ROW_WIDTH} row). */
  static void print(Csv w, String[] cells, boolean extraCell) throws IOException {
    if (extraCell) {
      String[] wide = Arrays.copyOf(cells, cells.length + 1);
      wide[cells.length] = "";
      w.row((Object[]) wide);
    } else {
      w.row((Object[]) cells);
    }
  }
}
