package org.sdg16.schemas.output;

/**
 * One row of the {@code trends} table (methodology §6): one series × area × disaggregation, with
 * the dimension columns of {@link Observation} and every trend statistic, plus {@code
 * theil_sen_intercept} (Sen's intercept, the value of the line at year 0: median of {@code y -
 * slope × year}) so that a chart can draw the trend line. The components are the columns of {@link
 * WarehouseTables#TRENDS}, in table order. A statistic that could not be computed is null and
 * {@code note} says why. The progress columns ({@link WarehouseTables#TREND_PROGRESS}, methodology
 * §6.2) follow; {@link #withProgress} sets them.
 */
public record TrendRow(
    String series,
    int refArea,
    String sex,
    String age,
    String exploitation,
    String armType,
    String justification,
    String commodity,
    String route,
    String unitMeasure,
    String reportingType,
    int nPoints,
    Integer firstYear,
    Integer lastYear,
    Double cagr,
    Double loglinearRate,
    Double loglinearRateLo,
    Double loglinearRateHi,
    Double theilSenSlope,
    Double theilSenLo,
    Double theilSenHi,
    Double theilSenIntercept,
    Double mkS,
    Double mkTau,
    Double mkVar,
    Double mkP,
    String direction,
    Double yoyAbs,
    Double yoyPct,
    String progress,
    String note,
    String slopeUnit,
    Double statcanValue,
    String statcanUnit,
    String statcanCategory,
    String statcanSymbol,
    String statcanYears,
    Double unChartValue,
    String unChartUnit,
    String unChartCategory,
    String unChartSymbol,
    String unChartYears,
    Double eurostatLongValue,
    String eurostatLongUnit,
    String eurostatLongCategory,
    String eurostatLongSymbol,
    String eurostatLongYears,
    Double eurostatShortValue,
    String eurostatShortUnit,
    String eurostatShortCategory,
    String eurostatShortSymbol,
    String eurostatShortYears,
    Double escapValue,
    String escapUnit,
    String escapCategory,
    String escapSymbol,
    String escapYears,
    String progressSentence) {

  public TrendRow {
    java.util.Objects.requireNonNull(series, "series");
    sex = Observation.dim(sex);
    age = Observation.dim(age);
    exploitation = Observation.dim(exploitation);
    armType = Observation.dim(armType);
    justification = Observation.dim(justification);
    commodity = Observation.dim(commodity);
    route = Observation.dim(route);
  }

  /** A row without the progress columns (all null). */
  public TrendRow(
      String series,
      int refArea,
      String sex,
      String age,
      String exploitation,
      String armType,
      String justification,
      String commodity,
      String route,
      String unitMeasure,
      String reportingType,
      int nPoints,
      Integer firstYear,
      Integer lastYear,
      Double cagr,
      Double loglinearRate,
      Double loglinearRateLo,
      Double loglinearRateHi,
      Double theilSenSlope,
      Double theilSenLo,
      Double theilSenHi,
      Double theilSenIntercept,
      Double mkS,
      Double mkTau,
      Double mkVar,
      Double mkP,
      String direction,
      Double yoyAbs,
      Double yoyPct,
      String progress,
      String note) {
    this(
        series,
        refArea,
        sex,
        age,
        exploitation,
        armType,
        justification,
        commodity,
        route,
        unitMeasure,
        reportingType,
        nPoints,
        firstYear,
        lastYear,
        cagr,
        loglinearRate,
        loglinearRateLo,
        loglinearRateHi,
        theilSenSlope,
        theilSenLo,
        theilSenHi,
        theilSenIntercept,
        mkS,
        mkTau,
        mkVar,
        mkP,
        direction,
        yoyAbs,
        yoyPct,
        progress,
        note,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * One progress method's column group: value, its unit text, category, symbol, years used.
   *
   * @param value the classified number or null
   * @param unit unit text of {@code value}, null with it
   * @param category the method's category
   * @param symbol the method's symbol
   * @param years the years used, e.g. "2015–2022", or null
   */
  public record ProgressGroup(
      Double value, String unit, String category, String symbol, String years) {
    public ProgressGroup {
      java.util.Objects.requireNonNull(category, "category");
    }
  }

  /** The cells of this row in table order (for a Spark row). */
  public Object[] cells() {
    java.lang.reflect.RecordComponent[] rc = TrendRow.class.getRecordComponents();
    Object[] out = new Object[rc.length];
    try {
      for (int i = 0; i < rc.length; i++) {
        out[i] = rc[i].getAccessor().invoke(this);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** A row from its cells in table order ({@link #cells}). */
  public static TrendRow ofCells(Object[] cells) {
    java.lang.reflect.RecordComponent[] rc = TrendRow.class.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
    }
    try {
      return TrendRow.class.getDeclaredConstructor(types).newInstance(cells);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * This row with the progress columns set.
   *
   * @param groups one per {@link WarehouseTables#PROGRESS_GROUPS}, in order; null where the method
   *     is not configured
   */
  public TrendRow withProgress(
      String slopeUnit, java.util.List<ProgressGroup> groups, String progressSentence) {
    if (groups.size() != WarehouseTables.PROGRESS_GROUPS.size()) {
      throw new IllegalArgumentException("one group per method: " + groups.size());
    }
    Object[] c = cells();
    int i = c.length - 27;
    c[i++] = slopeUnit;
    for (ProgressGroup g : groups) {
      c[i++] = g == null ? null : g.value();
      c[i++] = g == null ? null : g.unit();
      c[i++] = g == null ? null : g.category();
      c[i++] = g == null ? null : g.symbol();
      c[i++] = g == null ? null : g.years();
    }
    c[i] = progressSentence;
    return ofCells(c);
  }

  /** The Theil–Sen line at a year (intercept + slope × year), or null when there is no slope. */
  public Double lineAt(int year) {
    return theilSenSlope == null || theilSenIntercept == null
        ? null
        : theilSenIntercept + theilSenSlope * year;
  }

  /** The dimension values in the order of {@link Observation#DIMENSIONS}. */
  public String[] dimensions() {
    return new String[] {sex, age, exploitation, armType, justification, commodity, route};
  }
}
