package org.sdg16.jobs.published;

import org.sdg16.schemas.validation.MappedRow;
import org.sdg16.schemas.validation.RawRow;

/**
 * One format of {@code published/} (contract §1.6) mapped onto the {@code published} dataset: the
 * columns of a row as read become the dataset's cells, its codes ours (SDMX labels, area codes and
 * names), and what the dataset cannot hold a mapping finding. Every other rule, duplicate keys
 * included, is the {@link org.sdg16.schemas.validation.Validator}'s.
 */
interface FormatMapper {

  /** The row as cells of the {@code published} fields, its area typed, and the mapping findings. */
  MappedRow map(RawRow raw);

  /** The dataflow of a row, or null. */
  default String dataflow(RawRow raw) {
    return null;
  }
}
