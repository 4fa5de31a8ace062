package org.sdg16.jobs.generate;

import static org.sdg16.jobs.generate.SyntheticData.BAD_RATE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.validation.FindingCode;

/**
 * A generator that builds its rows in memory, one country at a time, before it writes them: the
 * firearms returns, cases, trafficking returns and market estimates (not the port seizures, which
 * are streamed, nor the population table, which has no bad rows). What they share is the bad-row
 * injection: a planned row of each finding kind (a {@link Plan}), then a few at random, each
 * breaking exactly one rule (contract §2), tallied so that the findings a validator must report are
 * known.
 */
abstract class RowGenerator implements DatasetGenerator {

  final World world;
  final Tally tally;
  final List<Country> countries;
  final int[] years;
  private final DatasetSchema schema;
  private final List<String> header;

  RowGenerator(World world, Tally tally, DatasetSchema schema) {
    this.world = world;
    this.tally = tally;
    this.countries = world.countries;
    this.years = world.years;
    this.schema = schema;
    this.header = DatasetGenerator.columns(schema);
  }

  @Override
  public DatasetSchema schema() {
    return schema;
  }

  String dataset() {
    return schema.name();
  }

  long seed() {
    return world.seed();
  }

  /**
   * Makes the cells of a row bad in one way of {@code kind} (one not handled by {@link #apply}).
   */
  abstract void breakCells(FindingCode kind, Row row, SplittableRandom r);

  /** The column in which a duplicate gets another value, or -1 where it keeps its cells. */
  int valueColumn() {
    return -1;
  }

  /**
   * The plan of mandatory bad rows of one in-memory dataset: kind i is due from unit (country)
   * {@code i * units / kinds} on and is carried to the next unit while it cannot be placed.
   */
  static final class Plan {
    final List<FindingCode> kinds;
    final int units;
    final Deque<FindingCode> pending = new ArrayDeque<>();
    int next;

    Plan(List<FindingCode> kinds, int units) {
      this.kinds = kinds;
      this.units = units;
    }

    List<FindingCode> due(int unit) {
      while (next < kinds.size() && (long) next * units / kinds.size() <= unit) {
        pending.addLast(kinds.get(next++));
      }
      return new ArrayList<>(pending);
    }

    void done(FindingCode k) {
      pending.removeFirstOccurrence(k);
    }
  }

  /** A bad-row injection: applies one kind to a country's rows, or says it cannot. */
  @FunctionalInterface
  interface Injector {
    boolean inject(FindingCode kind, List<Row> rows, SplittableRandom r);
  }

  /**
   * Applies the due planned kinds (each to a row it fits), then makes each eligible row bad with
   * probability {@link SyntheticData#BAD_RATE}.
   */
  void inject(
      List<Row> rs,
      SplittableRandom br,
      Plan plan,
      int unit,
      List<FindingCode> randomKinds,
      Injector injector) {
    for (FindingCode k : plan.due(unit)) {
      if (injector.inject(k, rs, br)) {
        plan.done(k);
      }
    }
    for (int i = 0; i < rs.size(); i++) {
      double u = br.nextDouble();
      FindingCode k = randomKinds.get(br.nextInt(randomKinds.size()));
      Row row = rs.get(i);
      if (u < BAD_RATE && row.eligible && !row.touched && fits(k, row)) {
        apply(k, rs, i, br);
      }
    }
  }

  /** Whether a row-level kind can be given to this row (every kind but {@code NOT_APPLICABLE}). */
  boolean fits(FindingCode k, Row row) {
    return k != FindingCode.NOT_APPLICABLE;
  }

  /** Picks a random row satisfying {@code ok}, or -1. */
  static int pick(List<Row> rs, SplittableRandom r, Predicate<Row> ok) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      if (ok.test(rs.get(i))) {
        idx.add(i);
      }
    }
    return idx.isEmpty() ? -1 : idx.get(r.nextInt(idx.size()));
  }

  /** The injection of a kind that fits any row: into a random row not yet touched. */
  boolean anyRow(FindingCode k, List<Row> rs, SplittableRandom r) {
    int i = pick(rs, r, x -> !x.touched);
    if (i < 0) {
      return false;
    }
    apply(k, rs, i, r);
    return true;
  }

  /** Makes row i bad in one way; a duplicate is inserted right after it. */
  void apply(FindingCode kind, List<Row> rs, int i, SplittableRandom r) {
    Row row = rs.get(i);
    row.touched = true;
    if (kind == FindingCode.DUPLICATE_KEY) {
      Row dup = row.copy();
      dup.touched = true;
      int vi = valueColumn();
      if (vi >= 0 && row.value != null) {
        dup.c[vi] = Long.toString(row.value + 1 + r.nextInt(5));
      }
      rs.add(i + 1, dup);
      tally.badRow(dataset(), kind, 2, 2);
      return;
    }
    if (kind == FindingCode.ROW_WIDTH) {
      row.extraCell = true;
      tally.badRow(dataset(), kind, 1, 1);
      return;
    }
    breakCells(kind, row, r);
    tally.badRow(dataset(), kind, 1, 1);
  }

  /** Writes one file of rows, exactly as generated ({@link Csv#verbatim}: inputs keep raw text). */
  void writeCsv(Path file, List<Row> rows) throws IOException {
    try (Csv w = Csv.verbatim(file)) {
      w.row(header);
      for (Row r : rows) {
        Row.print(w, r.c, r.extraCell);
      }
    }
    tally.written(dataset(), rows.size(), 1);
  }
}
