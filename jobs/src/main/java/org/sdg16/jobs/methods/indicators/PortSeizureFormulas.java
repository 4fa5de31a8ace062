package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdg16.jobs.methods.indicators.National.Dims;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * The series of the Container Control Programme port seizures (methodology §2): quantities added up
 * only within one canonical unit, and seizure events by commodity.
 */
final class PortSeizureFormulas {

  private final List<Facts.Ccp> ccp;
  private final String source;

  /** The port seizures and the source of their values (methodology §0). */
  PortSeizureFormulas(List<Facts.Ccp> ccp, String source) {
    this.ccp = ccp;
    this.source = source;
  }

  /** {@code CCP_SEIZED_QTY}: Σ quantity by area, year, commodity, in the commodity's unit. */
  List<Observation> seizedQuantity(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Facts.Ccp c : ccp) {
      out.add(
          National.of(
              s,
              c.area(),
              c.year(),
              Dims.commodity(c.commodity()),
              c.quantity(),
              null,
              null,
              "A",
              null,
              source,
              c.unit()));
    }
    return out;
  }

  /** {@code CCP_SEIZURES}: the seizure events by area, year and commodity, over every unit. */
  List<Observation> seizureEvents(Series s) {
    Map<String, long[]> events = new TreeMap<>();
    for (Facts.Ccp c : ccp) {
      events
              .computeIfAbsent(c.area() + "|" + c.year() + "|" + c.commodity(), k -> new long[1])[
              0] +=
          c.events();
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : events.entrySet()) {
      String[] k = e.getKey().split("\\|");
      out.add(
          National.of(
              s,
              Integer.parseInt(k[0]),
              Integer.parseInt(k[1]),
              Dims.commodity(k[2]),
              (double) e.getValue()[0],
              null,
              null,
              "A",
              null,
              source));
    }
    return out;
  }
}
