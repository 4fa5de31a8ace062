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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sdg16.jobs.io.Trees;

/**
 * The warehouse layout of contract §4.1 and §4.3: every published state is a numbered snapshot
 * under {@code warehouse/snapshots/<id>/<table>/}, with its exports and report beside its tables
 * ({@value #EXPORTS}, {@value #REPORTS}), and {@code warehouse/current} is a symbolic link to the
 * newest one, switched in one atomic rename. {@code out/exports} and {@code out/reports} are links
 * into {@code current}, so one rename switches tables, exports and report together. A run writes
 * everything into a staging folder first; readers never see a half-written snapshot.
 *
 * <p>Why one file of about 460 lines: publishing, pruning and reading snapshots are one protocol
 * (staging names, the atomic switch of {@code current}, deleting only names the program made,
 * releases that are never pruned); kept together, the rules that must agree are read together.
 */
public final class Warehouse {

  /** Snapshot metadata file inside each snapshot folder. */
  public static final String SNAPSHOT_FILE = "_snapshot.json";

  /**
   * A run id as {@code Pipeline.newRunId} makes it ({@code 20261128T091502Z-3f9a}). The program
   * deletes only what it created: folders and links whose name carries a run id (staging folders,
   * links not switched to) and snapshots with their {@value #SNAPSHOT_FILE}.
   */
  public static final java.util.regex.Pattern RUN_ID =
      java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");

