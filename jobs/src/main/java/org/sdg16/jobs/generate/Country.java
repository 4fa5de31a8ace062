package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Rng.gaussian;
import static org.sdg16.jobs.generate.Rng.lognormal;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.sdg16.schemas.codes.M49;

/**
 * A generated country: an M49 area with an ISO3 code and a region, and its synthetic population
 * (log-normal around 6 million in 2015, growing by a country rate).
 */
record Country(int index, M49.Area area, double pop2015, double growth, boolean landlocked) {
  int m49() {
    return area.m49();
  }

  String iso3() {
    return area.iso3();
  }

  long population(int year) {
    return Math.max(1000, Math.round(pop2015 * StrictMath.pow(1 + growth, year - 2015)));
  }

  /**
   * Dependent territories: they come after the states, so that a run of N countries holds the first
   * N states by M49 code (Hong Kong, Macao and the State of Palestine report on their own and count
   * as states here).
   */
  private static final Set<String> TERRITORIES =
      Set.of(
          "ABW", "AIA", "ALA", "ASM", "BES", "BLM", "BMU", "CCK", "COK", "CUW", "CXR", "CYM", "ESH",
          "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "IMN", "JEY", "MAF", "MNP", "MSR",
          "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU", "SHN", "SJM", "SPM", "SXM",
          "TCA", "TKL", "VGB", "VIR", "WLF");

  /** Uninhabited territories: no returns, no population. */
  static final Set<String> UNINHABITED = Set.of("ATA", "BVT", "HMD", "ATF", "SGS", "UMI", "IOT");

  /** Countries without a sea coast: their port control units sit in dry ports and airports. */
  private static final Set<String> LANDLOCKED =
      Set.of(
          "AFG", "AND", "ARM", "AUT", "AZE", "BDI", "BFA", "BLR", "BOL", "BTN", "BWA", "CAF", "CHE",
          "CZE", "ETH", "HUN", "KAZ", "KGZ", "LAO", "LIE", "LSO", "LUX", "MDA", "MKD", "MLI", "MNG",
          "MWI", "NER", "NPL", "PRY", "RWA", "SMR", "SRB", "SSD", "SVK", "SWZ", "TCD", "TJK", "TKM",
          "UGA", "UZB", "VAT", "ZMB", "ZWE");

  /**
   * Every inhabited M49 area with an ISO3 code and a region: the states by M49 code, then the
   * dependent territories by code.
   */
  static List<Country> all(long seed) {
    List<M49.Area> areas = new ArrayList<>(M49.standard().areas());
    areas.sort(
        (a, b) -> {
          boolean ta = a.iso3() != null && TERRITORIES.contains(a.iso3());
          boolean tb = b.iso3() != null && TERRITORIES.contains(b.iso3());
          return ta != tb ? Boolean.compare(ta, tb) : Integer.compare(a.m49(), b.m49());
        });
    List<Country> out = new ArrayList<>();
    for (M49.Area a : areas) {
      if (a.iso3() == null || a.region() == null || UNINHABITED.contains(a.iso3())) {
        continue;
      }
      SplittableRandom r = rng(seed, tag("population"), a.m49());
      double pop = Math.min(1.45e9, Math.max(1.5e4, lognormal(r, 6e6, 1.7)));
      double growth = Math.min(0.04, Math.max(-0.015, 0.012 + 0.01 * gaussian(r)));
      out.add(new Country(out.size(), a, pop, growth, LANDLOCKED.contains(a.iso3())));
    }
    return out;
  }

  /**
   * How a country writes its {@code ref_area}: ISO3 (55 %), M49 (35 %) or M49 padded to three
   * digits as in many spreadsheets (10 %). Contract §1 accepts all three.
   */
  static String areaCell(SplittableRandom r, Country c) {
    double u = r.nextDouble();
    if (u < 0.55) {
      return c.iso3();
    }
    if (u < 0.90 || c.m49() >= 100) {
      return Integer.toString(c.m49());
    }
    return String.format(Locale.ROOT, "%03d", c.m49());
  }
}
