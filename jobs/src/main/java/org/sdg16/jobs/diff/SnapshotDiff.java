package org.sdg16.jobs.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sdg16.jobs.methods.indicators.Indicators;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * What changed in the {@code observations} table between two snapshots (contract §3.1, {@code sdg16
 * diff}): every observation added, revised or withdrawn, official and project series alike, with
 * the input rows behind it, and a count per series and area. An observation is identified by its
 * series, area, year, every dimension and its unit (contract §4.2); it is <i>revised</i> when its
 * value or one of the attributes that go out with it ({@link #COMPARED}) differs.
 *
 * <p>The input rows behind a change come from the lineage of the tables of accepted rows ({@link
 * Evidence}): the rows of the series' dataset ({@link Indicators#dataset}), and of the population
 * for rates and aggregates, of the observation's year and area (for an aggregate, of every country
 * of the region, M49), that differ between the two snapshots. A withdrawn value names the rows it
 * came from; where such a row is now in the quarantine, or its file is rejected or gone from the
 * inbox, the change says so with the findings.
 *
 * <p>Plain Java, no Spark: a list of records in, a list of records out, for the command's CSV and
 * text table and for a report page.
 *
 * @param from the label of the older snapshot (a release name or a snapshot id)
 * @param to the label of the newer one
 * @param changes every change, in the order of {@link Indicators#ORDER}
 * @param summary the changes counted per series and area, by series then area
 */
public record SnapshotDiff(String from, String to, List<Change> changes, List<Summary> summary) {

  /** What happened to an observation. */
  public enum Kind {
    ADDED,
    REVISED,
    WITHDRAWN
  }

  /** The fields compared besides the key: the value and what goes out with it. */
  public static final List<String> COMPARED =
      List.of(
          "value",
          "obs_status",
          "nature",
          "comment",
          "source_detail",
          "n_countries",
          "coverage",
          "reported_total");

  /**
   * One changed observation.
   *
   * @param kind added, revised or withdrawn
   * @param before the observation in the older snapshot (null when added)
   * @param after the observation in the newer snapshot (null when withdrawn)
   * @param changed the fields of {@link #COMPARED} that differ (revised only)
   * @param rowsNow input rows of the newer snapshot behind it that the older one did not have
   * @param rowsBefore input rows of the older snapshot behind it that the newer one no longer has
   * @param quarantine what became of {@code rowsBefore}: a row now quarantined with its findings
   *     ({@code firearms/ken.csv row 4: TRACED_ABOVE_DENOMINATOR: …}), a file now rejected or no
   *     longer in the inbox
   * @param findings the findings of the newer snapshot on {@code rowsNow} ({@code WARNING
   *     PARTS_ABOVE_TOTAL: …})
   */
  public record Change(
      Kind kind,
      Observation before,
      Observation after,
      List<String> changed,
      List<RowSet> rowsNow,
      List<RowSet> rowsBefore,
      List<String> quarantine,
      List<String> findings) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      if ((before == null) != (kind == Kind.ADDED) || (after == null) != (kind == Kind.WITHDRAWN)) {
        throw new IllegalArgumentException(kind + " with before " + before + ", after " + after);
      }
      changed = List.copyOf(changed);
      rowsNow = List.copyOf(rowsNow);
      rowsBefore = List.copyOf(rowsBefore);
      quarantine = List.copyOf(quarantine);
      findings = List.copyOf(findings);
    }

    /** The observation the key is read from: the newer one, else the older. */
    public Observation observation() {
      return after != null ? after : before;
    }

    public Double valueBefore() {
      return before == null ? null : before.value();
    }

    public Double valueAfter() {
      return after == null ? null : after.value();
    }

    /** New minus old value; null unless both are there. */
    public Double absoluteChange() {
      Double a = valueBefore();
      Double b = valueAfter();
      return a == null || b == null ? null : b - a;
    }

    /** The change in per cent of the old value; null unless both are there and the old is not 0. */
    public Double relativeChangePct() {
      Double a = valueBefore();
      Double d = absoluteChange();
      return d == null || a == 0 ? null : 100 * d / Math.abs(a);
    }
  }

  /** The changes of one series and area. */
  public record Summary(String series, int refArea, int added, int revised, int withdrawn) {}

  public SnapshotDiff {
    changes = List.copyOf(changes);
    summary = List.copyOf(summary);
  }

  public long count(Kind k) {
    return changes.stream().filter(c -> c.kind() == k).count();
  }

  /** The key of an observation: series, area, year, every dimension and the unit. */
  private record Key(
      String series, int refArea, int timePeriod, List<String> dimensions, String unit) {
    static Key of(Observation o) {
      return new Key(
          o.series(), o.refArea(), o.timePeriod(), List.of(o.dimensions()), o.unitMeasure());
    }
  }

  /**
   * The diff of two snapshots' observations.
   *
   * @param from label of the older snapshot
   * @param to label of the newer snapshot
   * @param before the older snapshot's observations
   * @param after the newer snapshot's observations
   * @param evidence the input rows that differ, and the newer snapshot's quarantine and findings
   */
  public static SnapshotDiff of(
      String from,
      String to,
      List<Observation> before,
      List<Observation> after,
      Evidence evidence) {
    Map<Key, Observation> old = index(before);
    Map<Key, Observation> now = index(after);
    Sources sources = new Sources(evidence);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<Key, Observation> e : now.entrySet()) {
      Observation o = old.get(e.getKey());
      if (o == null) {
        changes.add(sources.change(Kind.ADDED, null, e.getValue(), List.of()));
      } else {
        List<String> changed = changed(o, e.getValue());
        if (!changed.isEmpty()) {
          changes.add(sources.change(Kind.REVISED, o, e.getValue(), changed));
        }
      }
    }
    for (Map.Entry<Key, Observation> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        changes.add(sources.change(Kind.WITHDRAWN, e.getValue(), null, List.of()));
      }
    }
    changes.sort(Comparator.comparing(Change::observation, Indicators.ORDER));
    Map<List<Object>, int[]> counts = new TreeMap<>(SUMMARY_ORDER);
    for (Change c : changes) {
      int[] n =
          counts.computeIfAbsent(
              List.of(c.observation().series(), c.observation().refArea()), k -> new int[3]);
      n[c.kind().ordinal()]++;
    }
    List<Summary> summary = new ArrayList<>();
    counts.forEach(
        (k, n) ->
            summary.add(new Summary((String) k.get(0), (Integer) k.get(1), n[0], n[1], n[2])));
    return new SnapshotDiff(from, to, changes, summary);
  }

  private static final Comparator<List<Object>> SUMMARY_ORDER =
      Comparator.<List<Object>, String>comparing(k -> (String) k.get(0))
          .thenComparingInt(k -> (Integer) k.get(1));

  private static Map<Key, Observation> index(List<Observation> observations) {
    Map<Key, Observation> m = new HashMap<>();
    for (Observation o : observations) {
      if (m.put(Key.of(o), o) != null) {
        throw new IllegalArgumentException("two observations with the key " + Key.of(o));
      }
    }
    return m;
  }

  /** The fields of {@link #COMPARED} that differ. */
  static List<String> changed(Observation a, Observation b) {
    List<String> out = new ArrayList<>();
    Object[][] pairs = {
      {a.value(), b.value()},
      {a.obsStatus(), b.obsStatus()},
      {a.nature(), b.nature()},
      {a.comment(), b.comment()},
      {a.sourceDetail(), b.sourceDetail()},
      {a.nCountries(), b.nCountries()},
      {a.coverage(), b.coverage()},
      {a.reportedTotal(), b.reportedTotal()}
    };
    for (int i = 0; i < pairs.length; i++) {
      if (!Objects.equals(pairs[i][0], pairs[i][1])) {
        out.add(COMPARED.get(i));
      }
    }
    return out;
  }

  /** The evidence indexed by dataset, year and area. */
  private static final class Sources {
    private final Evidence evidence;
    private final Map<String, List<RowSet>> before;
    private final Map<String, List<RowSet>> after;
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    Sources(Evidence evidence) {
      this.evidence = evidence;
      this.before = byPlace(evidence.before());
      this.after = byPlace(evidence.after());
      for (M49.Area a : M49.standard().areas()) {
        for (Integer g : a.groupings()) {
          members.computeIfAbsent(g, k -> new ArrayList<>()).add(a.m49());
        }
      }
    }

    private static Map<String, List<RowSet>> byPlace(List<RowSet> rows) {
      Map<String, List<RowSet>> m = new HashMap<>();
      for (RowSet r : rows) {
        m.computeIfAbsent(place(r.dataset(), r.refArea(), r.year()), k -> new ArrayList<>()).add(r);
      }
      return m;
    }

    private static String place(String dataset, int area, int year) {
      return dataset + "|" + area + "|" + year;
    }

    Change change(Kind kind, Observation before, Observation after, List<String> changed) {
      Observation o = after != null ? after : before;
      List<String> datasets = datasets(o);
      List<Integer> areas =
          "G".equals(o.reportingType())
              ? members.getOrDefault(o.refArea(), List.of())
              : List.of(o.refArea());
      List<RowSet> now = rows(this.after, datasets, areas, o.timePeriod());
      List<RowSet> old = rows(this.before, datasets, areas, o.timePeriod());
      Set<String> quarantine = new LinkedHashSet<>();
      for (RowSet r : old) {
        for (Integer row : r.rows()) {
          List<String> f = evidence.quarantined().get(new Evidence.Place(r.file(), r.sheet(), row));
          if (f != null) {
            quarantine.add(
                r.where() + " row " + row + " is now in the quarantine: " + String.join("; ", f));
          }
        }
        for (Evidence.Place p :
            List.of(
                new Evidence.Place(r.file(), r.sheet(), null),
                new Evidence.Place(r.file(), null, null))) {
          List<String> f = evidence.quarantined().get(p);
          if (f != null) {
            quarantine.add(r.file() + " is now rejected: " + String.join("; ", f));
          }
        }
        if (!evidence.filesNow().contains(r.file())) {
          quarantine.add(r.file() + " is no longer in the inbox");
        }
      }
      Set<String> findings = new LinkedHashSet<>();
      for (RowSet r : now) {
        for (Integer row : r.rows()) {
          List<String> f = evidence.findings().get(new Evidence.Place(r.file(), r.sheet(), row));
          if (f != null) {
            for (String s : f) {
              findings.add(r.where() + " row " + row + ": " + s);
            }
          }
        }
      }
      return new Change(
          kind, before, after, changed, now, old, List.copyOf(quarantine), List.copyOf(findings));
    }

    /**
     * The datasets behind a series: its indicator function's, and the population for rates and
     * aggregates (methodology §5); every dataset for a series the catalogue does not know.
     */
    private static List<String> datasets(Observation o) {
      java.util.Optional<Series> s = SeriesCatalogue.byCode(o.series());
      if (s.isEmpty()) {
        List<String> all = new ArrayList<>();
        Datasets.INBOX.forEach(d -> all.add(d.name()));
        all.add(Datasets.POPULATION.name());
        return all;
      }
      List<String> out = new ArrayList<>();
      out.add(Indicators.dataset(s.get().function()).name());
      if (s.get().kind() == Series.Kind.RATE || "G".equals(o.reportingType())) {
        out.add(Datasets.POPULATION.name());
      }
      return out;
    }

    private static List<RowSet> rows(
        Map<String, List<RowSet>> index, List<String> datasets, List<Integer> areas, int year) {
      List<RowSet> out = new ArrayList<>();
      for (String d : datasets) {
        for (Integer a : areas) {
          out.addAll(index.getOrDefault(place(d, a, year), List.of()));
        }
      }
      out.sort(
          Comparator.comparing(RowSet::file)
              .thenComparing(r -> r.sheet() == null ? "" : r.sheet())
              .thenComparingInt(RowSet::refArea));
      return out;
    }
  }
}
