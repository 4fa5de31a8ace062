package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Cells.badNumber;
import static org.sdg16.jobs.generate.Cells.slug;
import static org.sdg16.jobs.generate.Cells.submitted;
import static org.sdg16.jobs.generate.Cells.unknownArea;
import static org.sdg16.jobs.generate.Country.areaCell;
import static org.sdg16.jobs.generate.Rng.apportion;
import static org.sdg16.jobs.generate.Rng.clamp;
import static org.sdg16.jobs.generate.Rng.gaussian;
import static org.sdg16.jobs.generate.Rng.lognormal;
import static org.sdg16.jobs.generate.Rng.noisy;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.tag;
import static org.sdg16.jobs.generate.SyntheticData.BAD_RATE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The trafficking in persons returns of contract §1.4 (methodology §3), long format, one file per
 * region ({@code tip_<region>.csv}): detected victims by sex, age and form of exploitation that add
 * up to their totals, and suspects, prosecuted and convicted persons.
 */
final class TipGenerator extends RowGenerator {

  private static final int AREA = DatasetGenerator.column(Datasets.TIP, "ref_area");
  private static final int MEASURE = DatasetGenerator.column(Datasets.TIP, "measure");
  private static final int SEX = DatasetGenerator.column(Datasets.TIP, "sex");
  private static final int AGE = DatasetGenerator.column(Datasets.TIP, "age");
  private static final int EXPLOITATION = DatasetGenerator.column(Datasets.TIP, "exploitation");
  private static final int VALUE = DatasetGenerator.column(Datasets.TIP, "value");
  private static final int SUBMITTED = DatasetGenerator.column(Datasets.TIP, "submitted_on");

  private static final String[] SEXES = {"F", "M"};
  private static final String[] AGES = {"Y0T17", "Y_GE18"};
  private static final String[] FORMS = {"SEXUAL", "FORCED_LABOUR", "ORGAN_REMOVAL", "OTHER"};
  private static final double[] FORM_W = {50, 35, 1, 14};
  private static final List<FindingCode> KINDS =
      List.of(
          FindingCode.NOT_APPLICABLE,
          FindingCode.UNKNOWN_AREA,
          FindingCode.UNKNOWN_CODE,
          FindingCode.BAD_NUMBER,
          FindingCode.NEGATIVE_VALUE,
          FindingCode.MISSING_VALUE,
          FindingCode.PARTS_ABOVE_TOTAL);
  private static final List<FindingCode> RANDOM_KINDS = KINDS.subList(0, 6);

  TipGenerator(World world, Tally tally) {
    super(world, tally, Datasets.TIP);
  }

  @Override
  public void write(Path dir) throws IOException {
    Map<String, List<Row>> byRegion = new TreeMap<>();
    Plan plan = new Plan(KINDS, countries.size());
    for (Country c : countries) {
      List<Row> rs = rows(c);
      SplittableRandom br = rng(seed(), tag("tip-bad"), c.m49());
      inject(rs, br, plan, c.index(), RANDOM_KINDS, this::bad);
      if (br.nextDouble() < BAD_RATE * 3 * years.length) {
        bad(FindingCode.PARTS_ABOVE_TOTAL, rs, br);
      }
      String file = "tip_" + slug(M49.standard().nameOf(c.area().region())) + ".csv";
      byRegion.computeIfAbsent(file, k -> new ArrayList<>()).addAll(rs);
    }
    for (Map.Entry<String, List<Row>> e : byRegion.entrySet()) {
      writeCsv(dir.resolve(e.getKey()), e.getValue());
    }
  }

  @Override
  int valueColumn() {
    return VALUE;
  }

  /**
   * Forms of exploitation apply to detected victims only: {@code NOT_APPLICABLE} fits the others.
   */
  @Override
  boolean fits(FindingCode k, Row row) {
    return k == FindingCode.NOT_APPLICABLE
        ? !row.c[MEASURE].equals("DETECTED_VICTIMS")
        : super.fits(k, row);
  }

