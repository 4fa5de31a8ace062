package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.split;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.validation.Finding;

/**
 * The record the ingest job's read step writes for every data row a file gives ({@link
 * Intake.Row}), once, to a scratch Parquet folder; the later steps read back only the columns they
 * need, so no file is parsed twice and nothing big is held in memory.
 *
 * <p>The record is flat and narrow, because writing it is most of the read step's cost: the typed
 * values of an accepted row go to shared slots by type ({@code int_0}, {@code num_0}, {@code
 * str_0}, {@code date_0}, …), assigned to each dataset's fields in declaration order ({@link
 * #typed}); what only a few rows have (raw cells of a quarantined row, findings) is one JSON text
 * in {@code detail}, read back with {@code from_json}.
 */
final class Scratch {

  private Scratch() {}

  /** Values of {@code kind}. */
  static final String ACCEPTED = "accepted";

  static final String QUARANTINED = "quarantined";

  /** The datasets whose rows the scratch holds. */
  static final List<DatasetSchema> DATASETS = datasets();

  private static List<DatasetSchema> datasets() {
    List<DatasetSchema> d = new ArrayList<>(Datasets.INBOX);
    d.add(Datasets.POPULATION);
    return List.copyOf(d);
  }

  /** A finding, with the dataset and sheet it names. */
  static final StructType FINDING =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("code", DataTypes.StringType, false),
              DataTypes.createStructField("severity", DataTypes.StringType, false),
              DataTypes.createStructField("dataset", DataTypes.StringType, true),
              DataTypes.createStructField("sheet", DataTypes.StringType, true),
              DataTypes.createStructField("row", DataTypes.IntegerType, true),
              DataTypes.createStructField("column", DataTypes.StringType, true),
              DataTypes.createStructField("message", DataTypes.StringType, false)));

  /** What {@code detail} holds: raw cells by column, and the row's findings. */
  static final StructType DETAIL =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField(
                  "raw",
                  DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
                  true),
              DataTypes.createStructField(
                  "findings", DataTypes.createArrayType(FINDING, true), true)));

  /**
   * Separates the raw cells of an accepted row in {@code raw_line}: the cells are kept, as one
   * string, only in case its key turns out to be repeated. A row with this character in a cell
   * keeps its cells in {@code detail} instead.
   */
  static final String CELL_SEPARATOR = "\u001F";

  /** The slot prefixes by Spark type of a field. */
  private static final Map<Field.Kind, String> PREFIX =
      new EnumMap<>(
          Map.of(
              Field.Kind.AREA,
              "int_",
              Field.Kind.YEAR,
              "int_",
              Field.Kind.INT,
              "int_",
              Field.Kind.NUMBER,
              "num_",
              Field.Kind.CODE,
              "str_",
              Field.Kind.TEXT,
              "str_",
              Field.Kind.DATE,
              "date_"));

  /** Slot column of each field, per dataset name, in declaration order. */
  private static final Map<String, String[]> SLOTS = new HashMap<>();

  /** Number of slots of each prefix: the most any dataset needs. */
  private static final Map<String, Integer> WIDTH = new LinkedHashMap<>();

  static {
    for (String p : List.of("int_", "num_", "str_", "date_")) {
      WIDTH.put(p, 0);
    }
    for (DatasetSchema d : DATASETS) {
      Map<String, Integer> used = new HashMap<>();
      String[] slots = new String[d.fields().size()];
      for (int i = 0; i < slots.length; i++) {
        String p = PREFIX.get(d.fields().get(i).kind());
        int n = used.merge(p, 1, Integer::sum) - 1;
        slots[i] = p + n;
        WIDTH.merge(p, n + 1, Math::max);
      }
      SLOTS.put(d.name(), slots);
    }
  }

  /**
   * Parquet settings of the scratch records, written once and read back a few times within minutes:
   * a light codec, and none of the work that only pays for long-lived files (min/max statistics of
   * every value, page checksums, size statistics, dictionaries), which made up a third of the read
   * step. Statistics stay on the columns the later steps filter on, to skip the row groups of other
   * datasets; dictionaries on the lineage columns that repeat on every row.
   */
  static final Map<String, String> PARQUET =
      Map.ofEntries(
          Map.entry("compression", "lz4_raw"),
          Map.entry("parquet.block.size", Integer.toString(16 << 20)),
          Map.entry("parquet.column.statistics.enabled", "false"),
          Map.entry("parquet.column.statistics.enabled#kind", "true"),
          Map.entry("parquet.column.statistics.enabled#dataset", "true"),
          Map.entry("parquet.column.statistics.enabled#task", "true"),
          Map.entry("parquet.size.statistics.enabled", "false"),
          Map.entry("parquet.page.write-checksum.enabled", "false"),
          Map.entry("parquet.enable.dictionary", "false"),
          Map.entry("parquet.enable.dictionary#kind", "true"),
          Map.entry("parquet.enable.dictionary#dataset", "true"),
          Map.entry("parquet.enable.dictionary#source_file", "true"),
          Map.entry("parquet.enable.dictionary#source_sheet", "true"));

  /** The scratch record. */
  static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> f =
        new ArrayList<>(
            List.of(
                DataTypes.createStructField("task", DataTypes.IntegerType, false),
                DataTypes.createStructField("part", DataTypes.IntegerType, false),
                DataTypes.createStructField("kind", DataTypes.StringType, false),
                DataTypes.createStructField("dataset", DataTypes.StringType, false),
                DataTypes.createStructField("source_file", DataTypes.StringType, false),
                DataTypes.createStructField("source_sheet", DataTypes.StringType, true),
                DataTypes.createStructField("source_row", DataTypes.IntegerType, false),
                DataTypes.createStructField("key_pending", DataTypes.BooleanType, false)));
    Map<String, DataType> types =
        Map.of(
            "int_",
            DataTypes.IntegerType,
            "num_",
            DataTypes.DoubleType,
            "str_",
            DataTypes.StringType,
            "date_",
            DataTypes.DateType);
    for (Map.Entry<String, Integer> w : WIDTH.entrySet()) {
      for (int i = 0; i < w.getValue(); i++) {
        f.add(DataTypes.createStructField(w.getKey() + i, types.get(w.getKey()), true));
      }
    }
    f.add(
        DataTypes.createStructField(
            "flags", DataTypes.createArrayType(DataTypes.StringType, true), true));
    f.add(DataTypes.createStructField("raw_line", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    return DataTypes.createStructType(f);
  }

  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    String[] names = SCHEMA.fieldNames();
    for (int i = 0; i < names.length; i++) {
      INDEX.put(names[i], i);
    }
  }

  /** Per dataset name: the field names and the record positions of their slots. */
  private static final Map<String, String[]> FIELD_NAMES = new HashMap<>();

  private static final Map<String, int[]> POSITIONS = new HashMap<>();

  static {
    for (DatasetSchema d : DATASETS) {
      FIELD_NAMES.put(d.name(), d.fields().stream().map(Field::name).toArray(String[]::new));
      POSITIONS.put(
          d.name(), java.util.Arrays.stream(SLOTS.get(d.name())).mapToInt(INDEX::get).toArray());
    }
  }

  private static final int FLAGS = INDEX.get("flags");
  private static final int RAW_LINE = INDEX.get("raw_line");
  private static final int DETAIL_TEXT = INDEX.get("detail");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The scratch record of one row a file gave, on the executor that read it. */
  static Row encode(FileTask task, Intake.Row r) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = task.index();
    v[1] = r.part();
    v[2] = r.typed() != null ? ACCEPTED : QUARANTINED;
    v[3] = r.dataset();
    v[4] = task.relative();
    v[5] = r.sheet();
    v[6] = r.row();
    v[7] = r.keyPending();
    Map<String, Object> detail = new LinkedHashMap<>();
    if (r.typed() != null) {
      String[] fields = FIELD_NAMES.get(r.dataset());
      int[] at = POSITIONS.get(r.dataset());
      for (int i = 0; i < at.length; i++) {
        Object x = r.typed().get(fields[i]);
        v[at[i]] = x instanceof LocalDate d ? java.sql.Date.valueOf(d) : x;
      }
      v[FLAGS] = r.flags().toArray(new String[0]);
      if (r.keyPending()) {
        v[RAW_LINE] = line(r.cells());
        if (v[RAW_LINE] == null) {
          detail.put("raw", r.cells());
        }
      }
    } else {
      detail.put("raw", r.cells());
    }
    if (!r.findings().isEmpty()) {
      List<Map<String, Object>> fs = new ArrayList<>();
      for (Finding f : r.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code().name());
        m.put("severity", f.severity().name());
        m.put("dataset", f.dataset());
        m.put("sheet", f.sheet());
        m.put("row", f.row());
        m.put("column", f.column());
        m.put("message", f.message());
        fs.add(m);
      }
      detail.put("findings", fs);
    }
    if (!detail.isEmpty()) {
      try {
        v[DETAIL_TEXT] = JSON.writeValueAsString(detail);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return RowFactory.create(v);
  }

  /** The cells joined by {@link #CELL_SEPARATOR}, or null when a cell holds it. */
  private static String line(Map<String, String> cells) {
    char sep = CELL_SEPARATOR.charAt(0);
    StringBuilder sb = new StringBuilder(128);
    boolean first = true;
    for (String c : cells.values()) {
      if (c.indexOf(sep) >= 0) {
        return null;
      }
      if (!first) {
        sb.append(sep);
      }
      sb.append(c);
      first = false;
    }
    return sb.toString();
  }

  /** The typed values of a dataset's accepted rows, as columns named after its fields. */
  static List<Column> typed(DatasetSchema schema) {
    String[] slots = SLOTS.get(schema.name());
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      out.add(col(slots[i]).as(schema.fields().get(i).name()));
    }
    return out;
  }

  /** {@code detail} read back as a struct of {@link #DETAIL} (null for most rows). */
  static Column detail() {
    return from_json(col("detail"), DETAIL);
  }

  /**
   * The raw cells of a record by column, given the header of its file as {@code header} and its
   * parsed {@link #detail()} as {@code d}.
   */
  static Column rawCells() {
    return coalesce(
        col("d.raw"), map_from_arrays(col("header"), split(col("raw_line"), CELL_SEPARATOR, -1)));
  }
}
