package org.sdg16.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;

/**
 * The one clock of the ingest job. A run is a sequence of steps ({@link #step}: the manifest's
 * {@code seconds_by_step}); within a step, the parts that run Spark jobs are named ({@link #part}:
 * the manifest's {@code seconds_by_spark_step}), and that name describes their Spark jobs in the UI
 * and event logs. A step or a part ends when the next one begins, or at {@link #stop}; a part ends
 * with its step. A part named twice adds up.
 */
final class StepTimer {

  private final SparkContext spark;
  private final Map<String, Long> steps = new LinkedHashMap<>();
  private final Map<String, Long> parts = new LinkedHashMap<>();
  private String step;
  private long stepSince;
  private String part;
  private long partSince;

  StepTimer(SparkContext spark) {
    this.spark = spark;
  }

  /** Begins the step {@code name}, ending the current one. */
  void step(String name) {
    long now = System.nanoTime();
    end(now);
    step = name;
    stepSince = now;
  }

  /** Begins the part {@code what} of the current step, ending the current part. */
  void part(String what) {
    long now = System.nanoTime();
    endPart(now);
    part = what;
    partSince = now;
    spark.setJobDescription("ingest: " + what);
  }

  /** Ends the current step and part. */
  void stop() {
    end(System.nanoTime());
  }

  /** Seconds per step, in the order they ran. */
  Map<String, Double> steps() {
    return seconds(steps);
  }

  /** Seconds per part, in the order they first ran. */
  Map<String, Double> parts() {
    return seconds(parts);
  }

  private void end(long now) {
    endPart(now);
    if (step != null) {
      steps.merge(step, now - stepSince, Long::sum);
      step = null;
    }
  }

  private void endPart(long now) {
    if (part != null) {
      parts.merge(part, now - partSince, Long::sum);
      part = null;
      spark.setJobDescription(null);
    }
  }

  /** Nanoseconds to seconds, rounded to the millisecond. */
  private static Map<String, Double> seconds(Map<String, Long> nanos) {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, Math.round(v / 1e6) / 1e3));
    return out;
  }
}
