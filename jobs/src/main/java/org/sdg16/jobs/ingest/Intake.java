package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.jobs.io.ReadOutcome;
import org.sdg16.jobs.io.Sheet;
import org.sdg16.jobs.io.XlsxTableReader;
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.published.PublishedReader;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.TypedRow;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * Finds the files of an inbox and turns each into validated rows (contract §1–§2): reading CSV and
 * Excel, checking the header, every row rule and the cross-row rules. No Spark here: both {@code
 * validate} (dry run) and the ingest job use it.
 */
public final class Intake {

  private final Validator validator;
  private final PipelineConfig.Limits limits;

  public Intake(M49 m49, LocalDate today) {
    this(m49, today, PipelineConfig.Limits.DEFAULT);
  }

  public Intake(M49 m49, LocalDate today, PipelineConfig.Limits limits) {
    this.validator = new Validator(m49, today, limits.maxCellChars());
    this.limits = limits;
    // zip bombs: POI refuses entries that inflate more than 100× (its default) or beyond this size
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(
        Math.min(Math.max(limits.maxFileBytes() * 20, 1L << 26), 0xFFFFFFFFL));
  }

  /**
   * Contract §2: files that must not be read at all: a name that lineage cannot give exactly (a
   * backslash, which other systems read as a folder separator, or a control character), an entry
   * that is not a regular file (a FIFO would block the reader), a link out of the inbox, a file
   * above the size limit.
   */
  private Optional<Checked> refused(SourceFile src, String dataset) {
    Path f = src.file();
    String bad = badNameCharacter(src.relative());
    if (bad != null) {
      return Optional.of(
          reject(
              src,
              dataset,
              null,
              -1,
              FindingCode.BAD_FILE_NAME,
              "the path "
                  + printable(src.relative())
                  + " contains "
                  + bad
                  + "; rename the file or folder (letters, digits, spaces, '-', '_' and '.' are safe)"));
    }
    if (Files.isSymbolicLink(f)) {
      Path root = f;
      for (int i = 0; i < Path.of(src.relative()).getNameCount() && root != null; i++) {
        root = root.getParent();
      }
      try {
        if (Files.isDirectory(f)) {
          return Optional.of(
              reject(
                  src,
                  dataset,
                  null,
                  -1,
                  FindingCode.OUTSIDE_INBOX,
                  "the entry is a symbolic link to the folder "
                      + f.toRealPath()
                      + "; links to folders are not followed"));
        }
        if (root == null || !f.toRealPath().startsWith(root.toRealPath())) {
          return Optional.of(
              reject(
                  src,
                  dataset,
                  null,
                  -1,
                  FindingCode.OUTSIDE_INBOX,
                  "the file is a symbolic link to "
                      + f.toRealPath()
                      + ", outside the inbox; it was not read"));
        }
      } catch (IOException e) {
        return Optional.of(
            reject(
                src,
                dataset,
                null,
                -1,
                FindingCode.UNREADABLE_FILE,
                "the file is a broken symbolic link: " + e.getMessage()));
      }
    }
    if (Files.exists(f) && !Files.isRegularFile(f)) {
      // a FIFO or device, or a link inside the inbox to one: refused, never opened
      return Optional.of(
          reject(
              src,
              dataset,
              null,
              -1,
              FindingCode.UNREADABLE_FILE,
              "the entry is not a regular file (a FIFO, socket or device); it was not read"));
    }
    long bytes = size(f);
    if (bytes > limits.maxFileBytes()) {
      return Optional.of(
          reject(
              src,
              dataset,
              null,
              bytes,
              FindingCode.FILE_TOO_LARGE,
              String.format(
                  java.util.Locale.ROOT,
                  "the file has %,d bytes, above the limit of %d MB (limits.max_file_mb)",
                  bytes,
                  limits.maxFileMb())));
    }
    return Optional.empty();
  }

