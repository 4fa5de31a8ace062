package org.sdg16.jobs.methods.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sdg16.schemas.output.TrendRow;

/**
 * Runs the configured progress methods on one series (methodology §6.2) and writes the combined
 * sentence (§6.3). A method that is not configured gives null.
 */
public final class ProgressMethods {

  private ProgressMethods() {}

  /**
   * What every configured method says about one series.
   *
   * @param statcan Statistics Canada / Open SDG, null unless configured
   * @param unChart UN Progress Chart, null unless configured
   * @param eurostatLong Eurostat long-term (15 years), null unless configured
   * @param eurostatShort Eurostat short-term (5 years), null unless configured
   * @param escap ESCAP Anticipated Progress Index, null unless configured
   * @param escapCurrentStatus ESCAP Current Status Index, null unless configured
   * @param sentence the combined sentence ({@link ProgressSentence}), null when no method reports
   *     progress or deterioration
   */
  public record Assessment(
      MethodResult statcan,
      MethodResult unChart,
      MethodResult eurostatLong,
      MethodResult eurostatShort,
      MethodResult escap,
      MethodResult escapCurrentStatus,
      String sentence) {}

  /**
   * Assesses a series.
   *
   * @param methods the configured methods
   * @param mkP Mann–Kendall p, null when the test did not run
   * @param mkS Mann–Kendall S, null with {@code mkP}
   */
  public static Assessment assess(
      List<TrendPoint> points,
      ProgressSpec spec,
      String unitMeasure,
      Set<ProgressMethod> methods,
      Double mkP,
      Double mkS) {
    List<ProgressSentence.Labelled> labelled = new ArrayList<>();
    MethodResult statcan = null;
    MethodResult un = null;
    MethodResult euLong = null;
    MethodResult euShort = null;
    MethodResult escap = null;
    MethodResult escapCs = null;
    if (methods.contains(ProgressMethod.STATCAN)) {
      statcan = statcan(ProgressMeasure.assess(points, spec, unitMeasure), spec, unitMeasure);
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.STATCAN.label(), statcan));
    }
    if (methods.contains(ProgressMethod.UN_CHART)) {
      un = UnProgressChart.assess(points, spec, unitMeasure);
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.UN_CHART.label(), un));
    }
    if (methods.contains(ProgressMethod.EUROSTAT)) {
      euLong = EurostatAssessment.assess(points, spec, unitMeasure, EurostatAssessment.LONG_TERM);
      euShort = EurostatAssessment.assess(points, spec, unitMeasure, EurostatAssessment.SHORT_TERM);
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.EUROSTAT_LONG.label(), euLong));
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.EUROSTAT_SHORT.label(), euShort));
    }
    if (methods.contains(ProgressMethod.ESCAP)) {
      escap = EscapAssessment.assess(points, spec);
      escapCs = EscapAssessment.currentStatusResult(points, spec);
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.ESCAP.label(), escap));
      labelled.add(new ProgressSentence.Labelled(TrendRow.Method.ESCAP_CSI.label(), escapCs));
    }
    return new Assessment(
        statcan, un, euLong, euShort, escap, escapCs, ProgressSentence.of(labelled, mkP, mkS));
  }

  /** The Statistics Canada result as a method result, with Open SDG's status code as symbol. */
  static MethodResult statcan(ProgressResult r, ProgressSpec spec, String unitMeasure) {
    String symbol =
        switch (r.status()) {
          case TARGET_ACHIEVED -> "target_achieved";
          case ON_TRACK -> "substantial_progress";
          case PROGRESS_MADE -> "moderate_progress";
          case LIMITED_PROGRESS -> "limited_progress";
          case DETERIORATION -> "deterioration";
          case UNABLE_TO_ASSESS -> "not_available";
        };
    MethodResult.Tone tone =
        switch (r.status()) {
          case DETERIORATION -> MethodResult.Tone.DETERIORATION;
          case UNABLE_TO_ASSESS -> MethodResult.Tone.NEUTRAL;
          default -> MethodResult.Tone.PROGRESS;
        };
    Double value = r.measure();
    String unit = null;
    if (value != null && Double.isInfinite(value)) {
      value = null;
    } else if (value != null) {
      if (spec.hasTarget()) {
        unit = EurostatAssessment.RATIO_UNIT;
      } else {
        value = 100.0 * value;
        unit = AnnualChange.unit(unitMeasure);
      }
    }
    String category =
        r.reason() == null
            ? r.status().label()
            : MethodResult.NOT_ASSESSED + ": " + r.reason().replace('_', ' ');
    return new MethodResult(value, unit, category, symbol, tone, r.baseYear(), r.latestYear());
  }
}
