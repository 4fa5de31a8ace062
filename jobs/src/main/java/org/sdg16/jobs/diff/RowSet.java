package org.sdg16.jobs.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Input rows of one file (or workbook sheet) as lineage names them (contract §4.1: {@code
 * source_file}, {@code source_sheet}, {@code source_row}): the rows of one dataset, area and year
 * that differ between two snapshots, or those a finding or the quarantine speaks of.
 *
 * @param dataset the dataset ({@code firearms}, …, {@code population})
 * @param refArea M49 code of the rows' area
 * @param year the rows' reference year (of {@code seizure_date} for cases and port seizures)
 * @param file path relative to the inbox
 * @param sheet workbook sheet, null for CSV
 * @param rows the 1-based data rows, ascending; at most {@link #MAX_ROWS} of them
 * @param count how many rows there are in all ({@code rows} may hold fewer)
 */
public record RowSet(
    String dataset,
    int refArea,
    int year,
    String file,
    String sheet,
    List<Integer> rows,
    long count) {

  /** Rows named one by one; a larger set is named by its first rows and its count. */
  public static final int MAX_ROWS = 200;

  public RowSet {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(file, "file");
    rows = List.copyOf(rows);
    if (count < rows.size()) {
      throw new IllegalArgumentException("count " + count + " below the rows named " + rows);
    }
  }

  /** The file as findings name it: {@code path} or {@code path#sheet}. */
  public String where() {
    return sheet == null ? file : file + "#" + sheet;
  }

  /** E.g. {@code firearms/mex_2019.csv rows 2-5, 9} ({@code … and 1,200 more} past the cap). */
  public String text() {
    StringBuilder b = new StringBuilder(where());
    b.append(rows.size() == 1 && count == 1 ? " row " : " rows ");
    b.append(ranges(rows));
    if (count > rows.size()) {
      b.append(String.format(Locale.ROOT, " and %,d more", count - rows.size()));
    }
    return b.toString();
  }

  /** Ascending row numbers as ranges: {@code 2-5, 9}. */
  static String ranges(List<Integer> rows) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      int j = i;
      while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
        j++;
      }
      parts.add(j == i ? rows.get(i).toString() : rows.get(i) + "-" + rows.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
