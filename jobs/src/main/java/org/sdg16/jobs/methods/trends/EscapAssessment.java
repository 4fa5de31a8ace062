package org.sdg16.jobs.methods.trends;

import java.util.List;

/**
 * The indicator level of ESCAP's Anticipated Progress Index and Current Status Index, methodology
 * §6.2.
 *
 * <p>Sources. The note is annex 1 "Technical notes – methodology to measure progress" of ESCAP's
 * <i>Asia and the Pacific SDG Progress Report 2025</i> (pp. 55–59, as UNECE's technical notes of
 * 2026, w3.unece.org/sdg2026/technical-notes.html, cite it), published also as ESCAP's resource
 * guide <i>Progress Assessment Methodology</i> (data.unescap.org/resource-guides/
 * progress-assessment-methodology). What of it could be read here: indicators are selected for "two
 * or more data points" and the "ability to set a quantitative target value"; the Current Status
 * Index answers "how much progress has been made since 2015?" and the Anticipated Progress Index
 * "how likely will the targets be achieved by 2030?", measuring "the gap between predicted value of
 * the indicator and the specified target value", both "constructed at the level of sub-indicator (a
 * series …)" (resource guide); the anticipated value comes from "the rate of change observed
 * between 2000 and 2025", "recent data are given more weight than earlier data", the estimation is
 * "the time-weighted linear regression", and the gap is taken "relative to the progress required
 * between 2015 and 2030" (UNECE 2026, describing ESCAP's method). The method papers the guide
 * refers to (ESCAP Statistics Division working papers SD/WP/04, <i>A weighted extrapolation method
 * for measuring the SDGs progress</i>, March 2017, and SD/WP/05, <i>Tracking progress towards the
 * SDGs: measuring the otherwise ambiguous progress</i>, May 2017, both by A. Bidarbakht Nia) were
 * found only as abstracts. The weights and the Current Status formula below are those of a public
 * implementation of the two indices (UNICEF MENARO, <i>Trend analysis for SDG child indicators</i>,
 * github.com/spalmas/SDG-MENARO, {@code 03_progress_assessment/progress_assessment_functions.R},
 * commit 3505208: {@code wreg}, {@code CS}), not of the note's own text.
 *
 * <ul>
 *   <li>only a series with a target is assessed (a selection criterion of the note); without one
 *       the category is <i>not assessed</i>;
 *   <li>v̂_T, the value anticipated for the target year T, comes from a weighted least-squares line
 *       of the values on the years from {@value #FIRST_YEAR} on, year t weighing {@code w_t = (T −
 *       t_first) / (T − t)} (MENARO's {@code wi}: the first year weighs 1, a year closer to the
 *       target more). MENARO fits the line to the log-odds of a bounded indicator and takes its
 *       intercept from an unweighted fit; sdg16 fits the values themselves, intercept and slope
 *       both weighted;
 *   <li>the anticipated progress ratio {@code r = (v̂_T − v_b) / (v* − v_b)}, v_b the value of the
 *       first observed year from the base year (2015) on, so that the note's gap relative to the
 *       progress required is {@code 1 − r}: r ≥ 1 <i>maintain progress to achieve target</i>
 *       (green), 0 ≤ r &lt; 1 <i>accelerate progress to achieve target</i> (yellow), r &lt; 0
 *       <i>reverse trend to achieve target</i> (red), the dashboard's three categories. A latest
 *       value that already meets the target is <i>target achieved</i> (sdg16's shortcut, not a
 *       category of the note);
 *   <li>two or more data points from {@value #FIRST_YEAR} on and one from the base year on, all
 *       before the target year.
 * </ul>
 *
 * {@link #currentStatus} is the indicator-level step of the Current Status Index, {@link
 * #currentStatusResult} its column group.
 */
public final class EscapAssessment {

  /** First year the regression uses (the note: the rate of change observed since 2000). */
  public static final int FIRST_YEAR = 2000;

  /** Unit text of r. */
  public static final String RATIO_UNIT = "anticipated share of the required change";

  private EscapAssessment() {}