  /** Whether {@code name} is {@code prefix} + a run id + one of {@code suffixes} (none: empty). */
  public static boolean ownName(String name, String prefix, String... suffixes) {
    if (!name.startsWith(prefix)) {
      return false;
    }
    String rest = name.substring(prefix.length());
    for (String suffix : suffixes.length == 0 ? new String[] {""} : suffixes) {
      if (rest.endsWith(suffix)
          && RUN_ID.matcher(rest.substring(0, rest.length() - suffix.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The folders of a snapshot that hold its exports and its report; every other folder is a table.
   */
  public static final String EXPORTS = "_exports";

  public static final String REPORTS = "_reports";

  /** Whether a folder of a snapshot is a table (not its exports or report). */
  public static boolean isTable(Path dir) {
    return Files.isDirectory(dir) && !dir.getFileName().toString().startsWith("_");
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  /**
   * Makes {@code out/exports} and {@code out/reports} the links into {@code current} that they
   * always are (contract §4), or says why they cannot be: something else already has the name.
   */
  public void linkOutputs() {
    Path out = root.getParent();
    for (String[] l : new String[][] {{"exports", EXPORTS}, {"reports", REPORTS}}) {
      Path link = out.resolve(l[0]);
      Path target = root.getFileName().resolve("current").resolve(l[1]);
      try {
        if (Files.isSymbolicLink(link)) {
          if (Files.readSymbolicLink(link).equals(target)) {
            continue;
          }
        } else if (!Files.exists(link)) {
          Files.createDirectories(out);
          Files.createSymbolicLink(link, target);
          continue;
        }
        throw new org.sdg16.schemas.config.ConfigException(
            "output",
            link
                + " is not the link to "
                + target
                + " that sdg16 keeps there (the exports and report are published inside each snapshot); move it away");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A new, empty staging folder for a run's tables. Leftover staging folders of earlier runs are
   * removed first (they belong to runs that died before publishing).
   */
  public Path stage(String runId) {
    try {
      Files.createDirectories(snapshots());
      try (Stream<Path> s = Files.list(snapshots())) {
        for (Path p :
            s.filter(p -> ownName(p.getFileName().toString(), ".staging-", "", "-scratch"))
                .toList()) {
          Trees.delete(p);
        }
      }
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.list(root)) {
          for (Path p : s.filter(p -> ownName(p.getFileName().toString(), ".current-")).toList()) {
            Files.deleteIfExists(p); // a link a killed run made but never switched to
          }
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
      // a folder is a snapshot only with the file publish() writes into it: retention never
      // deletes a folder the program did not publish, whatever its name
      return s.filter(
              p ->
                  p.getFileName().toString().matches("\\d{6}")
                      && Files.isRegularFile(p.resolve(SNAPSHOT_FILE)))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The id the next snapshot gets: after every six-digit name, snapshot or not, so that a folder
   * the program did not make is never replaced. A run holds the lock, so the id it reserves here
   * before it writes its exports and report is the one it publishes.
   */
  public String nextId() {
    int next = 1;
    if (Files.isDirectory(snapshots())) {
      try (Stream<Path> s = Files.list(snapshots())) {
        for (String n :
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{6}")).toList()) {
          next = Math.max(next, Integer.parseInt(n) + 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return String.format(Locale.ROOT, "%06d", next);
  }

  /**
   * Publishes a staging folder as snapshot {@code id} (from {@link #nextId()}) and points {@code
   * current} at it. A snapshot always has its {@value #EXPORTS} and {@value #REPORTS} folders: a
   * stage that did not write them (after {@code ingest}, {@code compute}) leaves them empty but for
   * a note, so that the links never lead to another snapshot's files.
   */
  public void publish(Path staging, String id, String runId, Map<String, Object> meta) {
    try {
      if (!id.equals(nextId())) { // nextId() is past every six-digit folder, so id is free
        throw new IllegalStateException(
            "snapshot " + id + " is not the next free id in " + snapshots());
      }
      for (String o : List.of(EXPORTS, REPORTS)) {
        Path dir = staging.resolve(o);
        if (!Files.isDirectory(dir)) {
          Files.createDirectories(dir);
          Files.writeString(
              dir.resolve("README.txt"),
              "Snapshot "
                  + id
                  + " ("
                  + meta.get("command")
                  + ") has no "
                  + (o.equals(EXPORTS) ? "exports" : "report")
                  + ": run 'sdg16 run', or 'sdg16 "
                  + (o.equals(EXPORTS) ? "export" : "report")
                  + "' after 'sdg16 compute'.\n");
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("time", Instant.now().toString());
      m.put("run_id", runId);
      m.putAll(meta);
      List<String> tables = new ArrayList<>();
      try (Stream<Path> s = Files.list(staging)) {
        s.filter(Warehouse::isTable)
            .map(p -> p.getFileName().toString())
            .sorted()
            .forEach(tables::add);
      }
      m.put("tables", tables);
      JSON.writeValue(staging.resolve(SNAPSHOT_FILE).toFile(), m);
      Path target = snapshots().resolve(id);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      Path link = root.resolve(".current-" + runId);
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, root.relativize(target));
      try {
        Files.move(
            link, current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(link, current(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the folders of the current snapshot that are not in {@code except} (tables, exports,
   * report) into a staging folder, as hard links to the immutable files (copies where links are not
   * possible).
   */
  public void carryOver(Path staging, java.util.Set<String> except) {
    if (!Files.isDirectory(current())) {
      throw new IllegalStateException(
          "no published snapshot in " + root + "; run 'sdg16 ingest' or 'sdg16 run' first");
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

  /** A published snapshot as listed by {@code sdg16 snapshots}. */
  public record Snapshot(String id, String time, String runId, List<String> releases, Path dir) {}

  /** Every published snapshot, oldest first, with the releases that name it. */
  public List<Snapshot> list() {
    Map<String, List<String>> releases = new LinkedHashMap<>();
    for (Map.Entry<String, String> r : releases().entrySet()) {
      releases.computeIfAbsent(r.getValue(), k -> new ArrayList<>()).add(r.getKey());
    }
    List<Snapshot> out = new ArrayList<>();
    for (String id : snapshotIds()) {
      Path dir = snapshots().resolve(id);
      String time = null;
      String runId = null;
      try {
        Map<?, ?> meta = JSON.readValue(dir.resolve(SNAPSHOT_FILE).toFile(), Map.class);
        time = String.valueOf(meta.get("time"));
        runId = String.valueOf(meta.get("run_id"));
      } catch (IOException e) {
        // a snapshot without metadata is listed with what is known
      }
      out.add(new Snapshot(id, time, runId, releases.getOrDefault(id, List.of()), dir));
    }
    return out;
  }

  /** The id of the snapshot {@code current} points to, or null. */
  public String currentId() {
    try {
      return Files.isSymbolicLink(current())
          ? Files.readSymbolicLink(current()).getFileName().toString()
          : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Release name to snapshot id. */
  public Map<String, String> releases() {
    Map<String, String> out = new java.util.TreeMap<>();
    Path dir = root.resolve("releases");
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Map<?, ?> m = JSON.readValue(p.toFile(), Map.class);
        out.put(String.valueOf(m.get("name")), String.valueOf(m.get("snapshot")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The release named last (by the time in its file, then by name), or empty when there is none:
   * what {@code sdg16 diff} compares with by default.
   */
  public java.util.Optional<String> latestRelease() {
    Path dir = root.resolve("releases");
    if (!Files.isDirectory(dir)) {
      return java.util.Optional.empty();
    }
    String best = null;
    String bestTime = null;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Map<?, ?> m = JSON.readValue(p.toFile(), Map.class);
        String name = String.valueOf(m.get("name"));
        String time = String.valueOf(m.get("time"));
        if (best == null
            || time.compareTo(bestTime) > 0
            || (time.equals(bestTime) && name.compareTo(best) > 0)) {
          best = name;
          bestTime = time;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Names a snapshot as a release; a release is never pruned and its name is never reused. */
  public void release(String name, String snapshotId) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException(
          "a release name is letters, digits, '.', '_' and '-', e.g. sdg-2026-02: '" + name + "'");
    }
    if (!snapshotIds().contains(snapshotId)) {
      throw new IllegalArgumentException("no snapshot " + snapshotId + " in " + snapshots());
    }
    try {
      Path dir = root.resolve("releases");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".json");
      if (Files.exists(file)) {
        throw new IllegalArgumentException(
            "release " + name + " exists already (snapshot " + releases().get(name) + ")");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("snapshot", snapshotId);
      m.put("time", Instant.now().toString());
      Path tmp = dir.resolve("." + name + ".json.tmp");
      JSON.writeValue(tmp.toFile(), m);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The folder of a snapshot named by id or release name ({@code --as-of}); the current snapshot
   * when {@code asOf} is null.
   */
  public Path resolve(String asOf) {
    if (asOf == null) {
      if (!Files.isDirectory(current())) {
        throw new IllegalArgumentException(
            "no published snapshot in " + root + "; run 'sdg16 run' first");
      }
      return snapshots().resolve(currentId());
    }
    String id = releases().getOrDefault(asOf, asOf);
    if (id.matches("\\d{1,6}")) {
      id = String.format(Locale.ROOT, "%06d", Integer.parseInt(id));
    }
    if (!snapshotIds().contains(id)) {
      throw new IllegalArgumentException(
          "no snapshot or release '" + asOf + "' (see 'sdg16 snapshots')");
    }
    return snapshots().resolve(id);
  }

  /**
   * Retention: keeps the newest {@code keep} snapshots, every released one and the current one;
   * deletes the others. Returns the ids deleted.
   */
  public List<String> prune(int keep) {
    List<String> ids = snapshotIds();
    java.util.Set<String> kept = new java.util.HashSet<>(releases().values());
    String cur = currentId();
    if (cur != null) {
      kept.add(cur);
    }
    for (int i = Math.max(0, ids.size() - keep); i < ids.size(); i++) {
      kept.add(ids.get(i));
    }
    List<String> deleted = new ArrayList<>();
    for (String id : ids) {
      if (!kept.contains(id)) {
        try {
          // rename first so that a half-deleted snapshot never looks like a snapshot
          Path trash = snapshots().resolve(".deleting-" + id);
          Files.move(snapshots().resolve(id), trash, StandardCopyOption.ATOMIC_MOVE);
          Trees.delete(trash);
          deleted.add(id);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return deleted;
  }

  /**
   * A new staging folder for {@code export} / {@code report --as-of} in {@code dir} ({@code
   * out/as-of/<id>/}), once the leftovers of runs killed there (their names carry a run id) are
   * removed.
   */
  public static Path asOfStaging(Path dir, String runId) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p :
            s.filter(
                    p ->
                        ownName(p.getFileName().toString(), ".staging-")
                            || ownName(p.getFileName().toString(), ".old-", "-exports", "-reports"))
                .toList()) {
          Trees.delete(p);
        }
      }
      Path staging = dir.resolve(".staging-" + runId);
      Files.createDirectories(staging);
      return staging;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts a folder written in full in place of {@code target} ({@code out/as-of/<id>/exports} and
   * the like): the old one is renamed aside and deleted only after the new one has its name.
   */
  public static void replace(Path fresh, Path target, String runId) {
    try {
      Path old = target.resolveSibling(".old-" + runId + "-" + target.getFileName());
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      Trees.delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
