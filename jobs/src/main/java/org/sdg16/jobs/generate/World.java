package org.sdg16.jobs.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sdg16.jobs.generate.SyntheticData.Options;
import org.sdg16.schemas.codes.M49;

/**
 * What every generator of one run shares, fixed before the first file is written: the options in
 * force, the reporting countries, the reference years and the areas goods come from and go to.
 * Nothing in it changes while the generators run.
 */
final class World {

  /** The options in force (countries capped, last year clamped). */
  final Options options;

  /** The reporting countries, the first {@code options.countries()} of {@link Country#all}. */
  final List<Country> countries;

  /** The reference years, in order. */
  final int[] years;

  /**
   * Every inhabited M49 area with an ISO3 code and a region, by M49 code: origins, destinations.
   */
  final List<M49.Area> areas;

  World(Options options, List<Country> countries) {
    this.options = options;
    this.countries = List.copyOf(countries);
    this.years = new int[options.yearTo() - options.yearFrom() + 1];
    for (int i = 0; i < years.length; i++) {
      years[i] = options.yearFrom() + i;
    }
    List<M49.Area> w = new ArrayList<>();
    for (M49.Area a : M49.standard().areas()) {
      if (a.iso3() != null && a.region() != null && !Country.UNINHABITED.contains(a.iso3())) {
        w.add(a);
      }
    }
    w.sort((a, b) -> Integer.compare(a.m49(), b.m49()));
    this.areas = List.copyOf(w);
  }

  long seed() {
    return options.seed();
  }

  /** Another country than {@code c}, as ISO3 (80 %) or M49. */
  String otherCountry(SplittableRandom r, Country c) {
    M49.Area a = areas.get(r.nextInt(areas.size()));
    if (a.m49() == c.m49()) {
      a = areas.get((areas.indexOf(a) + 1) % areas.size());
    }
    return r.nextDouble() < 0.8 ? a.iso3() : Integer.toString(a.m49());
  }
}
