package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The country series of methodology §1–§4, from grouped facts to observations: every series of the
 * registry ({@link SeriesCatalogue}) computed by its indicator function ({@link
 * Series#function()}), which {@link #compute(Series, Families)} maps to its Java code in one
 * exhaustive switch. The formulas are by family: {@link FirearmsFormulas} (§1.1, §1.2), {@link
 * CaseFormulas} (§1.2, significant cases), {@link PortSeizureFormulas} (§2), {@link
 * TraffickingFormulas} (§3.1), {@link FlowFormulas} (§4). Pure arithmetic: no Spark, no I/O. A
 * ratio whose denominator is 0 or missing is not published; a blank input never enters a sum.
 */
public final class Indicators {

  private Indicators() {}

  /** A stable order: series, area, year, dimensions. */
  public static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::series)
          .thenComparingInt(Observation::refArea)
          .thenComparingInt(Observation::timePeriod)
          .thenComparing(o -> String.join("|", o.dimensions()))
          .thenComparing(Observation::unitMeasure);

  /** The facts grouped once for the formulas of each family. */
  private record Families(
      FirearmsFormulas firearms,
      CaseFormulas cases,
      PortSeizureFormulas ports,
      TraffickingFormulas trafficking,
      FlowFormulas flows) {

    static Families of(Facts.All facts) {
      return new Families(
          new FirearmsFormulas(facts),
          new CaseFormulas(facts),
          new PortSeizureFormulas(facts.ccp(), facts.source("ccp")),
          new TraffickingFormulas(facts),
          new FlowFormulas(facts.markets(), facts.source("markets")));
    }
  }

  /** Every national observation of every series of the registry, in {@link #ORDER}. */
  public static List<Observation> compute(Facts.All facts) {
    Families f = Families.of(facts);
    List<Observation> out = new ArrayList<>();
    for (Series s : SeriesCatalogue.ALL) {
      out.addAll(compute(s, f));
    }
    out.sort(ORDER);
    return out;
  }

  /** The national observations of one series, by its indicator function. */
  private static List<Observation> compute(Series s, Families f) {
    return switch (s.function()) {
      case TRACED_SHARE -> f.firearms().tracedShare(s);
      case IDENTIFIED_SHARE -> f.firearms().identifiedShare(s);
      case TRACE_SUCCESS -> f.firearms().traceSuccess(s);
      case ARMS_SEIZED -> f.firearms().armsSeized(s);
      case ARMS_SEIZED_RATE -> f.firearms().armsSeizedRate(s);
      case ARM_TYPE_SHARE -> f.firearms().armTypeShare(s);
      case AMMUNITION_PER_ARM -> f.firearms().ammunitionPerArm(s);
      case TRAFFICKING_JUSTIFICATION_SHARE ->
          f.firearms().justificationShare(s, "ILLICIT_TRAFFICKING");
      case POSSESSION_JUSTIFICATION_SHARE ->
          f.firearms().justificationShare(s, "ILLICIT_POSSESSION");
      case TRANSNATIONAL_SHARE -> f.cases().transnationalShare(s);
      case ROUTES -> f.cases().routes(s);
      case PORT_SEIZED_QUANTITY -> f.ports().seizedQuantity(s);
      case PORT_SEIZURE_EVENTS -> f.ports().seizureEvents(s);
      case DETECTED_VICTIMS -> f.trafficking().detectedVictims(s);
      case DETECTED_VICTIMS_RATE -> f.trafficking().detectedVictimsRate(s);
      case FEMALE_VICTIM_SHARE -> f.trafficking().femaleShare(s);
      case CHILD_VICTIM_SHARE -> f.trafficking().childShare(s);
      case EXPLOITATION_SHARE -> f.trafficking().exploitationShare(s);
      case CONVICTED_RATE -> f.trafficking().convictedRate(s);
      case CONVICTION_RATIO -> f.trafficking().convictionRatio(s);
      case INWARD_FLOWS -> f.flows().inward(s);
      case OUTWARD_FLOWS -> f.flows().outward(s);
      case GROSS_FLOWS -> f.flows().gross(s);
    };
  }

  /**
   * The dataset whose returns an indicator function reads (contract §1.1–§1.5): the input rows
   * behind a national value are that dataset's rows of its area and year (rates also read the
   * population, methodology §5). One exhaustive switch, beside the one of {@link #compute(Series,
   * Families)}, so a new function names its dataset or does not compile.
   */
  public static org.sdg16.schemas.dataset.DatasetSchema dataset(
      org.sdg16.schemas.series.IndicatorFunction f) {
    return switch (f) {
      case TRACED_SHARE,
          IDENTIFIED_SHARE,
          TRACE_SUCCESS,
          ARMS_SEIZED,
          ARMS_SEIZED_RATE,
          ARM_TYPE_SHARE,
          AMMUNITION_PER_ARM,
          TRAFFICKING_JUSTIFICATION_SHARE,
          POSSESSION_JUSTIFICATION_SHARE ->
          org.sdg16.schemas.dataset.Datasets.FIREARMS;
      case TRANSNATIONAL_SHARE, ROUTES -> org.sdg16.schemas.dataset.Datasets.FIREARMS_CASES;
      case PORT_SEIZED_QUANTITY, PORT_SEIZURE_EVENTS -> org.sdg16.schemas.dataset.Datasets.CCP;
      case DETECTED_VICTIMS,
          DETECTED_VICTIMS_RATE,
          FEMALE_VICTIM_SHARE,
          CHILD_VICTIM_SHARE,
          EXPLOITATION_SHARE,
          CONVICTED_RATE,
          CONVICTION_RATIO ->
          org.sdg16.schemas.dataset.Datasets.TIP;
      case INWARD_FLOWS, OUTWARD_FLOWS, GROSS_FLOWS -> org.sdg16.schemas.dataset.Datasets.MARKETS;
    };
  }

  /**
   * The national observations of one series computed from some facts, by its indicator function:
   * what {@link #compute(Facts.All)} gives for that series.
   */
  static List<Observation> compute(Series s, Facts.All facts) {
    List<Observation> out = new ArrayList<>(compute(s, Families.of(facts)));
    out.sort(ORDER);
    return out;
  }

  /**
   * Which part of a national value lacks reported parts, by the note it carries (methodology §1.1,
   * §1.2 share scopes, e.g. {@code denominator covers SEIZED + FOUND; SURRENDERED not reported}):
   * {@code denominator}, {@code numerator} or {@code sum}; null when no part lacks.
   */
  public static String partialPart(String comment) {
    return FirearmsReturn.partOfValue(comment);
  }
}
