package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.validation.Finding;

/**
 * The record the ingest job's read step writes for every data row a file gives ({@link
 * Intake.Row}): accepted rows typed, in the struct column of their dataset; quarantined rows with
 * their raw cells; both with their own findings. The step writes these records once to a scratch
 * Parquet folder; the later steps read back only the columns they need, so no file is parsed twice
 * and nothing big is held in memory.
 */
final class Scratch {

  private Scratch() {}

  /** Values of {@code kind}. */
  static final String ACCEPTED = "accepted";
  static final String QUARANTINED = "quarantined";

  /** The datasets whose typed rows the scratch holds, each in a struct column named after it. */
  static final List<DatasetSchema> DATASETS = datasets();

  private static List<DatasetSchema> datasets() {
    List<DatasetSchema> d = new ArrayList<>(Datasets.INBOX);
    d.add(Datasets.POPULATION);
    return List.copyOf(d);
  }

  /** A finding, with the dataset and sheet it names. */
  static final StructType FINDING = DataTypes.createStructType(List.of(
      DataTypes.createStructField("code", DataTypes.StringType, false),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("dataset", DataTypes.StringType, true),
      DataTypes.createStructField("sheet", DataTypes.StringType, true),
      DataTypes.createStructField("row", DataTypes.IntegerType, true),
      DataTypes.createStructField("column", DataTypes.StringType, true),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  /**
   * Separates the raw cells of an accepted row in {@code raw_line}: the cells are kept, as one
   * string, only in case its key turns out to be repeated. A row with this character in a cell
   * keeps its cells in {@code raw} instead.
   */
  static final String CELL_SEPARATOR = "\u001F";

  /** The scratch record. */
  static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> f = new ArrayList<>(List.of(
        DataTypes.createStructField("task", DataTypes.IntegerType, false),
        DataTypes.createStructField("part", DataTypes.IntegerType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("dataset", DataTypes.StringType, false),
        DataTypes.createStructField("source_file", DataTypes.StringType, false),
        DataTypes.createStructField("source_sheet", DataTypes.StringType, true),
        DataTypes.createStructField("source_row", DataTypes.IntegerType, false),
        DataTypes.createStructField("key_pending", DataTypes.BooleanType, false)));
    for (DatasetSchema d : DATASETS) {
      f.add(DataTypes.createStructField(d.name(), d.fieldSchema(), true));
    }
    f.add(DataTypes.createStructField("flags", DataTypes.createArrayType(DataTypes.StringType, true), true));
    f.add(DataTypes.createStructField("raw", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true));
    f.add(DataTypes.createStructField("raw_line", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false));
    return DataTypes.createStructType(f);
  }

  private static final int TYPED = 8;
  private static final int FLAGS = TYPED + DATASETS.size();

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
    if (r.typed() != null) {
      DatasetSchema schema = Datasets.byName(r.dataset()).orElseThrow();
      List<Field> fields = schema.fields();
      Object[] t = new Object[fields.size()];
      for (int i = 0; i < t.length; i++) {
        Object x = r.typed().get(fields.get(i).name());
        t[i] = x instanceof LocalDate d ? java.sql.Date.valueOf(d) : x;
      }
      v[TYPED + DATASETS.indexOf(schema)] = RowFactory.create(t);
      v[FLAGS] = r.flags().toArray(new String[0]);
      if (r.keyPending()) {
        String line = String.join(CELL_SEPARATOR, r.cells().values());
        if (line.chars().filter(c -> c == CELL_SEPARATOR.charAt(0)).count() == r.cells().size() - 1) {
          v[FLAGS + 2] = line;
        } else {
          v[FLAGS + 1] = map(r.cells());
        }
      }
    } else {
      v[FLAGS + 1] = map(r.cells());
    }
    Row[] fs = new Row[r.findings().size()];
    for (int i = 0; i < fs.length; i++) {
      fs[i] = finding(r.findings().get(i));
    }
    v[FLAGS + 3] = fs;
    return RowFactory.create(v);
  }

  /** A finding as a row of {@link #FINDING}. */
  static Row finding(Finding f) {
    return RowFactory.create(f.code().name(), f.severity().name(), f.dataset(), f.sheet(), f.row(),
        f.column(), f.message());
  }

  private static Object map(Map<String, String> cells) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new LinkedHashMap<>(cells));
  }

  /** The raw cells of a scratch record by column, given the header of its file as {@code header}. */
  static Column rawCells() {
    return coalesce(col("raw"), map_from_arrays(col("header"), split(col("raw_line"), CELL_SEPARATOR, -1)));
  }
}
