package org.sdg16.jobs.methods.indicators;

import static org.sdg16.jobs.methods.indicators.National.T;
import static org.sdg16.jobs.methods.indicators.National.join;
import static org.sdg16.jobs.methods.indicators.National.source;
import static org.sdg16.jobs.methods.indicators.National.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdg16.jobs.methods.indicators.FirearmsReturn.Seized;
import org.sdg16.jobs.methods.indicators.National.Dims;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * The series of the firearms return (methodology §1.1, SDG 16.4.2, and §1.2, the firearms study
 * indicators with their share scopes): one method per indicator function, each over every
 * country-year of the return. The sums and notes they share are {@link FirearmsReturn}'s.
 */
final class FirearmsFormulas {

  /** One country-year with what several formulas read from it. */
  private record CountryYear(
      FirearmsReturn r, Seized total, String den, List<String> justified, ArmTypes types) {}

  private final Facts.All facts;
  private final List<CountryYear> years = new ArrayList<>();

  FirearmsFormulas(Facts.All facts) {
    this.facts = facts;
    for (FirearmsReturn r : FirearmsReturn.of(facts.firearms())) {
      Seized total = r.seized(T, T);
      years.add(
          new CountryYear(
              r,
              total,
              total == null ? null : FirearmsReturn.partialNote("denominator covers", total),
              r.carrying(k -> k[1].equals(T) && !k[2].equals(T)),
              ArmTypes.of(r)));
    }
  }

  /** {@code VC_ARM_SZTRACE} (§1.1): 100 × TRACED / arms seized, found and surrendered. */
  List<Observation> tracedShare(Series s) {
    return ofAllArms(s, "TRACED");
  }

  /** {@code FA_IDENTIFIED_SHARE} (§1.1): 100 × IDENTIFIED / arms seized, found and surrendered. */
  List<Observation> identifiedShare(Series s) {
    return ofAllArms(s, "IDENTIFIED");
  }