  /** A bad row of a kind, planned: victims by sex above their total, or one row that fits it. */
  private boolean bad(FindingCode kind, List<Row> rs, SplittableRandom r) {
    if (kind == FindingCode.PARTS_ABOVE_TOTAL) {
      // victims by sex above their total: the total and both parts are flagged (a WARNING)
      Map<String, Row> byKey = new HashMap<>();
      for (Row x : rs) {
        byKey.put(x.year + "|" + x.key, x);
      }
      List<Row[]> options = new ArrayList<>();
      for (Row x : rs) {
        if (x.key.equals("DETECTED_VICTIMS|_T|_T|_T")) {
          Row f = byKey.get(x.year + "|DETECTED_VICTIMS|F|_T|_T");
          Row m = byKey.get(x.year + "|DETECTED_VICTIMS|M|_T|_T");
          if (f != null && m != null && ok(x) && ok(f) && ok(m)) {
            options.add(new Row[] {x, f, m});
          }
        }
      }
      if (options.isEmpty()) {
        return false;
      }
      Row[] g = options.get(r.nextInt(options.size()));
      long bump = 1 + (long) (g[0].value * 0.2 * r.nextDouble());
      g[1].value = g[1].value + bump;
      g[1].c[VALUE] = Long.toString(g[1].value);
      for (Row x : g) {
        x.touched = true;
      }
      tally.badRow(dataset(), kind, 3, 0);
      return true;
    }
    Predicate<Row> fits =
        kind == FindingCode.NOT_APPLICABLE
            ? x -> !x.touched && !x.c[MEASURE].equals("DETECTED_VICTIMS")
            : x -> !x.touched;
    int i = pick(rs, r, fits);
    if (i < 0) {
      return false;
    }
    apply(kind, rs, i, r);
    return true;
  }

  private static boolean ok(Row x) {
    return x.value != null && !x.touched;
  }

  @Override
  void breakCells(FindingCode kind, Row row, SplittableRandom r) {
    String[] c = row.c;
    switch (kind) {
      case NOT_APPLICABLE -> c[EXPLOITATION] = "SEXUAL";
      case UNKNOWN_AREA -> c[AREA] = unknownArea(r);
      case UNKNOWN_CODE -> {
        if (r.nextBoolean()) {
          c[SEX] = "X";
        } else {
          c[AGE] = "ADULT";
        }
      }
      case BAD_NUMBER -> c[VALUE] = badNumber(r, row.value);
      case NEGATIVE_VALUE -> c[VALUE] = "-" + Math.max(1, row.value == null ? 1 : row.value);
      case MISSING_VALUE -> c[SUBMITTED] = "";
      default -> throw new IllegalStateException(kind.name());
    }
  }

