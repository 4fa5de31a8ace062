package org.sdg16.jobs.io;

import java.util.List;
import org.sdg16.schemas.validation.RawRow;

/**
 * A table read from a file: a CSV file, or one sheet of a workbook ({@code name} null for CSV).
 * Column names are already lower case and trimmed.
 */
public record Sheet(String name, List<String> header, List<RawRow> rows) {
  public Sheet {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
