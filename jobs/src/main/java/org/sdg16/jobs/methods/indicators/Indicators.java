package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sdg16.schemas.codes.CodeList;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The country series of methodology §1–§4, from grouped facts to observations. Pure arithmetic:
 * no Spark, no I/O. A ratio whose denominator is 0 or missing is not published; a blank input
 * never enters a sum.
 */
public final class Indicators {

  private static final String T = CodeList.TOTAL;

  private Indicators() {}

  /** Every national observation of every series. */
  public static List<Observation> compute(Facts.All facts) {
    List<Observation> out = new ArrayList<>();
    out.addAll(firearms(facts));
    out.addAll(cases(facts));
    out.addAll(ccp(facts.ccp()));
    out.addAll(tip(facts));
    out.addAll(markets(facts.markets()));
    out.sort(ORDER);
    return out;
  }

  /** A stable order: series, area, year, dimensions. */
  public static final Comparator<Observation> ORDER = Comparator.comparing(Observation::series)
      .thenComparingInt(Observation::refArea).thenComparingInt(Observation::timePeriod)
      .thenComparing(o -> String.join("|", o.dimensions())).thenComparing(Observation::unitMeasure);

  // ---------------------------------------------------------------- firearms, methodology §1

  /** The values of one country-year of the firearms return, by measure, arm type, justification. */
  private record Return(Map<String, Facts.Value> cells) {
    Facts.Value get(String measure, String arm, String just) {
      return cells.get(measure + "|" + arm + "|" + just);
    }

    Double value(String measure, String arm, String just) {
      Facts.Value v = get(measure, arm, just);
      return v == null ? null : v.value();
    }
  }

  /** Arms seized, found and surrendered for one breakdown, and what the sum covers. */
  record Seized(double value, String comment, List<Facts.Value> inputs) {}

  /**
   * Methodology §1.1: the denominator is the combined measure when reported, else the sum of the
   * reported parts; null when nothing is reported. The comment says which parts it covers.
   */
  static Seized seized(Return r, String arm, String just) {
    Facts.Value combined = r.get("SEIZED_FOUND_SURRENDERED", arm, just);
    if (combined != null && combined.value() != null) {
      return new Seized(combined.value(), null, List.of(combined));
    }
    double sum = 0;
    List<String> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Facts.Value> inputs = new ArrayList<>();
    for (String m : List.of("SEIZED", "FOUND", "SURRENDERED")) {
      Facts.Value v = r.get(m, arm, just);
      if (v != null && v.value() != null) {
        sum += v.value();
        covered.add(m);
        inputs.add(v);
      } else {
        missing.add(m);
      }
    }
    if (covered.isEmpty()) {
      return null;
    }
    String comment = missing.isEmpty() ? null
        : "denominator covers " + String.join(" + ", covered) + "; " + String.join(", ", missing) + " not reported";
    return new Seized(sum, comment, inputs);
  }

  private static List<Observation> firearms(Facts.All facts) {
    Map<Long, Map<String, Facts.Value>> byAreaYear = new TreeMap<>();
    for (Facts.Value v : facts.firearms()) {
      byAreaYear.computeIfAbsent(Facts.key(v.area(), v.year()), k -> new LinkedHashMap<>())
          .put(v.measure() + "|" + v.d1() + "|" + v.d2(), v);
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Facts.Value>> e : byAreaYear.entrySet()) {
      int area = (int) (e.getKey() / 10_000L);
      int year = (int) (e.getKey() % 10_000L);
      Return r = new Return(e.getValue());
      Seized total = seized(r, T, T);
      if (total != null) {
        String c = total.comment();
        ratio(out, "VC_ARM_SZTRACE", area, year, r.get("TRACED", T, T), total, c);
        ratio(out, "FA_IDENTIFIED_SHARE", area, year, r.get("IDENTIFIED", T, T), total, c);
        out.add(national("FA_SEIZED", area, year, Dims.arm(T), total.value(), null, null,
            status(total.inputs()), c, source(total.inputs())));
        Double pop = facts.population(area, year);
        if (pop != null && pop > 0) {
          out.add(national("FA_SEIZED_R", area, year, Dims.NONE, 100_000 * total.value() / pop,
              total.value(), pop, status(total.inputs()), c, source(total.inputs())));
        }
        Facts.Value ammo = r.get("AMMUNITION", T, T);
        if (ammo != null && ammo.value() != null && total.value() > 0) {
          out.add(national("FA_AMMO_RATIO", area, year, Dims.NONE, ammo.value() / total.value(),
              ammo.value(), total.value(), status(List.of(ammo)), c, source(List.of(ammo))));
        }
        justificationShare(out, "FA_TRAFFICKING_SHARE", "ILLICIT_TRAFFICKING", area, year, r, total);
        justificationShare(out, "FA_POSSESSION_SHARE", "ILLICIT_POSSESSION", area, year, r, total);
      }
      Facts.Value sent = r.get("TRACE_REQ_SENT", T, T);
      Facts.Value ok = r.get("TRACE_REQ_SUCCESS", T, T);
      if (sent != null && ok != null && sent.value() != null && ok.value() != null && sent.value() > 0
          && ok.value() <= sent.value()) {
        out.add(national("FA_TRACE_SUCCESS", area, year, Dims.NONE, 100 * ok.value() / sent.value(),
            ok.value(), sent.value(), status(List.of(ok, sent)), null, source(List.of(ok, sent))));
      }
      armTypes(out, area, year, r);
    }
    return out;
  }

