package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sdg16.jobs.methods.trends.TrendPoint;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.codes.ObsStatus;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Regional and global aggregates (methodology §5) for every M49 grouping of the reporting countries
 * (World, continents, sub-regions, intermediate regions, SDG regions):
 *
 * <ul>
 *   <li>counts are summed; ratios and shares are pooled (Σ numerators / Σ denominators over the
 *       countries that report both, never an average of country ratios); rates are Σ counts / Σ
 *       population × 100,000;
 *   <li>{@code coverage} = Σ population of the reporting countries / Σ population of every member
 *       country of the region (those with a population in the base), from {@link CoverageWeights};
 *   <li>an aggregate is published only with at least {@link Policy#minCountries} countries and a
 *       coverage of at least {@link Policy#minCoverage}; below either, a count stays as a project
 *       <em>reported total</em> ({@code obs_status U}, {@link Observation#reportedTotal()}) and a
 *       ratio, share or rate is left out;
 *   <li>its {@code obs_status} is the least reliable of its members' ({@link ObsStatus}); its
 *       comment names the members whose denominator is partial and says when the coverage weights
 *       of a year come from an earlier one;
 *   <li>no imputation of missing countries.
 * </ul>
 *
 * {@link #panels} gives the constant-panel series that the trends of aggregates use. Pure
 * arithmetic: no Spark.
 */
public final class Aggregates {

  /** Methodology §5: the thresholds of publication. */
  public record Policy(int minCountries, double minCoverage) {
    public Policy {
      if (minCountries < 1) {
        throw new IllegalArgumentException("at least one country: " + minCountries);
      }
      if (minCoverage < 0 || minCoverage > 1) {
        throw new IllegalArgumentException("coverage threshold must be in [0, 1]: " + minCoverage);
      }
    }

    /** The defaults: 3 countries and half the region's population. */
    public static final Policy DEFAULT = new Policy(3, 0.5);
  }

  private final M49 m49;
  private final CoverageWeights weights;
  private final Policy policy;

  public Aggregates(M49 m49, Map<Long, Double> population, Policy policy) {
    this.m49 = Objects.requireNonNull(m49);
    this.weights = new CoverageWeights(m49, population);
    this.policy = Objects.requireNonNull(policy);
  }

  /** The factor between a pooled Σ numerator / Σ denominator and the published value. */
  public static double scale(String unitMeasure) {
    return switch (unitMeasure) {
      case "PT" -> 100.0;
      case "PER_100000_POP" -> 100_000.0;
      default -> 1.0;
    };
  }

  /** One aggregate series: series, region, dimensions and unit; the year apart. */
  public record Key(String series, int region, List<String> dimensions, String unitMeasure) {
    public Key {
      dimensions = List.copyOf(dimensions);
    }

    static Key of(Observation o, int region) {
      return new Key(o.series(), region, List.of(o.dimensions()), o.unitMeasure());
    }
  }

  /** The national values that enter one aggregate of one year. */
  private static final class Pool {
    final Observation first;
    final List<Observation> members = new ArrayList<>();

    Pool(Observation first) {
      this.first = first;
    }
  }

  /**
   * Whether a national value enters aggregates, by its series' aggregation kind ({@link
   * Series#kind()}): never for kind NONE, a count by its value, a ratio or rate only with both its
   * numerator and denominator.
   */
  private static boolean enters(Observation o, Series s) {
    if (!o.reportingType().equals("N") || o.value() == null) {
      return false;
    }
    return switch (s.kind()) {
      case NONE -> false;
      case COUNT -> true;
      case RATIO, RATE -> o.numerator() != null && o.denominator() != null;
    };
  }

  /** The national values of every aggregate and year, members in input order. */
  private Map<Key, Map<Integer, Pool>> pools(List<Observation> national) {
    Map<Key, Map<Integer, Pool>> pools = new LinkedHashMap<>();
    for (Observation o : national) {
      Series s = SeriesCatalogue.byCode(o.series()).orElseThrow();
      M49.Area area = enters(o, s) ? m49.area(o.refArea()).orElse(null) : null;
      if (area == null) {
        continue;
      }
      for (int g : area.groupings()) {
        pools
            .computeIfAbsent(Key.of(o, g), k -> new LinkedHashMap<>())
            .computeIfAbsent(o.timePeriod(), y -> new Pool(o))
            .members
            .add(o);
      }
    }
    return pools;
  }

  /** The pooled value of some members: Σ values for counts, scale × Σ num / Σ den otherwise. */
  private static Double pooled(Series s, String unit, List<Observation> members) {
    if (s.kind() == Series.Kind.COUNT) {
      return members.stream().mapToDouble(Observation::value).sum();
    }
    double num = members.stream().mapToDouble(Observation::numerator).sum();
    double den = members.stream().mapToDouble(Observation::denominator).sum();
    return den > 0 ? scale(unit) * num / den : null;
  }

  /** Whether n countries with this coverage may be published as an aggregate. */
  private boolean meets(int n, Double coverage) {
    return n >= policy.minCountries() && coverage != null && coverage >= policy.minCoverage();
  }

  /**
   * The aggregates of a set of national observations and the constant panels of the published ones.
   */
  public record Result(List<Observation> aggregates, List<Panel> panels) {
    public Result {
      aggregates = List.copyOf(aggregates);
      panels = List.copyOf(panels);
    }
  }

  /**
   * Aggregates of every national observation (series of aggregation kind NONE excepted) and, in the
   * same pass, the constant-panel series of each published aggregate.
   */
  public Result run(List<Observation> national) {
    List<Observation> out = new ArrayList<>();
    List<Panel> panels = new ArrayList<>();
    for (Map.Entry<Key, Map<Integer, Pool>> e : pools(national).entrySet()) {
      Map<Integer, Pool> published = new java.util.TreeMap<>();
      for (Map.Entry<Integer, Pool> y : e.getValue().entrySet()) {
        Observation a = aggregate(e.getKey().region(), y.getKey(), y.getValue());
        if (a != null) {
          out.add(a);
          if (!a.reportedTotal()) {
            published.put(y.getKey(), y.getValue());
          }
        }
      }
      if (!published.isEmpty()) {
        panels.add(panel(e.getKey(), published));
      }
    }
    out.sort(Indicators.ORDER);
    return new Result(out, panels);
  }

  /** The aggregates of {@link #run}. */
  public List<Observation> compute(List<Observation> national) {
    return run(national).aggregates();
  }

  /** The constant panels of {@link #run}. */
  public List<Panel> panels(List<Observation> national) {
    return run(national).panels();
  }

  private Observation aggregate(int region, int year, Pool p) {
    Observation f = p.first;
    Series s = SeriesCatalogue.byCode(f.series()).orElseThrow();
    Double value = pooled(s, f.unitMeasure(), p.members);
    if (value == null) {
      return null;
    }
    CoverageWeights.Coverage c = weights.coverage(region, year, areas(p.members));
    int n = p.members.size();
    boolean count = s.kind() == Series.Kind.COUNT;
    Double num = count ? null : p.members.stream().mapToDouble(Observation::numerator).sum();
    Double den = count ? null : p.members.stream().mapToDouble(Observation::denominator).sum();
    String nature = s.nature().equals("M") ? "M" : "G";
    if (meets(n, c.share())) {
      String status =
          ObsStatus.leastReliable(p.members.stream().map(Observation::obsStatus).toList());
      return new Observation(
          f.series(),
          region,
          year,
          f.sex(),
          f.age(),
          f.exploitation(),
          f.armType(),
          f.justification(),
          f.commodity(),
          f.route(),
          f.unitMeasure(),
          value,
          num,
          den,
          status,
          nature,
          "G",
          n,
          c.share(),
          comment(p.members, c),
          source(n),
          false);
    }
    if (!count) {
      return null;
    }
    String reported = "reported total of " + coverageText(n, c.share());
    return new Observation(
        f.series(),
        region,
        year,
        f.sex(),
        f.age(),
        f.exploitation(),
        f.armType(),
        f.justification(),
        f.commodity(),
        f.route(),
        f.unitMeasure(),
        value,
        null,
        null,
        ObsStatus.LOW_RELIABILITY,
        nature,
        "G",
        n,
        c.share(),
        join(reported, c.note()),
        source(n),
        true);
  }

  /** "UNODC calculation from N national responses". */
  static String source(int n) {
    return "UNODC calculation from " + n + (n == 1 ? " national response" : " national responses");
  }

  /**
   * The members whose value lacks reported parts, in the words of what lacks them (a ratio's
   * denominator, a rate's numerator, a count's sum: "denominator partial for Brazil"), and the note
   * on borrowed coverage weights.
   */
  private String comment(List<Observation> members, CoverageWeights.Coverage c) {
    Map<String, Set<String>> partial = new java.util.TreeMap<>();
    for (Observation o : members) {
      String part = FirearmsReturn.partOfValue(o.comment());
      if (part != null) {
        partial.computeIfAbsent(part, k -> new TreeSet<>()).add(m49.nameOf(o.refArea()));
      }
    }
    String p = null;
    for (Map.Entry<String, Set<String>> e : partial.entrySet()) {
      p = join(p, e.getKey() + " partial for " + String.join(", ", e.getValue()));
    }
    return join(p, c.note());
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }

  private static List<Integer> areas(List<Observation> members) {
    return members.stream().map(Observation::refArea).toList();
  }

  /**
   * The countries and coverage behind an aggregate in words, as its SDMX {@code COMMENT_OBS} and a
   * reported total's comment give them: {@code 3 countries, 61.2 % of the population}.
   */
  public static String coverageText(int n, Double coverage) {
    return countries(n)
        + ", "
        + (coverage == null
            ? "population coverage unknown"
            : percent(coverage) + " of the population");
  }

  static String countries(int n) {
    return n + (n == 1 ? " country" : " countries");
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /**
   * The trend input of one published aggregate (methodology §5): the aggregate recomputed, year by
   * year, over the constant panel of countries that enter it in every year it is published. {@code
   * points} is empty when that panel fails a threshold in some year ({@link #CHANGING_PANEL}).
   */
  public record Panel(
      Key key, List<Integer> countries, List<TrendPoint> points, List<Integer> years) {
    public Panel {
      countries = List.copyOf(countries);
      points = List.copyOf(points);
      years = List.copyOf(years);
    }

    public boolean constant() {
      return !points.isEmpty();
    }
  }

  /** The trend note of an aggregate whose constant panel fails a threshold. */
  public static final String CHANGING_PANEL = "changing_panel";

  /** The trend note of an aggregate computed over its constant panel. */
  public static final String CONSTANT_PANEL = "constant_panel";

  /**
   * The constant panel of one aggregate over the years it is published: the countries in every one
   * of them, the aggregate recomputed over them year by year; no points when that panel fails a
   * threshold in some year.
   */
  private Panel panel(Key key, Map<Integer, Pool> published) {
    Set<Integer> panel = null;
    for (Pool p : published.values()) {
      Set<Integer> here = new TreeSet<>(areas(p.members));
      if (panel == null) {
        panel = here;
      } else {
        panel.retainAll(here);
      }
    }
    Series s = SeriesCatalogue.byCode(key.series()).orElseThrow();
    List<TrendPoint> points = new ArrayList<>();
    for (Map.Entry<Integer, Pool> y : published.entrySet()) {
      Set<Integer> members = panel;
      List<Observation> in =
          y.getValue().members.stream().filter(o -> members.contains(o.refArea())).toList();
      Double v = pooled(s, key.unitMeasure(), in);
      CoverageWeights.Coverage c = weights.coverage(key.region(), y.getKey(), areas(in));
      if (v == null || !meets(in.size(), c.share())) {
        points = List.of();
        break;
      }
      points.add(TrendPoint.of(y.getKey(), v));
    }
    return new Panel(key, List.copyOf(panel), points, List.copyOf(published.keySet()));
  }
}
