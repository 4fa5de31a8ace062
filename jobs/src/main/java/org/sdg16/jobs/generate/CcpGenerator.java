package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.CcpMember.COMMODITIES;
import static org.sdg16.jobs.generate.Cells.FUTURE;
import static org.sdg16.jobs.generate.Cells.dates;
import static org.sdg16.jobs.generate.Cells.unknownArea;
import static org.sdg16.jobs.generate.Rng.apportion;
import static org.sdg16.jobs.generate.Rng.oneOf;
import static org.sdg16.jobs.generate.Rng.rng;
import static org.sdg16.jobs.generate.Rng.search;
import static org.sdg16.jobs.generate.Rng.tag;
import static org.sdg16.jobs.generate.SyntheticData.BAD_RATE;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The Container Control Programme seizures of contract §1.3 (methodology §2), one row per seizure,
 * streamed to disk row by row so that any number of events runs in a small heap: the member
 * countries ({@link CcpMember}) and what each seizure holds ({@link CcpGoods}) are drawn here into
 * one file per year, with the bad rows planned over the whole run.
 */
final class CcpGenerator implements DatasetGenerator {

  private static final List<String> HEADER = DatasetGenerator.columns(Datasets.CCP);
  private static final int ID = DatasetGenerator.column(Datasets.CCP, "seizure_id");
  private static final int AREA = DatasetGenerator.column(Datasets.CCP, "ref_area");
  private static final int PORT = DatasetGenerator.column(Datasets.CCP, "port");
  private static final int DATE = DatasetGenerator.column(Datasets.CCP, "seizure_date");
  private static final int TRANSPORT = DatasetGenerator.column(Datasets.CCP, "transport");
  private static final int COMMODITY = DatasetGenerator.column(Datasets.CCP, "commodity");
  static final int QUANTITY = DatasetGenerator.column(Datasets.CCP, "quantity");
  static final int UNIT = DatasetGenerator.column(Datasets.CCP, "unit");
  private static final int ORIGIN = DatasetGenerator.column(Datasets.CCP, "origin");
  private static final int DESTINATION = DatasetGenerator.column(Datasets.CCP, "destination");
  private static final int SUBMITTED = DatasetGenerator.column(Datasets.CCP, "submitted_on");

  private static final String[] TRANSPORTS = {"SEA", "AIR", "DRY_PORT", "LAND"};
  private static final List<FindingCode> KINDS =
      List.of(
          FindingCode.UNKNOWN_AREA,
          FindingCode.UNKNOWN_CODE,
          FindingCode.BAD_NUMBER,
          FindingCode.NOT_POSITIVE,
          FindingCode.BAD_DATE,
          FindingCode.FUTURE_DATE,
          FindingCode.YEAR_OUT_OF_RANGE,
          FindingCode.MISSING_VALUE,
          FindingCode.UNIT_MISMATCH,
          FindingCode.DUPLICATE_KEY,
          FindingCode.ROW_WIDTH);

  private final World world;
  private final Tally tally;
  private final int maxRows;

  /** A generator that splits a year of more than {@code maxRows} seizures in numbered parts. */
  CcpGenerator(World world, Tally tally, int maxRows) {
    this.world = world;
    this.tally = tally;
    this.maxRows = maxRows;
  }

  @Override
  public DatasetSchema schema() {
    return Datasets.CCP;
  }

