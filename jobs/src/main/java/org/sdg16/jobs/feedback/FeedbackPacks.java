package org.sdg16.jobs.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Sorts a snapshot's files, findings, quarantined rows and national values by reporting country
 * (contract §4.6). A row belongs to the country of its {@code ref_area} (an M49 or ISO3 code, as
 * read); a finding about a whole file belongs to every country with rows in the file; a row whose
 * area names no country (an {@code UNKNOWN_AREA}) belongs to the file's country when the file has
 * only one, else to none ({@link Packs#unattributed()}): a row of a regional file is never sent to
 * a country it may not be about.
 */
public final class FeedbackPacks {

  /** The column of every return that names its reporting country (contract §1). */
  public static final String AREA_COLUMN = "ref_area";

  private FeedbackPacks() {}

  /** A file or workbook sheet, as lineage names it. */
  public record FileKey(String file, String sheet) {}

  /**
   * The stored rows of one country in one file: their number, latest {@code submitted_on} and
   * ingest run.
   */
  public record Stored(
      String dataset,
      String file,
      String sheet,
      int area,
      long rows,
      String submittedOn,
      String ingestRun) {}

  /** A stored row that carries a WARNING finding: where it is and its country. */
  public record Flagged(String file, String sheet, int row, int area) {}

  /** One quarantined row (or rejected file) as the {@code quarantine} table keeps it. */
  public record Quarantined(
      String dataset,
      String file,
      String sheet,
      Integer row,
      Map<String, String> raw,
      List<String> codes,
      String ingestRun) {

    public Quarantined {
      raw =
          raw == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
      codes = List.copyOf(codes);
    }
  }

  /**
   * What the run manifest says of a file or sheet: SHA-256, the day its ingest run started, its
   * reconciliation.
   */
  public record FileFacts(
      String sha256,
      String received,
      Integer rowsRead,
      Integer rowsAccepted,
      Integer rowsQuarantined) {}

  /** The packs, by M49 code, and the findings that name no country. */
  public record Packs(Map<Integer, CountryPack> byArea, List<FindingRecord> unattributed) {}

  /**
   * Builds the pack of every country with a file in the snapshot.
   *
   * @param facts by file and sheet; a file's SHA-256 is also found under {@code (file, null)}
   */
  public static Packs build(
      M49 m49,
      String snapshot,
      List<Observation> observations,
      List<ReconciliationRow> reconciliation,
      List<FindingRecord> findings,
      List<Quarantined> quarantined,
      List<Stored> stored,
      List<Flagged> flagged,
      Map<FileKey, FileFacts> facts) {
    // the countries of each file: stored rows and quarantined rows that name one
    Map<String, Set<Integer>> countriesOfFile = new HashMap<>();
    for (Stored s : stored) {
      countriesOfFile.computeIfAbsent(s.file(), k -> new TreeSet<>()).add(s.area());
    }
    for (Quarantined q : quarantined) {
      area(m49, q.raw())
          .ifPresent(a -> countriesOfFile.computeIfAbsent(q.file(), k -> new TreeSet<>()).add(a));
    }
    Map<String, Integer> flaggedArea = new HashMap<>();
    for (Flagged f : flagged) {
      flaggedArea.put(rowKey(f.file(), f.sheet(), f.row()), f.area());
    }

    Map<Integer, List<FindingRecord>> findingsOf = new TreeMap<>();
    List<FindingRecord> unattributed = new ArrayList<>();
    for (FindingRecord f : findings) {
      Optional<Integer> a = area(m49, f.raw());
      if (a.isEmpty() && f.row() != null) {
        a = Optional.ofNullable(flaggedArea.get(rowKey(f.file(), f.sheet(), f.row())));
      }
      Set<Integer> to = owners(a, f.row(), countriesOfFile.get(f.file()));
      if (to.isEmpty()) {
        unattributed.add(f);
      }
      for (int c : to) {
        findingsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
      }
    }
    Map<Integer, List<Quarantined>> quarantinedOf = new TreeMap<>();
    for (Quarantined q : quarantined) {
      for (int c : owners(area(m49, q.raw()), q.row(), countriesOfFile.get(q.file()))) {
        quarantinedOf.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
      }
    }

    // the files of each country: where it has stored rows, quarantined rows or findings
    Map<Integer, Map<FileKey, PackFileBuilder>> filesOf = new TreeMap<>();
    for (Stored s : stored) {
      PackFileBuilder b = file(filesOf, s.area(), s.dataset(), s.file(), s.sheet());
      b.stored += s.rows();
      b.submittedOn = max(b.submittedOn, s.submittedOn());
    }
    for (Map.Entry<Integer, List<Quarantined>> e : quarantinedOf.entrySet()) {
      for (Quarantined q : e.getValue()) {
        PackFileBuilder b = file(filesOf, e.getKey(), q.dataset(), q.file(), q.sheet());
        b.submittedOn = max(b.submittedOn, q.raw().get("submitted_on"));
      }
    }
    for (Map.Entry<Integer, List<FindingRecord>> e : findingsOf.entrySet()) {
      for (FindingRecord f : e.getValue()) {
        file(filesOf, e.getKey(), f.dataset(), f.file(), f.sheet());
      }
    }

    Map<Integer, List<Observation>> obsOf = new TreeMap<>();
    for (Observation o : observations) {
      if ("N".equals(o.reportingType())) {
        obsOf.computeIfAbsent(o.refArea(), k -> new ArrayList<>()).add(o);
      }
    }

    Map<Integer, List<ReconciliationRow>> publishedOf = new TreeMap<>();
    for (ReconciliationRow r : reconciliation) {
      if (!ReconciliationRow.AGREES.equals(r.status())) {
        publishedOf.computeIfAbsent(r.refArea(), k -> new ArrayList<>()).add(r);
      }
    }

    Map<Integer, CountryPack> packs = new TreeMap<>();
    for (Map.Entry<Integer, Map<FileKey, PackFileBuilder>> e : filesOf.entrySet()) {
      int c = e.getKey();
      List<CountryPack.PackFile> files = new ArrayList<>();
      for (PackFileBuilder b : e.getValue().values()) {
        files.add(b.build(facts));
      }
      files.sort(
          Comparator.comparing(CountryPack.PackFile::file)
              .thenComparing(p -> Objects.requireNonNullElse(p.sheet(), "")));
      packs.put(c, pack(m49, c, snapshot, files, findingsOf, quarantinedOf, obsOf, publishedOf));
    }
    return new Packs(packs, unattributed);
  }

  /** The pack of a country without files in the snapshot: its national values only. */
  public static CountryPack empty(
      M49 m49,
      int area,
      String snapshot,
      List<Observation> obs,
      List<ReconciliationRow> reconciliation) {
    List<Observation> own =
        obs.stream().filter(o -> o.refArea() == area && "N".equals(o.reportingType())).toList();
    List<ReconciliationRow> published =
        reconciliation.stream()
            .filter(r -> r.refArea() == area && !ReconciliationRow.AGREES.equals(r.status()))
            .toList();
    return pack(
        m49,
        area,
        snapshot,
        List.of(),
        Map.of(),
        Map.of(),
        Map.of(area, own),
        Map.of(area, published));
  }

  private static CountryPack pack(
      M49 m49,
      int c,
      String snapshot,
      List<CountryPack.PackFile> files,
      Map<Integer, List<FindingRecord>> findingsOf,
      Map<Integer, List<Quarantined>> quarantinedOf,
      Map<Integer, List<Observation>> obsOf,
      Map<Integer, List<ReconciliationRow>> publishedOf) {
    List<FindingRecord> fs = new ArrayList<>(findingsOf.getOrDefault(c, List.of()));
    fs.sort(
        Comparator.comparing(FindingRecord::file)
            .thenComparing(f -> Objects.requireNonNullElse(f.sheet(), ""))
            .thenComparing(f -> f.row() == null ? -1 : f.row())
            .thenComparing(FindingRecord::code));
    List<Quarantined> qs = new ArrayList<>(quarantinedOf.getOrDefault(c, List.of()));
    qs.sort(
        Comparator.comparing(Quarantined::file)
            .thenComparing(q -> Objects.requireNonNullElse(q.sheet(), ""))
            .thenComparing(q -> q.row() == null ? -1 : q.row()));
    List<Observation> os = new ArrayList<>(obsOf.getOrDefault(c, List.of()));
    os.sort(
        Comparator.comparing(Observation::series)
            .thenComparing(Observation::timePeriod)
            .thenComparing(o -> String.join("|", o.dimensions())));
    List<ReconciliationRow> ps = new ArrayList<>(publishedOf.getOrDefault(c, List.of()));
    ps.sort(
        Comparator.comparing(ReconciliationRow::series)
            .thenComparingInt(ReconciliationRow::timePeriod)
            .thenComparing(ReconciliationRow::sex)
            .thenComparing(ReconciliationRow::age));
    return new CountryPack(c, m49.nameOf(c), snapshot, files, fs, qs, os, ps, null, List.of());
  }

  /**
   * The finding's code in the registry; empty for a code this program does not know (a snapshot
   * written by a newer version), whose finding then shows its own English message.
   */
  public static Optional<FindingCode> code(FindingRecord f) {
    for (FindingCode c : FindingCode.values()) {
      if (c.name().equals(f.code())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The country of a raw row, when its area cell names one. */
  static Optional<Integer> area(M49 m49, Map<String, String> raw) {
    String s = raw == null ? null : raw.get(AREA_COLUMN);
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    return m49.resolve(s).map(M49.Area::m49);
  }

  /**
   * Who gets a finding or row: its own country; else, for a whole-file finding, every country of
   * the file; for a row that names no country, the file's country if it has only one.
   */
  private static Set<Integer> owners(Optional<Integer> area, Integer row, Set<Integer> ofFile) {
    if (area.isPresent()) {
      return Set.of(area.get());
    }
    Set<Integer> file = ofFile == null ? Set.of() : ofFile;
    if (row == null || file.size() == 1) {
      return file;
    }
    return Set.of();
  }

  private static String rowKey(String file, String sheet, int row) {
    return file + "\u0000" + Objects.requireNonNullElse(sheet, "") + "\u0000" + row;
  }

  private static String max(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null || b.isBlank() ? null : b;
    }
    return b == null || b.isBlank() || a.compareTo(b) >= 0 ? a : b;
  }

  private static PackFileBuilder file(
      Map<Integer, Map<FileKey, PackFileBuilder>> filesOf,
      int area,
      String dataset,
      String file,
      String sheet) {
    return filesOf
        .computeIfAbsent(area, k -> new java.util.LinkedHashMap<>())
        .computeIfAbsent(new FileKey(file, sheet), k -> new PackFileBuilder(dataset, file, sheet));
  }

  private static final class PackFileBuilder {
    final String dataset;
    final String file;
    final String sheet;
    long stored;
    String submittedOn;

    PackFileBuilder(String dataset, String file, String sheet) {
      this.dataset = dataset;
      this.file = file;
      this.sheet = sheet;
    }

    CountryPack.PackFile build(Map<FileKey, FileFacts> facts) {
      FileFacts own = facts.get(new FileKey(file, sheet));
      FileFacts whole = facts.get(new FileKey(file, null));
      String sha = own != null ? own.sha256() : whole == null ? null : whole.sha256();
      String received = own != null ? own.received() : whole == null ? null : whole.received();
      return new CountryPack.PackFile(
          dataset,
          file,
          sheet,
          sha,
          submittedOn,
          received,
          own == null ? null : own.rowsRead(),
          own == null ? null : own.rowsAccepted(),
          own == null ? null : own.rowsQuarantined(),
          stored);
    }
  }
}
