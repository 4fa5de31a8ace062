package org.sdg16.jobs.methods.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sdg16.schemas.codes.M49;

/**
 * Coverage weights (methodology §5): the population of each country and year, where a year after
 * the last year a country has a population for takes the latest year within {@value #CARRY_YEARS}
 * years, and the population of every region as the sum over its member countries. Used for coverage
 * only; rates use the population of their own year.
 */
final class CoverageWeights {

  static final int CARRY_YEARS = 5;

  /**
   * A coverage share (null when the region's population is unknown) and the note on borrowed years.
   */
  record Coverage(Double share, String note) {}

  private record Weight(double population, int year) {}

  private final Map<Long, Double> population;
  private final Map<Long, double[]> regionPopulation = new HashMap<>();
  private final Map<Long, String> regionNote = new HashMap<>();
  private final Map<Integer, Integer> lastYear = new HashMap<>();
  private final Map<Integer, List<Integer>> members = new HashMap<>();

  CoverageWeights(M49 m49, Map<Long, Double> population) {
    this.population = Map.copyOf(population);
    for (Long k : population.keySet()) {
      lastYear.merge((int) (k / 10_000L), (int) (k % 10_000L), Math::max);
    }
    for (M49.Area a : m49.areas()) {
      if (lastYear.containsKey(a.m49())) {
        for (int g : a.groupings()) {
          members.computeIfAbsent(g, x -> new ArrayList<>()).add(a.m49());
        }
      }
    }
  }

  private Weight weight(int area, int year) {
    Double p = population.get(Facts.key(area, year));
    if (p != null) {
      return new Weight(p, year);
    }
    Integer last = lastYear.get(area);
    if (last != null && last < year && year - last <= CARRY_YEARS) {
      return new Weight(population.get(Facts.key(area, last)), last);
    }
    return null;
  }

  /** The coverage of some reporting countries in a region and year. */
  Coverage coverage(int region, int year, List<Integer> reporting) {
    long key = Facts.key(region, year);
    if (!regionPopulation.containsKey(key)) {
      Set<Integer> borrowed = new TreeSet<>();
      double sum = 0;
      for (int m : members.getOrDefault(region, List.of())) {
        Weight w = weight(m, year);
        if (w != null) {
          sum += w.population();
          if (w.year() != year) {
            borrowed.add(w.year());
          }
        }
      }
      regionPopulation.put(key, new double[] {sum});
      if (!borrowed.isEmpty()) {
        regionNote.put(
            key,
            "coverage weights of "
                + year
                + " use the population of "
                + String.join(", ", borrowed.stream().map(String::valueOf).toList()));
      }
    }
    double regionPop = regionPopulation.get(key)[0];
    double covered = 0;
    for (int a : reporting) {
      Weight w = weight(a, year);
      if (w != null) {
        covered += w.population();
      }
    }
    return new Coverage(regionPop > 0 ? covered / regionPop : null, regionNote.get(key));
  }
}