  /**
   * What in a relative path lineage cannot give exactly: a backslash or a control character; null
   * if none.
   */
  static String badNameCharacter(String relative) {
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c == '\\') {
        return "a backslash";
      }
      if (Character.isISOControl(c)) {
        return String.format(Locale.ROOT, "the control character U+%04X", (int) c);
      }
    }
    return null;
  }

  /**
   * A path as a finding shows it: control characters as {@code \\uXXXX}, at most 200 characters.
   */
  static String printable(String relative) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < relative.length() && b.length() < 200; i++) {
      char c = relative.charAt(i);
      b.append(
          Character.isISOControl(c)
              ? String.format(Locale.ROOT, "\\u%04X", (int) c)
              : String.valueOf(c));
    }
    return b.append(b.length() >= 200 ? "…'" : "'").toString();
  }

  /**
   * Every entry below the inbox's dataset folders that is not a folder (files, links, FIFOs: each
   * is read or refused with a finding, none skipped), sorted by path; {@code published/} excluded.
   * The relative path keeps the names as they are, joined by {@code /}.
   */
  public static List<SourceFile> scan(Path inbox) {
    if (!Files.isDirectory(inbox)) {
      throw new IllegalArgumentException("inbox folder not found: " + inbox);
    }
    List<SourceFile> out = new ArrayList<>();
    for (Path p : entries(inbox)) {
      Path rel = inbox.relativize(p);
      String top =
          rel.getNameCount() > 1 ? rel.getName(0).toString().toLowerCase(Locale.ROOT) : null;
      if (!SourceFile.PUBLISHED.equals(top)) {
        out.add(new SourceFile(p, relative(inbox, p), datasetOfFolder(top)));
      }
    }
    return out;
  }

  /** Every entry below a folder that is not a folder (files, links, FIFOs), sorted by path. */
  private static List<Path> entries(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A path relative to the inbox as lineage gives it: the names as they are, joined by {@code /}.
   */
  private static String relative(Path inbox, Path p) {
    List<String> names = new ArrayList<>();
    inbox.relativize(p).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  /**
   * Every entry of the inbox's {@code published/} folder (contract §1.6), refused as any file of
   * the inbox is (a bad name, a link out of the inbox, a FIFO, a file above the size limit), the
   * others read by the published-series import with the same row-shape rules and the same today.
   */
  public List<PublishedFile> published(Path inbox) {
    Path dir = inbox.resolve(SourceFile.PUBLISHED);
    List<PublishedFile> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    PublishedReader reader = new PublishedReader(validator);
    for (Path p : entries(dir)) {
      SourceFile src = new SourceFile(p, relative(inbox, p), PublishedReader.DATASET);
      Optional<Checked> no = refused(src, src.dataset());
      out.add(
          no.isPresent()
              ? new PublishedFile(
                  PublishedFile.Format.UNKNOWN, null, no.get().outcome(), no.get().result())
              : reader.readFile(src));
    }
    return out;
  }

  /** The dataset a folder name stands for, {@link SourceFile#WORKBOOK}, or null. */
  public static String datasetOfFolder(String folder) {
    if (folder == null) {
      return null;
    }
    String f = folder.toLowerCase(Locale.ROOT);
    if (f.equals(SourceFile.WORKBOOK)) {
      return SourceFile.WORKBOOK;
    }
    return Datasets.INBOX.stream()
        .map(DatasetSchema::name)
        .filter(f::equals)
        .findFirst()
        .orElse(null);
  }

  /** Reads and validates one file; a workbook of {@code workbooks/} gives one outcome per sheet. */
  public List<FileOutcome> process(SourceFile src) {
    return check(src).stream().map(Checked::outcome).toList();
  }

  /**
   * Reads and validates a file as the given dataset, whatever its folder (population, or {@code
   * validate --dataset}).
   */
  public List<FileOutcome> processAs(SourceFile src, DatasetSchema schema) {
    return checkAs(src, schema).stream().map(Checked::outcome).toList();
  }

  // ---- reading for the ingest job: rows one at a time, then the outcomes ----------------------

  /** What {@link #read} gives, in file order: the rows, then one {@link Head} per outcome. */
  public sealed interface Emitted permits Row, Head {}

  /**
   * One data row as validated. Accepted when {@code typed} is set ({@code flags}: the codes of its
   * WARNINGs), else quarantined. {@code cells} are the raw cells of a quarantined row, and of an
   * accepted row whose duplicate keys are still to be found ({@code keyPending}, rows read one by
   * one); {@code findings} are the row's own, in the validator's order.
   *
   * @param part index of the outcome (workbook sheet) the row belongs to
   */
  public record Row(
      int part,
      String dataset,
      String sheet,
      int row,
      TypedRow typed,
      List<String> flags,
      Map<String, String> cells,
      List<Finding> findings,
      boolean keyPending)
      implements Emitted {}

  /**
   * The outcome of one file or workbook sheet, after its rows. Its {@code findings} are the
   * file-level ones only (notes, the rejection); the rows carry their own. A file read row by row
   * ({@code streamed}) may turn out unreadable half-way: it is then rejected and the rows it gave
   * before must be dropped. For such a file the counts are before duplicate keys are found.
   *
   * @param header the header as read, for the raw cells of rows found duplicated later
   */
  public record Head(int part, FileOutcome outcome, List<String> header, boolean streamed)
      implements Emitted {}

  /** An open reading of one file: close it when done (the CSV reader holds the file open). */
  public interface Reading extends Iterator<Emitted>, AutoCloseable {
    @Override
    void close();
  }

  /**
   * Reads and validates one file for the ingest job. CSV files of a dataset whose rows can be
   * checked one by one ({@link DatasetSchema#rowByRow()}) are streamed when {@code stream} is set:
   * one row in memory at a time, the SHA-256 computed on the same pass, duplicate keys left to the
   * caller ({@link Row#keyPending()}). Every other file is read and validated whole, exactly as
   * {@link #process} does.
   *
   * @param as the dataset to read the file as (population), or null for its folder's
   */
  public Reading read(SourceFile src, DatasetSchema as, boolean stream) {
    SourceFile f = as == null ? src : new SourceFile(src.file(), src.relative(), as.name());
    DatasetSchema schema =
        f.dataset() == null || SourceFile.WORKBOOK.equals(f.dataset())
            ? null
            : Datasets.byName(f.dataset()).orElseThrow();
    // a file the rules of contract §2 refuse is read the usual way, which gives that finding
    if (stream
        && schema != null
        && schema.rowByRow()
        && Files.isRegularFile(f.file())
        && f.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")
        && refused(f, schema.name()).isEmpty()) {
      return new Streamed(f, schema);
    }
    List<Checked> checked = as == null ? check(src) : checkAs(src, as);
    Iterator<Emitted> items = whole(checked).iterator();
    return new Reading() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Emitted next() {
        return items.next();
      }

      @Override
      public void close() {}
    };
  }

  /** The rows and heads of submissions validated whole. */
  private static List<Emitted> whole(List<Checked> checked) {
    List<Emitted> out = new ArrayList<>();
    for (int part = 0; part < checked.size(); part++) {
      Checked c = checked.get(part);
      Validator.Result r = c.result();
      Map<Integer, List<Finding>> warnings = new HashMap<>();
      for (Finding x : r.findings()) {
        if (x.row() != null) {
          warnings.computeIfAbsent(x.row(), k -> new ArrayList<>()).add(x);
        }
      }
      for (Validator.Accepted a : r.accepted()) {
        out.add(
            new Row(
                part,
                c.dataset(),
                c.sheet(),
                a.row().row(),
                a.row(),
                a.flags(),
                null,
                warnings.getOrDefault(a.row().row(), List.of()),
                false));
      }
      for (Validator.Quarantined q : r.quarantined()) {
        out.add(
            new Row(
                part,
                c.dataset(),
                c.sheet(),
                q.raw().row(),
                null,
                List.of(),
                q.raw().cells(),
                q.findings(),
                false));
      }
      FileOutcome o = c.outcome();
      List<Finding> fileLevel = o.findings().stream().filter(x -> x.row() == null).toList();
      out.add(
          new Head(
              part,
              new FileOutcome(
                  o.source(),
                  o.dataset(),
                  o.sheet(),
                  o.sha256(),
                  o.bytes(),
                  o.rowsRead(),
                  o.rowsAccepted(),
                  o.rowsQuarantined(),
                  o.rejection(),
                  fileLevel,
                  0),
              c.header(),
              false));
    }
    return out;
  }

  /** A CSV file validated row by row as it is read. */
  private final class Streamed implements Reading {
    private final SourceFile src;
    private final DatasetSchema schema;
    private final MessageDigest digest = newDigest();
    private final CsvTableReader.Cursor cursor;
    private final Submission sub;
    private Finding rejection;
    private int read;
    private int accepted;
    private int quarantined;
    private boolean headGiven;
    private boolean closed;

    Streamed(SourceFile src, DatasetSchema schema) {
      this.src = src;
      this.schema = schema;
      this.cursor = CsvTableReader.open(src.file(), digest);
      this.sub = new Submission(schema.name(), src.relative(), null, cursor.header());
      rejection = validator.checkHeader(schema, sub).orElse(null);
      if (rejection != null) {
        // as when the file is read whole: a file that cannot be read is rejected for that first
        while (cursor.hasNext()) {
          cursor.next();
        }
      }
      if (cursor.failed()) {
        rejection = sub.finding(cursor.failure().failure(), null, null, cursor.failure().message());
      }
    }

    @Override
    public boolean hasNext() {
      return !headGiven;
    }

    @Override
    public Emitted next() {
      if (rejection == null && cursor.hasNext()) {
        Validator.RowCheck c = validator.checkRow(schema, sub, cursor.next());
        read++;
        if (c.passed()) {
          accepted++;
          return new Row(
              0,
              schema.name(),
              null,
              c.raw().row(),
              c.typed(),
              List.of(),
              c.raw().cells(),
              List.of(),
              true);
        }
        quarantined++;
        return new Row(
            0,
            schema.name(),
            null,
            c.raw().row(),
            null,
            List.of(),
            c.raw().cells(),
            c.findings(),
            false);
      }
      if (headGiven) {
        throw new java.util.NoSuchElementException();
      }
      if (rejection == null && cursor.failed()) {
        rejection = sub.finding(cursor.failure().failure(), null, null, cursor.failure().message());
      }
      close();
      headGiven = true;
      String sha =
          cursor.digested() ? HexFormat.of().formatHex(digest.digest()) : sha256(src.file());
      long bytes = size(src.file());
      FileOutcome o =
          rejection != null
              ? new FileOutcome(
                  src, schema.name(), null, sha, bytes, 0, 0, 0, rejection, List.of(rejection), 0)
              : new FileOutcome(
                  src,
                  schema.name(),
                  null,
                  sha,
                  bytes,
                  read,
                  accepted,
                  quarantined,
                  null,
                  List.of(),
                  0);
      return new Head(0, o, cursor.header() == null ? List.of() : cursor.header(), true);
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        cursor.close();
      }
    }
  }

  // ---- validation of whole files -----------------------------------------------------------

  /** A validated submission with what it came from. */
  private record Checked(
      SourceFile src,
      String dataset,
      String sheet,
      String sha,
      long bytes,
      Validator.Result result,
      List<Finding> notes,
      List<String> header) {
    FileOutcome outcome() {
      return FileOutcome.of(src, dataset, sheet, sha, bytes, result, notes);
    }
  }

  private List<Checked> check(SourceFile src) {
    Optional<Checked> no = refused(src, src.dataset() == null ? "unknown" : src.dataset());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    if (src.dataset() != null && !SourceFile.WORKBOOK.equals(src.dataset())) {
      return check(src, Datasets.byName(src.dataset()).orElseThrow());
    }
    String sha = sha256(src.file());
    long bytes = size(src.file());
    if (src.dataset() == null) {
      return List.of(
          reject(
              src,
              "unknown",
              sha,
              bytes,
              FindingCode.UNKNOWN_DATASET,
              "the file is not in a dataset folder ("
                  + String.join(", ", Datasets.INBOX.stream().map(DatasetSchema::name).toList())
                  + ", workbooks)"));
    }
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return List.of(
          reject(
              src,
              SourceFile.WORKBOOK,
              sha,
              bytes,
              FindingCode.UNSUPPORTED_FORMAT,
              "workbooks/ holds .xlsx workbooks with one sheet per dataset; put CSV files in their dataset folder"));
    }
    if (!name.endsWith(".xlsx")) {
      return List.of(
          reject(
              src,
              SourceFile.WORKBOOK,
              sha,
              bytes,
              FindingCode.UNSUPPORTED_FORMAT,
              "only .xlsx workbooks are read in workbooks/, not '" + src.fileName() + "'"));
    }
    return checkWorkbook(src, sha, bytes);
  }

  private List<Checked> checkAs(SourceFile src, DatasetSchema schema) {
    SourceFile as = new SourceFile(src.file(), src.relative(), schema.name());
    if (!Files.isRegularFile(src.file())) {
      return List.of(
          reject(
              as,
              schema.name(),
              null,
              -1,
              FindingCode.UNREADABLE_FILE,
              "file not found: " + src.file()));
    }
    return check(as, schema);
  }

  private List<Checked> check(SourceFile src, DatasetSchema schema) {
    Optional<Checked> no = refused(src, schema.name());
    if (no.isPresent()) {
      return List.of(no.get());
    }
    String sha = sha256(src.file());
    long bytes = size(src.file());
    String name = src.fileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
      return List.of(
          reject(
              src,
              schema.name(),
              sha,
              bytes,
              FindingCode.UNSUPPORTED_FORMAT,
              "only .csv and .xlsx files are read, not '" + src.fileName() + "'"));
    }
    ReadOutcome read =
        name.endsWith(".csv")
            ? CsvTableReader.read(src.file())
            : XlsxTableReader.read(
                src.file(), n -> n.equalsIgnoreCase(schema.name()), true, limits.maxSheetRows());
    if (read.failed()) {
      return List.of(reject(src, schema.name(), sha, bytes, read.failure(), read.message()));
    }
    if (read.sheets().isEmpty()) {
      return List.of(
          reject(
              src,
              schema.name(),
              sha,
              bytes,
              FindingCode.UNREADABLE_FILE,
              "the workbook has no readable visible sheet (it may be truncated or damaged"
                  + (read.hidden().isEmpty()
                      ? ""
                      : ", or hold hidden sheets only: " + quoted(read.hidden()))
                  + ")"));
    }
    if (read.sheets().size() > 1) {
      return List.of(duplicateSheets(src, schema.name(), read.sheets(), sha, bytes));
    }
    return List.of(validate(src, schema, read.sheets().get(0), sha, bytes, hiddenNotes(src, read)));
  }

  /** One WARNING per workbook naming the hidden sheets that were not read (contract §2). */
  private static List<Finding> hiddenNotes(SourceFile src, ReadOutcome read) {
    if (read.hidden().isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.HIDDEN_SHEET,
            src.dataset() == null ? SourceFile.WORKBOOK : src.dataset(),
            src.relative(),
            null,
            null,
            null,
            (read.hidden().size() == 1 ? "the hidden sheet " : "the hidden sheets ")
                + quoted(read.hidden())
                + " of the workbook "
                + (read.hidden().size() == 1 ? "was" : "were")
                + " not read; unhide a sheet that holds data meant for UNODC"));
  }

  /** Two or more sheets of one workbook that hold one dataset: none is read (contract §2). */
  private static Checked duplicateSheets(
      SourceFile src, String dataset, List<Sheet> sheets, String sha, long bytes) {
    return reject(
        src,
        dataset,
        sha,
        bytes,
        FindingCode.DUPLICATE_SHEET,
        "the sheets "
            + quoted(sheets.stream().map(Sheet::name).toList())
            + " all hold dataset "
            + dataset
            + "; none was read: keep one sheet per dataset");
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  /** The dataset a sheet of a {@code workbooks/} workbook is named after. */
  private static Optional<DatasetSchema> datasetOfSheet(String sheet) {
    return Datasets.byName(sheet).filter(Datasets.INBOX::contains);
  }

  private List<Checked> checkWorkbook(SourceFile src, String sha, long bytes) {
    ReadOutcome read =
        XlsxTableReader.read(
            src.file(), n -> datasetOfSheet(n).isPresent(), false, limits.maxSheetRows());
    if (read.failed()) {
      return List.of(reject(src, SourceFile.WORKBOOK, sha, bytes, read.failure(), read.message()));
    }
    List<Finding> notes = new ArrayList<>(hiddenNotes(src, read));
    for (String s : read.skipped()) {
      notes.add(
          Finding.of(
              FindingCode.UNKNOWN_SHEET,
              SourceFile.WORKBOOK,
              src.relative(),
              s,
              null,
              null,
              "sheet '" + s + "' names no dataset and was not read"));
    }
    List<Sheet> known = read.sheets();
    if (known.isEmpty()) {
      return List.of(
          reject(
              src,
              SourceFile.WORKBOOK,
              sha,
              bytes,
              FindingCode.UNKNOWN_DATASET,
              "no sheet of the workbook is named after a dataset ("
                  + String.join(", ", Datasets.INBOX.stream().map(DatasetSchema::name).toList())
                  + ")"));
    }
    Map<String, List<Sheet>> byDataset = new java.util.LinkedHashMap<>();
    for (Sheet s : known) {
      byDataset
          .computeIfAbsent(datasetOfSheet(s.name()).orElseThrow().name(), k -> new ArrayList<>())
          .add(s);
    }
    List<Checked> out = new ArrayList<>();
    for (Map.Entry<String, List<Sheet>> e : byDataset.entrySet()) {
      out.add(
          e.getValue().size() > 1
              ? duplicateSheets(src, e.getKey(), e.getValue(), sha, bytes)
              : validate(
                  src,
                  Datasets.byName(e.getKey()).orElseThrow(),
                  e.getValue().get(0),
                  sha,
                  bytes,
                  List.of()));
    }
    // the workbook's notes (sheets not read) go with its first sheet that was read, else its first
    int at = 0;
    while (at < out.size() && out.get(at).result().rejected()) {
      at++;
    }
    at = at < out.size() ? at : 0;
    if (!notes.isEmpty()) {
      out.set(at, withNotes(out.get(at), notes));
    }
    return out;
  }

  private Checked validate(
      SourceFile src,
      DatasetSchema schema,
      Sheet sheet,
      String sha,
      long bytes,
      List<Finding> notes) {
    Submission sub = new Submission(schema.name(), src.relative(), sheet.name(), sheet.header());
    Validator.Result r = validator.validate(schema, sub, sheet.rows());
    return new Checked(src, schema.name(), sheet.name(), sha, bytes, r, notes, sheet.header());
  }

  private static Checked withNotes(Checked c, List<Finding> notes) {
    return new Checked(
        c.src(), c.dataset(), c.sheet(), c.sha(), c.bytes(), c.result(), notes, c.header());
  }

  private static Checked reject(
      SourceFile src, String dataset, String sha, long bytes, FindingCode code, String message) {
    Submission sub = new Submission(dataset, src.relative(), null, List.of());
    return new Checked(
        src,
        dataset,
        null,
        sha,
        bytes,
        Validator.rejected(sub, sub.finding(code, null, null, message)),
        List.of(),
        List.of());
  }

  static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  /** SHA-256 of a file's bytes, lower-case hex. */
  public static String sha256(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = newDigest();
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return null;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
