package org.sdg16.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The datasets that the steps of one ingest run cache in Spark (those read again by a later step),
 * released together when the run ends, whether it succeeded or not.
 */
final class Persisted implements AutoCloseable {

  private final List<Dataset<?>> cached = new ArrayList<>();

  /** Caches {@code df} until the run ends. */
  Dataset<Row> keep(Dataset<Row> df) {
    return held(df.cache());
  }

  /** A dataset that is cached already, released when the run ends. */
  Dataset<Row> held(Dataset<Row> cachedDf) {
    cached.add(cachedDf);
    return cachedDf;
  }

  @Override
  public void close() {
    cached.forEach(Dataset::unpersist);
  }
}
