package org.sdg16.schemas.output;

import java.util.Objects;

/**
 * One published value beside the computed national value of the same series, area, year, sex and
 * age (methodology §8): a row of the {@code reconciliation} table, of the workbook's {@code
 * reconciliation} sheet and of {@code exports/csv/reconciliation.csv}. The components are the
 * table's columns ({@link WarehouseTables#RECONCILIATION}), in order.
 *
 * @param series series code as published (the SDMX series of an official series)
 * @param refArea M49 code
 * @param timePeriod year
 * @param sex sex code, {@code _T} for the total
 * @param age age code, {@code _T} for every age
 * @param unitMeasure unit of the computed series
 * @param computed the computed national value; null when none was computed
 * @param published the published value
 * @param difference computed − published; null without a computed value
 * @param tolerance the largest difference that is not a finding, in the series' unit
 * @param status {@code differs} (a {@code PUBLISHED_DIFFERS} finding), {@code agrees}, or {@code
 *     not_computed}
 * @param reason the likely reason of a difference or a missing computed value, e.g. {@code revision
 *     after publication}; null where the values agree
 * @param obsStatus OBS_STATUS of the computed value, or null
 * @param publishedFile the published file, relative to the inbox
 * @param publishedRow 1-based data row of the published value in its file
 * @param publishedUpdate the published row's {@code DATA_LAST_UPDATE}, ISO date, or null
 * @param received the latest {@code submitted_on} of the returns the value is computed from, ISO
 *     date, or null
 */
public record ReconciliationRow(
    String series,
    int refArea,
    int timePeriod,
    String sex,
    String age,
    String unitMeasure,
    Double computed,
    double published,
    Double difference,
    double tolerance,
    String status,
    String reason,
    String obsStatus,
    String publishedFile,
    Integer publishedRow,
    String publishedUpdate,
    String received) {

  /** The values of {@link #status}. */
  public static final String DIFFERS = "differs";

  public static final String AGREES = "agrees";

  public static final String NOT_COMPUTED = "not_computed";

  public ReconciliationRow {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(status, "status");
    if (!status.equals(DIFFERS) && !status.equals(AGREES) && !status.equals(NOT_COMPUTED)) {
      throw new IllegalArgumentException("status is differs, agrees or not_computed: " + status);
    }
    if ((computed == null) != (difference == null)) {
      throw new IllegalArgumentException("a difference needs a computed value, and only then");
    }
  }

  /** The cells in table order, for a Spark row. */
  public Object[] cells() {
    return new Object[] {
      series,
      refArea,
      timePeriod,
      sex,
      age,
      unitMeasure,
      computed,
      published,
      difference,
      tolerance,
      status,
      reason,
      obsStatus,
      publishedFile,
      publishedRow,
      publishedUpdate,
      received
    };
  }

  /** A row from its cells in table order (null where a cell is null). */
  public static ReconciliationRow ofCells(Object[] c) {
    return new ReconciliationRow(
        (String) c[0],
        (Integer) c[1],
        (Integer) c[2],
        (String) c[3],
        (String) c[4],
        (String) c[5],
        (Double) c[6],
        (Double) c[7],
        (Double) c[8],
        (Double) c[9],
        (String) c[10],
        (String) c[11],
        (String) c[12],
        (String) c[13],
        (Integer) c[14],
        (String) c[15],
        (String) c[16]);
  }
}
