package org.sdg16.schemas.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.CrossRowRule;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.dataset.RowRule;
import org.sdg16.schemas.dataset.TypedRow;

/**
 * Applies the rules of contract §2 to one submission (one file, or one sheet of a workbook):
 * the header, every row rule, then the cross-row rules. Every finding is reported, not only the
 * first; a row with an ERROR is quarantined, a row with only WARNINGs is kept and flagged; the
 * result reconciles (rows read = accepted + quarantined).
 */
public final class Validator {

  private final M49 m49;
  private final LocalDate today;
  private final int maxCellChars;

  public Validator(M49 m49, LocalDate today) {
    this(m49, today, Integer.MAX_VALUE);
  }

  /** A validator that also refuses cells longer than {@code maxCellChars} (contract §2, limits). */
  public Validator(M49 m49, LocalDate today, int maxCellChars) {
    this.m49 = Objects.requireNonNull(m49);
    this.today = Objects.requireNonNull(today);
    this.maxCellChars = maxCellChars;
  }

  /** A row that passed: typed values, row number and the codes of its WARNING findings. */
  public record Accepted(TypedRow row, List<String> flags) {}

  /** A row that did not pass: its raw cells and every finding on it. */
  public record Quarantined(RawRow raw, List<Finding> findings) {}

  /** The outcome of a submission. {@code rejection} is set when the whole file was refused. */
  public record Result(Submission submission, int rowsRead, List<Accepted> accepted,
      List<Quarantined> quarantined, List<Finding> findings, Finding rejection) {

    public boolean rejected() {
      return rejection != null;
    }

    public boolean reconciles() {
      return rowsRead == accepted.size() + quarantined.size();
    }
  }

  /** A submission rejected whole, with one finding (contract §2). */
  public static Result rejected(Submission s, Finding f) {
    return new Result(s, 0, List.of(), List.of(), List.of(f), f);
  }

