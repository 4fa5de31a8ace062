package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Country.areaCell;
import static org.sdg16.jobs.generate.Rng.lognormal;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;

/**
 * A member country of the Container Control Programme: the year it joins, its weight in the
 * programme's seizures, its port control units (a code and a transport each: sea port, airport, dry
 * port, land border) and the commodity mix they seize by transport. {@link #all} draws the members
 * of a run.
 */
final class CcpMember {
  final Country country;
  final String area;
  final double weight;
  final int joins;
  final String[] ports;
  final int[] portTransport;
  final double[] portCum;

  /** Cumulative commodity weights, by transport. */
  final double[][] comCum = new double[4][];

  int seq;

  CcpMember(
      Country country,
      String area,
      double weight,
      int joins,
      String[] ports,
      int[] portTransport,
      double[] portCum) {
    this.country = country;
    this.area = area;
    this.weight = weight;
    this.joins = joins;
    this.ports = ports;
    this.portTransport = portTransport;
    this.portCum = portCum;
  }

  static final Commodity[] COMMODITIES = Commodity.values();

  /** Events per 100 seizures at sea ports, dry ports and land borders. */
  private static final double[] SEA_MIX =
      mix(
          Map.ofEntries(
              Map.entry(Commodity.COCAINE, 16.0),
              Map.entry(Commodity.CANNABIS, 15.0),
              Map.entry(Commodity.CIGARETTES, 14.0),
              Map.entry(Commodity.COUNTERFEIT, 12.0),
              Map.entry(Commodity.HEROIN, 5.0),
              Map.entry(Commodity.PSYCHOTROPICS, 6.0),
              Map.entry(Commodity.NPS, 3.0),
              Map.entry(Commodity.PRECURSORS, 4.0),
              Map.entry(Commodity.STRATEGIC_GOODS, 2.0),
              Map.entry(Commodity.WILDLIFE, 6.0),
              Map.entry(Commodity.ALCOHOL, 5.0),
              Map.entry(Commodity.VEHICLES, 4.0),
              Map.entry(Commodity.OTHER, 8.0)));

  /** Events per 100 seizures at airports (air cargo and passengers). */
  private static final double[] AIR_MIX =
      mix(
          Map.ofEntries(
              Map.entry(Commodity.COCAINE, 25.0),
              Map.entry(Commodity.CANNABIS, 10.0),
              Map.entry(Commodity.CIGARETTES, 4.0),
              Map.entry(Commodity.COUNTERFEIT, 12.0),
              Map.entry(Commodity.HEROIN, 6.0),
              Map.entry(Commodity.PSYCHOTROPICS, 10.0),
              Map.entry(Commodity.NPS, 8.0),
              Map.entry(Commodity.PRECURSORS, 2.0),
              Map.entry(Commodity.STRATEGIC_GOODS, 3.0),
              Map.entry(Commodity.WILDLIFE, 8.0),
              Map.entry(Commodity.ALCOHOL, 1.0),
              Map.entry(Commodity.VEHICLES, 0.0),
              Map.entry(Commodity.OTHER, 11.0)));

  private static double[] mix(Map<Commodity, Double> w) {
    double[] out = new double[COMMODITIES.length];
    for (Commodity c : COMMODITIES) {
      out[c.ordinal()] = w.getOrDefault(c, 0.0);
    }
    return out;
  }

