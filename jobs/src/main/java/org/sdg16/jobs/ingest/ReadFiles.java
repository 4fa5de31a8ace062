package org.sdg16.jobs.ingest;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The read step of the ingest job, run on an executor for a few files, one after the other: reads
 * and validates each with {@link Intake} (the same readers and {@link
 * org.sdg16.schemas.validation.Validator} as the {@code validate} command) and gives its rows as
 * {@link Scratch} records one at a time, so a file read row by row is never held in memory. The
 * head of each outcome goes to the driver through an accumulator: the step runs as the result stage
 * of a write, where Spark applies the updates of each task once, whatever the retries.
 *
 * <p>Serializable: it carries the date that counts as today, the limits, whether to stream, and the
 * accumulator; the M49 list is loaded once per executor JVM.
 */
final class ReadFiles implements FlatMapFunction<List<FileTask>, Row> {

  private static final long serialVersionUID = 1L;

  private final LocalDate today;
  private final PipelineConfig.Limits limits;
  private final boolean stream;
  private final CollectionAccumulator<OutcomeHead> heads;

  ReadFiles(
      LocalDate today,
      PipelineConfig.Limits limits,
      boolean stream,
      CollectionAccumulator<OutcomeHead> heads) {
    this.today = today;
    this.limits = limits;
    this.stream = stream;
    this.heads = heads;
  }

  @Override
  public Iterator<Row> call(List<FileTask> files) {
    Intake intake = new Intake(M49.standard(), today, limits);
    TaskContext ctx = TaskContext.get();
    return new Iterator<>() {
      private final Iterator<FileTask> todo = files.iterator();
      private FileTask task;
      private Intake.Reading reading;
      private Intake.Row next;
      private long changesOn = IngestCache.NEVER;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (reading == null || !reading.hasNext()) {
            if (reading != null) {
              reading.close();
            }
            if (!todo.hasNext()) {
              return false;
            }
            task = todo.next();
            Intake.Reading r =
                intake.read(
                    task.source(),
                    task.as() == null ? null : Datasets.byName(task.as()).orElseThrow(),
                    stream);
            if (ctx != null) {
              ctx.addTaskCompletionListener((TaskCompletionListener) c -> r.close());
            }
            reading = r;
            continue;
          }
          Intake.Emitted e = reading.next();
          if (e instanceof Intake.Row r) {
            next = r;
            if (!r.findings().isEmpty()) {
              changesOn =
                  Math.min(changesOn, IngestCache.changesOn(r.findings(), r.cells(), today));
            }
          } else {
            heads.add(OutcomeHead.of(task.index(), (Intake.Head) e, changesOn));
            changesOn = IngestCache.NEVER;
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = Scratch.encode(task, next);
        next = null;
        return r;
      }
    };
  }
}
