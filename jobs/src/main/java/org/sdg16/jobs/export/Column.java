package org.sdg16.jobs.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table: its name, whether it holds text, a whole number or a decimal
 * number, and how to read it from a row. CSV and workbook writers use the same columns, so the two
 * formats cannot drift apart.
 *
 * @param name column name as in the warehouse table
 * @param kind what the column holds
 * @param getter the cell value of a row (String, Integer or Double; null = empty)
 * @param <R> row type
 */
public record Column<R>(String name, Kind kind, Function<R, Object> getter) {

  /** What a column holds. */
  public enum Kind {
    TEXT,
    INTEGER,
    NUMBER
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(getter, "getter");
  }

  public Object get(R row) {
    return getter.apply(row);
  }

  /**
   * The columns of a record type in the order of {@code names}, each read by the record component
   * of the same name in camel case ({@code ref_area} → {@code refArea}). A name without a component
   * is a programming error.
   */
  public static <R extends Record> List<Column<R>> ofRecord(Class<R> type, List<String> names) {
    List<Column<R>> out = new ArrayList<>(names.size());
    for (String n : names) {
      RecordComponent rc = component(type, n);
      Method accessor = rc.getAccessor();
      out.add(new Column<>(n, kindOf(rc.getType()), r -> invoke(accessor, r)));
    }
    return List.copyOf(out);
  }

  static String snake(String camel) {
    StringBuilder b = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static RecordComponent component(Class<?> type, String snakeName) {
    for (RecordComponent rc : type.getRecordComponents()) {
      if (snake(rc.getName()).equals(snakeName.toLowerCase(Locale.ROOT))) {
        return rc;
      }
    }
    throw new IllegalArgumentException(
        type.getSimpleName() + " has no component for column " + snakeName);
  }

  private static Kind kindOf(Class<?> t) {
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return Kind.INTEGER;
    }
    if (t == double.class || t == Double.class) {
      return Kind.NUMBER;
    }
    if (t == String.class || t == boolean.class || t == Boolean.class) {
      return Kind.TEXT; // a flag such as reported_total prints as true / false
    }
    throw new IllegalArgumentException("no column kind for " + t);
  }

  private static Object invoke(Method m, Object row) {
    try {
      return m.invoke(row);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m.getName(), e);
    }
  }
}