  /**
   * Streams exactly {@code ccpEvents} seizures to one file per year (split in parts of at most
   * {@code maxRows} rows, {@link SyntheticData#MAX_ROWS_PER_FILE} by default), dates in order
   * within a year, the programme growing over the years and members joining over time.
   */
  @Override
  public void write(Path dir) throws IOException {
    long n = world.options.ccpEvents();
    if (n == 0) {
      return;
    }
    int[] years = world.years;
    List<CcpMember> members = CcpMember.all(world);
    double[] yw = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      yw[i] = 10 + i;
    }
    long[] perYear = apportion(n, yw);
    CcpGoods goods = new CcpGoods(world);
    BadRows bad = new BadRows(n);
    long g = 0;
    String[] cells = new String[HEADER.size()];
    for (int yi = 0; yi < years.length; yi++) {
      int y = years[yi];
      long ny = perYear[yi];
      if (ny == 0) {
        continue;
      }
      Year year = new Year(y, members, goods);
      SplittableRandom br = rng(world.seed(), tag("ccp-bad"), y);
      long nParts = (ny + maxRows - 1) / maxRows;
      Csv w = null;
      long inFile = 0;
      int part = 0;
      String lastGoodId = null;
      String lastGoodArea = null;
      try {
        for (long i = 0; i < ny; i++, g++) {
          if (w == null || inFile == maxRows) {
            if (w != null) {
              w.close();
            }
            part++;
            w = open(dir, y, part, nParts);
            inFile = 0;
            lastGoodId = null;
            lastGoodArea = null;
          }
          year.seizure(ny - i, cells);
          // a duplicate repeats the key of the last good row of the same file
          FindingCode kind = bad.kind(g, br, lastGoodId != null);
          boolean extra = false;
          if (kind == null) {
            lastGoodId = cells[ID];
            lastGoodArea = cells[AREA];
          } else {
            switch (kind) {
              case DUPLICATE_KEY -> {
                cells[ID] = lastGoodId;
                cells[AREA] = lastGoodArea;
                lastGoodId = null;
                lastGoodArea = null;
              }
              case ROW_WIDTH -> extra = true;
              default -> badCells(kind, cells, br, y);
            }
            boolean dup = kind == FindingCode.DUPLICATE_KEY;
            tally.badRow(schema().name(), kind, dup ? 2 : 1, dup ? 2 : 1);
          }
          Row.print(w, cells, extra);
          inFile++;
        }
      } finally {
        if (w != null) {
          w.close();
        }
      }
    }
    tally.written(schema().name(), n, 0);
  }

  /** Part {@code part} of {@code nParts} of a year's file, its header written. */
  private Csv open(Path dir, int y, int part, long nParts) throws IOException {
    String name =
        nParts == 1 ? "ccp_" + y + ".csv" : String.format(Locale.ROOT, "ccp_%d_%02d.csv", y, part);
    Csv w = Csv.verbatim(dir.resolve(name));
    w.row(HEADER);
    tally.written(schema().name(), 0, 1);
    return w;
  }

  /** One reference year of the programme: the members active in it, its dates, its stream. */
  private final class Year {
    final int y;
    final CcpGoods goods;
    final SplittableRandom r;
    final List<CcpMember> active = new ArrayList<>();
    final double[] cum;
    final double tot;
    final String[] dates;

    /** The {@code submitted_on} date of a seizure by month: the end of the month after it. */
    final String[] monthEnd = new String[12];

    /** The quantile of the year reached by the last seizure. */
    double u;

    Year(int y, List<CcpMember> members, CcpGoods goods) {
      this.y = y;
      this.goods = goods;
      this.r = rng(world.seed(), tag("ccp"), y);
      this.cum = new double[members.size()];
      double t = 0;
      for (CcpMember m : members) {
        if (m.joins <= y) {
          t += m.weight;
          cum[active.size()] = t;
          active.add(m);
          m.seq = 0;
        }
      }
      this.tot = t;
      this.dates = dates(y);
      for (int mo = 1; mo <= 12; mo++) {
        LocalDate d = LocalDate.of(y, mo, 1).plusMonths(2).minusDays(1);
        monthEnd[mo - 1] = d.toString();
      }
    }

    /**
     * The cells of the next seizure, {@code left} of the year's seizures (this one included) to go.
     */
    void seizure(long left, String[] cells) {
      // the next of the year's sorted uniform dates (order statistics, drawn in sequence)
      u = 1 - (1 - u) * StrictMath.pow(1 - r.nextDouble(), 1.0 / left);
      int day = Math.min(dates.length - 1, (int) (u * dates.length));
      CcpMember m = active.get(search(cum, active.size(), r.nextDouble() * tot));
      int port =
          search(m.portCum, m.portCum.length, r.nextDouble() * m.portCum[m.portCum.length - 1]);
      int tr = m.portTransport[port];
      double[] cc = m.comCum[tr];
      Commodity com = COMMODITIES[search(cc, cc.length, r.nextDouble() * cc[cc.length - 1])];
      m.seq++;
      cells[ID] = m.country.iso3() + "-" + y + "-" + pad6(m.seq);
      cells[AREA] = m.area;
      cells[PORT] = m.ports[port];
      cells[DATE] = dates[day];
      cells[TRANSPORT] = TRANSPORTS[tr];
      cells[COMMODITY] = com.name();
      CcpGoods.quantity(r, com, tr == 1, cells);
      cells[ORIGIN] = goods.origin(r, com, m.country);
      cells[DESTINATION] = r.nextDouble() < 0.45 ? "" : goods.destination(r, m.country);
      int month = (dates[day].charAt(5) - '0') * 10 + (dates[day].charAt(6) - '0');
      cells[SUBMITTED] = monthEnd[month - 1];
    }
  }

  /**
   * The bad rows of the run: kind i of {@link #KINDS} is planned for row {@code (i + 0.5) n /
   * kinds} and carried to the next rows while it cannot be placed; besides, each row is bad with
   * probability {@link SyntheticData#BAD_RATE}, of a random kind.
   */
  private static final class BadRows {
    private final long[] planned = new long[KINDS.size()];
    private final Deque<FindingCode> pending = new ArrayDeque<>();
    private int next;

    BadRows(long n) {
      for (int i = 0; i < planned.length; i++) {
        planned[i] = (long) ((i + 0.5) * n / planned.length);
      }
    }

    /** What row {@code g} of the run is to be: a bad row of a kind, or null for a good one. */
    FindingCode kind(long g, SplittableRandom br, boolean canDuplicate) {
      while (next < planned.length && planned[next] <= g) {
        pending.addLast(KINDS.get(next++));
      }
      double roll = br.nextDouble();
      FindingCode kind = KINDS.get(br.nextInt(KINDS.size()));
      boolean fromPlan = !pending.isEmpty();
      if (fromPlan) {
        kind = pending.peekFirst();
      } else if (roll >= BAD_RATE) {
        kind = null;
      }
      if (kind == FindingCode.DUPLICATE_KEY && !canDuplicate) {
        kind = null;
      } else if (fromPlan) {
        pending.removeFirst();
      }
      return kind;
    }
  }

  private static String pad6(int v) {
    String s = Integer.toString(v);
    return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
  }

  private static void badCells(FindingCode kind, String[] c, SplittableRandom r, int y) {
    switch (kind) {
      case UNKNOWN_AREA -> c[AREA] = unknownArea(r);
      case UNKNOWN_CODE -> {
        switch (r.nextInt(3)) {
          case 0 -> c[UNIT] = "LB";
          case 1 -> c[COMMODITY] = "COCAIN";
          default -> c[TRANSPORT] = "SHIP";
        }
      }
      case BAD_NUMBER -> c[QUANTITY] = oneOf(r, "12,5", "n/a", "1 250");
      case NOT_POSITIVE -> c[QUANTITY] = "0";
      case BAD_DATE ->
          c[DATE] =
              r.nextBoolean()
                  ? y + "-13-45"
                  : c[DATE].substring(8) + "/" + c[DATE].substring(5, 7) + "/" + y;
      case FUTURE_DATE -> c[DATE] = FUTURE;
      case YEAR_OUT_OF_RANGE -> c[DATE] = "1985" + c[DATE].substring(4).replace("-02-29", "-02-28");
      case MISSING_VALUE -> {
        if (r.nextBoolean()) {
          c[SUBMITTED] = "";
        } else {
          c[PORT] = "";
        }
      }
      case UNIT_MISMATCH -> {
        switch (r.nextInt(4)) {
          case 0 -> {
            c[COMMODITY] = "COCAINE";
            c[UNIT] = "PIECES";
          }
          case 1 -> {
            c[COMMODITY] = "CIGARETTES";
            c[UNIT] = "KG";
          }
          case 2 -> {
            c[COMMODITY] = "ALCOHOL";
            c[UNIT] = "KG";
          }
          default -> {
            c[COMMODITY] = "STRATEGIC_GOODS";
            c[UNIT] = "T";
          }
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }
}
