package org.sdg16.reports.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sdg16.schemas.output.Observation;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The {@code observations} table as a small Tablesaw table, with the selections the report pages
 * need. Each row keeps its index into the original list, so results come back as {@link
 * Observation} records in a stable order (series, area, dimensions, year).
 */
public final class ObsTable {

  private static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::series)
          .thenComparingInt(Observation::refArea)
          .thenComparing(o -> String.join("|", o.dimensions()))
          .thenComparingInt(Observation::timePeriod);

  /**
   * The dimension columns of contract §4.2 in table order, as {@link Observation#dimensions()}
   * returns them.
   */
  public static final List<String> DIMENSIONS = Observation.DIMENSIONS;

  private final List<Observation> all;
  private final Table table;

  /**
   * Selections asked for more than once (a page per country asks for each series per country): the
   * table is immutable, so each is made once.
   */
  private final Map<String, ObsTable> bySeries = new java.util.concurrent.ConcurrentHashMap<>();

  private volatile Map<Integer, ObsTable> byArea;

  private ObsTable(List<Observation> all, Table table) {
    this.all = all;
    this.table = table;
  }

  /** The table of a list of observations; values that are null (not published) are left out. */
  public static ObsTable of(List<Observation> observations) {
    List<Observation> sorted =
        observations.stream().filter(o -> o.value() != null).sorted(ORDER).toList();
    int n = sorted.size();
    IntColumn idx = IntColumn.create("idx", n);
    StringColumn series = StringColumn.create("series", n);
    IntColumn area = IntColumn.create("ref_area", n);
    IntColumn year = IntColumn.create("time_period", n);
    List<StringColumn> dims = new ArrayList<>();
    for (String d : DIMENSIONS) {
      dims.add(StringColumn.create(d, n));
    }
    StringColumn unit = StringColumn.create("unit_measure", n);
    StringColumn rt = StringColumn.create("reporting_type", n);
    DoubleColumn value = DoubleColumn.create("value", n);
    for (int i = 0; i < n; i++) {
      Observation o = sorted.get(i);
      idx.set(i, i);
      series.set(i, o.series());
      area.set(i, o.refArea());
      year.set(i, o.timePeriod());
      String[] dv = o.dimensions();
      for (int d = 0; d < dv.length; d++) {
        dims.get(d).set(i, dv[d]);
      }
      unit.set(i, o.unitMeasure());
      rt.set(i, o.reportingType());
      value.set(i, o.value());
    }
    Table t = Table.create("observations", idx, series, area, year);
    dims.forEach(t::addColumns);
    t.addColumns(unit, rt, value);
    return new ObsTable(sorted, t);
  }

  private ObsTable where(Selection s) {
    return new ObsTable(all, table.where(s));
  }

  public ObsTable series(String code) {
    return bySeries.computeIfAbsent(code, c -> where(table.stringColumn("series").isEqualTo(c)));
  }

  public ObsTable seriesIn(String... codes) {
    return where(table.stringColumn("series").isIn(codes));
  }

  /** National values ({@code reporting_type} N). */
  public ObsTable national() {
    return where(table.stringColumn("reporting_type").isEqualTo("N"));
  }

  /** Regional and World aggregates ({@code reporting_type} G). */
  public ObsTable aggregates() {
    return where(table.stringColumn("reporting_type").isEqualTo("G"));
  }

  public ObsTable area(int m49) {
    Map<Integer, ObsTable> m = byArea;
    if (m == null) {
      m = splitByArea();
      byArea = m;
    }
    ObsTable t = m.get(m49);
    return t != null ? t : where(Selection.with());
  }

  /** Every area's rows, in one pass over the table. */
  private Map<Integer, ObsTable> splitByArea() {
    IntColumn a = table.intColumn("ref_area");
    Map<Integer, tech.tablesaw.selection.BitmapBackedSelection> rows = new java.util.HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      rows.computeIfAbsent(a.getInt(i), k -> new tech.tablesaw.selection.BitmapBackedSelection())
          .add(i);
    }
    Map<Integer, ObsTable> out = new java.util.HashMap<>();
    rows.forEach((k, v) -> out.put(k, where(v)));
    return out;
  }

  public ObsTable areaIn(List<Integer> codes) {
    return where(
        table.intColumn("ref_area").isIn(codes.stream().mapToInt(Integer::intValue).toArray()));
  }

  public ObsTable year(int year) {
    return where(table.intColumn("time_period").isEqualTo(year));
  }

  /** Rows whose every dimension is {@code _T}, except those named, which may hold anything. */
  public ObsTable totalsExcept(String... freeDimensions) {
    Selection s = Selection.withRange(0, table.rowCount());
    List<String> free = List.of(freeDimensions);
    for (String d : DIMENSIONS) {
      if (!free.contains(d)) {
        s = s.and(table.stringColumn(d).isEqualTo(Observation.TOTAL));
      }
    }
    return where(s);
  }

  /** Rows whose every dimension is {@code _T}. */
  public ObsTable totals() {
    return totalsExcept();
  }

  /** Rows where a dimension is not {@code _T} (a breakdown). */
  public ObsTable by(String dimension) {
    return where(table.stringColumn(dimension).isNotEqualTo(Observation.TOTAL));
  }

  public int size() {
    return table.rowCount();
  }

  public boolean isEmpty() {
    return table.rowCount() == 0;
  }

  /** The observations, in the table's stable order. */
  public List<Observation> list() {
    IntColumn idx = table.intColumn("idx");
    List<Observation> out = new ArrayList<>(idx.size());
    for (int i = 0; i < idx.size(); i++) {
      out.add(all.get(idx.getInt(i)));
    }
    return out;
  }

  /** Distinct areas, ascending. */
  public List<Integer> areas() {
    return new ArrayList<>(new TreeSet<>(table.intColumn("ref_area").asList()));
  }

  /** Distinct years, ascending. */
  public List<Integer> years() {
    return new ArrayList<>(new TreeSet<>(table.intColumn("time_period").asList()));
  }

  /** Distinct values of a dimension, ascending. */
  public List<String> values(String dimension) {
    return new ArrayList<>(new TreeSet<>(table.stringColumn(dimension).asList()));
  }

  /** The latest year of each area (Tablesaw {@code summarize ... by}). */
  public Map<Integer, Integer> latestYearByArea() {
    Map<Integer, Integer> m = new TreeMap<>();
    if (isEmpty()) {
      return m;
    }
    Table s = table.summarize("time_period", AggregateFunctions.max).by("ref_area");
    IntColumn a = s.intColumn("ref_area");
    DoubleColumn y = s.doubleColumn(1);
    for (int i = 0; i < s.rowCount(); i++) {
      m.put(a.getInt(i), (int) y.getDouble(i));
    }
    return m;
  }

  /** Keeps, for each area, only its latest year. */
  public ObsTable latestPerArea() {
    Map<Integer, Integer> latest = latestYearByArea();
    Selection s = Selection.with();
    IntColumn a = table.intColumn("ref_area");
    IntColumn y = table.intColumn("time_period");
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < table.rowCount(); i++) {
      if (latest.get(a.getInt(i)) == y.getInt(i)) {
        keep.add(i);
      }
    }
    s = Selection.with(keep.stream().mapToInt(Integer::intValue).toArray());
    return where(s);
  }

  /** The latest year present, or null. */
  public Integer latestYear() {
    return isEmpty() ? null : (int) table.intColumn("time_period").max();
  }

  /**
   * Number of observations per series family key, area and year: the grid behind the reporting
   * status matrix (Tablesaw {@code countBy}).
   */
  public Map<Integer, Map<Integer, Integer>> countByAreaYear() {
    Map<Integer, Map<Integer, Integer>> m = new TreeMap<>();
    if (isEmpty()) {
      return m;
    }
    Table c = table.countBy(table.intColumn("ref_area"), table.intColumn("time_period"));
    for (int i = 0; i < c.rowCount(); i++) {
      int area = c.intColumn("ref_area").getInt(i);
      int year = c.intColumn("time_period").getInt(i);
      int n = (int) ((tech.tablesaw.api.NumericColumn<?>) c.column("Count")).getDouble(i);
      m.computeIfAbsent(area, k -> new TreeMap<>()).put(year, n);
    }
    return m;
  }

  /**
   * Values of one area and series as {@code dimension value → year → observation}, for a breakdown
   * by one dimension.
   */
  public Map<String, Map<Integer, Observation>> byDimensionAndYear(String dimension) {
    Map<String, Map<Integer, Observation>> m = new LinkedHashMap<>();
    int d = DIMENSIONS.indexOf(dimension);
    for (Observation o : list()) {
      m.computeIfAbsent(o.dimensions()[d], k -> new TreeMap<>()).put(o.timePeriod(), o);
    }
    return m;
  }

  /**
   * The underlying Tablesaw table (columns idx, series, ref_area, time_period, dimensions,
   * unit_measure, reporting_type, value).
   */
  public Table table() {
    return table;
  }
}