  /** Assesses a series; {@code spec} without a target gives <i>not assessed</i>. */
  public static MethodResult assess(List<TrendPoint> points, ProgressSpec spec) {
    List<TrendPoint> used =
        TrendPoint.sortedByYear(points).stream().filter(p -> p.year() >= FIRST_YEAR).toList();
    Integer from = used.isEmpty() ? null : used.get(0).year();
    Integer to = used.isEmpty() ? null : used.get(used.size() - 1).year();
    if (!spec.hasTarget()) {
      return MethodResult.notAssessed("ESCAP needs a target", from, to);
    }
    List<TrendPoint> fromBase = used.stream().filter(p -> p.year() >= spec.baseYear()).toList();
    if (used.size() < 2 || fromBase.isEmpty()) {
      return MethodResult.notAssessed("fewer than 2 years or none from the base year", from, to);
    }
    TrendPoint base = fromBase.get(0);
    TrendPoint latest = used.get(used.size() - 1);
    int d = spec.desired().sign();
    if (d > 0 ? latest.value() >= spec.target() : latest.value() <= spec.target()) {
      return new MethodResult(
          null, null, TARGET_ACHIEVED, "green", MethodResult.Tone.PROGRESS, from, to);
    }
    if (spec.targetYear() <= to) {
      return MethodResult.notAssessed("target year not after the latest year", from, to);
    }
    if (spec.target() == base.value()) {
      return MethodResult.notAssessed("target equals the base value", from, to);
    }
    double anticipated = predict(used, spec.targetYear());
    double r = (anticipated - base.value()) / (spec.target() - base.value());
    double tol = ProgressMeasure.EDGE_TOLERANCE;
    String category;
    String symbol;
    MethodResult.Tone tone;
    if (r >= 1 - tol) {
      category = "maintain progress to achieve target";
      symbol = "green";
      tone = MethodResult.Tone.PROGRESS;
    } else if (r >= -tol) {
      category = "accelerate progress to achieve target";
      symbol = "yellow";
      tone = MethodResult.Tone.PROGRESS;
    } else {
      category = "reverse trend to achieve target";
      symbol = "red";
      tone = MethodResult.Tone.DETERIORATION;
    }
    return new MethodResult(r, RATIO_UNIT, category, symbol, tone, from, to);
  }

  /**
   * The indicator-level Current Status Index: the progress made from the base year to the latest
   * year as a share of the progress needed from the base year to the target, {@code CS = d · (v_t −
   * v_b) / |v* − v_b|}, v_b the value of the first observed year from the base year (2015) on, v_t
   * the latest value, d = +1 when an increase is desired and −1 otherwise; 1 when the latest value
   * meets the target.
   *
   * <p>The note says what the metric measures ("the progress made since 2015, in relation to the
   * progress needed to reach the SDG target by 2030", step 1 of the index, resource guide); the
   * formula in this form — with d and the absolute value, so that a move in the desired direction
   * counts as progress even when the target lies behind the base, and 1 (MENARO: 10) once the
   * target is met — is that of the public implementation cited in the class comment ({@code
   * CS(I_cv, I0, TV, direction)}, which scales it by 10); the note's own formula could not be read.
   *
   * @return 1 when the target is met, 0 for no progress, a negative share for a move away from the
   *     target; null without a target, without two observed years from the base year on, or when
   *     the target equals the base value
   */
  public static Double currentStatus(List<TrendPoint> points, ProgressSpec spec) {
    if (!spec.hasTarget()) {
      return null;
    }
    List<TrendPoint> fromBase = fromBase(points, spec);
    if (fromBase.size() < 2) {
      return null;
    }
    double base = fromBase.get(0).value();
    double latest = fromBase.get(fromBase.size() - 1).value();
    int d = spec.desired().sign();
    if (d > 0 ? latest >= spec.target() : latest <= spec.target()) {
      return 1.0;
    }
    if (spec.target() == base) {
      return null;
    }
    return d * (latest - base) / Math.abs(spec.target() - base);
  }

  /** Unit text of the Current Status Index. */
  public static final String CSI_UNIT = "share of the progress needed";

