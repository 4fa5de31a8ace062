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
import org.sdg16.schemas.codes.ObsStatus;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * The country series of methodology §1–§4, from grouped facts to observations. Pure arithmetic: no
 * Spark, no I/O. A ratio whose denominator is 0 or missing is not published; a blank input never
 * enters a sum.
 */
public final class Indicators {

  private static final String T = CodeList.TOTAL;

  private Indicators() {}

  /** Every national observation of every series. */
  public static List<Observation> compute(Facts.All facts) {
    List<Observation> out = new ArrayList<>();
    out.addAll(firearms(facts));
    out.addAll(cases(facts));
    out.addAll(ccp(facts.ccp(), facts.source("ccp")));
    out.addAll(tip(facts));
    out.addAll(markets(facts.markets(), facts.source("markets")));
    out.sort(ORDER);
    return out;
  }

  /** A stable order: series, area, year, dimensions. */
  public static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::series)
          .thenComparingInt(Observation::refArea)
          .thenComparingInt(Observation::timePeriod)
          .thenComparing(o -> String.join("|", o.dimensions()))
          .thenComparing(Observation::unitMeasure);

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

  /** The parts of the arms seized, found and surrendered (methodology §1.1). */
  static final List<String> PARTS = List.of("SEIZED", "FOUND", "SURRENDERED");

  /** The combined measure, which wins over the parts when reported. */
  static final String COMBINED = "SEIZED_FOUND_SURRENDERED";

  /**
   * Arms seized, found and surrendered for one breakdown: the value, the measures it sums ({@code
   * covered}), the parts the return does not give ({@code missing}) and the inputs.
   */
  record Seized(
      double value, List<String> covered, List<String> missing, List<Facts.Value> inputs) {

    /** Whether the sum lacks parts that are not reported. */
    boolean partial() {
      return !missing.isEmpty();
    }
  }

  /**
   * Methodology §1.1: the denominator is the combined measure when reported, else the sum of the
   * reported parts; null when nothing is reported.
   */
  static Seized seized(Return r, String arm, String just) {
    Facts.Value combined = r.get(COMBINED, arm, just);
    if (combined != null && combined.value() != null) {
      return new Seized(combined.value(), List.of(COMBINED), List.of(), List.of(combined));
    }
    return sum(r, PARTS, arm, just);
  }

  /** The sum of the given measures for one breakdown, over those reported; null when none is. */
  private static Seized sum(Return r, List<String> measures, String arm, String just) {
    double sum = 0;
    List<String> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Facts.Value> inputs = new ArrayList<>();
    for (String m : measures) {
      Facts.Value v = r.get(m, arm, just);
      if (v != null && v.value() != null) {
        sum += v.value();
        covered.add(m);
        inputs.add(v);
      } else {
        missing.add(m);
      }
    }
    return covered.isEmpty() ? null : new Seized(sum, covered, missing, inputs);
  }

  /**
   * The note on a value whose sum of seized, found and surrendered arms lacks parts, e.g. {@code
   * denominator covers SEIZED + FOUND; SURRENDERED not reported}; null when nothing lacks. {@code
   * what} names the role of the sum: {@code denominator covers}, {@code numerator sums}, {@code
   * sums}. {@link #partOfValue} recognises these notes.
   */
  static String partialNote(String what, Seized s) {
    return s.partial()
        ? what
            + " "
            + String.join(" + ", s.covered())
            + "; "
            + String.join(", ", s.missing())
            + " not reported"
        : null;
  }

  private static final java.util.regex.Pattern PARTIAL =
      java.util.regex.Pattern.compile(
          "^(denominator covers|numerator sums|sums) [A-Z_ +]+; [A-Z_, ]+ not reported");

  /**
   * Which part of a national value lacks reported parts, by its {@link #partialNote}: {@code
   * denominator}, {@code numerator} or {@code sum}; null when none does.
   */
  public static String partOfValue(String comment) {
    if (comment == null) {
      return null;
    }
    java.util.regex.Matcher m = PARTIAL.matcher(comment);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "denominator covers" -> "denominator";
      case "numerator sums" -> "numerator";
      default -> "sum";
    };
  }

  /**
   * The measures that carry a breakdown (methodology §1.2, share scopes): the combined measure when
   * it carries the breakdown, else the parts that do, in {@link #PARTS} order.
   */
  static List<String> carrying(Return r, java.util.function.Predicate<String[]> inBreakdown) {
    java.util.Set<String> carrying = new java.util.HashSet<>();
    for (String key : r.cells().keySet()) {
      String[] k = key.split("\\|");
      if (inBreakdown.test(k) && r.value(k[0], k[1], k[2]) != null) {
        carrying.add(k[0]);
      }
    }
    return carrying.contains(COMBINED)
        ? List.of(COMBINED)
        : PARTS.stream().filter(carrying::contains).toList();
  }

  /**
   * The note on a value that sums {@code covered}, when that is not every part, saying why each
   * other part is left out: not reported, not broken down by {@code label} (not in {@code
   * carrying}), or no value for {@code code} though broken down. E.g. {@code numerator and
   * denominator cover SEIZED; FOUND, SURRENDERED not broken down by legal justification}. Null when
   * {@code covered} is the combined measure or every part.
   */
  static String scopeNote(
      String what,
      List<String> covered,
      Return r,
      List<String> carrying,
      String label,
      String code) {
    if (covered.contains(COMBINED) || covered.size() == PARTS.size()) {
      return null;
    }
    List<String> notReported = new ArrayList<>();
    List<String> notBrokenDown = new ArrayList<>();
    List<String> noValue = new ArrayList<>();
    for (String m : PARTS) {
      if (!covered.contains(m)) {
        (r.value(m, T, T) == null ? notReported : carrying.contains(m) ? noValue : notBrokenDown)
            .add(m);
      }
    }
    StringBuilder note = new StringBuilder(what + " " + String.join(" + ", covered));
    if (!notBrokenDown.isEmpty()) {
      note.append("; ")
          .append(String.join(", ", notBrokenDown))
          .append(" not broken down by ")
          .append(label);
    }
    if (!noValue.isEmpty()) {
      note.append("; no ").append(code).append(" value for ").append(String.join(", ", noValue));
    }
    if (!notReported.isEmpty()) {
      note.append("; ").append(String.join(", ", notReported)).append(" not reported");
    }
    return note.toString();
  }

  private static List<Observation> firearms(Facts.All facts) {
    Map<Long, Map<String, Facts.Value>> byAreaYear = new TreeMap<>();
    for (Facts.Value v : facts.firearms()) {
      byAreaYear
          .computeIfAbsent(Facts.key(v.area(), v.year()), k -> new LinkedHashMap<>())
          .put(v.measure() + "|" + v.d1() + "|" + v.d2(), v);
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Facts.Value>> e : byAreaYear.entrySet()) {
      int area = (int) (e.getKey() / 10_000L);
      int year = (int) (e.getKey() % 10_000L);
      Return r = new Return(e.getValue());
      Seized total = seized(r, T, T);
      if (total != null) {
        String den = partialNote("denominator covers", total);
        ratio(out, SeriesCatalogue.VC_ARM_SZTRACE, area, year, r.get("TRACED", T, T), total, den);
        ratio(
            out,
            SeriesCatalogue.FA_IDENTIFIED_SHARE,
            area,
            year,
            r.get("IDENTIFIED", T, T),
            total,
            den);
        out.add(
            national(
                SeriesCatalogue.FA_SEIZED,
                area,
                year,
                Dims.arm(T),
                total.value(),
                null,
                null,
                status(total.inputs()),
                partialNote("sums", total),
                source(total.inputs())));
        Double pop = facts.population(area, year);
        if (pop != null && pop > 0) {
          out.add(
              national(
                  SeriesCatalogue.FA_SEIZED_R,
                  area,
                  year,
                  Dims.NONE,
                  100_000 * total.value() / pop,
                  total.value(),
                  pop,
                  status(total.inputs()),
                  partialNote("numerator sums", total),
                  source(total.inputs())));
        }
        Facts.Value ammo = r.get("AMMUNITION", T, T);
        if (ammo != null && ammo.value() != null && total.value() > 0) {
          List<Facts.Value> inputs = new ArrayList<>(total.inputs());
          inputs.add(ammo);
          out.add(
              national(
                  SeriesCatalogue.FA_AMMO_RATIO,
                  area,
                  year,
                  Dims.NONE,
                  ammo.value() / total.value(),
                  ammo.value(),
                  total.value(),
                  status(inputs),
                  join(den, ammo.comment()),
                  source(inputs)));
        }
      }
      List<String> justified = carrying(r, k -> k[1].equals(T) && !k[2].equals(T));
      justificationShare(
          out,
          SeriesCatalogue.FA_TRAFFICKING_SHARE,
          "ILLICIT_TRAFFICKING",
          area,
          year,
          r,
          justified);
      justificationShare(
          out, SeriesCatalogue.FA_POSSESSION_SHARE, "ILLICIT_POSSESSION", area, year, r, justified);
      Facts.Value sent = r.get("TRACE_REQ_SENT", T, T);
      Facts.Value ok = r.get("TRACE_REQ_SUCCESS", T, T);
      if (sent != null
          && ok != null
          && sent.value() != null
          && ok.value() != null
          && sent.value() > 0
          && ok.value() <= sent.value()) {
        out.add(
            national(
                SeriesCatalogue.FA_TRACE_SUCCESS,
                area,
                year,
                Dims.NONE,
                100 * ok.value() / sent.value(),
                ok.value(),
                sent.value(),
                status(List.of(ok, sent)),
                null,
                source(List.of(ok, sent))));
      }
      armTypes(out, area, year, r);
    }
    return out;
  }

  /**
   * 100 × numerator / denominator, published only when the numerator is reported, the denominator
   * is positive and the numerator does not exceed it.
   */
  private static void ratio(
      List<Observation> out,
      String series,
      int area,
      int year,
      Facts.Value num,
      Seized den,
      String comment) {
    if (num == null || num.value() == null || den.value() <= 0 || num.value() > den.value()) {
      return;
    }
    List<Facts.Value> inputs = new ArrayList<>(den.inputs());
    inputs.add(num);
    out.add(
        national(
            series,
            area,
            year,
            Dims.NONE,
            100 * num.value() / den.value(),
            num.value(),
            den.value(),
            status(inputs),
            join(comment, num.comment()),
            source(inputs)));
  }

  /**
   * A legal-justification share (methodology §1.2): arms with the justification / all arms, both
   * summed over the measures that carry the justification breakdown ({@code carrying}), and only
   * over those of them that give both the justification's value and the total (missing is not
   * zero).
   */
  private static void justificationShare(
      List<Observation> out,
      String series,
      String justification,
      int area,
      int year,
      Return r,
      List<String> carrying) {
    List<String> both =
        carrying.stream()
            .filter(m -> r.value(m, T, justification) != null && r.value(m, T, T) != null)
            .toList();
    if (both.isEmpty()) {
      return;
    }
    Seized part = sum(r, both, T, justification);
    Seized all = sum(r, both, T, T);
    if (all.value() <= 0 || part.value() > all.value()) {
      return;
    }
    String note =
        scopeNote(
            "numerator and denominator cover",
            both,
            r,
            carrying,
            "legal justification",
            justification);
    List<Facts.Value> inputs = new ArrayList<>(all.inputs());
    inputs.addAll(part.inputs());
    out.add(
        national(
            series,
            area,
            year,
            Dims.NONE,
            100 * part.value() / all.value(),
            part.value(),
            all.value(),
            status(inputs),
            note,
            source(inputs)));
  }

  /**
   * FA_SEIZED by type and FA_TYPE_SHARE (methodology §1.2): each type summed over the measures that
   * carry the type breakdown, and shares of the sum over the reported types (UNKNOWN counts).
   * FA_SEIZED by type always says which measures it sums. Shares are left out when some type lacks
   * a value for one of those measures: its sum would cover other measures than the rest.
   */
  private static void armTypes(List<Observation> out, int area, int year, Return r) {
    List<String> measures = carrying(r, k -> !k[1].equals(T) && k[2].equals(T));
    if (measures.isEmpty()) {
      return;
    }
    Map<String, Seized> byType = new TreeMap<>();
    for (String key : r.cells().keySet()) {
      String[] k = key.split("\\|");
      if (!k[1].equals(T) && k[2].equals(T) && !byType.containsKey(k[1])) {
        Seized s = sum(r, measures, k[1], T);
        if (s != null) {
          byType.put(k[1], s);
        }
      }
    }
    boolean complete = byType.values().stream().noneMatch(Seized::partial);
    String scope = scopeNote("sums", measures, r, measures, "arm type", null);
    String sums = scope != null ? scope : "sums " + String.join(" + ", measures);
    String shareScope =
        scopeNote("numerator and denominator cover", measures, r, measures, "arm type", null);
    double sum = byType.values().stream().mapToDouble(Seized::value).sum();
    for (Map.Entry<String, Seized> t : byType.entrySet()) {
      Seized s = t.getValue();
      out.add(
          national(
              SeriesCatalogue.FA_SEIZED,
              area,
              year,
              Dims.arm(t.getKey()),
              s.value(),
              null,
              null,
              status(s.inputs()),
              s.partial() ? partialNote("sums", s) : sums,
              source(s.inputs())));
      if (complete && sum > 0) {
        out.add(
            national(
                SeriesCatalogue.FA_TYPE_SHARE,
                area,
                year,
                Dims.arm(t.getKey()),
                100 * s.value() / sum,
                s.value(),
                sum,
                status(s.inputs()),
                shareScope,
                source(s.inputs())));
      }
    }
  }

  // ---------------------------------------------------------------- significant cases, §1.2

  private static List<Observation> cases(Facts.All facts) {
    List<Observation> out = new ArrayList<>();
    for (Facts.Origin o : facts.origins()) {
      if (o.armsKnown() > 0) {
        out.add(
            national(
                SeriesCatalogue.FA_TRANSNATIONAL_SHARE,
                o.area(),
                o.year(),
                Dims.NONE,
                100 * o.armsTransnational() / o.armsKnown(),
                o.armsTransnational(),
                o.armsKnown(),
                "A",
                null,
                facts.source("firearms_cases")));
      }
    }
    for (Facts.Route r : facts.routes()) {
      String route = code(r.departure()) + ">" + code(r.destination());
      out.add(
          national(
              SeriesCatalogue.FA_ROUTE,
              r.area(),
              r.year(),
              new Dims(T, T, T, T, T, T, route),
              r.arms(),
              null,
              null,
              "A",
              null,
              facts.source("firearms_cases")));
    }
    return out;
  }

  private static String code(Integer m49) {
    return m49 == null ? "_U" : Integer.toString(m49);
  }

  // ---------------------------------------------------------------- port seizures, §2

  private static List<Observation> ccp(List<Facts.Ccp> facts, String source) {
    List<Observation> out = new ArrayList<>();
    Map<String, long[]> events = new TreeMap<>();
    for (Facts.Ccp c : facts) {
      out.add(
          national(
              SeriesCatalogue.CCP_SEIZED_QTY,
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
      events
              .computeIfAbsent(c.area() + "|" + c.year() + "|" + c.commodity(), k -> new long[1])[
              0] +=
          c.events();
    }
    for (Map.Entry<String, long[]> e : events.entrySet()) {
      String[] k = e.getKey().split("\\|");
      out.add(
          national(
              SeriesCatalogue.CCP_SEIZURES,
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

  // ---------------------------------------------------------------- trafficking in persons, §3

  private static List<Observation> tip(Facts.All facts) {
    Map<Long, Map<String, Facts.Value>> byAreaYear = new TreeMap<>();
    for (Facts.Value v : facts.tip()) {
      byAreaYear
          .computeIfAbsent(Facts.key(v.area(), v.year()), k -> new LinkedHashMap<>())
          .put(v.measure() + "|" + v.d1() + "|" + v.d2() + "|" + v.d3(), v);
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Facts.Value>> e : byAreaYear.entrySet()) {
      int area = (int) (e.getKey() / 10_000L);
      int year = (int) (e.getKey() % 10_000L);
      Map<String, Facts.Value> cells = e.getValue();
      for (Facts.Value v : cells.values()) {
        if (v.measure().equals("DETECTED_VICTIMS") && v.value() != null) {
          out.add(
              national(
                  SeriesCatalogue.VC_HTF_DETV,
                  area,
                  year,
                  new Dims(v.d1(), v.d2(), v.d3(), T, T, T, T),
                  v.value(),
                  null,
                  null,
                  status(List.of(v)),
                  v.comment(),
                  source(List.of(v))));
        }
      }
      Facts.Value all = cells.get("DETECTED_VICTIMS|_T|_T|_T");
      Double pop = facts.population(area, year);
      if (all != null && all.value() != null) {
        if (pop != null && pop > 0) {
          out.add(
              national(
                  SeriesCatalogue.TIP_DETV_R,
                  area,
                  year,
                  Dims.NONE,
                  100_000 * all.value() / pop,
                  all.value(),
                  pop,
                  status(List.of(all)),
                  null,
                  source(List.of(all))));
        }
        if (all.value() > 0) {
          share(
              out,
              SeriesCatalogue.TIP_SHARE_FEMALE,
              area,
              year,
              Dims.NONE,
              cells.get("DETECTED_VICTIMS|F|_T|_T"),
              all);
          share(
              out,
              SeriesCatalogue.TIP_SHARE_CHILD,
              area,
              year,
              Dims.NONE,
              cells.get("DETECTED_VICTIMS|_T|Y0T17|_T"),
              all);
          for (Facts.Value v : cells.values()) {
            if (v.measure().equals("DETECTED_VICTIMS")
                && v.d1().equals(T)
                && v.d2().equals(T)
                && !v.d3().equals(T)) {
              share(
                  out,
                  SeriesCatalogue.TIP_EXPLOITATION_SHARE,
                  area,
                  year,
                  new Dims(T, T, v.d3(), T, T, T, T),
                  v,
                  all);
            }
          }
        }
      }
      Facts.Value convicted = cells.get("CONVICTED|_T|_T|_T");
      Facts.Value suspects = cells.get("SUSPECTS|_T|_T|_T");
      if (convicted != null && convicted.value() != null) {
        if (pop != null && pop > 0) {
          out.add(
              national(
                  SeriesCatalogue.TIP_CONVICTED_R,
                  area,
                  year,
                  Dims.NONE,
                  100_000 * convicted.value() / pop,
                  convicted.value(),
                  pop,
                  status(List.of(convicted)),
                  null,
                  source(List.of(convicted))));
        }
        if (suspects != null && suspects.value() != null && suspects.value() > 0) {
          out.add(
              national(
                  SeriesCatalogue.TIP_CONVICTION_RATIO,
                  area,
                  year,
                  Dims.NONE,
                  convicted.value() / suspects.value(),
                  convicted.value(),
                  suspects.value(),
                  status(List.of(convicted, suspects)),
                  null,
                  source(List.of(convicted, suspects))));
        }
      }
    }
    return out;
  }

  private static void share(
      List<Observation> out,
      String series,
      int area,
      int year,
      Dims dims,
      Facts.Value part,
      Facts.Value all) {
    if (part == null || part.value() == null || part.value() > all.value()) {
      return;
    }
    out.add(
        national(
            series,
            area,
            year,
            dims,
            100 * part.value() / all.value(),
            part.value(),
            all.value(),
            status(List.of(part, all)),
            null,
            source(List.of(part, all))));
  }

  // ---------------------------------------------------------------- illicit financial flows, §4

  private static List<Observation> markets(List<Facts.Market> facts, String source) {
    record Key(int area, int year, String commodity) {}
    Map<Key, Map<String, Facts.Market>> byKey =
        new TreeMap<>(
            Comparator.comparingInt(Key::area)
                .thenComparingInt(Key::year)
                .thenComparing(Key::commodity));
    for (Facts.Market m : facts) {
      byKey
          .computeIfAbsent(new Key(m.area(), m.year(), m.commodity()), k -> new TreeMap<>())
          .put(m.flow(), m);
      byKey
          .computeIfAbsent(new Key(m.area(), m.year(), T), k -> new TreeMap<>())
          .merge(
              m.flow(),
              m,
              (a, b) ->
                  new Facts.Market(
                      a.area(),
                      a.year(),
                      T,
                      a.flow(),
                      a.valueUsd() + b.valueUsd(),
                      joinSources(a.sources(), b.sources())));
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<Key, Map<String, Facts.Market>> e : byKey.entrySet()) {
      Key k = e.getKey();
      Facts.Market in = e.getValue().get("INWARD");
      Facts.Market outward = e.getValue().get("OUTWARD");
      Dims d = Dims.commodity(k.commodity());
      if (in != null) {
        out.add(
            national(
                SeriesCatalogue.IFF_CRIME_IN,
                k.area(),
                k.year(),
                d,
                in.valueUsd(),
                null,
                null,
                "A",
                null,
                withPrices(source, in.sources())));
      }
      if (outward != null) {
        out.add(
            national(
                SeriesCatalogue.IFF_CRIME_OUT,
                k.area(),
                k.year(),
                d,
                outward.valueUsd(),
                null,
                null,
                "A",
                null,
                withPrices(source, outward.sources())));
      }
      double total = (in == null ? 0 : in.valueUsd()) + (outward == null ? 0 : outward.valueUsd());
      String comment =
          in == null
              ? "covers OUTWARD flows only; INWARD not estimated"
              : outward == null ? "covers INWARD flows only; OUTWARD not estimated" : null;
      out.add(
          national(
              SeriesCatalogue.IFF_CRIME_TOTAL,
              k.area(),
              k.year(),
              d,
              total,
              null,
              null,
              "A",
              comment,
              withPrices(
                  source,
                  joinSources(
                      in == null ? null : in.sources(),
                      outward == null ? null : outward.sources()))));
    }
    return out;
  }

  /**
   * The source of a market estimate with its price sources (methodology §4: every value keeps
   * them).
   */
  private static String withPrices(String source, String prices) {
    if (prices == null || prices.isBlank()) {
      return source;
    }
    return source == null ? "prices: " + prices : source + "; prices: " + prices;
  }

  // ---------------------------------------------------------------- helpers

  /** The dimension values of an observation, in {@code Observation.DIMENSIONS} order. */
  record Dims(
      String sex,
      String age,
      String exploitation,
      String armType,
      String justification,
      String commodity,
      String route) {
    static final Dims NONE = new Dims(T, T, T, T, T, T, T);

    static Dims arm(String a) {
      return new Dims(T, T, T, a, T, T, T);
    }

    static Dims commodity(String c) {
      return new Dims(T, T, T, T, T, c, T);
    }
  }

  static Observation national(
      String series,
      int area,
      int year,
      Dims d,
      Double value,
      Double num,
      Double den,
      String status,
      String comment,
      String source) {
    Series s =
        SeriesCatalogue.byCode(series).orElseThrow(() -> new IllegalArgumentException(series));
    return national(
        series, area, year, d, value, num, den, status, comment, source, s.unitMeasure());
  }

  static Observation national(
      String series,
      int area,
      int year,
      Dims d,
      Double value,
      Double num,
      Double den,
      String status,
      String comment,
      String source,
      String unit) {
    Series s =
        SeriesCatalogue.byCode(series).orElseThrow(() -> new IllegalArgumentException(series));
    return new Observation(
        series,
        area,
        year,
        d.sex(),
        d.age(),
        d.exploitation(),
        d.armType(),
        d.justification(),
        d.commodity(),
        d.route(),
        unit,
        value,
        num,
        den,
        status,
        s.nature(),
        "N",
        1,
        null,
        comment,
        source);
  }

  /** The status of a value computed from several inputs: the least reliable of theirs. */
  static String status(List<Facts.Value> inputs) {
    return ObsStatus.leastReliable(inputs.stream().map(Facts.Value::obsStatus).toList());
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
