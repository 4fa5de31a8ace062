package org.sdg16.jobs.methods.trends;

import java.util.List;

/**
 * The indicator level of ESCAP's Anticipated Progress Index (ESCAP, <i>Asia and the Pacific SDG
 * Progress Report 2025</i>, annex 1 "Technical notes – methodology to measure progress", and
 * data.unescap.org/resource-guides/progress-assessment-methodology), methodology §6.2.
 *
 * <ul>
 *   <li>only a series with a target is assessed: being able to set a quantitative target value is a
 *       selection criterion of the note; without one the category is <i>not assessed</i>;
 *   <li>the value anticipated for the target year comes from a time-weighted linear regression of
 *       the values on the years from {@value #FIRST_YEAR} on, in which recent years weigh more (the
 *       note); this implementation weighs year t by {@code t − t_first + 1};
 *   <li>the anticipated progress ratio {@code r = (v̂_T − v_b) / (v* − v_b)}, v_b the value of the
 *       first observed year from the base year on: r ≥ 1 <i>maintain progress to achieve target</i>
 *       (green), 0 ≤ r &lt; 1 <i>accelerate progress to achieve target</i> (yellow), r &lt; 0
 *       <i>reverse trend to achieve target</i> (red); a latest value that meets the target is
 *       <i>target achieved</i>;
 *   <li>the note selects series with two or more data points; a regression needs them from {@value
 *       #FIRST_YEAR} on and a base from the base year on.
 * </ul>
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
          null, null, "target achieved", "green", MethodResult.Tone.PROGRESS, from, to);
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

  /** The time-weighted least-squares line at {@code year}; weight of year t is t − t_first + 1. */
  static double predict(List<TrendPoint> sorted, int year) {
    int t0 = sorted.get(0).year();
    double sw = 0;
    double st = 0;
    double sy = 0;
    for (TrendPoint p : sorted) {
      double w = p.year() - t0 + 1;
      sw += w;
      st += w * p.year();
      sy += w * p.value();
    }
    double mt = st / sw;
    double my = sy / sw;
    double stt = 0;
    double sty = 0;
    for (TrendPoint p : sorted) {
      double w = p.year() - t0 + 1;
      stt += w * (p.year() - mt) * (p.year() - mt);
      sty += w * (p.year() - mt) * (p.value() - my);
    }
    return my + sty / stt * (year - mt);
  }
}