  /** 100 × numerator / denominator, published only when the numerator is reported, the denominator
   * is positive and the numerator does not exceed it. */
  private static void ratio(List<Observation> out, String series, int area, int year, Facts.Value num,
      Seized den, String comment) {
    if (num == null || num.value() == null || den.value() <= 0 || num.value() > den.value()) {
      return;
    }
    List<Facts.Value> inputs = new ArrayList<>(den.inputs());
    inputs.add(num);
    out.add(national(series, area, year, Dims.NONE, 100 * num.value() / den.value(), num.value(),
        den.value(), status(inputs), join(comment, num.comment()), source(inputs)));
  }

  private static void justificationShare(List<Observation> out, String series, String justification,
      int area, int year, Return r, Seized total) {
    Seized part = seized(r, T, justification);
    if (part == null || total.value() <= 0 || part.value() > total.value()) {
      return;
    }
    List<Facts.Value> inputs = new ArrayList<>(total.inputs());
    inputs.addAll(part.inputs());
    out.add(national(series, area, year, Dims.NONE, 100 * part.value() / total.value(), part.value(),
        total.value(), status(inputs), join(total.comment(), part.comment()), source(inputs)));
  }

  /** FA_SEIZED by type and FA_TYPE_SHARE: shares of the reported types (UNKNOWN counts). */
  private static void armTypes(List<Observation> out, int area, int year, Return r) {
    Map<String, Seized> byType = new TreeMap<>();
    for (String key : r.cells().keySet()) {
      String[] k = key.split("\\|");
      if (!k[1].equals(T) && k[2].equals(T) && !byType.containsKey(k[1])) {
        Seized s = seized(r, k[1], T);
        if (s != null) {
          byType.put(k[1], s);
        }
      }
    }
    double sum = byType.values().stream().mapToDouble(Seized::value).sum();
    for (Map.Entry<String, Seized> t : byType.entrySet()) {
      Seized s = t.getValue();
      out.add(national("FA_SEIZED", area, year, Dims.arm(t.getKey()), s.value(), null, null,
          status(s.inputs()), s.comment(), source(s.inputs())));
      if (sum > 0) {
        out.add(national("FA_TYPE_SHARE", area, year, Dims.arm(t.getKey()), 100 * s.value() / sum,
            s.value(), sum, status(s.inputs()), null, source(s.inputs())));
      }
    }
  }

  // ---------------------------------------------------------------- significant cases, §1.2

  private static List<Observation> cases(Facts.All facts) {
    List<Observation> out = new ArrayList<>();
    for (Facts.Origin o : facts.origins()) {
      if (o.armsKnown() > 0) {
        out.add(national("FA_TRANSNATIONAL_SHARE", o.area(), o.year(), Dims.NONE,
            100 * o.armsTransnational() / o.armsKnown(), o.armsTransnational(), o.armsKnown(), "A",
            null, "significant seizure cases"));
      }
    }
    for (Facts.Route r : facts.routes()) {
      String route = code(r.departure()) + ">" + code(r.destination());
      out.add(national("FA_ROUTE", r.area(), r.year(), new Dims(T, T, T, T, T, T, route), r.arms(), null,
          null, "A", null, "significant seizure cases"));
    }
    return out;
  }

  private static String code(Integer m49) {
    return m49 == null ? "_U" : Integer.toString(m49);
  }

  // ---------------------------------------------------------------- port seizures, §2

