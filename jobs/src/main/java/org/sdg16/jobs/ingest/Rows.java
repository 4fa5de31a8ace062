package org.sdg16.jobs.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * The rows of a small file validated whole on the driver (the published series of contract §1.6) in
 * the layout of its tables: accepted rows ({@link DatasetSchema#table()}), {@link
 * WarehouseTables#QUARANTINE} and {@link WarehouseTables#FINDINGS} (contract §2, §4.1). The returns
 * themselves are encoded in Spark tasks ({@link Scratch}).
 */
public final class Rows {

  private Rows() {}

  /** Accepted rows of one validated file in the layout of {@link DatasetSchema#table()}. */
  public static List<Row> accepted(
      DatasetSchema schema, FileOutcome o, Validator.Result r, String runId) {
    List<Row> out = new ArrayList<>(r.accepted().size());
    List<Field> fields = schema.fields();
    for (Validator.Accepted a : r.accepted()) {
      Object[] v = new Object[fields.size() + DatasetSchema.LINEAGE.size()];
      for (int i = 0; i < fields.size(); i++) {
        Object x = a.row().get(fields.get(i).name());
        v[i] = x instanceof LocalDate d ? java.sql.Date.valueOf(d) : x;
      }
      int j = fields.size();
      v[j++] = o.source().relative();
      v[j++] = o.sheet();
      v[j++] = a.row().row();
      v[j++] = runId;
      v[j] = a.flags().toArray(new String[0]);
      out.add(RowFactory.create(v));
    }
    return out;
  }

  /** Quarantined rows of one validated file, and the file itself when it was rejected whole. */
  public static List<Row> quarantined(FileOutcome o, Validator.Result r, String runId) {
    List<Row> out = new ArrayList<>();
    if (r.rejected()) {
      out.add(
          RowFactory.create(
              o.dataset(),
              o.source().relative(),
              o.sheet(),
              null,
              Map.of(),
              new Row[] {finding(r.rejection())},
              runId));
    }
    for (Validator.Quarantined q : r.quarantined()) {
      Row[] fs = q.findings().stream().map(Rows::finding).toArray(Row[]::new);
      out.add(
          RowFactory.create(
              o.dataset(),
              o.source().relative(),
              o.sheet(),
              q.raw().row(),
              new LinkedHashMap<>(q.raw().cells()),
              fs,
              runId));
    }
    return out;
  }

  /** Every finding of one validated file, with the raw values of the row it is about. */
  public static List<Row> findings(FileOutcome o, Validator.Result r, String runId) {
    Map<Integer, Map<String, String>> rawByRow = new LinkedHashMap<>();
    for (Validator.Quarantined q : r.quarantined()) {
      rawByRow.put(q.raw().row(), q.raw().cells());
    }
    List<Row> out = new ArrayList<>();
    for (Finding f : o.findings()) {
      Map<String, String> raw = f.row() == null ? null : rawByRow.get(f.row());
      out.add(
          finding(
              f,
              f.dataset() == null ? o.dataset() : f.dataset(),
              o.source().relative(),
              raw == null ? null : new LinkedHashMap<>(raw),
              runId));
    }
    return out;
  }

  /**
   * A finding as a row of the {@code findings} table ({@link WarehouseTables#FINDINGS}), named by
   * {@code dataset} and {@code file}, then the cells {@code more} (a sort order); the other cells
   * as {@link FindingRecord} gives them.
   */
  static Row finding(
      Finding f,
      String dataset,
      String file,
      Map<String, String> raw,
      String runId,
      Object... more) {
    FindingRecord r = FindingRecord.of(f, null);
    List<Object> cells =
        new ArrayList<>(
            Arrays.asList(
                dataset,
                file,
                r.sheet(),
                r.row(),
                r.column(),
                r.code(),
                r.severity(),
                r.message(),
                raw,
                runId));
    cells.addAll(Arrays.asList(more));
    return RowFactory.create(cells.toArray());
  }

  private static Row finding(Finding f) {
    return RowFactory.create(f.code().name(), f.severity().name(), f.column(), f.message());
  }
}
