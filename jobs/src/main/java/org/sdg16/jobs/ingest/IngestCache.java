package org.sdg16.jobs.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sdg16.jobs.cluster.ProgramClasspath;
import org.sdg16.jobs.io.Trees;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Validator;

/**
 * Incremental ingest (contract §2, issue 7): what reading and validating a file gave, kept between
 * runs so that a file whose bytes did not change is not parsed again.
 *
 * <p>A file's entry is found by its <b>key</b>: the SHA-256 of the file's bytes together with its
 * path in the inbox, the dataset it is read as, the limits of the config and a fingerprint of the
 * program's own code (a new build may validate differently). The entry holds the file's scratch
 * records ({@link Scratch}, the rows exactly as the read step wrote them) and its outcome heads
 * ({@link OutcomeHead}); every later step (duplicate keys, revisions, the tables, quarantine and
 * findings) runs on all files every time, so a run that reuses entries writes the same tables as a
 * full one.
 *
 * <p>The date that counts as today enters validation only through two rules (a year after this
 * year, a date after today: {@link #TODAY_BOUND}), and only to refuse a value; a value that passed
 * passes on every later day. So an entry stays valid until the first day on which one of its
 * refused values would pass ({@link #changesOn}); from that day the file is parsed again.
 *
 * <p>Layout below {@code warehouse/ingest-cache/}: one folder per run that parsed files, {@code
 * batch-<run>/} with {@code records/} (Parquet) and {@code files.json} (key, the file's index in
 * that run, its heads). A run writes {@code .batch-<run>/} and renames it when its ingest
 * succeeded, so a killed run leaves nothing a later run could take for an entry; the next run
 * removes such leftovers and every batch that no longer holds an entry of the inbox.
 */
public final class IngestCache {

  /** Findings whose outcome depends on the date that counts as today (see the class comment). */
  static final Set<FindingCode> TODAY_BOUND =
      Set.of(FindingCode.YEAR_OUT_OF_RANGE, FindingCode.FUTURE_DATE);

  /**
   * A run that would read entries from more batches than this parses everything again (one batch).
   */
  static final int MAX_BATCHES = 8;

  private static final String FILES = "files.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One file's entry: the batch that holds its records, its index in that batch's run, its heads.
   */
  public record Entry(String key, int task, List<OutcomeHead> heads) {}

  private final Path root;

  public IngestCache(Path root) {
    this.root = root;
  }

  /** The cache of a warehouse. */
  public static IngestCache of(Warehouse warehouse) {
    return new IngestCache(warehouse.root().resolve("ingest-cache"));
  }

  public Path root() {
    return root;
  }

  /**
   * Whether a file may have an entry: a regular file in the inbox (not a link) within the size
   * limit.
   */
  static boolean cacheable(FileTask f, PipelineConfig.Limits limits) {
    Path p = Path.of(f.path());
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
        && f.bytes() >= 0
        && f.bytes() <= limits.maxFileBytes();
  }

