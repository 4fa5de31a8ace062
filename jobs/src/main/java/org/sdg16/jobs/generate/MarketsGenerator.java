package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Cells.decimal;
import static org.sdg16.jobs.generate.Cells.submitted;
import static org.sdg16.jobs.generate.Country.areaCell;
import static org.sdg16.jobs.generate.Rng.gaussian;
import static org.sdg16.jobs.generate.Rng.lognormal;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.tag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The illicit market estimates of contract §1.5 (methodology §4), one file per year ({@code
 * markets_<year>.csv}) for the last six reference years: about 30 % of the countries give
 * quantities and wholesale prices of a few commodities, inward and sometimes outward.
 */
final class MarketsGenerator extends RowGenerator {

  private static final int YEAR = DatasetGenerator.column(Datasets.MARKETS, "year");
  private static final int COMMODITY = DatasetGenerator.column(Datasets.MARKETS, "commodity");
  private static final int FLOW = DatasetGenerator.column(Datasets.MARKETS, "flow");
  private static final int KG_CELL = DatasetGenerator.column(Datasets.MARKETS, "quantity_kg");
  private static final int PRICE_CELL =
      DatasetGenerator.column(Datasets.MARKETS, "price_usd_per_kg");
  private static final int SOURCE = DatasetGenerator.column(Datasets.MARKETS, "price_source");

  private static final String[] COMMODITIES = {
    "COCAINE", "HEROIN", "CANNABIS", "PSYCHOTROPICS", "CIGARETTES"
  };

  /** Kilograms per 100,000 population, median. */
  private static final double[] KG = {10, 5, 300, 20, 5000};

  /** Wholesale price, USD per kg, median. */
  private static final double[] PRICE = {35000, 25000, 2500, 8000, 60};

  private static final List<FindingCode> KINDS =
      List.of(
          FindingCode.NEGATIVE_VALUE,
          FindingCode.NOT_POSITIVE,
          FindingCode.MISSING_VALUE,
          FindingCode.UNKNOWN_CODE,
          FindingCode.YEAR_OUT_OF_RANGE);

  MarketsGenerator(World world, Tally tally) {
    super(world, tally, Datasets.MARKETS);
  }

  @Override
  public void write(Path dir) throws IOException {
    Map<Integer, List<Row>> byYear = new TreeMap<>();
    Plan plan = new Plan(KINDS, countries.size());
    int firstYear = Math.max(years[0], years[years.length - 1] - 5);
    for (Country c : countries) {
      SplittableRandom r = rng(seed(), tag("markets"), c.m49());
      String area = areaCell(r, c);
      if (r.nextDouble() >= 0.3) {
        continue;
      }
      boolean[] com = new boolean[COMMODITIES.length];
      double[] level = new double[com.length];
      double[] price = new double[com.length];
      boolean anyCom = false;
      for (int k = 0; k < com.length; k++) {
        com[k] = r.nextDouble() < 0.45;
        anyCom |= com[k];
        level[k] = lognormal(r, KG[k], 1.0);
        price[k] = lognormal(r, PRICE[k], 0.4);
      }
      if (!anyCom) {
        com[0] = true;
      }
      double outward = r.nextDouble(); // share of countries that also export (transit, production)
      List<Row> rs = new ArrayList<>();
      for (int y = firstYear; y <= years[years.length - 1]; y++) {
        SplittableRandom ry = rng(seed(), tag("markets"), c.m49(), y);
        if (ry.nextDouble() < 0.2) {
          continue;
        }
        String src = priceSource(ry, y);
        for (int k = 0; k < com.length; k++) {
          if (!com[k]) {
            continue;
          }
          for (String flow : new String[] {"INWARD", "OUTWARD"}) {
            if (flow.equals("OUTWARD") && outward > 0.35) {
              continue;
            }
            double kg =
                c.population(y)
                    / 1e5
                    * level[k]
                    * (flow.equals("OUTWARD") ? 0.5 : 1)
                    * StrictMath.exp(0.2 * gaussian(ry));
            double p = price[k] * StrictMath.exp(0.1 * gaussian(ry));
            rs.add(
                new Row(
                    y,
                    COMMODITIES[k] + "|" + flow,
                    null,
                    true,
                    area,
                    Integer.toString(y),
                    COMMODITIES[k],
                    flow,
                    decimal(kg, 1, false),
                    decimal(p, 2, true),
                    src,
                    submitted(y)));
          }
        }
      }
      SplittableRandom br = rng(seed(), tag("markets-bad"), c.m49());
      inject(rs, br, plan, c.index(), KINDS, this::anyRow);
      for (Row x : rs) {
        byYear.computeIfAbsent(x.year, k -> new ArrayList<>()).add(x);
      }
    }
    for (Map.Entry<Integer, List<Row>> e : byYear.entrySet()) {
      writeCsv(dir.resolve("markets_" + e.getKey() + ".csv"), e.getValue());
    }
  }

  private static String priceSource(SplittableRandom r, int y) {
    return switch (r.nextInt(4)) {
      case 0 -> "UNODC ARQ " + y + " wholesale price";
      case 1 -> "UNODC, World Drug Report " + (y + 1);
      case 2 -> "National police estimate";
      default -> "Observatoire national des drogues, prix de gros " + y;
    };
  }

  @Override
  void breakCells(FindingCode kind, Row row, SplittableRandom r) {
    String[] c = row.c;
    switch (kind) {
      case NEGATIVE_VALUE -> c[KG_CELL] = c[KG_CELL].equals("0") ? "-1" : "-" + c[KG_CELL];
      case NOT_POSITIVE -> c[PRICE_CELL] = "0";
      case MISSING_VALUE -> c[SOURCE] = "";
      case UNKNOWN_CODE -> {
        if (r.nextBoolean()) {
          c[COMMODITY] = "COCAIN";
        } else {
          c[FLOW] = "IN";
        }
      }
      case YEAR_OUT_OF_RANGE -> c[YEAR] = "1985";
      default -> throw new IllegalStateException(kind.name());
    }
  }
}