  /**
   * Checks a header against the schema: duplicate, unknown and missing columns. Returns the one
   * finding that rejects the file, if any (column names are compared lower case and trimmed).
   */
  public Optional<Finding> checkHeader(DatasetSchema schema, Submission s) {
    List<String> header = s.header().stream().map(Validator::normaliseColumn).toList();
    if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
      return Optional.of(s.finding(FindingCode.EMPTY_FILE, null, null, "the file has no header row"));
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> dups = new TreeSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        dups.add(h);
      }
    }
    if (!dups.isEmpty()) {
      return Optional.of(s.finding(FindingCode.DUPLICATE_COLUMN, null, String.join(",", dups),
          "column(s) " + String.join(", ", dups) + " appear more than once"));
    }
    List<String> unknown = header.stream().filter(h -> schema.field(h).isEmpty()).toList();
    List<String> missing = schema.requiredColumns().stream().filter(c -> !seen.contains(c)).toList();
    if (!unknown.isEmpty()) {
      String extra = missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing);
      return Optional.of(s.finding(FindingCode.UNKNOWN_COLUMN, null, String.join(",", unknown),
          "unknown column(s) " + quoted(unknown) + " for dataset " + schema.name()
              + " (expected columns: " + String.join(", ", schema.fields().stream().map(Field::name).toList())
              + ")" + extra));
    }
    if (!missing.isEmpty()) {
      return Optional.of(s.finding(FindingCode.MISSING_COLUMN, null, String.join(",", missing),
          "required column(s) " + String.join(", ", missing) + " missing for dataset " + schema.name()));
    }
    return Optional.empty();
  }

  /** The lower-case, trimmed column name (a BOM left on the first header is dropped too). */
  public static String normaliseColumn(String h) {
    return h == null ? "" : h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  /** Validates the rows of a submission whose header passed {@link #checkHeader}. */
  public Result validate(DatasetSchema schema, Submission s, List<RawRow> rows) {
    Optional<Finding> headerProblem = checkHeader(schema, s);
    if (headerProblem.isPresent()) {
      return rejected(s, headerProblem.get());
    }
    int width = s.header().size();
    Map<Integer, List<Finding>> byRow = new LinkedHashMap<>();
    List<TypedRow> typed = new ArrayList<>();
    List<Integer> typedIndex = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RawRow raw = rows.get(i);
      List<Finding> found = new ArrayList<>();
      if (raw.cells().size() != width) {
        found.add(s.finding(FindingCode.ROW_WIDTH, raw.row(), null, String.format(Locale.ROOT,
            "the row has %d cells, the header %d", raw.cells().size(), width)));
      }
      for (Map.Entry<String, String> c : raw.cells().entrySet()) {
        if (c.getValue() != null && c.getValue().length() > maxCellChars) {
          found.add(s.finding(FindingCode.CELL_TOO_LONG, raw.row(), c.getKey(), String.format(Locale.ROOT,
              "%s has %d characters, above the limit of %d (limits.max_cell_chars)", c.getKey(),
              c.getValue().length(), maxCellChars)));
        }
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Field f : schema.fields()) {
        Field.Parsed p = f.parse(raw.cells().get(f.name()), m49, today);
        if (p.failed()) {
          found.add(s.finding(p.problem().code(), raw.row(), p.problem().column(), p.problem().message()));
        } else {
          values.put(f.name(), p.value());
        }
      }
      if (found.isEmpty()) {
        for (RowRule rule : schema.rowRules()) {
          for (Problem p : rule.apply(values)) {
            found.add(s.finding(p.code(), raw.row(), p.column(), p.message()));
          }
        }
      }
      byRow.put(i, found);
      if (found.isEmpty()) {
        typed.add(new TypedRow(raw.row(), values));
        typedIndex.add(i);
      }
    }
    // cross-row rules over the rows whose cells are all valid; rows of a duplicated key go to
    // quarantine and take no part in the other checks
    java.util.Set<Integer> duplicated = new java.util.HashSet<>();
    for (Hit h : duplicateKeys(schema, typed)) {
      duplicated.add(h.index());
      byRow.get(typedIndex.get(h.index())).add(s.finding(h.code(), typed.get(h.index()).row(), h.column(), h.message()));
    }
    List<TypedRow> unique = new ArrayList<>();
    List<Integer> uniqueIndex = new ArrayList<>();
    for (int j = 0; j < typed.size(); j++) {
      if (!duplicated.contains(j)) {
        unique.add(typed.get(j));
        uniqueIndex.add(typedIndex.get(j));
      }
    }
    for (CrossRowRule rule : schema.crossRowRules()) {
      for (CrossRowRule.Hit h : rule.check(unique)) {
        byRow.get(uniqueIndex.get(h.index())).add(
            s.finding(h.code(), unique.get(h.index()).row(), h.column(), h.message()));
      }
    }
    List<Accepted> accepted = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    Map<Integer, TypedRow> typedByRaw = new HashMap<>();
    for (int j = 0; j < typed.size(); j++) {
      typedByRaw.put(typedIndex.get(j), typed.get(j));
    }
    for (int i = 0; i < rows.size(); i++) {
      List<Finding> f = byRow.get(i);
      all.addAll(f);
      boolean error = f.stream().anyMatch(x -> x.severity() == Severity.ERROR);
      if (error) {
        quarantined.add(new Quarantined(rows.get(i), List.copyOf(f)));
      } else {
        List<String> flags = f.stream().map(x -> x.code().name()).distinct().sorted().toList();
        accepted.add(new Accepted(typedByRaw.get(i), flags));
      }
    }
    return new Result(s, rows.size(), Collections.unmodifiableList(accepted),
        Collections.unmodifiableList(quarantined), Collections.unmodifiableList(all), null);
  }

  private record Hit(int index, FindingCode code, String column, String message) {}

  /** Contract §2: duplicate keys in one submission; every row of a duplicated key is an error. */
  private static List<Hit> duplicateKeys(DatasetSchema schema, List<TypedRow> rows) {
    Map<List<Object>, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> k = new ArrayList<>();
      for (String c : schema.uniqueKey()) {
        k.add(rows.get(i).get(c));
      }
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Integer>> e : byKey.entrySet()) {
      if (e.getValue().size() > 1) {
        List<Integer> lines = e.getValue().stream().map(i -> rows.get(i).row()).toList();
        StringBuilder key = new StringBuilder();
        for (int j = 0; j < schema.uniqueKey().size(); j++) {
          key.append(j == 0 ? "" : ", ").append(schema.uniqueKey().get(j)).append('=').append(e.getKey().get(j));
        }
        for (int i : e.getValue()) {
          hits.add(new Hit(i, FindingCode.DUPLICATE_KEY, String.join(",", schema.uniqueKey()),
              "key (" + key + ") appears in rows " + lines));
        }
      }
    }
    return hits;
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
