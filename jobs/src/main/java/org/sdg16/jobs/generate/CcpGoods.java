package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.CcpGenerator.QUANTITY;
import static org.sdg16.jobs.generate.CcpGenerator.UNIT;
import static org.sdg16.jobs.generate.CcpMember.COMMODITIES;
import static org.sdg16.jobs.generate.Cells.decimal;
import static org.sdg16.jobs.generate.Rng.geometric;
import static org.sdg16.jobs.generate.Rng.lognormal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;

/**
 * What one port seizure holds: its quantity and unit, where the goods came from and where they were
 * going.
 */
final class CcpGoods {

  /** Where seized goods typically come from (UNODC World Drug Report and CCP reports). */
  private static final Map<Commodity, String[]> ORIGINS =
      Map.of(
          Commodity.COCAINE, new String[] {"COL", "PER", "BOL", "ECU", "BRA", "VEN", "PAN"},
          Commodity.HEROIN, new String[] {"AFG", "MMR", "PAK", "IRN", "LAO", "MEX"},
          Commodity.CANNABIS, new String[] {"MAR", "AFG", "LBN", "COL", "JAM", "ALB", "PRY", "NGA"},
          Commodity.PSYCHOTROPICS, new String[] {"MMR", "NLD", "BEL", "SYR", "LBN", "MEX"},
          Commodity.NPS, new String[] {"CHN", "IND", "NLD"},
          Commodity.PRECURSORS, new String[] {"CHN", "IND", "DEU", "NLD"},
          Commodity.CIGARETTES, new String[] {"ARE", "CHN", "VNM", "PRY", "BLR", "KOR"},
          Commodity.COUNTERFEIT, new String[] {"CHN", "HKG", "TUR", "IND", "THA", "VNM"},
          Commodity.WILDLIFE,
              new String[] {"NGA", "COD", "MOZ", "ZAF", "KEN", "TZA", "CMR", "AGO", "IDN"});

  private final World world;

  /** The typical origins of each commodity by ordinal, or null where any area is as likely. */
  private final List<Origin> origins = originTable();

  CcpGoods(World world) {
    this.world = world;
  }

  /**
   * Quantity and unit of one seizure (methodology §2 units): drugs and precursors mostly in kg,
   * small ones in grams and very large ones in tonnes; cigarettes in pieces, strategic goods in
   * containers, counterfeit goods and vehicles in items, alcohol in litres. Log-normal, so a few
   * seizures are very large.
   */
  static void quantity(SplittableRandom r, Commodity c, boolean air, String[] cells) {
    double a = air ? 0.1 : 1;
    switch (c) {
      case COCAINE -> mass(r, 12 * a, 1.9, 25_000, cells);
      case HEROIN -> mass(r, 5 * a, 1.6, 10_000, cells);
      case CANNABIS -> mass(r, 40 * a, 2.0, 100_000, cells);
      case PSYCHOTROPICS -> mass(r, 3 * a, 1.8, 10_000, cells);
      case NPS -> mass(r, 2 * a, 2.0, 5_000, cells);
      case PRECURSORS -> mass(r, 500 * a, 2.0, 500_000, cells);
      case CIGARETTES -> {
        long sticks =
            Math.max(1, Math.round(Math.min(5e7, lognormal(r, 800_000 * a, 1.4)) / 200)) * 200;
        cells[QUANTITY] = Long.toString(sticks);
        cells[UNIT] = "PIECES";
      }
      case STRATEGIC_GOODS -> {
        cells[QUANTITY] = Integer.toString(1 + geometric(r, 0.6, 20));
        cells[UNIT] = "CONTAINERS";
      }
      case COUNTERFEIT -> {
        cells[QUANTITY] =
            Long.toString(Math.max(1, Math.round(Math.min(5e6, lognormal(r, 2000 * a, 1.8)))));
        cells[UNIT] = "ITEMS";
      }
      case WILDLIFE -> {
        if (r.nextDouble() < 0.75) {
          mass(r, 80 * a, 1.8, 50_000, cells);
        } else {
          cells[QUANTITY] = Long.toString(Math.max(1, Math.round(lognormal(r, 15, 1.5))));
          cells[UNIT] = "PIECES";
        }
      }
      case ALCOHOL -> {
        double l = Math.min(1e6, lognormal(r, 1200 * a, 1.4));
        cells[QUANTITY] = decimal(l, l < 100 ? 1 : 0, true);
        cells[UNIT] = "L";
      }
      case VEHICLES -> {
        cells[QUANTITY] = Integer.toString(1 + geometric(r, 0.45, 40));
        cells[UNIT] = "ITEMS";
      }
      case OTHER -> {
        if (r.nextDouble() < 0.6) {
          cells[QUANTITY] =
              Long.toString(Math.max(1, Math.round(Math.min(1e6, lognormal(r, 300, 2.0)))));
          cells[UNIT] = "ITEMS";
        } else {
          mass(r, 150 * a, 2.0, 200_000, cells);
        }
      }
      default -> throw new IllegalStateException(c.name());
    }
  }

