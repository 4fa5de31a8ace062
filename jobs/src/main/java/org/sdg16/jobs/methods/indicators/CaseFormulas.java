package org.sdg16.jobs.methods.indicators;

import static org.sdg16.jobs.methods.indicators.National.T;

import java.util.ArrayList;
import java.util.List;
import org.sdg16.jobs.methods.indicators.National.Dims;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * The series of the significant seizure cases of the firearms return (methodology §1.2): the share
 * of arms with a foreign origin and the arms by route.
 */
final class CaseFormulas {

  /** The dataset whose source the values take (methodology §0). */
  private static final String DATASET = "firearms_cases";

  private final Facts.All facts;

  CaseFormulas(Facts.All facts) {
    this.facts = facts;
  }

  /**
   * {@code FA_TRANSNATIONAL_SHARE}: 100 × arms in cases with a foreign country of manufacture or
   * last import / arms in cases where that is known.
   */
  List<Observation> transnationalShare(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Facts.Origin o : facts.origins()) {
      if (o.armsKnown() > 0) {
        out.add(
            National.of(
                s,
                o.area(),
                o.year(),
                Dims.NONE,
                100 * o.armsTransnational() / o.armsKnown(),
                o.armsTransnational(),
                o.armsKnown(),
                "A",
                null,
                facts.source(DATASET)));
      }
    }
    return out;
  }

  /**
   * {@code FA_ROUTE}: arms in cases by route, {@code departure>destination} in M49 codes ({@code
   * _U} unknown), the seizing country being the area.
   */
  List<Observation> routes(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Facts.Route r : facts.routes()) {
      String route = code(r.departure()) + ">" + code(r.destination());
      out.add(
          National.of(
              s,
              r.area(),
              r.year(),
              new Dims(T, T, T, T, T, T, route),
              r.arms(),
              null,
              null,
              "A",
              null,
              facts.source(DATASET)));
    }
    return out;
  }

  private static String code(Integer m49) {
    return m49 == null ? "_U" : Integer.toString(m49);
  }
}
