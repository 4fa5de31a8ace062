package org.sdg16.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sdg16.reports.model.PortSeizure;
import org.sdg16.reports.model.PublishedPoint;
import org.sdg16.reports.model.QuarantineRow;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.RunInfo;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/**
 * Builds realistic report inputs for tests: a few countries (or many, for the timing test), years
 * 2015–2023, every series of the catalogue with national values and pooled World and SDG-region
 * aggregates, trends computed from the values (Theil–Sen, Mann–Kendall sign), published points for
 * VC_ARM_SZTRACE, one flagged observation (status E, a comment holding {@code <script>}), findings
 * and quarantined rows. The same arguments always give the same input.
 */
public final class TestInputs {

  private TestInputs() {}

  /** The flagged observation's comment: HTML that must come out escaped. */
  public static final String SCRIPT_COMMENT =
      "<script>alert('x')</script> denominator covers SEIZED only";

  /**
   * Countries of the small input: Mexico, Colombia, Brazil, Germany, Italy, Kenya, Ghana,
   * Philippines.
   */
  public static final int[] SMALL = {484, 170, 76, 276, 380, 404, 288, 608};

  public static final int FIRST_YEAR = 2015;
  public static final int LAST_YEAR = 2023;

  /** The small input of the tests. */
  public static ReportInput small() {
    return build(SMALL, 42);
  }

  /**
   * A sample-sized input: the first {@code n} countries of the M49 list that have an SDG region.
   */
  public static ReportInput large(int n) {
    int[] codes =
        M49.standard().areas().stream()
            .filter(a -> a.sdgRegion() != null)
            .mapToInt(M49.Area::m49)
            .limit(n)
            .toArray();
    return build(codes, 7);
  }

  private static final String[] ARM_TYPES = {"PISTOL", "REVOLVER", "RIFLE", "SHOTGUN", "UNKNOWN"};
  private static final String[] FORMS = {"SEXUAL", "FORCED_LABOUR", "OTHER"};
  private static final String[][] COMMODITIES = {
    {"COCAINE", "KG"},
    {"HEROIN", "KG"},
    {"CANNABIS", "KG"},
    {"PSYCHOTROPICS", "KG"},
    {"NPS", "KG"},
    {"PRECURSORS", "KG"},
    {"STRATEGIC_GOODS", "CONTAINERS"},
    {"CIGARETTES", "PIECES"}
  };

  /** The programme's published 2017 table (CTOC/COP/2018/11, para. 33). */
  private static final double[] CCP_2017 = {48220, 162, 2033, 123, 800, 170002, 17, 215816580};

  private static final class B {
    final List<Observation> obs = new ArrayList<>();
    final Random rnd;

    B(long seed) {
      rnd = new Random(seed);
    }

    Observation add(
        String series,
        int area,
        int year,
        String unit,
        double value,
        Double num,
        Double den,
        String status,
        String nature,
        String comment,
        String... dims) {
      String[] d = new String[7];
      Arrays.fill(d, "_T");
      for (int i = 0; i + 1 < dims.length; i += 2) {
        int k =
            List.of("sex", "age", "exploitation", "arm_type", "justification", "commodity", "route")
                .indexOf(dims[i]);
        d[k] = dims[i + 1];
      }
      Observation o =
          new Observation(
              series,
              area,
              year,
              d[0],
              d[1],
              d[2],
              d[3],
              d[4],
              d[5],
              d[6],
              unit,
              round(value),
              num,
              den,
              status,
              nature,
              "N",
              1,
              null,
              comment,
              "test");
      obs.add(o);
      return o;
    }

