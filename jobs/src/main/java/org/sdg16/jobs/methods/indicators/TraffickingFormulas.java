package org.sdg16.jobs.methods.indicators;

import static org.sdg16.jobs.methods.indicators.National.T;
import static org.sdg16.jobs.methods.indicators.National.source;
import static org.sdg16.jobs.methods.indicators.National.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdg16.jobs.methods.indicators.National.Dims;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * The series of the trafficking in persons return (methodology §3.1, SDG 16.2.2): detected victims
 * by sex, age and form of exploitation, the shares of groups among them, the rates per 100,000 and
 * the conviction ratio. One method per indicator function, each over every country-year.
 */
final class TraffickingFormulas {

  private static final String VICTIMS = "DETECTED_VICTIMS";

  /** One country-year of the return: values by {@code measure|sex|age|exploitation}. */
  private record CountryYear(int area, int year, Map<String, Facts.Value> cells, Double pop) {
    Facts.Value total(String measure) {
      return cells.get(measure + "|_T|_T|_T");
    }

    /** Detected victims of all sexes, ages and forms, when reported. */
    Facts.Value victims() {
      Facts.Value all = total(VICTIMS);
      return all != null && all.value() != null ? all : null;
    }

    boolean hasPopulation() {
      return pop != null && pop > 0;
    }
  }

  private final List<CountryYear> years = new ArrayList<>();

  TraffickingFormulas(Facts.All facts) {
    for (Map.Entry<Long, Map<String, Facts.Value>> e :
        National.byAreaYear(
                facts.tip(), v -> v.measure() + "|" + v.d1() + "|" + v.d2() + "|" + v.d3())
            .entrySet()) {
      int area = National.area(e.getKey());
      int year = National.year(e.getKey());
      years.add(new CountryYear(area, year, e.getValue(), facts.population(area, year)));
    }
  }

  /** {@code VC_HTF_DETV}: every reported value of detected victims, with its breakdowns. */
  List<Observation> detectedVictims(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      for (Facts.Value v : c.cells().values()) {
        if (v.measure().equals(VICTIMS) && v.value() != null) {
          out.add(
              National.of(
                  s,
                  c.area(),
                  c.year(),
                  new Dims(v.d1(), v.d2(), v.d3(), T, T, T, T),
                  v.value(),
                  null,
                  null,
                  status(List.of(v)),
                  v.comment(),
                  source(List.of(v))));
        }
      }
    }
    return out;
  }

  /** {@code TIP_DETV_R}: 100,000 × detected victims (_T,_T,_T) / population. */
  List<Observation> detectedVictimsRate(Series s) {
    return perPopulation(s, VICTIMS);
  }

  /** {@code TIP_CONVICTED_R}: 100,000 × persons convicted / population. */
  List<Observation> convictedRate(Series s) {
    return perPopulation(s, "CONVICTED");
  }

  private List<Observation> perPopulation(Series s, String measure) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value v = c.total(measure);
      if (v != null && v.value() != null && c.hasPopulation()) {
        out.add(
            National.of(
                s,
                c.area(),
                c.year(),
                Dims.NONE,
                100_000 * v.value() / c.pop(),
                v.value(),
                c.pop(),
                status(List.of(v)),
                null,
                source(List.of(v))));
      }
    }
    return out;
  }

  /** {@code TIP_SHARE_FEMALE}: 100 × victims (F) / victims (_T). */
  List<Observation> femaleShare(Series s) {
    return groupShare(s, "F|_T|_T");
  }

  /** {@code TIP_SHARE_CHILD}: 100 × victims (Y0T17) / victims (_T). */
  List<Observation> childShare(Series s) {
    return groupShare(s, "_T|Y0T17|_T");
  }

  private List<Observation> groupShare(Series s, String group) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value all = c.victims();
      if (all != null && all.value() > 0) {
        share(out, s, c, Dims.NONE, c.cells().get(VICTIMS + "|" + group), all);
      }
    }
    return out;
  }

  /** {@code TIP_EXPLOITATION_SHARE}: 100 × victims (form k) / victims (_T), by form. */
  List<Observation> exploitationShare(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value all = c.victims();
      if (all == null || !(all.value() > 0)) {
        continue;
      }
      for (Facts.Value v : c.cells().values()) {
        if (v.measure().equals(VICTIMS)
            && v.d1().equals(T)
            && v.d2().equals(T)
            && !v.d3().equals(T)) {
          share(out, s, c, new Dims(T, T, v.d3(), T, T, T, T), v, all);
        }
      }
    }
    return out;
  }

  /** {@code TIP_CONVICTION_RATIO}: persons convicted / suspects. */
  List<Observation> convictionRatio(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value convicted = c.total("CONVICTED");
      Facts.Value suspects = c.total("SUSPECTS");
      if (convicted != null
          && convicted.value() != null
          && suspects != null
          && suspects.value() != null
          && suspects.value() > 0) {
        out.add(
            National.of(
                s,
                c.area(),
                c.year(),
                Dims.NONE,
                convicted.value() / suspects.value(),
                convicted.value(),
                suspects.value(),
                status(List.of(convicted, suspects)),
                null,
                source(List.of(convicted, suspects))));
      }
    }
    return out;
  }

  /** 100 × part / all, published when the part is reported and does not exceed all. */
  private static void share(
      List<Observation> out,
      Series s,
      CountryYear c,
      Dims dims,
      Facts.Value part,
      Facts.Value all) {
    if (part == null || part.value() == null || part.value() > all.value()) {
      return;
    }
    out.add(
        National.of(
            s,
            c.area(),
            c.year(),
            dims,
            100 * part.value() / all.value(),
            part.value(),
            all.value(),
            status(List.of(part, all)),
            null,
            source(List.of(part, all))));
  }
}
