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
    Double escapCsiValue,
    String escapCsiUnit,
    String escapCsiCategory,
    String escapCsiSymbol,
    String escapCsiYears,
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

  /**
   * The progress column groups of the trends table (methodology §6.2), in table order: one per
   * assessment, Eurostat's long- and short-term each with their own.
   */
  public enum Method {
    STATCAN("statcan", "Statistics Canada / Open SDG"),
    UN_CHART("un_chart", "UN Progress Chart"),
    EUROSTAT_LONG("eurostat_long", "Eurostat long-term"),
    EUROSTAT_SHORT("eurostat_short", "Eurostat short-term"),
    ESCAP("escap", "ESCAP anticipated progress"),
    ESCAP_CSI("escap_csi", "ESCAP current status");

    private final String column;
    private final String label;

    Method(String column, String label) {
      this.column = column;
      this.label = label;
    }

    /** The prefix of the group's columns, e.g. {@code eurostat_long}. */
    public String column() {
      return column;
    }

    /** The name printed with a category, e.g. "(Eurostat long-term)". */
    public String label() {
      return label;
    }
  }

  /**
   * The progress groups this row holds, in table order; a method that is not configured for the
   * series (its category is null) is absent.
   */
  public java.util.Map<Method, ProgressGroup> progressGroups() {
    java.util.Map<Method, ProgressGroup> out = new java.util.EnumMap<>(Method.class);
    Object[] c = cells();
    int i = c.length - 1 - 5 * Method.values().length;
    for (Method m : Method.values()) {
      if (c[i + 2] != null) {
        out.put(
            m,
            new ProgressGroup(
                (Double) c[i],
                (String) c[i + 1],
                (String) c[i + 2],
                (String) c[i + 3],
                (String) c[i + 4]));
      }
      i += 5;
    }
    return out;
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
    int i = c.length - 2 - 5 * Method.values().length;
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