  private static void mass(
      SplittableRandom r, double medianKg, double sigma, double capKg, String[] cells) {
    double kg = Math.min(capKg, lognormal(r, medianKg, sigma));
    double u = r.nextDouble();
    if (kg < 1 && u < 0.85) {
      cells[QUANTITY] = decimal(kg * 1000, kg < 0.01 ? 1 : 0, true);
      cells[UNIT] = "G";
    } else if (kg >= 1000 && u < 0.6) {
      cells[QUANTITY] = decimal(kg / 1000, 3, true);
      cells[UNIT] = "T";
    } else {
      cells[QUANTITY] = decimal(kg, kg < 10 ? 2 : kg < 1000 ? 1 : 0, true);
      cells[UNIT] = "KG";
    }
  }

  /** An origin list entry: the cells to write, as ISO3 and as M49. */
  private record Origin(Commodity commodity, String[] iso3, String[] m49) {}

  private static List<Origin> originTable() {
    List<Origin> out = new ArrayList<>();
    for (Commodity c : COMMODITIES) {
      String[] list = ORIGINS.get(c);
      if (list == null) {
        out.add(null);
        continue;
      }
      List<String> iso = new ArrayList<>();
      List<String> num = new ArrayList<>();
      for (String s : list) {
        M49.standard()
            .resolve(s)
            .ifPresent(
                a -> {
                  iso.add(a.iso3());
                  num.add(Integer.toString(a.m49()));
                });
      }
      out.add(
          iso.isEmpty()
              ? null
              : new Origin(c, iso.toArray(new String[0]), num.toArray(new String[0])));
    }
    return out;
  }

  /** Where a seizure came from: empty (unknown), a typical origin of the commodity, or anywhere. */
  String origin(SplittableRandom r, Commodity c, Country seizing) {
    double u = r.nextDouble();
    if (u < 0.25) {
      return "";
    }
    boolean asIso = r.nextDouble() < 0.8;
    Origin o = origins.get(c.ordinal());
    String iso;
    String num;
    if (o != null && u < 0.85) {
      int i = r.nextInt(o.iso3().length);
      iso = o.iso3()[i];
      num = o.m49()[i];
    } else {
      M49.Area a = world.areas.get(r.nextInt(world.areas.size()));
      iso = a.iso3();
      num = Integer.toString(a.m49());
    }
    if (iso.equals(seizing.iso3())) {
      return "";
    }
    return asIso ? iso : num;
  }

  /** Where a seizure was going: any area but the seizing country. */
  String destination(SplittableRandom r, Country seizing) {
    M49.Area a = world.areas.get(r.nextInt(world.areas.size()));
    if (a.m49() == seizing.m49()) {
      return "";
    }
    return r.nextDouble() < 0.8 ? a.iso3() : Integer.toString(a.m49());
  }
}
