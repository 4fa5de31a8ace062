package org.sdg16.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The first step of the ingest job: the files of the run (the inbox scan of {@link Intake#scan},
 * then the configured population file) and which of them the {@link IngestCache} already holds.
 * Nothing is read here but the bytes of the files the cache may hold, for their SHA-256; the rules
 * of contract §2 that refuse a file are applied when it is read ({@link ReadStep}).
 */
final class PlanStep {

  private PlanStep() {}

  /**
   * What the run reads and reuses.
   *
   * @param files every file of the run, by index (the order of the run manifest)
   * @param reused by index of a file in this run, the cache entry it is taken from
   * @param byBatch per cache batch folder, the index a file had in that batch's run to its index
   *     now
   * @param toRead the files to parse in this run, in index order
   * @param scratch the folder the read step writes its records to ({@link IngestCache#records})
   */
  record Plan(
      List<FileTask> files,
      Map<Integer, IngestCache.Located> reused,
      Map<Path, Map<Integer, Integer>> byBatch,
      List<FileTask> toRead,
      Path scratch) {}

  /**
   * Lists the files and looks them up in the cache. Without a cache, the records go next to the
   * staging snapshot, in a folder that the next run's {@code Warehouse.stage()} removes if this one
   * dies; with one, to the cache's pending batch of this run. In both, below a name that Spark does
   * not take for a hidden file.
   *
   * @param scratchRoot the folder the run's scratch records go below
   */
  static Plan plan(
      Path inbox,
      Path population,
      Path scratchRoot,
      IngestJob.Options options,
      LocalDate today,
      StepTimer timer) {
    List<FileTask> files = new ArrayList<>();
    for (SourceFile f : Intake.scan(inbox)) {
      files.add(FileTask.of(files.size(), f, null));
    }
    if (population != null) {
      SourceFile pop = new SourceFile(population, population.getFileName().toString(), null);
      files.add(FileTask.of(files.size(), pop, Datasets.POPULATION.name()));
    }
    Map<Integer, IngestCache.Located> reused =
        options.cache() == null
            ? Map.of()
            : reuse(files, options.cache(), options.full(), options.limits(), today, timer);
    Map<Path, Map<Integer, Integer>> byBatch = new LinkedHashMap<>();
    for (Map.Entry<Integer, IngestCache.Located> e : reused.entrySet()) {
      byBatch
          .computeIfAbsent(e.getValue().batch(), k -> new LinkedHashMap<>())
          .put(e.getValue().entry().task(), e.getKey());
    }
    if (byBatch.size() > IngestCache.MAX_BATCHES) {
      reused = Map.of();
      byBatch = Map.of();
    }
    Map<Integer, IngestCache.Located> taken = reused;
    List<FileTask> toRead = files.stream().filter(f -> !taken.containsKey(f.index())).toList();
    return new Plan(files, reused, byBatch, toRead, IngestCache.records(scratchRoot));
  }

  /**
   * The files whose entry is in the cache and still valid: same key (bytes, path, dataset, limits,
   * program), and no finding bound to the date that today would judge differently. The SHA-256 is
   * computed only when the cache has entries at all; a run that would read from more than {@link
   * IngestCache#MAX_BATCHES} batches parses everything again, into one batch ({@link #plan}).
   */
  private static Map<Integer, IngestCache.Located> reuse(
      List<FileTask> files,
      IngestCache cache,
      boolean full,
      PipelineConfig.Limits limits,
      LocalDate today,
      StepTimer timer) {
    Map<String, IngestCache.Located> known = full ? Map.of() : cache.load();
    if (known.isEmpty()) {
      return Map.of();
    }
    timer.part("cache lookup");
    Map<Integer, IngestCache.Located> entries = new LinkedHashMap<>();
    for (FileTask f : files) {
      if (!IngestCache.cacheable(f, limits)) {
        continue;
      }
      String sha = Intake.sha256(Path.of(f.path()));
      IngestCache.Located l = sha == null ? null : known.get(IngestCache.key(f, sha, limits));
      if (l != null
          && l.entry().heads().stream().allMatch(h -> h.changesOn() > today.toEpochDay())) {
        entries.put(f.index(), l);
      }
    }
    return entries;
  }

  /** The cache entries of the files parsed in this run that may be cached. */
  static List<IngestCache.Entry> entries(
      List<FileTask> parsed, List<OutcomeHead> heads, PipelineConfig.Limits limits) {
    List<IngestCache.Entry> out = new ArrayList<>();
    for (FileTask f : parsed) {
      List<OutcomeHead> mine = heads.stream().filter(h -> h.task() == f.index()).toList();
      String sha = mine.isEmpty() ? null : mine.get(0).sha256();
      if (sha != null && IngestCache.cacheable(f, limits)) {
        out.add(new IngestCache.Entry(IngestCache.key(f, sha, limits), f.index(), mine));
      }
    }
    return out;
  }
}
