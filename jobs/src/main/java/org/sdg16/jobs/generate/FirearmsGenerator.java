package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.Cells.FUTURE;
import static org.sdg16.jobs.generate.Cells.badDate;
import static org.sdg16.jobs.generate.Cells.badNumber;
import static org.sdg16.jobs.generate.Cells.submitted;
import static org.sdg16.jobs.generate.Cells.unknownArea;
import static org.sdg16.jobs.generate.Country.areaCell;
import static org.sdg16.jobs.generate.Rng.apportion;
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
import java.util.Set;
import java.util.SplittableRandom;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The annual firearms returns of contract §1.1 (methodology §1), one file per country ({@code
 * returns_<ISO3>.csv}), long format: the measures scaled by population, breakdowns by type and by
 * legal justification that add up to their total, blanks for what was not reported, and bad rows of
 * every kind the firearms rules report, the cross-row ones included.
 */
final class FirearmsGenerator extends RowGenerator {

  private static final int AREA = DatasetGenerator.column(Datasets.FIREARMS, "ref_area");
  private static final int YEAR = DatasetGenerator.column(Datasets.FIREARMS, "year");
  private static final int MEASURE = DatasetGenerator.column(Datasets.FIREARMS, "measure");
  private static final int ARM_TYPE = DatasetGenerator.column(Datasets.FIREARMS, "arm_type");
  private static final int JUSTIFICATION =
      DatasetGenerator.column(Datasets.FIREARMS, "justification");
  private static final int VALUE = DatasetGenerator.column(Datasets.FIREARMS, "value");
  private static final int SUBMITTED = DatasetGenerator.column(Datasets.FIREARMS, "submitted_on");

  private static final String[] ARM_TYPES = {
    "PISTOL",
    "REVOLVER",
    "RIFLE",
    "SHOTGUN",
    "SUBMACHINE_GUN",
    "MACHINE_GUN",
    "LIGHT_WEAPON",
    "OTHER",
    "UNKNOWN"
  };
  private static final double[] ARM_WEIGHTS = {35, 8, 20, 15, 3, 1, 0.5, 5, 10};
  static final String[] JUSTIFICATIONS = {
    "ILLICIT_POSSESSION", "ILLICIT_TRAFFICKING", "ILLICIT_MANUFACTURE", "OTHER"
  };

  /** Global Study on Firearms Trafficking 2020: about two-thirds possession, 9 % trafficking. */
  private static final double[] JUSTIFICATION_WEIGHTS = {65, 9, 3, 23};

  private static final Set<String> DENOMINATOR_MEASURES =
      Set.of(
          "SEIZED",
          "FOUND",
          "SURRENDERED",
          "SEIZED_FOUND_SURRENDERED",
          "TRACED",
          "TRACE_REQ_SENT",
          "TRACE_REQ_SUCCESS");
  private static final List<FindingCode> KINDS =
      List.of(
          FindingCode.UNKNOWN_AREA,
          FindingCode.UNKNOWN_CODE,
          FindingCode.BAD_NUMBER,
          FindingCode.NEGATIVE_VALUE,
          FindingCode.YEAR_OUT_OF_RANGE,
          FindingCode.MISSING_VALUE,
          FindingCode.BAD_DATE,
          FindingCode.FUTURE_DATE,
          FindingCode.ROW_WIDTH,
          FindingCode.DUPLICATE_KEY,
          FindingCode.TRACED_ABOVE_DENOMINATOR,
          FindingCode.SUCCESS_ABOVE_REQUESTS);
  private static final List<FindingCode> RANDOM_KINDS = KINDS.subList(0, 10);

  FirearmsGenerator(World world, Tally tally) {
    super(world, tally, Datasets.FIREARMS);
  }