  /** A latest value that meets the target, in either index. */
  static final String TARGET_ACHIEVED = "target achieved";

  /** The Current Status Index's other categories (the snapshot's legend, sdg16's wording). */
  static final String CSI_PROGRESS = "progress made since the base year";

  static final String CSI_NONE = "no progress since the base year";
  static final String CSI_REGRESSED = "regressed since the base year";

  /**
   * The Current Status Index as a column group (methodology §6.2): the value CS of {@link
   * #currentStatus} and its category — CS = 1 with the latest value meeting the target <i>target
   * achieved</i> (green), CS &gt; 0 <i>progress made since the base year</i> (blue), CS = 0 <i>no
   * progress since the base year</i>, CS &lt; 0 <i>regressed since the base year</i> (red), the
   * snapshot's legend ("progress made since 2015", "regressed since 2015"); the years from the base
   * value to the latest.
   */
  public static MethodResult currentStatusResult(List<TrendPoint> points, ProgressSpec spec) {
    List<TrendPoint> fromBase = fromBase(points, spec);
    Integer from = fromBase.isEmpty() ? null : fromBase.get(0).year();
    Integer to = fromBase.isEmpty() ? null : fromBase.get(fromBase.size() - 1).year();
    if (!spec.hasTarget()) {
      return MethodResult.notAssessed("ESCAP needs a target", from, to);
    }
    if (fromBase.size() < 2) {
      return MethodResult.notAssessed("fewer than 2 years from the base year", from, to);
    }
    Double cs = currentStatus(points, spec);
    if (cs == null) {
      return MethodResult.notAssessed("target equals the base value", from, to);
    }
    double latest = fromBase.get(fromBase.size() - 1).value();
    boolean met = spec.desired().sign() > 0 ? latest >= spec.target() : latest <= spec.target();
    double tol = ProgressMeasure.EDGE_TOLERANCE;
    if (met) {
      return new MethodResult(
          cs, CSI_UNIT, TARGET_ACHIEVED, "green", MethodResult.Tone.PROGRESS, from, to);
    }
    if (cs > tol) {
      return new MethodResult(
          cs, CSI_UNIT, CSI_PROGRESS, "blue", MethodResult.Tone.PROGRESS, from, to);
    }
    if (cs >= -tol) {
      return new MethodResult(cs, CSI_UNIT, CSI_NONE, "grey", MethodResult.Tone.NEUTRAL, from, to);
    }
    return new MethodResult(
        cs, CSI_UNIT, CSI_REGRESSED, "red", MethodResult.Tone.DETERIORATION, from, to);
  }

  private static List<TrendPoint> fromBase(List<TrendPoint> points, ProgressSpec spec) {
    return TrendPoint.sortedByYear(points).stream()
        .filter(p -> p.year() >= spec.baseYear())
        .toList();
  }

  /**
   * The time-weighted least-squares line at {@code year}, the year it extrapolates to: year t
   * weighs {@code (year − t_first) / (year − t)}, every t before {@code year}.
   */
  static double predict(List<TrendPoint> sorted, int year) {
    int t0 = sorted.get(0).year();
    double sw = 0;
    double st = 0;
    double sy = 0;
    for (TrendPoint p : sorted) {
      double w = weight(t0, p.year(), year);
      sw += w;
      st += w * p.year();
      sy += w * p.value();
    }
    double mt = st / sw;
    double my = sy / sw;
    double stt = 0;
    double sty = 0;
    for (TrendPoint p : sorted) {
      double w = weight(t0, p.year(), year);
      stt += w * (p.year() - mt) * (p.year() - mt);
      sty += w * (p.year() - mt) * (p.value() - my);
    }
    return my + sty / stt * (year - mt);
  }

  /**
   * The weight of year {@code t} in a line extrapolated to {@code year}, the first year being t0.
   */
  static double weight(int t0, int t, int year) {
    if (t >= year) {
      throw new IllegalArgumentException("year " + t + " not before " + year);
    }
    return (double) (year - t0) / (year - t);
  }
}
