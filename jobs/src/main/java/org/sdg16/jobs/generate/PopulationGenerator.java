package org.sdg16.jobs.generate;

import java.io.IOException;
import java.nio.file.Path;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The population table of contract §1.7 as {@code population.csv}: every country and reference
 * year, the synthetic population of {@link Country#population}, with no bad rows.
 */
final class PopulationGenerator implements DatasetGenerator {

  /** The file, in the output folder beside {@code inbox/}. */
  static final String FILE = "population.csv";

  private final World world;
  private final Tally tally;

  PopulationGenerator(World world, Tally tally) {
    this.world = world;
    this.tally = tally;
  }

  @Override
  public DatasetSchema schema() {
    return Datasets.POPULATION;
  }

  @Override
  public void write(Path dir) throws IOException {
    long n = 0;
    try (Csv w = Csv.verbatim(dir.resolve(FILE))) {
      w.row(DatasetGenerator.columns(schema()));
      for (Country c : world.countries) {
        for (int y : world.years) {
          w.row(Integer.toString(c.m49()), Integer.toString(y), Long.toString(c.population(y)));
          n++;
        }
      }
    }
    tally.written(schema().name(), n, 1);
  }
}