  private static List<Observation> ccp(List<Facts.Ccp> facts) {
    List<Observation> out = new ArrayList<>();
    Map<String, long[]> events = new TreeMap<>();
    for (Facts.Ccp c : facts) {
      out.add(national("CCP_SEIZED_QTY", c.area(), c.year(), Dims.commodity(c.commodity()), c.quantity(),
          null, null, "A", null, "Container Control Programme seizure records", c.unit()));
      events.computeIfAbsent(c.area() + "|" + c.year() + "|" + c.commodity(), k -> new long[1])[0] += c.events();
    }
    for (Map.Entry<String, long[]> e : events.entrySet()) {
      String[] k = e.getKey().split("\\|");
      out.add(national("CCP_SEIZURES", Integer.parseInt(k[0]), Integer.parseInt(k[1]), Dims.commodity(k[2]),
          (double) e.getValue()[0], null, null, "A", null, "Container Control Programme seizure records"));
    }
    return out;
  }

  // ---------------------------------------------------------------- trafficking in persons, §3

  private static List<Observation> tip(Facts.All facts) {
    Map<Long, Map<String, Facts.Value>> byAreaYear = new TreeMap<>();
    for (Facts.Value v : facts.tip()) {
      byAreaYear.computeIfAbsent(Facts.key(v.area(), v.year()), k -> new LinkedHashMap<>())
          .put(v.measure() + "|" + v.d1() + "|" + v.d2() + "|" + v.d3(), v);
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Facts.Value>> e : byAreaYear.entrySet()) {
      int area = (int) (e.getKey() / 10_000L);
      int year = (int) (e.getKey() % 10_000L);
      Map<String, Facts.Value> cells = e.getValue();
      for (Facts.Value v : cells.values()) {
        if (v.measure().equals("DETECTED_VICTIMS") && v.value() != null) {
          out.add(national("VC_HTF_DETV", area, year, new Dims(v.d1(), v.d2(), v.d3(), T, T, T, T), v.value(),
              null, null, status(List.of(v)), v.comment(), source(List.of(v))));
        }
      }
      Facts.Value all = cells.get("DETECTED_VICTIMS|_T|_T|_T");
      Double pop = facts.population(area, year);
      if (all != null && all.value() != null) {
        if (pop != null && pop > 0) {
          out.add(national("TIP_DETV_R", area, year, Dims.NONE, 100_000 * all.value() / pop, all.value(), pop,
              status(List.of(all)), null, source(List.of(all))));
        }
        if (all.value() > 0) {
          share(out, "TIP_SHARE_FEMALE", area, year, Dims.NONE, cells.get("DETECTED_VICTIMS|F|_T|_T"), all);
          share(out, "TIP_SHARE_CHILD", area, year, Dims.NONE, cells.get("DETECTED_VICTIMS|_T|Y0T17|_T"), all);
          for (Facts.Value v : cells.values()) {
            if (v.measure().equals("DETECTED_VICTIMS") && v.d1().equals(T) && v.d2().equals(T) && !v.d3().equals(T)) {
              share(out, "TIP_EXPLOITATION_SHARE", area, year, new Dims(T, T, v.d3(), T, T, T, T), v, all);
            }
          }
        }
      }
      Facts.Value convicted = cells.get("CONVICTED|_T|_T|_T");
      Facts.Value suspects = cells.get("SUSPECTS|_T|_T|_T");
      if (convicted != null && convicted.value() != null) {
        if (pop != null && pop > 0) {
          out.add(national("TIP_CONVICTED_R", area, year, Dims.NONE, 100_000 * convicted.value() / pop,
              convicted.value(), pop, status(List.of(convicted)), null, source(List.of(convicted))));
        }
        if (suspects != null && suspects.value() != null && suspects.value() > 0) {
          out.add(national("TIP_CONVICTION_RATIO", area, year, Dims.NONE, convicted.value() / suspects.value(),
              convicted.value(), suspects.value(), status(List.of(convicted, suspects)), null,
              source(List.of(convicted, suspects))));
        }
      }
    }
    return out;
  }

  private static void share(List<Observation> out, String series, int area, int year, Dims dims,
      Facts.Value part, Facts.Value all) {
    if (part == null || part.value() == null || part.value() > all.value()) {
      return;
    }
    out.add(national(series, area, year, dims, 100 * part.value() / all.value(), part.value(), all.value(),
        status(List.of(part, all)), null, source(List.of(part, all))));
  }

