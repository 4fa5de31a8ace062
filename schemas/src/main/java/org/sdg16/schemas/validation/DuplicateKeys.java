package org.sdg16.schemas.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.TypedRow;

/**
 * The first cross-row rule of contract §2: no key twice in one submission. Every row of a
 * duplicated key is an error, with one finding text for all of them. The {@link Validator} applies
 * it to the rows of a file read whole; the ingest job finds the duplicates of files it reads row by
 * row with Spark column functions, which build the same {@link #column} and {@link #message}.
 */
public final class DuplicateKeys {

  private DuplicateKeys() {}

  /** A row of a duplicated key: its index among the rows checked, and its finding. */
  record Hit(int index, FindingCode code, String column, String message) {}

  /** The rows of {@code rows} whose unique key another row has too, in the order of the keys. */
  static List<Hit> find(DatasetSchema schema, List<TypedRow> rows) {
    Map<List<Object>, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> k = new ArrayList<>();
      for (String c : schema.uniqueKey()) {
        k.add(rows.get(i).get(c));
      }
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Integer>> e : byKey.entrySet()) {
      if (e.getValue().size() > 1) {
        List<Integer> lines = e.getValue().stream().map(i -> rows.get(i).row()).toList();
        String message = message(schema.uniqueKey(), e.getKey(), lines);
        for (int i : e.getValue()) {
          hits.add(new Hit(i, FindingCode.DUPLICATE_KEY, column(schema), message));
        }
      }
    }
    return hits;
  }

  /** The column of a {@code DUPLICATE_KEY} finding: the unique key's columns, comma-separated. */
  public static String column(DatasetSchema schema) {
    return String.join(",", schema.uniqueKey());
  }

  /**
   * The message of a {@code DUPLICATE_KEY} finding, e.g. {@code key (ref_area=404,
   * seizure_id=KEN-MBA-2017-900) appears in rows [16, 17]}: the typed key values and every row of
   * the submission that holds the key, in file order. The ingest job builds the same text with
   * Spark column functions for files it reads row by row; a test keeps the two equal.
   */
  public static String message(List<String> columns, List<Object> values, List<Integer> rows) {
    StringBuilder key = new StringBuilder();
    for (int j = 0; j < columns.size(); j++) {
      key.append(j == 0 ? "" : ", ").append(columns.get(j)).append('=').append(values.get(j));
    }
    return "key (" + key + ") appears in rows " + rows;
  }
}
