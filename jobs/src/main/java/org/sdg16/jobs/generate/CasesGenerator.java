package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Cells.dates;
import static org.sdg16.jobs.generate.Cells.submitted;
import static org.sdg16.jobs.generate.Cells.unknownArea;
import static org.sdg16.jobs.generate.Country.areaCell;
import static org.sdg16.jobs.generate.Rng.gaussian;
import static org.sdg16.jobs.generate.Rng.lognormal;
import static org.sdg16.jobs.generate.Rng.oneOf;
import static org.sdg16.jobs.generate.Rng.pickWeighted;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.tag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The significant firearms seizure cases of contract §1.2, one row per case, one file per year
 * ({@code cases_<year>.csv}): about 40 % of the countries report cases, up to 60 a year.
 */
final class CasesGenerator extends RowGenerator {

  private static final int DATE = DatasetGenerator.column(Datasets.FIREARMS_CASES, "seizure_date");
  private static final int QUANTITY = DatasetGenerator.column(Datasets.FIREARMS_CASES, "quantity");
  private static final int DEPARTURE =
      DatasetGenerator.column(Datasets.FIREARMS_CASES, "country_of_departure");
  private static final int TRACED = DatasetGenerator.column(Datasets.FIREARMS_CASES, "traced");
  private static final int TRANSPORTED =
      DatasetGenerator.column(Datasets.FIREARMS_CASES, "transport");

  private static final String[] ARMS = {
    "PISTOL",
    "REVOLVER",
    "RIFLE",
    "SHOTGUN",
    "SUBMACHINE_GUN",
    "MACHINE_GUN",
    "LIGHT_WEAPON",
    "OTHER",
    "UNKNOWN",
    ""
  };
  private static final double[] ARM_W = {35, 8, 22, 12, 5, 2, 2, 4, 5, 5};
  private static final double[] JUST_W = {40, 45, 5, 10};
  private static final String[] TRANSPORT = {"LAND", "SEA", "AIR", "POSTAL", "OTHER", "UNKNOWN"};
  private static final double[] TRANSPORT_W = {45, 15, 10, 15, 5, 10};
  private static final String[] MANUFACTURERS = {
    "USA", "DEU", "AUT", "ITA", "BEL", "TUR", "RUS", "CZE", "BRA", "CHN", "ISR", "HRV", "ESP",
    "SRB", "BGR"
  };
  private static final List<FindingCode> KINDS =
      List.of(
          FindingCode.NOT_POSITIVE,
          FindingCode.BAD_INTEGER,
          FindingCode.UNKNOWN_AREA,
          FindingCode.UNKNOWN_CODE,
          FindingCode.BAD_DATE,
          FindingCode.DUPLICATE_KEY);

  CasesGenerator(World world, Tally tally) {
    super(world, tally, Datasets.FIREARMS_CASES);
  }

  @Override
  public void write(Path dir) throws IOException {
    Map<Integer, List<Row>> byYear = new TreeMap<>();
    for (int y : years) {
      byYear.put(y, new ArrayList<>());
    }
    Plan plan = new Plan(KINDS, countries.size());
    for (Country c : countries) {
      SplittableRandom r = rng(seed(), tag("cases"), c.m49());
      String area = areaCell(r, c);
      if (r.nextDouble() >= 0.4) {
        continue;
      }
      double scale = lognormal(r, 2 + StrictMath.sqrt(c.pop2015() / 1e6), 0.7);
      List<Row> rs = new ArrayList<>();
      for (int y : years) {
        SplittableRandom ry = rng(seed(), tag("cases"), c.m49(), y);
        if (ry.nextDouble() < 0.25) {
          continue;
        }
        int n =
            (int) Math.min(60, Math.max(1, Math.round(scale * StrictMath.exp(0.4 * gaussian(ry)))));
        String[] dates = dates(y);
        for (int k = 1; k <= n; k++) {
          String id = String.format(Locale.ROOT, "%s-FC-%d-%03d", c.iso3(), y, k);
          long q = Math.min(5000, Math.max(1, Math.round(lognormal(ry, 3, 1.3))));
          String traced = pickTraced(ry);
          rs.add(
              new Row(
                  y,
                  id,
                  q,
                  true,
                  id,
                  area,
                  dates[ry.nextInt(dates.length)],
                  ARMS[pickWeighted(ry, ARM_W)],
                  Long.toString(q),
                  FirearmsGenerator.JUSTIFICATIONS[pickWeighted(ry, JUST_W)],
                  ry.nextDouble() < 0.8 ? MANUFACTURERS[ry.nextInt(MANUFACTURERS.length)] : "",
                  ry.nextDouble() < 0.4 ? world.otherCountry(ry, c) : "",
                  ry.nextDouble() < 0.6 ? world.otherCountry(ry, c) : "",
                  ry.nextDouble() < 0.5
                      ? (ry.nextBoolean() ? area : world.otherCountry(ry, c))
                      : "",
                  traced,
                  TRANSPORT[pickWeighted(ry, TRANSPORT_W)],
                  submitted(y)));
        }
      }
      SplittableRandom br = rng(seed(), tag("cases-bad"), c.m49());
      inject(rs, br, plan, c.index(), KINDS, this::anyRow);
      for (Row x : rs) {
        byYear.get(x.year).add(x);
      }
    }
    for (Map.Entry<Integer, List<Row>> e : byYear.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      writeCsv(dir.resolve("cases_" + e.getKey() + ".csv"), e.getValue());
    }
  }

  private static String pickTraced(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.3 ? "Y" : u < 0.8 ? "N" : "";
  }

  @Override
  void breakCells(FindingCode kind, Row row, SplittableRandom r) {
    String[] c = row.c;
    switch (kind) {
      case NOT_POSITIVE -> c[QUANTITY] = "0";
      case BAD_INTEGER -> c[QUANTITY] = oneOf(r, "2.5", "12 pcs", "1e400");
      case UNKNOWN_AREA -> c[DEPARTURE] = unknownArea(r);
      case UNKNOWN_CODE -> {
        if (r.nextBoolean()) {
          c[TRANSPORTED] = "TRUCK";
        } else {
          c[TRACED] = "YES";
        }
      }
      case BAD_DATE -> c[DATE] = c[DATE].substring(0, 4) + "-02-30";
      default -> throw new IllegalStateException(kind.name());
    }
  }
}
