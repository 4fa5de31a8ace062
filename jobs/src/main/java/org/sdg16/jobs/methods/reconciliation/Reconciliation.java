package org.sdg16.jobs.methods.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sdg16.jobs.methods.indicators.Indicators;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.csv.Numbers;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.series.IndicatorFunction;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The reconciliation of computed national values with the published ones (methodology §8): each
 * published value of a country meets the computed national value of the same series, area, year,
 * sex and age (every other breakdown the total); a difference above the tolerance of the series'
 * unit is a {@link FindingCode#PUBLISHED_DIFFERS} finding, and every pair gets the likely reason of
 * its difference. Plain Java: the compute stage gathers the lists, this class decides.
 */
public final class Reconciliation {

  /**
   * One value of the {@code published} table (contract §1.6).
   *
   * @param series series code as published
   * @param refArea M49 code
   * @param timePeriod year
   * @param sex sex code ({@code _T} when none)
   * @param age age code ({@code _T} or {@code ALLAGE} for every age)
   * @param value the published value; rows without one are not compared
   * @param unitMeasure unit as published, or null
   * @param file the published file, relative to the inbox
   * @param row 1-based data row in it
   * @param lastUpdate {@code DATA_LAST_UPDATE} as written, or null
   */
  public record Published(
      String series,
      int refArea,
      int timePeriod,
      String sex,
      String age,
      Double value,
      String unitMeasure,
      String file,
      Integer row,
      String lastUpdate) {}

  /** A quarantined row of a dataset, by the area and year its raw cells name. */
  public record Quarantined(String dataset, int refArea, int year) {}

  /** The latest {@code submitted_on} of the accepted rows of a dataset for one area and year. */
  public record Received(String dataset, int refArea, int year, LocalDate submittedOn) {}

  /** The likely reasons of a difference, in the order they are looked for (methodology §8). */
  public enum Reason {
    /** A return behind the computed value was submitted after the published value's update. */
    REVISION_AFTER_PUBLICATION("revision after publication"),
    /** A row of the same dataset, area and year is in quarantine. */
    QUARANTINED_ROW("a quarantined row"),
    /** The computed value's note says a part of its sums is not reported. */
    PARTIAL_DENOMINATOR("a partial denominator"),
    NONE_FOUND("none found");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The reconciliation table and the findings of the values that differ. */
  public record Result(List<ReconciliationRow> rows, List<Finding> findings) {
    public Result {
      rows = List.copyOf(rows);
      findings = List.copyOf(findings);
    }

    /** How many values differ from the published ones. */
    public long differing() {
      return rows.stream().filter(r -> r.status().equals(ReconciliationRow.DIFFERS)).count();
    }
  }

  private static final String TOTAL = Observation.TOTAL;

  /** Every code a published value of a catalogue series may carry, with its series. */
  private static final Map<String, Series> BY_PUBLISHED_CODE = publishedCodes();

  private final PipelineConfig.Tolerance tolerance;

  private final Map<String, Double> bySeries;

  /** With the tolerances of {@code published.tolerance} only. */
  public Reconciliation(PipelineConfig.Tolerance tolerance) {
    this(tolerance, Map.of());
  }

  /**
   * @param tolerance the tolerance of each unit ({@code published.tolerance})
   * @param bySeries series code → its own absolute tolerance ({@code series.CODE.tolerance})
   */
  public Reconciliation(PipelineConfig.Tolerance tolerance, Map<String, Double> bySeries) {
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    this.bySeries = Map.copyOf(bySeries);
  }

  /**
   * Compares every published value of a country whose series sdg16 computes with the national value
   * of the same key.
   *
   * @param observations the {@code observations} table (aggregates are left aside)
   * @param published the {@code published} table
   * @param quarantined the quarantined rows by dataset, area and year
   * @param received the latest submission date of the accepted rows by dataset, area and year
   */
  public Result run(
      List<Observation> observations,
      List<Published> published,
      List<Quarantined> quarantined,
      List<Received> received) {
    Map<String, Observation> computed = new HashMap<>();
    for (Observation o : observations) {
      publishedKey(o).ifPresent(k -> computed.putIfAbsent(k, o));
    }
    Set<String> inQuarantine = new HashSet<>();
    for (Quarantined q : quarantined) {
      inQuarantine.add(q.dataset() + "|" + q.refArea() + "|" + q.year());
    }
    Map<String, LocalDate> latest = new HashMap<>();
    for (Received r : received) {
      if (r.submittedOn() != null) {
        latest.merge(
            r.dataset() + "|" + r.refArea() + "|" + r.year(),
            r.submittedOn(),
            (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    List<Published> sorted = new ArrayList<>(published);
    sorted.sort(
        Comparator.comparing(Published::series)
            .thenComparingInt(Published::refArea)
            .thenComparingInt(Published::timePeriod)
            .thenComparing(p -> total(p.sex()))
            .thenComparing(p -> total(p.age()))
            .thenComparing(p -> String.valueOf(p.file()))
            .thenComparing(p -> p.row() == null ? 0 : p.row()));
    List<ReconciliationRow> rows = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Published p : sorted) {
      Series s = BY_PUBLISHED_CODE.get(p.series());
      if (p.value() == null || s == null || M49.standard().area(p.refArea()).isEmpty()) {
        continue; // not a value of a country for a series sdg16 computes
      }
      Observation o = computed.get(key(p.series(), p.refArea(), p.timePeriod(), p.sex(), p.age()));
      if (o != null && p.unitMeasure() != null && !p.unitMeasure().equals(o.unitMeasure())) {
        continue; // another measure of the same series code: not comparable
      }
      Double value = o == null ? null : o.value();
      BigDecimal tol = tolerance(s, p.value());
      BigDecimal diff =
          value == null ? null : new BigDecimal(value.toString()).subtract(decimal(p.value()));
      String status =
          diff == null
              ? ReconciliationRow.NOT_COMPUTED
              : diff.abs().compareTo(tol) > 0
                  ? ReconciliationRow.DIFFERS
                  : ReconciliationRow.AGREES;
      LocalDate got = null;
      boolean quarantine = false;
      for (String d : datasetsOf(s)) {
        String k = d + "|" + p.refArea() + "|" + p.timePeriod();
        quarantine |= inQuarantine.contains(k);
        LocalDate x = latest.get(k);
        if (x != null && (got == null || x.isAfter(got))) {
          got = x;
        }
      }
      String reason = null;
      if (!status.equals(ReconciliationRow.AGREES)) {
        reason = reasons(date(p.lastUpdate()), got, quarantine, o);
      }
      ReconciliationRow row =
          new ReconciliationRow(
              p.series(),
              p.refArea(),
              p.timePeriod(),
              total(p.sex()),
              total(p.age()),
              s.unitMeasure(),
              value,
              p.value(),
              diff == null ? null : diff.doubleValue(),
              tol.doubleValue(),
              status,
              reason,
              o == null ? null : o.obsStatus(),
              p.file(),
              p.row(),
              p.lastUpdate(),
              got == null ? null : got.toString());
      rows.add(row);
      if (status.equals(ReconciliationRow.DIFFERS)) {
        findings.add(finding(row, s, diff));
      }
    }
    return new Result(rows, findings);
  }

  /** The likely reasons, joined by {@code "; "} in the order of {@link Reason}. */
  static String reasons(
      LocalDate publishedOn, LocalDate received, boolean quarantined, Observation o) {
    List<String> out = new ArrayList<>();
    if (publishedOn != null && received != null && received.isAfter(publishedOn)) {
      out.add(Reason.REVISION_AFTER_PUBLICATION.text());
    }
    if (quarantined) {
      out.add(Reason.QUARANTINED_ROW.text());
    }
    if (o != null
        && (Indicators.partialPart(o.comment()) != null
            || (o.coverage() != null && o.coverage() < 1))) {
      out.add(Reason.PARTIAL_DENOMINATOR.text());
    }
    return out.isEmpty() ? Reason.NONE_FOUND.text() : String.join("; ", out);
  }

  /**
   * The tolerance of a series (methodology §8): its own where the config gives one; else {@code
   * percent} points for a series in percent, {@code count} units for a count (a series with 0
   * decimals), else {@code relative} × |published| but at least half a unit of the series' last
   * decimal (the rounding of a published value).
   */
  BigDecimal tolerance(Series s, double published) {
    Double own = bySeries.get(s.code());
    if (own != null) {
      return decimal(own);
    }
    if ("PT".equals(s.unitMeasure())) {
      return decimal(tolerance.percent());
    }
    if (s.decimals() == 0) {
      return decimal(tolerance.count());
    }
    BigDecimal rel = decimal(tolerance.relative()).multiply(decimal(Math.abs(published)));
    BigDecimal half = BigDecimal.valueOf(5, s.decimals() + 1);
    return rel.max(half).stripTrailingZeros();
  }

  /** The PUBLISHED_DIFFERS finding of a row: on the published file's row, column {@code value}. */
  private static Finding finding(ReconciliationRow r, Series s, BigDecimal diff) {
    String area =
        M49.standard().area(r.refArea()).map(a -> r.refArea() + " (" + a.name() + ")").orElse("");
    String breakdown =
        TOTAL.equals(r.sex()) && TOTAL.equals(r.age())
            ? ""
            : " sex " + r.sex() + ", age " + r.age();
    String message =
        String.format(
            Locale.ROOT,
            "%s %s %d%s: computed %s against %s published, a difference of %s %s"
                + " (tolerance %s); likely reason: %s",
            r.series(),
            area,
            r.timePeriod(),
            breakdown,
            shown(r.computed(), s.decimals()),
            Numbers.plain(r.published()),
            (diff.signum() > 0 ? "+" : "") + shown(diff.doubleValue(), s.decimals() + 2),
            s.unitMeasure(),
            Numbers.plain(r.tolerance()),
            r.reason());
    return Finding.of(
        FindingCode.PUBLISHED_DIFFERS,
        Datasets.PUBLISHED.name(),
        r.publishedFile() == null ? "" : r.publishedFile(),
        null,
        r.publishedRow(),
        "value",
        message);
  }

  /**
   * The cells of a finding's {@code raw} map: the key of the published value, the two values, the
   * difference and the tolerance at full precision, and the likely reason (contract §2).
   */
  public static Map<String, String> cells(ReconciliationRow r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("series", r.series());
    m.put("ref_area", Integer.toString(r.refArea()));
    m.put("time_period", Integer.toString(r.timePeriod()));
    m.put("sex", r.sex());
    m.put("age", r.age());
    m.put("computed", Numbers.plain(r.computed()));
    m.put("published", Numbers.plain(r.published()));
    m.put("difference", Numbers.plain(r.difference()));
    m.put("tolerance", Numbers.plain(r.tolerance()));
    m.put("reason", r.reason());
    return m;
  }

  /** The findings of a result with the cells of their rows, for the {@code findings} table. */
  public static List<FindingRecord> records(Result result) {
    List<FindingRecord> out = new ArrayList<>();
    int i = 0;
    for (ReconciliationRow r : result.rows()) {
      if (r.status().equals(ReconciliationRow.DIFFERS)) {
        out.add(FindingRecord.of(result.findings().get(i++), cells(r)));
      }
    }
    return out;
  }

  private static String shown(double v, int decimals) {
    return new BigDecimal(Double.toString(v))
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static BigDecimal decimal(double v) {
    return new BigDecimal(Double.toString(v));
  }

  /**
   * {@code _T} for an empty code and for {@code ALLAGE} (every age, as the SDG database writes).
   */
  static String total(String code) {
    return code == null || code.isBlank() || code.equals("ALLAGE") ? TOTAL : code;
  }

  private static String key(String series, int area, int year, String sex, String age) {
    return series + "|" + area + "|" + year + "|" + total(sex) + "|" + total(age);
  }

  /**
   * The key a published value of this national observation would have: the SDMX series code of an
   * official series (by form of exploitation), else the series code, with every breakdown other
   * than sex and age at its total; empty for an aggregate or another breakdown.
   */
  static Optional<String> publishedKey(Observation o) {
    if (!"N".equals(o.reportingType())
        || !TOTAL.equals(o.armType())
        || !TOTAL.equals(o.justification())
        || !TOTAL.equals(o.commodity())
        || !TOTAL.equals(o.route())) {
      return Optional.empty();
    }
    Optional<Series> s = SeriesCatalogue.byCode(o.series());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> code =
        s.get().sdmx() != null
            ? s.get().sdmx().seriesOf(o.exploitation())
            : TOTAL.equals(o.exploitation()) ? Optional.of(o.series()) : Optional.empty();
    return code.map(c -> key(c, o.refArea(), o.timePeriod(), o.sex(), o.age()));
  }

  /**
   * The catalogue series a published series code belongs to (the SDMX series of an official series,
   * by form of exploitation, or a project series' own code); empty for a series sdg16 does not
   * compute.
   */
  public static Optional<Series> seriesOf(String publishedCode) {
    return Optional.ofNullable(BY_PUBLISHED_CODE.get(publishedCode));
  }

  private static Map<String, Series> publishedCodes() {
    Map<String, Series> m = new HashMap<>();
    for (Series s : SeriesCatalogue.ALL) {
      if (s.sdmx() != null) {
        m.put(s.sdmx().series(), s);
        s.sdmx().byExploitation().values().forEach(c -> m.put(c, s));
      } else {
        m.putIfAbsent(s.code(), s);
      }
    }
    return m;
  }

  /** The datasets a series is computed from (methodology §1–§4). */
  public static List<String> datasetsOf(Series s) {
    if (s.function() == IndicatorFunction.TRANSNATIONAL_SHARE
        || s.function() == IndicatorFunction.ROUTES) {
      return List.of(Datasets.FIREARMS_CASES.name());
    }
    return switch (s.family()) {
      case "firearms" -> List.of(Datasets.FIREARMS.name());
      case "ccp" -> List.of(Datasets.CCP.name());
      case "tip" -> List.of(Datasets.TIP.name());
      default -> List.of(Datasets.MARKETS.name());
    };
  }

  /** A {@code DATA_LAST_UPDATE} as a date (its first ten characters, ISO), or null. */
  static LocalDate date(String lastUpdate) {
    if (lastUpdate == null || lastUpdate.trim().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(lastUpdate.trim().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
