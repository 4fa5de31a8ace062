package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;

/**
 * Regional and global aggregates of methodology §5, for every M49 grouping of the reporting
 * countries (World, continents, sub-regions, intermediate regions, SDG regions):
 * <ul>
 *   <li>counts are summed over reporting countries and published as reported totals whatever the
 *       coverage;</li>
 *   <li>ratios, shares and rates are pooled: Σ numerators / Σ denominators over the countries that
 *       report both (never an average of country ratios), and not published when the coverage is
 *       below the threshold;</li>
 *   <li>coverage = population of reporting countries / population of the region's members that
 *       have population data; no imputation.</li>
 * </ul>
 * Pure arithmetic: no Spark.
 */
public final class Aggregates {

  private final M49 m49;
  private final Map<Long, Double> population;
  private final double minCoverage;
  /** Population of each grouping and year, over members with population data. */
  private final Map<Long, Double> regionPopulation = new HashMap<>();

  public Aggregates(M49 m49, Map<Long, Double> population, double minCoverage) {
    this.m49 = Objects.requireNonNull(m49);
    this.population = Map.copyOf(population);
    if (minCoverage < 0 || minCoverage > 1) {
      throw new IllegalArgumentException("coverage threshold must be in [0, 1]: " + minCoverage);
    }
    this.minCoverage = minCoverage;
    for (Map.Entry<Long, Double> e : population.entrySet()) {
      int area = (int) (e.getKey() / 10_000L);
      int year = (int) (e.getKey() % 10_000L);
      m49.area(area).ifPresent(a -> {
        for (int g : a.groupings()) {
          regionPopulation.merge(Facts.key(g, year), e.getValue(), Double::sum);
        }
      });
    }
  }

  /** The factor between a pooled Σ numerator / Σ denominator and the published value. */
  public static double scale(String unitMeasure) {
    return switch (unitMeasure) {
      case "PT" -> 100.0;
      case "PER_100000_POP" -> 100_000.0;
      default -> 1.0;
    };
  }

  private static final class Pool {
    final Observation first;
    int n;
    double sum;
    int nBoth;
    double num;
    double den;
    double popCounts;
    double popRatios;

    Pool(Observation first) {
      this.first = first;
    }
  }

  /** Aggregates of every national observation (FA_ROUTE, a per-country route table, excepted). */
  public List<Observation> compute(List<Observation> national) {
    Map<String, Pool> pools = new LinkedHashMap<>();
    for (Observation o : national) {
      if (!o.reportingType().equals("N") || o.series().equals("FA_ROUTE") || o.value() == null) {
        continue;
      }
      M49.Area area = m49.area(o.refArea()).orElse(null);
      if (area == null) {
        continue;
      }
      Double pop = population.get(Facts.key(o.refArea(), o.timePeriod()));
      for (int g : area.groupings()) {
        String key = o.series() + "|" + g + "|" + o.timePeriod() + "|" + String.join("|", o.dimensions())
            + "|" + o.unitMeasure();
        Pool p = pools.computeIfAbsent(key, k -> new Pool(o));
        p.n++;
        p.sum += o.value();
        p.popCounts += pop == null ? 0 : pop;
        if (o.numerator() != null && o.denominator() != null) {
          p.nBoth++;
          p.num += o.numerator();
          p.den += o.denominator();
          p.popRatios += pop == null ? 0 : pop;
        }
      }
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<String, Pool> e : pools.entrySet()) {
      String[] k = e.getKey().split("\\|");
      int region = Integer.parseInt(k[1]);
      Pool p = e.getValue();
      Observation f = p.first;
      Series s = SeriesCatalogue.byCode(f.series()).orElseThrow();
      Double regionPop = regionPopulation.get(Facts.key(region, f.timePeriod()));
      String nature = s.nature().equals("M") ? "M" : "G";
      if (s.kind() == Series.Kind.COUNT) {
        Double coverage = regionPop == null || regionPop <= 0 ? null : p.popCounts / regionPop;
        out.add(aggregate(f, region, p.sum, null, null, p.n, coverage, nature, null));
      } else {
        if (p.nBoth == 0 || p.den <= 0 || regionPop == null || regionPop <= 0) {
          continue;
        }
        double coverage = p.popRatios / regionPop;
        if (coverage < minCoverage) {
          continue;
        }
        out.add(aggregate(f, region, scale(f.unitMeasure()) * p.num / p.den, p.num, p.den, p.nBoth, coverage,
            nature, null));
      }
    }
    out.sort(Indicators.ORDER);
    return out;
  }

  private static Observation aggregate(Observation f, int region, double value, Double num, Double den, int n,
      Double coverage, String nature, String comment) {
    return new Observation(f.series(), region, f.timePeriod(), f.sex(), f.age(), f.exploitation(), f.armType(),
        f.justification(), f.commodity(), f.route(), f.unitMeasure(), value, num, den, "A", nature, "G", n,
        coverage, comment, SeriesCatalogue.byCode(f.series()).orElseThrow().kind() == Series.Kind.COUNT
            ? "sdg16: reported total over the reporting countries" : "sdg16: pooled over the reporting countries");
  }
}