  /**
   * The member countries of the programme among the reporting countries, each joining in a year.
   */
  static List<CcpMember> all(World world) {
    List<CcpMember> out = new ArrayList<>();
    for (Country c : world.countries) {
      SplittableRandom r = rng(world.seed(), tag("ccp-country"), c.m49());
      String area = areaCell(r, c);
      boolean member = r.nextDouble() < 0.55;
      if (!member && !(out.isEmpty() && c.index() == world.countries.size() - 1)) {
        continue;
      }
      int span = world.years.length;
      int joins =
          out.isEmpty()
              ? world.years[0]
              : world.years[0] + (int) (r.nextDouble() * r.nextDouble() * span * 0.8);
      double weight = lognormal(r, 1, 1.0) * StrictMath.pow(c.pop2015() / 1e6, 0.3);
      int nPorts =
          (int)
              Math.max(
                  1,
                  Math.min(
                      7,
                      1
                          + r.nextDouble()
                              * (1 + StrictMath.log10(Math.max(c.pop2015(), 1e5)) - 5)
                              * 1.5));
      String[] ports = new String[nPorts];
      int[] tr = new int[nPorts];
      double[] cum = new double[nPorts];
      String prefix = c.iso3().substring(0, 2);
      double total = 0;
      for (int p = 0; p < nPorts; p++) {
        String code;
        do {
          code =
              prefix
                  + (char) ('A' + r.nextInt(26))
                  + (char) ('A' + r.nextInt(26))
                  + (char) ('A' + r.nextInt(26));
        } while (contains(ports, code));
        ports[p] = code;
        double u = r.nextDouble();
        if (p == 0) {
          tr[p] = c.landlocked() ? 2 : 0;
        } else if (c.landlocked()) {
          tr[p] = u < 0.45 ? 1 : u < 0.8 ? 2 : 3;
        } else {
          tr[p] = u < 0.55 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
        }
        double[] median = {3, 1, 1, 0.5};
        total += lognormal(r, median[tr[p]], 0.8);
        cum[p] = total;
      }
      CcpMember cc = new CcpMember(c, area, weight, joins, ports, tr, cum);
      double[] regional = regionalMix(c.area());
      for (int t = 0; t < 4; t++) {
        double[] base = t == 1 ? AIR_MIX : SEA_MIX;
        double[] w = new double[base.length];
        double run = 0;
        for (int k = 0; k < base.length; k++) {
          run += base[k] * regional[k] * lognormal(r, 1, 0.4);
          w[k] = run;
        }
        cc.comCum[t] = w;
      }
      out.add(cc);
    }
    return out;
  }

  private static boolean contains(String[] a, String s) {
    for (String x : a) {
      if (s.equals(x)) {
        return true;
      }
    }
    return false;
  }

  /** Regional emphasis of the seizure mix: cocaine in Latin America, heroin in Asia, … */
  private static double[] regionalMix(M49.Area a) {
    double[] m = new double[COMMODITIES.length];
    java.util.Arrays.fill(m, 1.0);
    int region = a.region();
    boolean latam =
        Integer.valueOf(419).equals(a.subRegion()) || Integer.valueOf(419).equals(a.sdgRegion());
    if (latam) {
      m[Commodity.COCAINE.ordinal()] = 3.0;
      m[Commodity.CANNABIS.ordinal()] = 1.5;
    }
    switch (region) {
      case 142 -> {
        m[Commodity.HEROIN.ordinal()] = 2.5;
        m[Commodity.PRECURSORS.ordinal()] = 2.0;
        m[Commodity.COUNTERFEIT.ordinal()] = 1.5;
        m[Commodity.NPS.ordinal()] = 1.5;
      }
      case 2 -> {
        m[Commodity.WILDLIFE.ordinal()] = 3.0;
        m[Commodity.CIGARETTES.ordinal()] = 1.5;
        m[Commodity.CANNABIS.ordinal()] = 1.5;
      }
      case 150 -> {
        m[Commodity.CIGARETTES.ordinal()] = 2.0;
        m[Commodity.COCAINE.ordinal()] = 1.3;
        m[Commodity.ALCOHOL.ordinal()] = 1.5;
      }
      case 9 -> {
        m[Commodity.PSYCHOTROPICS.ordinal()] = 2.0;
        m[Commodity.WILDLIFE.ordinal()] = 1.5;
      }
      default -> {}
    }
    return m;
  }
}