    void agg(
        String series,
        int area,
        int year,
        String unit,
        double value,
        Double num,
        Double den,
        int n,
        double coverage,
        String nature,
        String... dims) {
      String[] d = new String[7];
      Arrays.fill(d, "_T");
      for (int i = 0; i + 1 < dims.length; i += 2) {
        int k =
            List.of("sex", "age", "exploitation", "arm_type", "justification", "commodity", "route")
                .indexOf(dims[i]);
        d[k] = dims[i + 1];
      }
      obs.add(
          new Observation(
              series,
              area,
              year,
              d[0],
              d[1],
              d[2],
              d[3],
              d[4],
              d[5],
              d[6],
              unit,
              round(value),
              num,
              den,
              "A",
              nature,
              "G",
              n,
              coverage,
              null,
              "aggregate"));
    }
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Builds an input for the given countries with a seed. */
  public static ReportInput build(int[] countries, long seed) {
    B b = new B(seed);
    M49 m49 = M49.standard();
    // per country and year: the parts of every series; pooled sums per region
    Map<String, double[]> pool =
        new TreeMap<>(); // key series|region|year|dims -> {num, den, n, pop}
    for (int ci = 0; ci < countries.length; ci++) {
      int c = countries[ci];
      Integer region = m49.area(c).map(M49.Area::sdgRegion).orElse(null);
      List<Integer> regions = region == null ? List.of(1) : List.of(1, region);
      double pop = 2e6 + b.rnd.nextInt(120_000_000);
      double traceBase = 10 + b.rnd.nextInt(50);
      double traceSlope = b.rnd.nextGaussian() * 2;
      double seizedBase = pop / 100_000 * (5 + b.rnd.nextInt(60));
      double victimsBase = 20 + b.rnd.nextInt(800);
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        int t = y - FIRST_YEAR;
        boolean reports = !(ci % 3 == 2 && (y == 2016 || y == 2020)); // some gaps
        if (!reports) {
          continue;
        }
        // ---- firearms
        double den = Math.round(seizedBase * (1 + 0.03 * t) * (0.85 + 0.3 * b.rnd.nextDouble()));
        double traced =
            Math.round(
                den
                    * Math.min(95, Math.max(1, traceBase + traceSlope * t + b.rnd.nextGaussian()))
                    / 100);
        String status = "A";
        String comment = null;
        if (c == 484 && y == 2019) {
          status = "E";
          comment = SCRIPT_COMMENT;
        }
        b.add("VC_ARM_SZTRACE", c, y, "PT", 100 * traced / den, traced, den, status, "C", comment);
        pool(pool, "VC_ARM_SZTRACE", regions, y, traced, den, pop);
        double identified = Math.round(den * (0.4 + 0.4 * b.rnd.nextDouble()));
        b.add(
            "FA_IDENTIFIED_SHARE",
            c,
            y,
            "PT",
            100 * identified / den,
            identified,
            den,
            "A",
            "C",
            null);
        double sent = 10 + b.rnd.nextInt(200);
        double ok = Math.round(sent * b.rnd.nextDouble());
        b.add("FA_TRACE_SUCCESS", c, y, "PT", 100 * ok / sent, ok, sent, "A", "C", null);
        b.add("FA_SEIZED", c, y, "NUMBER", den, null, null, "A", "C", null);
        b.add("FA_SEIZED_R", c, y, "PER_100000_POP", 1e5 * den / pop, den, pop, "A", "C", null);
        pool(pool, "FA_SEIZED_R", regions, y, den, pop, pop);
        double[] w = {0.45, 0.1, 0.2, 0.15, 0.1};
        for (int k = 0; k < ARM_TYPES.length; k++) {
          double n = Math.round(den * w[k] * (0.8 + 0.4 * b.rnd.nextDouble()));
          b.add(
              "FA_SEIZED", c, y, "NUMBER", n, null, null, "A", "C", null, "arm_type", ARM_TYPES[k]);
        }
        double sumTypes = 0;
        double[] nt = new double[ARM_TYPES.length];
        for (int k = 0; k < ARM_TYPES.length; k++) {
          nt[k] = Math.round(den * w[k] * (0.8 + 0.4 * b.rnd.nextDouble()));
          sumTypes += nt[k];
        }
        for (int k = 0; k < ARM_TYPES.length; k++) {
          b.add(
              "FA_TYPE_SHARE",
              c,
              y,
              "PT",
              100 * nt[k] / sumTypes,
              nt[k],
              sumTypes,
              "A",
              "C",
              null,
              "arm_type",
              ARM_TYPES[k]);
          pool(pool, "FA_TYPE_SHARE|arm_type=" + ARM_TYPES[k], List.of(1), y, nt[k], sumTypes, pop);
        }
        double ammo = Math.round(den * (5 + 40 * b.rnd.nextDouble()));
        b.add("FA_AMMO_RATIO", c, y, "ROUNDS_PER_ARM", ammo / den, ammo, den, "A", "C", null);
        double traf = Math.round(den * (0.03 + 0.12 * b.rnd.nextDouble()));
        double poss = Math.round(den * (0.5 + 0.3 * b.rnd.nextDouble()));
        b.add("FA_TRAFFICKING_SHARE", c, y, "PT", 100 * traf / den, traf, den, "A", "C", null);
        b.add("FA_POSSESSION_SHARE", c, y, "PT", 100 * poss / den, poss, den, "A", "C", null);
        pool(pool, "FA_TRAFFICKING_SHARE", List.of(1), y, traf, den, pop);
        pool(pool, "FA_POSSESSION_SHARE", List.of(1), y, poss, den, pop);
        double known = 20 + b.rnd.nextInt(100);
        double foreign = Math.round(known * b.rnd.nextDouble());
        b.add(
            "FA_TRANSNATIONAL_SHARE",
            c,
            y,
            "PT",
            100 * foreign / known,
            foreign,
            known,
            "A",
            "C",
            null);
        if (y % 2 == 1) {
          int other = countries[(ci + 1) % countries.length];
          b.add(
              "FA_ROUTE",
              c,
              y,
              "NUMBER",
              5 + b.rnd.nextInt(400),
              null,
              null,
              "A",
              "C",
              null,
              "route",
              other + ">" + c);
          b.add(
              "FA_ROUTE",
              c,
              y,
              "NUMBER",
              1 + b.rnd.nextInt(50),
              null,
              null,
              "A",
              "C",
              null,
              "route",
              "_U");
        }
        // ---- port seizures
        for (int k = 0; k < COMMODITIES.length; k++) {
          double q =
              Math.round(
                  CCP_2017[k]
                      / countries.length
                      * (0.3 + 1.4 * b.rnd.nextDouble())
                      * (1 + 0.05 * (t - 2)));
          b.add(
              "CCP_SEIZED_QTY",
              c,
              y,
              COMMODITIES[k][1],
              q,
              null,
              null,
              "A",
              "C",
              null,
              "commodity",
              COMMODITIES[k][0]);
          b.add(
              "CCP_SEIZURES",
              c,
              y,
              "NUMBER",
              1 + b.rnd.nextInt(20),
              null,
              null,
              "A",
              "C",
              null,
              "commodity",
              COMMODITIES[k][0]);
          pool(
              pool,
              "CCP_SEIZED_QTY|commodity=" + COMMODITIES[k][0] + "|" + COMMODITIES[k][1],
              List.of(1),
              y,
              q,
              0,
              pop);
          pool(
              pool,
              "CCP_SEIZURES|commodity=" + COMMODITIES[k][0],
              List.of(1),
              y,
              b.obs.get(b.obs.size() - 1).value(),
              0,
              pop);
        }
        // ---- trafficking in persons
        double v = Math.round(victimsBase * (1 + 0.04 * t) * (0.8 + 0.4 * b.rnd.nextDouble()));
        double f = Math.round(v * (0.55 + 0.2 * b.rnd.nextDouble()));
        double ch = Math.round(v * (0.2 + 0.2 * b.rnd.nextDouble()));
        b.add("VC_HTF_DETV", c, y, "NUMBER", v, null, null, "A", "C", null);
        b.add("VC_HTF_DETV", c, y, "NUMBER", f, null, null, "A", "C", null, "sex", "F");
        b.add("VC_HTF_DETV", c, y, "NUMBER", v - f, null, null, "A", "C", null, "sex", "M");
        b.add("VC_HTF_DETV", c, y, "NUMBER", ch, null, null, "A", "C", null, "age", "Y0T17");
        b.add("TIP_DETV_R", c, y, "PER_100000_POP", 1e5 * v / pop, v, pop, "A", "C", null);
        pool(pool, "TIP_DETV_R", regions, y, v, pop, pop);
        b.add("TIP_SHARE_FEMALE", c, y, "PT", 100 * f / v, f, v, "A", "C", null, "sex", "F");
        b.add("TIP_SHARE_CHILD", c, y, "PT", 100 * ch / v, ch, v, "A", "C", null, "age", "Y0T17");
        pool(pool, "TIP_SHARE_FEMALE|sex=F", List.of(1), y, f, v, pop);
        pool(pool, "TIP_SHARE_CHILD|age=Y0T17", List.of(1), y, ch, v, pop);
        double rest = v;
        for (int k = 0; k < FORMS.length; k++) {
          double n =
              k == FORMS.length - 1
                  ? rest
                  : Math.round(rest * (k == 0 ? 0.5 + 0.2 * b.rnd.nextDouble() : 0.7));
          rest -= n;
          b.add(
              "TIP_EXPLOITATION_SHARE",
              c,
              y,
              "PT",
              100 * n / v,
              n,
              v,
              "A",
              "C",
              null,
              "exploitation",
              FORMS[k]);
          pool(pool, "TIP_EXPLOITATION_SHARE|exploitation=" + FORMS[k], List.of(1), y, n, v, pop);
        }
        double susp = 5 + b.rnd.nextInt(300);
        double conv = Math.round(susp * (0.1 + 0.5 * b.rnd.nextDouble()));
        b.add(
            "TIP_CONVICTED_R", c, y, "PER_100000_POP", 1e5 * conv / pop, conv, pop, "A", "C", null);
        b.add(
            "TIP_CONVICTION_RATIO",
            c,
            y,
            "RATIO",
            conv / susp,
            conv,
            susp,
            y == 2022 && ci == 1 ? "P" : "A",
            "C",
            null);
        // ---- illicit financial flows (some countries)
        if (ci % 2 == 0 && y >= 2018) {
          double in = 1e6 * (50 + b.rnd.nextInt(900));
          double out = 1e6 * (20 + b.rnd.nextInt(400));
          b.add("IFF_CRIME_IN", c, y, "USD", in, null, null, "A", "M", null);
          b.add("IFF_CRIME_OUT", c, y, "USD", out, null, null, "A", "M", null);
          b.add("IFF_CRIME_TOTAL", c, y, "USD", in + out, null, null, "A", "M", null);
          pool(pool, "IFF_CRIME_TOTAL", List.of(1), y, in + out, 0, pop);
        }
      }
    }
    // aggregates
    for (Map.Entry<String, double[]> e : pool.entrySet()) {
      String[] k = e.getKey().split("\\|");
      String series = k[0];
      int region = Integer.parseInt(k[k.length - 2]);
      int year = Integer.parseInt(k[k.length - 1]);
      List<String> dims = new ArrayList<>();
      String unit =
          switch (series) {
            case "FA_SEIZED_R", "TIP_DETV_R" -> "PER_100000_POP";
            case "CCP_SEIZURES" -> "NUMBER";
            case "IFF_CRIME_TOTAL" -> "USD";
            default -> "PT";
          };
      for (int i = 1; i < k.length - 2; i++) {
        if (k[i].contains("=")) {
          String[] kv = k[i].split("=");
          dims.add(kv[0]);
          dims.add(kv[1]);
        } else {
          unit = k[i];
        }
      }
      double[] p = e.getValue();
      double value =
          switch (series) {
            case "FA_SEIZED_R", "TIP_DETV_R" -> 1e5 * p[0] / p[1];
            case "CCP_SEIZED_QTY", "CCP_SEIZURES", "IFF_CRIME_TOTAL" -> p[0];
            default -> 100 * p[0] / p[1];
          };
      if (series.equals("CCP_SEIZED_QTY") && year == 2017) {
        String commodity = dims.get(1);
        for (int i = 0; i < COMMODITIES.length; i++) {
          if (COMMODITIES[i][0].equals(commodity)) {
            value = CCP_2017[i];
          }
        }
      }
      b.agg(
          series,
          region,
          year,
          unit,
          value,
          p[1] == 0 ? null : p[0],
          p[1] == 0 ? null : p[1],
          (int) p[2],
          Math.min(1, 0.55 + 0.05 * p[2]),
          series.startsWith("IFF") ? "M" : "C",
          dims.toArray(new String[0]));
    }
    List<TrendRow> trends = trends(b.obs);
    List<PublishedPoint> published = new ArrayList<>();
    for (Observation o : b.obs) {
      if (o.series().equals("VC_ARM_SZTRACE")
          && "N".equals(o.reportingType())
          && (o.refArea() == 484 || o.refArea() == 170)
          && o.timePeriod() <= 2021) {
        published.add(
            new PublishedPoint(
                o.series(),
                o.refArea(),
                o.timePeriod(),
                round(o.value() * (0.97 + 0.06 * ((o.timePeriod() * 7) % 5) / 4.0)),
                "UN SDG database"));
      }
    }
    List<FindingRecord> findings = new ArrayList<>();
    List<QuarantineRow> quarantine = new ArrayList<>();
    int c0 = countries[0];
    int c1 = countries[Math.min(1, countries.length - 1)];
    findings.add(
        new FindingRecord(
            "firearms",
            "firearms/" + c0 + "_2023.csv",
            null,
            14,
            "value",
            "BAD_NUMBER",
            "ERROR",
            "value '12,5O' is not a number",
            Map.of(
                "ref_area",
                Integer.toString(c0),
                "year",
                "2023",
                "measure",
                "SEIZED",
                "value",
                "12,5O")));
    findings.add(
        new FindingRecord(
            "firearms",
            "firearms/" + c0 + "_2023.csv",
            null,
            15,
            null,
            "TRACED_ABOVE_DENOMINATOR",
            "ERROR",
            "TRACED 420 is above SEIZED + FOUND + SURRENDERED = 400",
            Map.of(
                "ref_area",
                Integer.toString(c0),
                "year",
                "2023",
                "measure",
                "TRACED",
                "value",
                "420")));
    findings.add(
        new FindingRecord(
            "tip",
            "tip/returns_2022.xlsx",
            "tip",
            3,
            "sex",
            "UNKNOWN_CODE",
            "ERROR",
            "sex 'X' is not in the code list (F, M, _T)",
            Map.of("ref_area", Integer.toString(c1), "sex", "X")));
    findings.add(
        new FindingRecord(
            "firearms",
            "firearms/" + c1 + "_2021.csv",
            null,
            8,
            "arm_type",
            "PARTS_ABOVE_TOTAL",
            "WARNING",
            "the arm types add up to 130, above the total 120",
            Map.of("ref_area", Integer.toString(c1))));
    findings.add(
        new FindingRecord(
            "ccp",
            "ccp/bad_file.txt",
            null,
            null,
            null,
            "UNSUPPORTED_FORMAT",
            "ERROR",
            "only .csv and .xlsx files are read",
            Map.of()));
    quarantine.add(
        new QuarantineRow(
            "firearms",
            "firearms/" + c0 + "_2023.csv",
            null,
            14,
            Map.of(
                "ref_area",
                Integer.toString(c0),
                "year",
                "2023",
                "measure",
                "SEIZED",
                "value",
                "12,5O"),
            List.of(
                new QuarantineRow.Problem(
                    "BAD_NUMBER", "ERROR", "value", "value '12,5O' is not a number"))));
    quarantine.add(
        new QuarantineRow(
            "tip",
            "tip/returns_2022.xlsx",
            "tip",
            3,
            Map.of("ref_area", Integer.toString(c1), "sex", "X"),
            List.of(
                new QuarantineRow.Problem(
                    "UNKNOWN_CODE",
                    "ERROR",
                    "sex",
                    "sex 'X' is not in the code list (F, M, _T)"))));
    quarantine.add(
        new QuarantineRow(
            "ccp",
            "ccp/bad_file.txt",
            null,
            null,
            Map.of(),
            List.of(
                new QuarantineRow.Problem(
                    "UNSUPPORTED_FORMAT", "ERROR", null, "only .csv and .xlsx files are read"))));
    List<PortSeizure> ports =
        List.of(
            new PortSeizure("Guayaquil", 218, 2023, "COCAINE", "KG", 12_400, 9),
            new PortSeizure("Santos", 76, 2023, "COCAINE", "KG", 8_950, 7),
            new PortSeizure("Mombasa", 404, 2023, "CIGARETTES", "PIECES", 3_250_000, 2));
    List<ReportingStatus> status = new ArrayList<>();
    for (int ci = 0; ci < countries.length; ci++) {
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        boolean reports = !(ci % 3 == 2 && (y == 2016 || y == 2020));
        for (String ds : List.of("firearms", "ccp", "tip")) {
          ReportingStatus.Status s =
              !reports
                  ? ReportingStatus.Status.NOT_REPORTED
                  : ci == 0 && y == 2023 && ds.equals("firearms")
                      ? ReportingStatus.Status.PARTIAL
                      : ReportingStatus.Status.REPORTED;
          // a submission date for the returns (not for port seizures, as in a real run)
          String submitted =
              s == ReportingStatus.Status.NOT_REPORTED || ds.equals("ccp")
                  ? null
                  : String.format(java.util.Locale.ROOT, "%d-03-%02d", y + 1, 1 + ci % 28);
          status.add(new ReportingStatus(ds, countries[ci], y, s, submitted));
        }
      }
    }
    RunInfo run =
        new RunInfo("run-20260301-0001", "snap-000042", "0.1.0", LocalDate.of(2026, 3, 1), status);
    return new ReportInput(
        run,
        b.obs,
        trends,
        published,
        findings,
        quarantine,
        ports,
        reconciliation(b.obs, published),
        changes(b.obs));
  }

  private static void pool(
      Map<String, double[]> pool,
      String key,
      List<Integer> regions,
      int year,
      double num,
      double den,
      double pop) {
    for (int r : regions) {
      double[] p = pool.computeIfAbsent(key + "|" + r + "|" + year, k -> new double[4]);
      p[0] += num;
      p[1] += den;
      p[2] += 1;
      p[3] += pop;
    }
  }

  /** Trends of every series × area × disaggregation with at least three years, computed simply. */
  static List<TrendRow> trends(List<Observation> obs) {
    Map<String, List<Observation>> groups = new LinkedHashMap<>();
    for (Observation o : obs) {
      groups
          .computeIfAbsent(
              o.series()
                  + "|"
                  + o.refArea()
                  + "|"
                  + String.join("|", o.dimensions())
                  + "|"
                  + o.unitMeasure(),
              k -> new ArrayList<>())
          .add(o);
    }
    List<TrendRow> out = new ArrayList<>();
    for (List<Observation> g : groups.values()) {
      g.sort((a, c) -> Integer.compare(a.timePeriod(), c.timePeriod()));
      Observation f = g.get(0);
      Observation l = g.get(g.size() - 1);
      int n = g.size();
      if (n < 3) {
        out.add(
            new TrendRow(
                f.series(),
                f.refArea(),
                f.sex(),
                f.age(),
                f.exploitation(),
                f.armType(),
                f.justification(),
                f.commodity(),
                f.route(),
                f.unitMeasure(),
                f.reportingType(),
                n,
                f.timePeriod(),
                l.timePeriod(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "insufficient_points"));
        continue;
      }
      List<Double> slopes = new ArrayList<>();
      int s = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dy = g.get(j).value() - g.get(i).value();
          slopes.add(dy / (g.get(j).timePeriod() - g.get(i).timePeriod()));
          s += Double.compare(dy, 0);
        }
      }
      double slope = median(slopes);
      List<Double> icpt = new ArrayList<>();
      g.forEach(o -> icpt.add(o.value() - slope * o.timePeriod()));
      double intercept = median(icpt);
      double var = n * (n - 1) * (2 * n + 5) / 18.0;
      double z = s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(var);
      double p = 2 * (1 - phi(Math.abs(z)));
      String dir = p < 0.05 ? (s > 0 ? "increasing" : "decreasing") : "no_significant_trend";
      Double cagr =
          f.value() > 0 && l.value() > 0
              ? Math.pow(l.value() / f.value(), 1.0 / (l.timePeriod() - f.timePeriod())) - 1
              : null;
      String progress = null;
      if (f.series().equals("VC_ARM_SZTRACE") && cagr != null) {
        progress =
            cagr >= 0.015
                ? "on_track"
                : cagr >= 0.005
                    ? "progress_needs_acceleration"
                    : cagr >= 0 ? "limited_progress" : "deterioration";
      }
      Observation prev = g.get(n - 2);
      out.add(
          new TrendRow(
              f.series(),
              f.refArea(),
              f.sex(),
              f.age(),
              f.exploitation(),
              f.armType(),
              f.justification(),
              f.commodity(),
              f.route(),
              f.unitMeasure(),
              f.reportingType(),
              n,
              f.timePeriod(),
              l.timePeriod(),
              cagr,
              cagr,
              null,
              null,
              slope,
              null,
              null,
              intercept,
              (double) s,
              s / (n * (n - 1) / 2.0),
              var,
              p,
              dir,
              l.value() - prev.value(),
              prev.value() == 0 ? null : 100 * (l.value() - prev.value()) / prev.value(),
              progress,
              null));
    }
    return out;
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(Double::compare);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static double phi(double x) {
    // Abramowitz–Stegun 26.2.17
    double t = 1 / (1 + 0.2316419 * x);
    double d = 0.3989423 * Math.exp(-x * x / 2);
    double p =
        d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
    return 1 - p;
  }

  /**
   * The comparison of each published point with the computed value (methodology §8, tolerance 0.05
   * points, as the pipeline's default for a percentage), as the compute stage writes it.
   */
  static List<org.sdg16.schemas.output.ReconciliationRow> reconciliation(
      List<Observation> obs, List<PublishedPoint> published) {
    List<org.sdg16.schemas.output.ReconciliationRow> out = new ArrayList<>();
    for (PublishedPoint p : published) {
      Observation o =
          obs.stream()
              .filter(
                  x ->
                      x.series().equals(p.series())
                          && x.refArea() == p.refArea()
                          && x.timePeriod() == p.timePeriod()
                          && "N".equals(x.reportingType())
                          && Observation.TOTAL.equals(x.sex())
                          && Observation.TOTAL.equals(x.age()))
              .findFirst()
              .orElse(null);
      Double d = o == null ? null : o.value() - p.value();
      String status =
          d == null
              ? org.sdg16.schemas.output.ReconciliationRow.NOT_COMPUTED
              : Math.abs(d) > 0.05
                  ? org.sdg16.schemas.output.ReconciliationRow.DIFFERS
                  : org.sdg16.schemas.output.ReconciliationRow.AGREES;
      out.add(
          new org.sdg16.schemas.output.ReconciliationRow(
              p.series(),
              p.refArea(),
              p.timePeriod(),
              Observation.TOTAL,
              Observation.TOTAL,
              "PT",
              o == null ? null : o.value(),
              p.value(),
              d,
              0.05,
              status,
              status.equals(org.sdg16.schemas.output.ReconciliationRow.AGREES)
                  ? null
                  : "none found",
              null,
              "published/sdg.csv",
              1,
              null,
              null));
    }
    return out;
  }

  /**
   * A release before this input: Mexico's latest value of VC_ARM_SZTRACE was 1 point lower (a
   * revision), a value of Colombia was not there (added), and a value of 2010 was withdrawn.
   */
  static org.sdg16.reports.model.Changes changes(List<Observation> obs) {
    List<org.sdg16.reports.model.Changes.Change> c = new ArrayList<>();
    Observation mex =
        obs.stream()
            .filter(
                o ->
                    o.series().equals("VC_ARM_SZTRACE")
                        && o.refArea() == 484
                        && "N".equals(o.reportingType()))
            .reduce((a, b) -> b)
            .orElseThrow();
    Observation col =
        obs.stream()
            .filter(o -> o.series().equals("VC_ARM_SZTRACE") && o.refArea() == 170)
            .findFirst()
            .orElseThrow();
    c.add(
        new org.sdg16.reports.model.Changes.Change(
            "revised", copy(mex, mex.timePeriod(), mex.value() - 1), mex));
    c.add(new org.sdg16.reports.model.Changes.Change("added", null, col));
    c.add(
        new org.sdg16.reports.model.Changes.Change(
            "withdrawn", copy(mex, 2010, mex.value()), null));
    return new org.sdg16.reports.model.Changes("sdg-2026-02", c);
  }

  /** {@code in} with other observations and run records, the rest as it is. */
  public static ReportInput with(ReportInput in, List<Observation> obs, RunInfo run) {
    return new ReportInput(
        run,
        obs,
        in.trends(),
        in.published(),
        in.findings(),
        in.quarantine(),
        in.ports(),
        in.reconciliation(),
        in.changes());
  }

  /** {@code o} in another unit. */
  public static Observation withUnit(Observation o, String unit) {
    return new Observation(
        o.series(),
        o.refArea(),
        o.timePeriod(),
        o.sex(),
        o.age(),
        o.exploitation(),
        o.armType(),
        o.justification(),
        o.commodity(),
        o.route(),
        unit,
        o.value(),
        o.numerator(),
        o.denominator(),
        o.obsStatus(),
        o.nature(),
        o.reportingType(),
        o.nCountries(),
        o.coverage(),
        o.comment(),
        o.sourceDetail(),
        o.reportedTotal());
  }

  private static Observation copy(Observation o, int year, double value) {
    return new Observation(
        o.series(),
        o.refArea(),
        year,
        o.sex(),
        o.age(),
        o.exploitation(),
        o.armType(),
        o.justification(),
        o.commodity(),
        o.route(),
        o.unitMeasure(),
        value,
        o.numerator(),
        o.denominator(),
        o.obsStatus(),
        o.nature(),
        o.reportingType(),
        o.nCountries(),
        o.coverage(),
        o.comment(),
        o.sourceDetail(),
        o.reportedTotal());
  }
}