  // ---------------------------------------------------------------- illicit financial flows, §4

  private static List<Observation> markets(List<Facts.Market> facts) {
    record Key(int area, int year, String commodity) {}
    Map<Key, Map<String, Facts.Market>> byKey = new TreeMap<>(Comparator.comparingInt(Key::area)
        .thenComparingInt(Key::year).thenComparing(Key::commodity));
    for (Facts.Market m : facts) {
      byKey.computeIfAbsent(new Key(m.area(), m.year(), m.commodity()), k -> new TreeMap<>()).put(m.flow(), m);
      byKey.computeIfAbsent(new Key(m.area(), m.year(), T), k -> new TreeMap<>())
          .merge(m.flow(), m, (a, b) -> new Facts.Market(a.area(), a.year(), T, a.flow(),
              a.valueUsd() + b.valueUsd(), joinSources(a.sources(), b.sources())));
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Key, Map<String, Facts.Market>> e : byKey.entrySet()) {
      Key k = e.getKey();
      Facts.Market in = e.getValue().get("INWARD");
      Facts.Market outward = e.getValue().get("OUTWARD");
      Dims d = Dims.commodity(k.commodity());
      if (in != null) {
        out.add(national("IFF_CRIME_IN", k.area(), k.year(), d, in.valueUsd(), null, null, "A", null,
            in.sources()));
      }
      if (outward != null) {
        out.add(national("IFF_CRIME_OUT", k.area(), k.year(), d, outward.valueUsd(), null, null, "A", null,
            outward.sources()));
      }
      double total = (in == null ? 0 : in.valueUsd()) + (outward == null ? 0 : outward.valueUsd());
      String comment = in == null ? "covers OUTWARD flows only; INWARD not estimated"
          : outward == null ? "covers INWARD flows only; OUTWARD not estimated" : null;
      out.add(national("IFF_CRIME_TOTAL", k.area(), k.year(), d, total, null, null, "A", comment,
          joinSources(in == null ? null : in.sources(), outward == null ? null : outward.sources())));
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  /** The dimension values of an observation, in {@code Observations.DIMENSIONS} order. */
  record Dims(String sex, String age, String exploitation, String armType, String justification,
      String commodity, String route) {
    static final Dims NONE = new Dims(T, T, T, T, T, T, T);

    static Dims arm(String a) {
      return new Dims(T, T, T, a, T, T, T);
    }

    static Dims commodity(String c) {
      return new Dims(T, T, T, T, T, c, T);
    }
  }

  static Observation national(String series, int area, int year, Dims d, Double value, Double num, Double den,
      String status, String comment, String source) {
    Series s = SeriesCatalogue.byCode(series).orElseThrow(() -> new IllegalArgumentException(series));
    return national(series, area, year, d, value, num, den, status, comment, source, s.unitMeasure());
  }

  static Observation national(String series, int area, int year, Dims d, Double value, Double num, Double den,
      String status, String comment, String source, String unit) {
    Series s = SeriesCatalogue.byCode(series).orElseThrow(() -> new IllegalArgumentException(series));
    return new Observation(series, area, year, d.sex(), d.age(), d.exploitation(), d.armType(), d.justification(),
        d.commodity(), d.route(), unit, value, num, den, status, s.nature(), "N", 1, null, comment, source);
  }

  /** The status of a value computed from several inputs: the first that is not normal (A). */
  static String status(List<Facts.Value> inputs) {
    for (Facts.Value v : inputs) {
      if (v.obsStatus() != null && !v.obsStatus().equals("A")) {
        return v.obsStatus();
      }
    }
    return "A";
  }

  static String source(List<Facts.Value> inputs) {
    TreeSet<String> s = new TreeSet<>();
    for (Facts.Value v : inputs) {
      if (v.source() != null && !v.source().isBlank()) {
        s.add(v.source());
      }
    }
    return s.isEmpty() ? null : String.join("; ", s);
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null || b.isBlank() ? null : b;
    }
    return b == null || b.isBlank() || a.equals(b) ? a : a + "; " + b;
  }

  private static String joinSources(String a, String b) {
    TreeSet<String> s = new TreeSet<>();
    for (String x : new String[] {a, b}) {
      if (x != null) {
        for (String p : x.split("; ")) {
          if (!p.isBlank()) {
            s.add(p);
          }
        }
      }
    }
    return s.isEmpty() ? null : String.join("; ", s);
  }

  /** A number for comments, Locale.ROOT. */
  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