  /**
   * One country's trafficking return: detected victims from one sex × age × form table, so that
   * every published breakdown adds up to its total; suspects, prosecuted and convicted persons in a
   * plausible funnel.
   */
  private List<Row> rows(Country c) {
    SplittableRandom r = rng(seed(), tag("tip"), c.m49());
    String area = areaCell(r, c);
    String t = r.nextDouble() < 0.3 ? "" : "_T";
    double rate = lognormal(r, 0.8, 1.1); // detected victims per 100,000
    double trend = 0.05 * gaussian(r);
    double pF = 0.45 + 0.3 * r.nextDouble();
    double pChild = 0.1 + 0.35 * r.nextDouble();
    double[] formW = noisy(r, FORM_W, 0.5);
    double pReport = 0.5 + 0.5 * r.nextDouble();
    boolean bySex = r.nextDouble() < 0.8;
    boolean byAge = r.nextDouble() < 0.65;
    boolean bySexAge = bySex && byAge && r.nextDouble() < 0.6;
    boolean byForm = r.nextDouble() < 0.55;
    boolean bySexForm = bySex && byForm && r.nextDouble() < 0.4;
    boolean suspects = r.nextDouble() < 0.8;
    boolean prosecuted = r.nextDouble() < 0.7;
    boolean convicted = r.nextDouble() < 0.75;
    boolean offendersBySex = r.nextDouble() < 0.5;
    boolean blankRows = r.nextDouble() < 0.5;
    double femaleOffenders = 0.15 + 0.25 * r.nextDouble();

    List<Row> rs = new ArrayList<>();
    for (int y : years) {
      SplittableRandom ry = rng(seed(), tag("tip"), c.m49(), y);
      if (ry.nextDouble() >= pReport) {
        continue;
      }
      String ys = Integer.toString(y);
      String sub = submitted(y);
      class Add {
        void row(String m, String sex, String age, String form, Long v) {
          if (v == null && !blankRows) {
            return;
          }
          rs.add(
              new Row(
                  y,
                  m + "|" + sex + "|" + age + "|" + form,
                  v,
                  true,
                  area,
                  ys,
                  m,
                  sex.equals("_T") ? t : sex,
                  age.equals("_T") ? t : age,
                  form.equals("_T") ? t : form,
                  v == null ? "" : Long.toString(v),
                  sub));
        }

        Long part(long v) {
          return ry.nextDouble() < 0.03 ? null : v;
        }
      }
      Add add = new Add();
      long v =
          Math.round(
              c.population(y)
                  / 1e5
                  * rate
                  * StrictMath.exp(trend * (y - 2015) + 0.25 * gaussian(ry)));
      // sex x age x form table
      double[] w = new double[16];
      double pf = clamp(pF + 0.05 * gaussian(ry), 0.05, 0.95);
      double pc = clamp(pChild + 0.05 * gaussian(ry), 0.02, 0.9);
      double[] fw = noisy(ry, formW, 0.2);
      double fsum = fw[0] + fw[1] + fw[2] + fw[3];
      for (int s = 0; s < 2; s++) {
        for (int a = 0; a < 2; a++) {
          for (int f = 0; f < 4; f++) {
            w[s * 8 + a * 4 + f] = (s == 0 ? pf : 1 - pf) * (a == 0 ? pc : 1 - pc) * fw[f] / fsum;
          }
        }
      }
      long[] cell = apportion(v, w);
      long[] bySexV = new long[2];
      long[] byAgeV = new long[2];
      long[][] sexAge = new long[2][2];
      long[] byFormV = new long[4];
      long[][] sexForm = new long[2][4];
      for (int s = 0; s < 2; s++) {
        for (int a = 0; a < 2; a++) {
          for (int f = 0; f < 4; f++) {
            long x = cell[s * 8 + a * 4 + f];
            bySexV[s] += x;
            byAgeV[a] += x;
            sexAge[s][a] += x;
            byFormV[f] += x;
            sexForm[s][f] += x;
          }
        }
      }
      add.row("DETECTED_VICTIMS", "_T", "_T", "_T", v);
      if (bySex) {
        for (int s = 0; s < 2; s++) {
          add.row("DETECTED_VICTIMS", SEXES[s], "_T", "_T", add.part(bySexV[s]));
        }
      }
      if (byAge) {
        for (int a = 0; a < 2; a++) {
          add.row("DETECTED_VICTIMS", "_T", AGES[a], "_T", add.part(byAgeV[a]));
        }
      }
      if (bySexAge) {
        for (int s = 0; s < 2; s++) {
          for (int a = 0; a < 2; a++) {
            add.row("DETECTED_VICTIMS", SEXES[s], AGES[a], "_T", add.part(sexAge[s][a]));
          }
        }
      }
      if (byForm) {
        for (int f = 0; f < 4; f++) {
          add.row("DETECTED_VICTIMS", "_T", "_T", FORMS[f], add.part(byFormV[f]));
        }
      }
      if (bySexForm) {
        for (int s = 0; s < 2; s++) {
          for (int f = 0; f < 4; f++) {
            add.row("DETECTED_VICTIMS", SEXES[s], "_T", FORMS[f], add.part(sexForm[s][f]));
          }
        }
      }
      long sus = Math.round(v * (0.3 + 0.9 * ry.nextDouble()));
      long pro = Math.round(sus * (0.3 + 0.5 * ry.nextDouble()));
      long con = Math.round(pro * (0.2 + 0.5 * ry.nextDouble()));
      String[] ms = {"SUSPECTS", "PROSECUTED", "CONVICTED"};
      long[] vs = {sus, pro, con};
      boolean[] on = {suspects, prosecuted, convicted};
      for (int k = 0; k < 3; k++) {
        if (!on[k]) {
          continue;
        }
        add.row(ms[k], "_T", "_T", "_T", ry.nextDouble() < 0.05 ? null : vs[k]);
        if (offendersBySex) {
          long[] p = apportion(vs[k], new double[] {femaleOffenders, 1 - femaleOffenders});
          for (int s = 0; s < 2; s++) {
            add.row(ms[k], SEXES[s], "_T", "_T", add.part(p[s]));
          }
        }
      }
    }
    return rs;
  }
}
