package org.sdg16.schemas.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.CrossRowRule;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Field;
import org.sdg16.schemas.dataset.RowRule;
import org.sdg16.schemas.dataset.TypedRow;

/**
 * Applies the rules of contract §2 to one submission (one file, or one sheet of a workbook): the
 * header, every row rule, then the cross-row rules ({@link DuplicateKeys} first). Every finding is
 * reported, not only the first; a row with an ERROR is quarantined, a row with only WARNINGs is
 * kept and flagged; the result reconciles (rows read = accepted + quarantined).
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
  public record Result(
      Submission submission,
      int rowsRead,
      List<Accepted> accepted,
      List<Quarantined> quarantined,
      List<Finding> findings,
      Finding rejection) {

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
    Optional<Finding> columns = checkColumns(s);
    if (columns.isPresent()) {
      return columns;
    }
    List<String> header = s.header().stream().map(Validator::normaliseColumn).toList();
    Set<String> seen = new LinkedHashSet<>(header);
    List<String> unknown = header.stream().filter(h -> schema.field(h).isEmpty()).toList();
    List<String> missing =
        schema.requiredColumns().stream().filter(c -> !seen.contains(c)).toList();
    if (!unknown.isEmpty()) {
      String extra = missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing);
      return header(
          s,
          FindingCode.UNKNOWN_COLUMN,
          unknown,
          "unknown column(s) "
              + quoted(unknown)
              + " for dataset "
              + schema.name()
              + " (expected columns: "
              + String.join(", ", schema.fields().stream().map(Field::name).toList())
              + ")"
              + extra);
    }
    if (!missing.isEmpty()) {
      return header(
          s,
          FindingCode.MISSING_COLUMN,
          missing,
          "required column(s) "
              + String.join(", ", missing)
              + " missing for dataset "
              + schema.name());
    }
    return Optional.empty();
  }

  /**
   * The header rules of contract §2 that hold whatever the layout of the file: a header row, and no
   * column twice. Returns the one finding that rejects the file, if any. {@link #checkHeader}
   * starts with them; the {@code published/} formats, whose columns are not the dataset's, have
   * only them.
   */
  public Optional<Finding> checkColumns(Submission s) {
    List<String> header = s.header().stream().map(Validator::normaliseColumn).toList();
    if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
      return Optional.of(
          s.finding(FindingCode.EMPTY_FILE, null, null, "the file has no header row"));
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> dups = new TreeSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        dups.add(h);
      }
    }
    if (!dups.isEmpty()) {
      return header(
          s,
          FindingCode.DUPLICATE_COLUMN,
          dups,
          "column(s) " + String.join(", ", dups) + " appear more than once");
    }
    return Optional.empty();
  }

  /** The finding of a header rule that rejects the file, naming its columns comma-separated. */
  private static Optional<Finding> header(
      Submission s, FindingCode code, Collection<String> columns, String message) {
    return Optional.of(s.finding(code, null, String.join(",", columns), message));
  }

  /** The lower-case, trimmed column name (a BOM left on the first header is dropped too). */
  public static String normaliseColumn(String h) {
    return h == null ? "" : h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  /**
   * What the rules of one row gave: its typed values when every rule passed, else its findings
   * (never both).
   */
  public record RowCheck(RawRow raw, TypedRow typed, List<Finding> findings) {
    public RowCheck {
      findings = List.copyOf(findings);
    }

    public boolean passed() {
      return findings.isEmpty();
    }
  }

  public M49 m49() {
    return m49;
  }

  /** The day the rules on future years and dates judge by (UTC in a run). */
  public LocalDate today() {
    return today;
  }

  /**
   * The rules of contract §2 on the shape of a row, whatever its dataset (returns and {@code
   * published/} alike): its width against the header, the cell character limit, and the cells the
   * reader could not read.
   */
  public List<Finding> shape(Submission s, RawRow raw) {
    List<Finding> found = new ArrayList<>();
    if (raw.cells().size() != s.header().size()) {
      found.add(
          s.finding(
              FindingCode.ROW_WIDTH,
              raw.row(),
              null,
              String.format(
                  Locale.ROOT,
                  "the row has %d cells, the header %d",
                  raw.cells().size(),
                  s.header().size())));
    }
    for (Map.Entry<String, String> c : raw.cells().entrySet()) {
      if (c.getValue() != null && c.getValue().length() > maxCellChars) {
        found.add(
            s.finding(
                FindingCode.CELL_TOO_LONG,
                raw.row(),
                c.getKey(),
                String.format(
                    Locale.ROOT,
                    "%s has %d characters, above the limit of %d (limits.max_cell_chars)",
                    c.getKey(),
                    c.getValue().length(),
                    maxCellChars)));
      }
    }
    for (Map.Entry<String, String> c : raw.unreadable().entrySet()) {
      found.add(
          s.finding(
              FindingCode.UNREADABLE_CELL,
              raw.row(),
              c.getKey(),
              c.getKey() + ": " + c.getValue()));
    }
    return found;
  }

  /**
   * The rules of contract §2 that concern one row alone: its width against the header, every field
   * rule, then the dataset's row rules (which may normalise values, e.g. tonnes to kilograms).
   * {@link #validate} runs it on every row of a submission; the ingest job runs it row by row on
   * files of datasets whose only cross-row rule is the unique key ({@link
   * DatasetSchema#rowByRow()}), and finds duplicate keys afterwards.
   */
  public RowCheck checkRow(DatasetSchema schema, Submission s, RawRow raw) {
    return checkRow(schema, s, raw, raw.cells(), Map.of(), List.of());
  }

  /**
   * The rules of one row, mapped ({@link MappedRow}) or as read: the shape of the row as read, the
   * mapping's problems, every field rule on the cells, then the row rules.
   */
  private RowCheck checkRow(
      DatasetSchema schema,
      Submission s,
      RawRow raw,
      Map<String, String> cells,
      Map<String, Object> typed,
      List<Problem> problems) {
    List<Finding> found = shape(s, raw);
    for (Problem p : problems) {
      found.add(s.finding(p.code(), raw.row(), p.column(), p.message()));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : schema.fields()) {
      if (typed.containsKey(f.name())) {
        values.put(f.name(), typed.get(f.name()));
        continue;
      }
      if (raw.unreadable().containsKey(f.name())) {
        continue; // already a finding: no second one for the same cell
      }
      Field.Parsed p = f.parse(cells.get(f.name()), m49, today);
      if (p.failed()) {
        found.add(
            s.finding(p.problem().code(), raw.row(), p.problem().column(), p.problem().message()));
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
    return new RowCheck(raw, found.isEmpty() ? new TypedRow(raw.row(), values) : null, found);
  }

  /** Validates the rows of a submission whose header passed {@link #checkHeader}. */
  public Result validate(DatasetSchema schema, Submission s, List<RawRow> rows) {
    Optional<Finding> headerProblem = checkHeader(schema, s);
    if (headerProblem.isPresent()) {
      return rejected(s, headerProblem.get());
    }
    List<RowCheck> checks = new ArrayList<>(rows.size());
    for (RawRow raw : rows) {
      checks.add(checkRow(schema, s, raw));
    }
    return result(schema, s, checks);
  }

  /**
   * Validates the rows of a file in another layout than the dataset's (contract §1.6): {@code
   * mapping} turns each row into the dataset's cells, then every row rule and the cross-row rules,
   * duplicate keys first, apply exactly as in {@link #validate(DatasetSchema, Submission, List)}.
   * The header is the file's own, checked by {@link #checkColumns} and by the mapper; a quarantined
   * row keeps its cells as read.
   */
  public Result validateMapped(
      DatasetSchema schema, Submission s, List<RawRow> rows, Function<RawRow, MappedRow> mapping) {
    List<RowCheck> checks = new ArrayList<>(rows.size());
    for (RawRow raw : rows) {
      MappedRow m = mapping.apply(raw);
      checks.add(checkRow(schema, s, raw, m.cells(), m.typed(), m.problems()));
    }
    return result(schema, s, checks);
  }

  /** The cross-row rules over rows checked one by one, and the result of the submission. */
  private static Result result(DatasetSchema schema, Submission s, List<RowCheck> checks) {
    Map<Integer, List<Finding>> byRow = new LinkedHashMap<>();
    List<TypedRow> typed = new ArrayList<>();
    List<Integer> typedIndex = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      RowCheck c = checks.get(i);
      byRow.put(i, new ArrayList<>(c.findings()));
      if (c.passed()) {
        typed.add(c.typed());
        typedIndex.add(i);
      }
    }
    // cross-row rules over the rows whose cells are all valid; rows of a duplicated key go to
    // quarantine and take no part in the other checks
    Set<Integer> duplicated = new HashSet<>();
    for (DuplicateKeys.Hit h : DuplicateKeys.find(schema, typed)) {
      duplicated.add(h.index());
      byRow
          .get(typedIndex.get(h.index()))
          .add(s.finding(h.code(), typed.get(h.index()).row(), h.column(), h.message()));
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
        byRow
            .get(uniqueIndex.get(h.index()))
            .add(s.finding(h.code(), unique.get(h.index()).row(), h.column(), h.message()));
      }
    }
    List<Accepted> accepted = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    Map<Integer, TypedRow> typedByRaw = new HashMap<>();
    for (int j = 0; j < typed.size(); j++) {
      typedByRaw.put(typedIndex.get(j), typed.get(j));
    }
    for (int i = 0; i < checks.size(); i++) {
      List<Finding> f = byRow.get(i);
      all.addAll(f);
      boolean error = f.stream().anyMatch(x -> x.severity() == Severity.ERROR);
      if (error) {
        quarantined.add(new Quarantined(checks.get(i).raw(), List.copyOf(f)));
      } else {
        List<String> flags = f.stream().map(x -> x.code().name()).distinct().sorted().toList();
        accepted.add(new Accepted(typedByRaw.get(i), flags));
      }
    }
    return new Result(
        s,
        checks.size(),
        Collections.unmodifiableList(accepted),
        Collections.unmodifiableList(quarantined),
        Collections.unmodifiableList(all),
        null);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
