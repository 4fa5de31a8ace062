package org.sdg16.jobs.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The exported tables: their columns (those of the warehouse tables declared in {@link
 * WarehouseTables}, contract §4.2 and methodology §6) and the deterministic row order every writer
 * uses, so that unchanged inputs give the same files whatever order Spark collected the rows in.
 */
public final class Tables {

  private Tables() {}

  /**
   * The columns of {@code observations} (contract §4.2), in table order, each read from the {@link
   * Observation} component of the same name.
   */
  public static final List<Column<Observation>> OBSERVATIONS =
      Column.ofRecord(Observation.class, WarehouseTables.OBSERVATIONS.columnNames());

  /** The columns of {@code trends} (methodology §6), in table order, read from {@link TrendRow}. */
  public static final List<Column<TrendRow>> TRENDS =
      Column.ofRecord(TrendRow.class, WarehouseTables.TRENDS.columnNames());

  /**
   * The columns of {@code reconciliation} (methodology §8), in table order, read from {@link
   * ReconciliationRow}.
   */
  public static final List<Column<ReconciliationRow>> RECONCILIATION =
      Column.ofRecord(ReconciliationRow.class, WarehouseTables.RECONCILIATION.columnNames());

  /** Series, area, year, sex, age, then the published file and row. */
  public static final Comparator<ReconciliationRow> RECONCILIATION_ORDER =
      Comparator.comparing(ReconciliationRow::series)
          .thenComparingInt(ReconciliationRow::refArea)
          .thenComparingInt(ReconciliationRow::timePeriod)
          .thenComparing(ReconciliationRow::sex)
          .thenComparing(ReconciliationRow::age)
          .thenComparing(
              ReconciliationRow::publishedFile, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              ReconciliationRow::publishedRow, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The columns of {@code findings.csv}; {@code raw} holds the raw cells as one JSON object. */
  public static final List<String> FINDINGS_COLUMNS =
      List.of("dataset", "file", "sheet", "row", "column", "code", "severity", "message", "raw");

  /** Series, area, year, then every dimension, unit and reporting type. */
  public static final Comparator<Observation> OBSERVATION_ORDER =
      Comparator.comparing(Observation::series)
          .thenComparingInt(Observation::refArea)
          .thenComparingInt(Observation::timePeriod)
          .thenComparing(Observation::sex)
          .thenComparing(Observation::age)
          .thenComparing(Observation::exploitation)
          .thenComparing(Observation::armType)
          .thenComparing(Observation::justification)
          .thenComparing(Observation::commodity)
          .thenComparing(Observation::route)
          .thenComparing(Observation::unitMeasure)
          .thenComparing(Observation::reportingType);

  /** Series, area, then every dimension. */
  public static final Comparator<TrendRow> TREND_ORDER =
      Comparator.comparing(TrendRow::series)
          .thenComparingInt(TrendRow::refArea)
          .thenComparing(TrendRow::sex, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::age, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::exploitation, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::armType, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::justification, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::commodity, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::route, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TrendRow::unitMeasure, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Dataset, file, sheet, row (file-level findings first), then code, column and message. */
  public static final Comparator<FindingRecord> FINDING_ORDER =
      Comparator.comparing(FindingRecord::dataset, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingRecord::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingRecord::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingRecord::row, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingRecord::code)
          .thenComparing(FindingRecord::column, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingRecord::message);

  /** A sorted copy. */
  public static <T> List<T> sorted(List<T> rows, Comparator<? super T> order) {
    List<T> out = new ArrayList<>(rows);
    out.sort(order);
    return out;
  }
}
