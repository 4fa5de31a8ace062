package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
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
import org.sdg16.jobs.published.PublishedFile;
import org.sdg16.jobs.published.PublishedReader;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.dataset.TypedRow;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Validator;

/**
 * Finds the files of an inbox and turns each into validated rows (contract §1–§2). No Spark here:
 * both {@code validate} (dry run) and the ingest job use it. A file goes one way through it:
 *
 * <ol>
 *   <li>{@link InboxScan}: the entries of the inbox, the dataset of each folder, the relative path
 *       that names a file;
 *   <li>{@link Refusals}: what is not read at all (a bad name, a link out of the inbox, not a
 *       regular file, above the size limit) and the limits of what is read (cells, sheet rows);
 *   <li>{@link WholeFiles}: the file read and validated whole (CSV, Excel, {@code workbooks/}), or
 *       {@link StreamedCsv}: a CSV file validated row by row for the ingest job;
 *   <li>here: the outcome of each ({@link FileOutcome}), or its rows and heads ({@link #read}).
 * </ol>
 *
 * The files of {@code published/} take the same way through the scan and the refusals, then {@link
 * PublishedReader} with the same validator ({@link #published}).
 */
public final class Intake {

  private final Validator validator;
  private final Refusals refusals;
  private final WholeFiles whole;

  public Intake(M49 m49, LocalDate today) {
    this(m49, today, PipelineConfig.Limits.DEFAULT);
  }

  public Intake(M49 m49, LocalDate today, PipelineConfig.Limits limits) {
    this.refusals = new Refusals(limits);
    this.validator = refusals.validator(m49, today);
    this.whole = new WholeFiles(validator, refusals);
  }

  /**
   * Every entry below the inbox's dataset folders that is not a folder (files, links, FIFOs: each
   * is read or refused with a finding, none skipped), sorted by path; {@code published/} excluded.
   * The relative path keeps the names as they are, joined by {@code /}.
   */
  public static List<SourceFile> scan(Path inbox) {
    return InboxScan.scan(inbox);
  }

  /** The dataset a folder name stands for, {@link SourceFile#WORKBOOK}, or null. */
  public static String datasetOfFolder(String folder) {
    return InboxScan.datasetOfFolder(folder);
  }

  /**
   * Every entry of the inbox's {@code published/} folder (contract §1.6), refused as any file of
   * the inbox is (a bad name, a link out of the inbox, a FIFO, a file above the size limit), the
   * others read by the published-series import with the same row-shape rules, the same cell limit
   * and the same today.
   */
  public List<PublishedFile> published(Path inbox) {
    PublishedReader reader = new PublishedReader(validator);
    List<PublishedFile> out = new ArrayList<>();
    for (SourceFile src : InboxScan.published(inbox, PublishedReader.DATASET)) {
      Optional<Checked> no = refusals.refused(src, src.dataset());
      out.add(
          no.isPresent()
              ? new PublishedFile(
                  PublishedFile.Format.UNKNOWN, null, no.get().outcome(), no.get().result())
              : reader.readFile(src));
    }
    return out;
  }

  /** Reads and validates one file; a workbook of {@code workbooks/} gives one outcome per sheet. */
  public List<FileOutcome> process(SourceFile src) {
    return whole.check(src).stream().map(Checked::outcome).toList();
  }

  /**
   * Reads and validates a file as the given dataset, whatever its folder (population, or {@code
   * validate --dataset}).
   */
  public List<FileOutcome> processAs(SourceFile src, DatasetSchema schema) {
    return whole.checkAs(src, schema).stream().map(Checked::outcome).toList();
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
   * checked one by one ({@link DatasetSchema#rowByRow()}) are streamed when {@code stream} is set
   * ({@link StreamedCsv}). Every other file is read and validated whole, exactly as {@link
   * #process} does.
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
        && refusals.refused(f, schema.name()).isEmpty()) {
      return new StreamedCsv(f, schema, validator);
    }
    List<Checked> checked = as == null ? whole.check(src) : whole.checkAs(src, as);
    Iterator<Emitted> items = emitted(checked).iterator();
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
  private static List<Emitted> emitted(List<Checked> checked) {
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
      out.add(new Head(part, c.fileLevel(), c.header(), false));
    }
    return out;
  }

  // ---- a file's bytes ------------------------------------------------------------------------

  /** The size of a file in bytes, or -1 if it cannot be read. */
  public static long size(Path p) {
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

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