  @Override
  public void write(Path dir) throws IOException {
    Plan plan = new Plan(KINDS, countries.size());
    for (Country c : countries) {
      List<Row> rs = rows(c);
      SplittableRandom br = rng(seed(), tag("firearms-bad"), c.m49());
      inject(rs, br, plan, c.index(), RANDOM_KINDS, this::bad);
      // a cross-row case now and then, besides the planned ones
      for (FindingCode k :
          List.of(FindingCode.TRACED_ABOVE_DENOMINATOR, FindingCode.SUCCESS_ABOVE_REQUESTS)) {
        if (br.nextDouble() < BAD_RATE * 5 * years.length) {
          bad(k, rs, br);
        }
      }
      writeCsv(dir.resolve("returns_" + c.iso3() + ".csv"), rs);
    }
  }

  @Override
  int valueColumn() {
    return VALUE;
  }

  /**
   * A duplicated firearms row stays valid cell by cell, so the cross-row rules still see both
   * copies: only totals outside every parts-and-total group are duplicated.
   */
  @Override
  boolean fits(FindingCode k, Row row) {
    return k == FindingCode.DUPLICATE_KEY ? row.key.endsWith("|_T|_T") : super.fits(k, row);
  }

  /** A bad row of a kind, planned: a cross-row case, or one row that fits it. */
  private boolean bad(FindingCode kind, List<Row> rs, SplittableRandom r) {
    if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR
        || kind == FindingCode.SUCCESS_ABOVE_REQUESTS) {
      return crossRow(kind, rs, r);
    }
    int i = pick(rs, r, x -> x.eligible && !x.touched && fits(kind, x));
    if (i < 0) {
      return false;
    }
    apply(kind, rs, i, r);
    return true;
  }

  @Override
  void breakCells(FindingCode kind, Row row, SplittableRandom r) {
    String[] c = row.c;
    switch (kind) {
      case UNKNOWN_AREA -> c[AREA] = unknownArea(r);
      case UNKNOWN_CODE -> {
        switch (r.nextInt(3)) {
          case 0 -> c[MEASURE] = "SIEZED";
          case 1 -> c[ARM_TYPE] = "PISTOLS";
          default -> c[JUSTIFICATION] = "TRAFFICKING";
        }
      }
      case BAD_NUMBER -> c[VALUE] = badNumber(r, row.value);
      case NEGATIVE_VALUE -> c[VALUE] = "-" + Math.max(1, row.value == null ? 1 : row.value);
      case YEAR_OUT_OF_RANGE -> c[YEAR] = "1985";
      case MISSING_VALUE -> c[SUBMITTED] = "";
      case BAD_DATE -> c[SUBMITTED] = badDate(r, row.year + 1);
      case FUTURE_DATE -> c[SUBMITTED] = FUTURE;
      default -> throw new IllegalStateException(kind.name());
    }
  }

  /**
   * TRACED above the denominator, or successes above requests, in one reported year (the
   * denominator as the validator computes it, methodology §1.1).
   */
  private boolean crossRow(FindingCode kind, List<Row> rs, SplittableRandom r) {
    Map<String, Row> byKey = new HashMap<>();
    List<Integer> yrs = new ArrayList<>();
    for (Row x : rs) {
      byKey.put(x.year + "|" + x.key, x);
      if (!yrs.contains(x.year)) {
        yrs.add(x.year);
      }
    }
    List<int[]> options = new ArrayList<>();
    for (int y : yrs) {
      if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR) {
        Row t = byKey.get(y + "|TRACED|_T|_T");
        if (t != null && t.value != null && !t.touched && denominator(byKey, y) != null) {
          options.add(new int[] {y});
        }
      } else {
        Row ok = byKey.get(y + "|TRACE_REQ_SUCCESS|_T|_T");
        Row sent = byKey.get(y + "|TRACE_REQ_SENT|_T|_T");
        if (ok != null && sent != null && ok.value != null && sent.value != null && !ok.touched) {
          options.add(new int[] {y});
        }
      }
    }
    if (options.isEmpty()) {
      return false;
    }
    int y = options.get(r.nextInt(options.size()))[0];
    Row target;
    long above;
    if (kind == FindingCode.TRACED_ABOVE_DENOMINATOR) {
      target = byKey.get(y + "|TRACED|_T|_T");
      above = denominator(byKey, y);
    } else {
      target = byKey.get(y + "|TRACE_REQ_SUCCESS|_T|_T");
      above = byKey.get(y + "|TRACE_REQ_SENT|_T|_T").value;
    }
    long v = above + 1 + (long) (above * 0.3 * r.nextDouble());
    target.value = v;
    target.c[VALUE] = Long.toString(v);
    target.touched = true;
    tally.badRow(dataset(), kind, 1, 1);
    return true;
  }

  /** SEIZED_FOUND_SURRENDERED when given, else the sum of the reported parts; null if none. */
  private static Long denominator(Map<String, Row> byKey, int y) {
    Row comb = byKey.get(y + "|SEIZED_FOUND_SURRENDERED|_T|_T");
    if (comb != null && comb.value != null) {
      return comb.value;
    }
    Long sum = null;
    for (String m : List.of("SEIZED", "FOUND", "SURRENDERED")) {
      Row p = byKey.get(y + "|" + m + "|_T|_T");
      if (p != null && p.value != null) {
        sum = (sum == null ? 0 : sum) + p.value;
      }
    }
    return sum;
  }

  /**
   * One country's firearms returns: the measures of contract §1.1 scaled by population, with
   * breakdowns by type and by legal justification that add up to their total, and blanks for what
   * was not reported.
   */
  private List<Row> rows(Country c) {
    SplittableRandom r = rng(seed(), tag("firearms"), c.m49());
    String area = areaCell(r, c);
    boolean emptyTotals = r.nextDouble() < 0.4;
    String t = emptyTotals ? "" : "_T";
    double rate = lognormal(r, 12, 0.9); // arms seized per 100,000
    double trend = 0.04 * gaussian(r);
    double pReport = 0.55 + 0.45 * r.nextDouble();
    double u = r.nextDouble();
    int style = u < 0.70 ? 0 : u < 0.85 ? 1 : 2; // parts, combined only, both
    boolean found = r.nextDouble() < 0.75;
    boolean surrendered = r.nextDouble() < 0.6;
    boolean blankRows = r.nextDouble() < 0.5; // not reported: blank row, or no row
    boolean traced = r.nextDouble() < 0.7;
    boolean identified = r.nextDouble() < 0.6;
    boolean requests = r.nextDouble() < 0.5;
    boolean ammo = r.nextDouble() < 0.6;
    boolean parts = r.nextDouble() < 0.4;
    boolean cases = r.nextDouble() < 0.7;
    boolean byType = r.nextDouble() < 0.4;
    boolean byTypeFound = byType && style == 0 && found && r.nextDouble() < 0.3;
    boolean byJustification = r.nextDouble() < 0.3;
    double foundShare = 0.05 + 0.3 * r.nextDouble();
    double surrShare = 0.6 * r.nextDouble();
    double tracedShare = 0.02 + 0.5 * r.nextDouble();
    double requestShare = 0.01 + 0.14 * r.nextDouble();
    double successShare = 0.2 + 0.6 * r.nextDouble();
    double ammoPerArm = lognormal(r, 60, 0.8);
    double[] typeW = noisy(r, ARM_WEIGHTS, 0.5);
    double[] justW = noisy(r, JUSTIFICATION_WEIGHTS, 0.4);

    boolean[] reports = new boolean[years.length];
    boolean any = false;
    for (int i = 0; i < years.length; i++) {
      reports[i] = rng(seed(), tag("firearms-report"), c.m49(), years[i]).nextDouble() < pReport;
      any |= reports[i];
    }
    if (!any) {
      reports[years.length - 1] = true;
    }

    List<Row> rs = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      if (!reports[i]) {
        continue;
      }
      int y = years[i];
      SplittableRandom ry = rng(seed(), tag("firearms"), c.m49(), y);
      String ys = Integer.toString(y);
      String sub = submitted(y);
      double level = rate * StrictMath.exp(trend * (y - 2015) + 0.15 * gaussian(ry));
      long s = Math.round(c.population(y) / 1e5 * level);
      long f = Math.round(s * foundShare * (0.7 + 0.6 * ry.nextDouble()));
      boolean amnesty = ry.nextDouble() < 0.08;
      long sr = Math.round(s * surrShare * (amnesty ? 3 : 1) * (0.7 + 0.6 * ry.nextDouble()));
      Long fV = found && ry.nextDouble() > 0.05 ? f : null;
      Long rV = surrendered && ry.nextDouble() > 0.05 ? sr : null;

      class Add {
        void row(String measure, String arm, String just, Long v, boolean reported) {
          if (v == null && !(reported && blankRows)) {
            return;
          }
          boolean elig =
              !DENOMINATOR_MEASURES.contains(measure) || !arm.equals("_T") || !just.equals("_T");
          rs.add(
              new Row(
                  y,
                  measure + "|" + arm + "|" + just,
                  v,
                  elig,
                  area,
                  ys,
                  measure,
                  arm.equals("_T") ? t : arm,
                  just.equals("_T") ? t : just,
                  v == null ? "" : Long.toString(v),
                  sub));
        }
      }
      Add add = new Add();
      long denom;
      String base;
      if (style != 1) {
        add.row("SEIZED", "_T", "_T", s, true);
        add.row("FOUND", "_T", "_T", fV, found);
        add.row("SURRENDERED", "_T", "_T", rV, surrendered);
      }
      if (style != 0) {
        add.row("SEIZED_FOUND_SURRENDERED", "_T", "_T", s + f + sr, true);
        denom = s + f + sr;
        base = style == 1 ? "SEIZED_FOUND_SURRENDERED" : "SEIZED";
      } else {
        denom = s + (fV == null ? 0 : fV) + (rV == null ? 0 : rV);
        base = "SEIZED";
      }
      long baseValue = base.equals("SEIZED") ? s : s + f + sr;
      if (traced) {
        long tr = Math.min(denom, Math.round(denom * tracedShare * (0.6 + 0.8 * ry.nextDouble())));
        add.row("TRACED", "_T", "_T", ry.nextDouble() < 0.05 ? null : tr, true);
      }
      if (identified) {
        long id = Math.min(denom, Math.round(denom * (0.3 + 0.65 * ry.nextDouble())));
        add.row("IDENTIFIED", "_T", "_T", id, true);
      }
      if (requests) {
        long sent = Math.round(s * requestShare * (0.6 + 0.8 * ry.nextDouble()));
        long ok = Math.min(sent, Math.round(sent * successShare * (0.7 + 0.6 * ry.nextDouble())));
        add.row("TRACE_REQ_SENT", "_T", "_T", sent, true);
        add.row("TRACE_REQ_SUCCESS", "_T", "_T", ry.nextDouble() < 0.05 ? null : ok, true);
      }
      if (ammo) {
        add.row(
            "AMMUNITION",
            "_T",
            "_T",
            Math.round(s * ammoPerArm * StrictMath.exp(0.4 * gaussian(ry))),
            true);
      }
      if (parts) {
        add.row("PARTS", "_T", "_T", Math.round(s * 0.5 * ry.nextDouble()), true);
      }
      if (cases) {
        add.row(
            "SEIZURE_CASES",
            "_T",
            "_T",
            s == 0 ? 0 : Math.max(1, Math.round(s * (0.3 + 0.6 * ry.nextDouble()))),
            true);
      }
      if (byType) {
        long[] p = apportion(baseValue, noisy(ry, typeW, 0.2));
        for (int k = 0; k < ARM_TYPES.length; k++) {
          add.row(base, ARM_TYPES[k], "_T", ry.nextDouble() < 0.04 ? null : p[k], true);
        }
      }
      if (byTypeFound && fV != null) {
        long[] p = apportion(fV, noisy(ry, typeW, 0.3));
        for (int k = 0; k < ARM_TYPES.length; k++) {
          add.row("FOUND", ARM_TYPES[k], "_T", p[k], true);
        }
      }
      if (byJustification) {
        long[] p = apportion(baseValue, noisy(ry, justW, 0.2));
        for (int k = 0; k < JUSTIFICATIONS.length; k++) {
          add.row(base, "_T", JUSTIFICATIONS[k], p[k], true);
        }
      }
    }
    return rs;
  }
}
