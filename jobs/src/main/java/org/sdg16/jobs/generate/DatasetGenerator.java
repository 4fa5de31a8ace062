package org.sdg16.jobs.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Field;

/**
 * The generator of one dataset of the synthetic inbox, or of the population table. Each draws from
 * random streams of its own ({@link Rng#rng} with a tag of its own), so the generators may run in
 * any order and give the same bytes.
 */
interface DatasetGenerator {

  /** The declaration of the dataset (contract §1), which names the columns of its files. */
  DatasetSchema schema();

  /** Writes the dataset's files into {@code dir}. */
  void write(Path dir) throws IOException;

  /** The columns every return accepts (contract §1) and that generated returns leave out. */
  Set<String> UNFILLED = Set.of("obs_status", "comment", "source");

  /** The header of a generated file: the declared columns in order, without {@link #UNFILLED}. */
  static List<String> columns(DatasetSchema schema) {
    return schema.fields().stream().map(Field::name).filter(n -> !UNFILLED.contains(n)).toList();
  }

  /** The position of a column in {@link #columns}: where a generator puts its cell. */
  static int column(DatasetSchema schema, String name) {
    int i = columns(schema).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(schema.name() + " has no column " + name);
    }
    return i;
  }
}