  /** The key of a file whose bytes have the given SHA-256. */
  static String key(FileTask f, String sha256, PipelineConfig.Limits limits) {
    String text =
        String.join(
            "\n",
            "sdg16 ingest cache 1",
            Fingerprint.VALUE,
            f.relative(),
            String.valueOf(f.dataset()),
            String.valueOf(f.as()),
            limits.maxFileMb() + "," + limits.maxCellChars() + "," + limits.maxSheetRows(),
            sha256);
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Every entry of every complete batch, by key, with the batch folder; leftovers of killed runs
   * are removed first, and a batch whose list cannot be read is removed (its files are parsed
   * again).
   */
  public Map<String, Located> load() {
    Map<String, Located> out = new LinkedHashMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    for (Path b : list()) {
      String name = b.getFileName().toString();
      if (name.startsWith(".batch-")) {
        delete(b);
        continue;
      }
      if (!name.startsWith("batch-")) {
        continue; // not the program's: left alone
      }
      List<Entry> entries;
      try (InputStream in = Files.newInputStream(b.resolve(FILES))) {
        entries = JSON.readValue(in, new TypeReference<List<Entry>>() {});
      } catch (IOException | RuntimeException e) {
        delete(b);
        continue;
      }
      for (Entry e : entries) {
        out.put(e.key(), new Located(b, e));
      }
    }
    return out;
  }

  /** An entry and the batch folder that holds its records. */
  public record Located(Path batch, Entry entry) {}

  /** The folder of scratch records in a batch (or in the scratch folder of a run without cache). */
  static Path records(Path batch) {
    return batch.resolve("records");
  }

  /**
   * The folder a run writes the records of the files it parses to; {@link #commit} publishes it.
   */
  Path pending(String runId) {
    return root.resolve(".batch-" + runId);
  }

  /**
   * Publishes the batch of this run (its records were written to {@link #pending}) with the entries
   * of the files it parsed, then removes every other batch but those this run reused entries from:
   * what is left holds exactly one entry for each file of the inbox.
   */
  void commit(String runId, List<Entry> parsed, Set<Path> reusedFrom) {
    try {
      Path pending = pending(runId);
      Path published = root.resolve("batch-" + runId);
      if (!parsed.isEmpty() && Files.isDirectory(records(pending))) {
        Path tmp = pending.resolve(FILES + ".tmp");
        JSON.writeValue(tmp.toFile(), parsed);
        Files.move(tmp, pending.resolve(FILES), StandardCopyOption.ATOMIC_MOVE);
        Files.move(pending, published, StandardCopyOption.ATOMIC_MOVE);
      } else {
        delete(pending);
      }
      for (Path b : Files.isDirectory(root) ? list() : List.<Path>of()) {
        if (!b.equals(published)
            && !reusedFrom.contains(b)
            && b.getFileName().toString().startsWith("batch-")) {
          delete(b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the pending batch of a run that failed. */
  void abandon(String runId) {
    delete(pending(runId));
  }

  private List<Path> list() {
    try (Stream<Path> s = Files.list(root)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Trees.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An outcome no later day changes. */
  static final long NEVER = Long.MAX_VALUE;

  /**
   * The first day (epoch day) on which a row with these findings could be judged differently: the
   * day a date found in the future is reached, the first of January of a year found after this one;
   * {@link #NEVER} when no finding depends on the day (a year before 1990 stays refused). When the
   * value cannot be read back, today: the file is parsed again on every run.
   *
   * @param cells the row's raw cells (a row with such a finding is quarantined and keeps them)
   */
  static long changesOn(List<Finding> findings, Map<String, String> cells, LocalDate today) {
    long on = NEVER;
    for (Finding f : findings) {
      if (!TODAY_BOUND.contains(f.code())) {
        continue;
      }
      String raw = cells == null || f.column() == null ? null : cells.get(f.column());
      on = Math.min(on, changesOn(f.code(), raw == null ? "" : raw.strip(), today));
    }
    return on;
  }

  private static long changesOn(FindingCode code, String raw, LocalDate today) {
    try {
      if (raw.length() == 4) {
        int year = Integer.parseInt(raw);
        return year < Field.FIRST_YEAR ? NEVER : LocalDate.of(year, 1, 1).toEpochDay();
      }
      LocalDate d = Field.isoDate(raw);
      if (code == FindingCode.FUTURE_DATE) {
        return d.toEpochDay();
      }
      return d.getYear() < Field.FIRST_YEAR ? NEVER : today.toEpochDay();
    } catch (RuntimeException e) {
      return today.toEpochDay();
    }
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * SHA-256 over the program's own code (the jobs and schemas modules, jar or classes folder): a
   * file validated by another build is parsed again.
   */
  static final class Fingerprint {
    static final String VALUE = compute();

    private Fingerprint() {}

    private static String compute() {
      MessageDigest md = digest();
      for (Class<?> c : List.of(IngestCache.class, Validator.class)) {
        Path where = ProgramClasspath.locationOf(c);
        try {
          if (Files.isDirectory(where)) {
            try (Stream<Path> walk = Files.walk(where)) {
              for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                md.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
              }
            }
          } else {
            md.update(Files.readAllBytes(where));
          }
        } catch (IOException e) {
          // no stable fingerprint: a key that matches nothing, so every file is parsed
          md.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
    }
  }
}
