package org.sdg16.jobs.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The warehouse layout of contract §4.1 and §4.3: every published state is a numbered snapshot
 * under {@code warehouse/snapshots/<id>/<table>/}, and {@code warehouse/current} is a symbolic
 * link to the newest one, switched in one atomic rename. A run writes its tables into a staging
 * folder first; readers never see a half-written snapshot.
 */
public final class Warehouse {

  /** Snapshot metadata file inside each snapshot folder. */
  public static final String SNAPSHOT_FILE = "_snapshot.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;

  public Warehouse(Path output) {
    this.root = output.resolve("warehouse");
  }

  public Path root() {
    return root;
  }

  public Path snapshots() {
    return root.resolve("snapshots");
  }

  /** The stable path readers use. */
  public Path current() {
    return root.resolve("current");
  }

  /** A new, empty staging folder for a run's tables. Leftover staging folders of earlier runs are
   * removed first (they belong to runs that died before publishing). */
  public Path stage(String runId) {
    try {
      Files.createDirectories(snapshots());
      try (Stream<Path> s = Files.list(snapshots())) {
        for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
          deleteTree(p);
        }
      }
      Path staging = snapshots().resolve(".staging-" + runId);
      Files.createDirectories(staging);
      return staging;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Snapshot ids published so far, oldest first. */
  public List<String> snapshotIds() {
    if (!Files.isDirectory(snapshots())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(snapshots())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{6}")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Publishes a staging folder as the next snapshot and points {@code current} at it.
   *
   * @return the new snapshot id
   */
  public String publish(Path staging, String runId, Map<String, Object> meta) {
    try {
      List<String> ids = snapshotIds();
      int next = ids.isEmpty() ? 1 : Integer.parseInt(ids.get(ids.size() - 1)) + 1;
      String id = String.format(Locale.ROOT, "%06d", next);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("time", Instant.now().toString());
      m.put("run_id", runId);
      m.putAll(meta);
      List<String> tables = new ArrayList<>();
      try (Stream<Path> s = Files.list(staging)) {
        s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(tables::add);
      }
      m.put("tables", tables);
      JSON.writeValue(staging.resolve(SNAPSHOT_FILE).toFile(), m);
      Path target = snapshots().resolve(id);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      Path link = root.resolve(".current-" + runId);
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, root.relativize(target));
      try {
        Files.move(link, current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(link, current(), StandardCopyOption.REPLACE_EXISTING);
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the tables of the current snapshot that are not in {@code except} into a staging folder,
   * as hard links to the immutable Parquet files (copies where links are not possible).
   */
  public void carryOver(Path staging, java.util.Set<String> except) {
    if (!Files.isDirectory(current())) {
      throw new IllegalStateException("no published snapshot in " + root + "; run 'sdg16 ingest' or 'sdg16 run' first");
    }
    try (Stream<Path> tables = Files.list(current())) {
      for (Path t : tables.filter(Files::isDirectory).toList()) {
        String name = t.getFileName().toString();
        if (except.contains(name)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(t)) {
          for (Path f : files.sorted().toList()) {
            Path target = staging.resolve(name).resolve(t.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              try {
                Files.createLink(target, f);
              } catch (UnsupportedOperationException | IOException e) {
                Files.copy(f, target);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything below it. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