  /**
   * 100 × a measure / all arms, published only when the measure is reported, all arms are positive
   * and the measure does not exceed them.
   */
  private List<Observation> ofAllArms(Series s, String measure) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value num = c.r().get(measure, T, T);
      Seized den = c.total();
      if (den == null
          || num == null
          || num.value() == null
          || den.value() <= 0
          || num.value() > den.value()) {
        continue;
      }
      List<Facts.Value> inputs = new ArrayList<>(den.inputs());
      inputs.add(num);
      out.add(
          National.of(
              s,
              c.r().area(),
              c.r().year(),
              Dims.NONE,
              100 * num.value() / den.value(),
              num.value(),
              den.value(),
              status(inputs),
              join(c.den(), num.comment()),
              source(inputs)));
    }
    return out;
  }

  /**
   * {@code FA_SEIZED} (§1.2): arms seized, found and surrendered in total, then by type, each type
   * summed over the measures that carry the type breakdown; the by-type values always say which
   * measures they sum.
   */
  List<Observation> armsSeized(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      int area = c.r().area();
      int year = c.r().year();
      Seized total = c.total();
      if (total != null) {
        out.add(
            National.of(
                s,
                area,
                year,
                Dims.arm(T),
                total.value(),
                null,
                null,
                status(total.inputs()),
                FirearmsReturn.partialNote("sums", total),
                source(total.inputs())));
      }
      ArmTypes t = c.types();
      if (t == null) {
        continue;
      }
      for (Map.Entry<String, Seized> e : t.byType().entrySet()) {
        Seized v = e.getValue();
        out.add(
            National.of(
                s,
                area,
                year,
                Dims.arm(e.getKey()),
                v.value(),
                null,
                null,
                status(v.inputs()),
                v.partial() ? FirearmsReturn.partialNote("sums", v) : t.sums(),
                source(v.inputs())));
      }
    }
    return out;
  }

  /** {@code FA_SEIZED_R} (§1.2): 100,000 × arms seized, found and surrendered / population. */
  List<Observation> armsSeizedRate(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Seized total = c.total();
      Double pop = facts.population(c.r().area(), c.r().year());
      if (total != null && pop != null && pop > 0) {
        out.add(
            National.of(
                s,
                c.r().area(),
                c.r().year(),
                Dims.NONE,
                100_000 * total.value() / pop,
                total.value(),
                pop,
                status(total.inputs()),
                FirearmsReturn.partialNote("numerator sums", total),
                source(total.inputs())));
      }
    }
    return out;
  }

  /** {@code FA_AMMO_RATIO} (§1.2): AMMUNITION / arms seized, found and surrendered. */
  List<Observation> ammunitionPerArm(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Seized total = c.total();
      Facts.Value ammo = c.r().get("AMMUNITION", T, T);
      if (total == null || ammo == null || ammo.value() == null || !(total.value() > 0)) {
        continue;
      }
      List<Facts.Value> inputs = new ArrayList<>(total.inputs());
      inputs.add(ammo);
      out.add(
          National.of(
              s,
              c.r().area(),
              c.r().year(),
              Dims.NONE,
              ammo.value() / total.value(),
              ammo.value(),
              total.value(),
              status(inputs),
              join(c.den(), ammo.comment()),
              source(inputs)));
    }
    return out;
  }

  /**
   * A legal-justification share (§1.2, {@code FA_TRAFFICKING_SHARE} with {@code
   * ILLICIT_TRAFFICKING}, {@code FA_POSSESSION_SHARE} with {@code ILLICIT_POSSESSION}): arms with
   * the justification / all arms, both summed over the measures that carry the justification
   * breakdown, and only over those of them that give both the justification's value and the total
   * (missing is not zero).
   */
  List<Observation> justificationShare(Series s, String justification) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      FirearmsReturn r = c.r();
      List<String> both =
          c.justified().stream()
              .filter(m -> r.value(m, T, justification) != null && r.value(m, T, T) != null)
              .toList();
      if (both.isEmpty()) {
        continue;
      }
      Seized part = r.sum(both, T, justification);
      Seized all = r.sum(both, T, T);
      if (all.value() <= 0 || part.value() > all.value()) {
        continue;
      }
      String note =
          r.scopeNote(
              "numerator and denominator cover",
              both,
              c.justified(),
              "legal justification",
              justification);
      List<Facts.Value> inputs = new ArrayList<>(all.inputs());
      inputs.addAll(part.inputs());
      out.add(
          National.of(
              s,
              r.area(),
              r.year(),
              Dims.NONE,
              100 * part.value() / all.value(),
              part.value(),
              all.value(),
              status(inputs),
              note,
              source(inputs)));
    }
    return out;
  }

  /**
   * {@code FA_TRACE_SUCCESS} (§1.1): 100 × TRACE_REQ_SUCCESS / TRACE_REQ_SENT, when requests were
   * sent and no more succeeded than were sent.
   */
  List<Observation> traceSuccess(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      Facts.Value sent = c.r().get("TRACE_REQ_SENT", T, T);
      Facts.Value ok = c.r().get("TRACE_REQ_SUCCESS", T, T);
      if (sent != null
          && ok != null
          && sent.value() != null
          && ok.value() != null
          && sent.value() > 0
          && ok.value() <= sent.value()) {
        out.add(
            National.of(
                s,
                c.r().area(),
                c.r().year(),
                Dims.NONE,
                100 * ok.value() / sent.value(),
                ok.value(),
                sent.value(),
                status(List.of(ok, sent)),
                null,
                source(List.of(ok, sent))));
      }
    }
    return out;
  }

  /**
   * {@code FA_TYPE_SHARE} (§1.2): each type's share of the sum over the reported types ({@code
   * UNKNOWN} counts). Left out for a country-year where some type lacks a value for one of the
   * measures that carry the type breakdown: its sum would cover other measures than the rest.
   */
  List<Observation> armTypeShare(Series s) {
    List<Observation> out = new ArrayList<>();
    for (CountryYear c : years) {
      ArmTypes t = c.types();
      if (t == null || !(t.complete() && t.sum() > 0)) {
        continue;
      }
      for (Map.Entry<String, Seized> e : t.byType().entrySet()) {
        Seized v = e.getValue();
        out.add(
            National.of(
                s,
                c.r().area(),
                c.r().year(),
                Dims.arm(e.getKey()),
                100 * v.value() / t.sum(),
                v.value(),
                t.sum(),
                status(v.inputs()),
                t.shareScope(),
                source(v.inputs())));
      }
    }
    return out;
  }

  /**
   * The arms of one country-year by type (§1.2), each summed over the measures that carry the type
   * breakdown: the sums by type, whether none lacks a measure, the notes of the by-type values and
   * of the shares, and the sum over the types.
   */
  private record ArmTypes(
      Map<String, Seized> byType, boolean complete, String sums, String shareScope, double sum) {

    /** The arm types of a return; null when no measure carries the type breakdown. */
    static ArmTypes of(FirearmsReturn r) {
      List<String> measures = r.carrying(k -> !k[1].equals(T) && k[2].equals(T));
      if (measures.isEmpty()) {
        return null;
      }
      Map<String, Seized> byType = new TreeMap<>();
      for (String key : r.cells().keySet()) {
        String[] k = key.split("\\|");
        if (!k[1].equals(T) && k[2].equals(T) && !byType.containsKey(k[1])) {
          Seized s = r.sum(measures, k[1], T);
          if (s != null) {
            byType.put(k[1], s);
          }
        }
      }
      boolean complete = byType.values().stream().noneMatch(Seized::partial);
      String scope = r.scopeNote("sums", measures, measures, "arm type", null);
      String sums = scope != null ? scope : "sums " + String.join(" + ", measures);
      String shareScope =
          r.scopeNote("numerator and denominator cover", measures, measures, "arm type", null);
      double sum = byType.values().stream().mapToDouble(Seized::value).sum();
      return new ArmTypes(byType, complete, sums, shareScope, sum);
    }
  }
}
