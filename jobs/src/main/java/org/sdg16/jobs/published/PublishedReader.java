package org.sdg16.jobs.published;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.jobs.ingest.SourceFile;
import org.sdg16.jobs.io.CsvTableReader;
import org.sdg16.jobs.io.ReadOutcome;
import org.sdg16.jobs.io.Sheet;
import org.sdg16.jobs.published.PublishedFile.Format;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Submission;
import org.sdg16.schemas.validation.Validator;

/**
 * Reads the files of {@code published/} (contract §1.6) into rows of the {@code published}
 * declaration ({@link Datasets#PUBLISHED}: series, ref_area, time_period, sex, age, value,
 * unit_measure, obs_status, nature, comment, source), with findings for the rows it cannot use,
 * reconciled per file like the rest of ingest. No Spark: the ingest job turns the outcome into
 * warehouse rows with {@code Rows.accepted/quarantined/findings}.
 *
 * <p>A file is read as every CSV file of the inbox is ({@link CsvTableReader}), its format told
 * from the header (column names are case-insensitive): SDMX-CSV 1.0 or 2.0 ({@link SdmxCsvMapper})
 * or Open SDG ({@link OpenSdgMapper}). The format's mapper turns each row into cells of the {@code
 * published} fields, its codes into ours; the {@link Validator} then applies the row rules and the
 * duplicate keys exactly as to any other dataset ({@link Validator#validateMapped}, contract §2). A
 * whole-file problem (not a CSV file, not UTF-8, empty, duplicate columns, no recognisable header,
 * a required column missing) rejects the file with one finding.
 */
public final class PublishedReader {

  /** Dataset name of the findings. */
  public static final String DATASET = Datasets.PUBLISHED.name();

  private static final DatasetSchema SCHEMA = Datasets.PUBLISHED;

  private final Validator validator;
  private final AreaCodes areas;

  /**
   * A reader that judges rows as {@code validator} does (its M49 list, its today, its cell limit).
   * The ingest reaches it through {@link org.sdg16.jobs.ingest.Intake#published}, which first
   * refuses what no inbox file may be (contract §2).
   */
  public PublishedReader(Validator validator) {
    this.validator = validator;
    this.areas = new AreaCodes(validator.m49());
  }

  /**
   * Reads a file with the shipped M49 list, today in UTC and the default limits; findings name it
   * by its file name.
   */
  public static PublishedFile read(Path file) {
    return read(file, file.getFileName().toString());
  }

  /** As {@link #read(Path)}; {@code relative} is how findings and the manifest name the file. */
  public static PublishedFile read(Path file, String relative) {
    Validator v =
        new Validator(
            M49.standard(),
            LocalDate.now(ZoneOffset.UTC),
            PipelineConfig.Limits.DEFAULT.maxCellChars());
    return new PublishedReader(v).readFile(new SourceFile(file, relative, DATASET));
  }

  /** Reads one file. */
  public PublishedFile readFile(SourceFile src) {
    Path file = src.file();
    if (!Files.isRegularFile(file)) {
      return reject(src, List.of(), FindingCode.UNREADABLE_FILE, "file not found: " + file);
    }
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return reject(
          src,
          List.of(),
          FindingCode.UNSUPPORTED_FORMAT,
          "published/ holds SDMX-CSV or Open SDG .csv files, not '" + name + "'");
    }
    ReadOutcome read = CsvTableReader.read(file);
    if (read.failed()) {
      return reject(src, List.of(), read.failure(), read.message());
    }
    Sheet sheet = read.sheets().get(0);
    List<String> header = sheet.header();
    Submission sub = new Submission(DATASET, src.relative(), null, header);
    Optional<Finding> columns = validator.checkColumns(sub);
    if (columns.isPresent()) {
      return reject(src, sub, columns.get());
    }
    Set<String> seen = new HashSet<>(header);
    Format format = detect(seen);
    Optional<String> missing =
        switch (format) {
          case SDMX_CSV_1, SDMX_CSV_2 -> SdmxCsvMapper.missing(seen);
          case OPEN_SDG -> OpenSdgMapper.missing(seen, name);
          case UNKNOWN ->
              Optional.of(
                  "no recognisable header: expected SDMX-CSV (DATAFLOW, … or STRUCTURE,"
                      + " STRUCTURE_ID, ACTION, …) or Open SDG (Year, …, Value)");
        };
    if (missing.isPresent()) {
      return reject(src, header, FindingCode.MISSING_COLUMN, missing.get());
    }
    FormatMapper mapper =
        format == Format.OPEN_SDG
            ? new OpenSdgMapper(name, header, seen, areas)
            : new SdmxCsvMapper(format, name, seen, areas);
    List<RawRow> rows = sheet.rows();
    Validator.Result result = validator.validateMapped(SCHEMA, sub, rows, mapper::map);
    String dataflow =
        rows.stream().map(mapper::dataflow).filter(Objects::nonNull).findFirst().orElse(null);
    return new PublishedFile(format, dataflow, outcome(src, result), result);
  }

  /** The format a header (lower case) is in. */
  static Format detect(Set<String> header) {
    if (header.contains("structure") && header.contains("structure_id")) {
      return Format.SDMX_CSV_2;
    }
    if (header.contains("dataflow")) {
      return Format.SDMX_CSV_1;
    }
    if ((header.contains("year") || header.contains("timeperiod")) && header.contains("value")) {
      return Format.OPEN_SDG;
    }
    return Format.UNKNOWN;
  }

  private static PublishedFile reject(
      SourceFile src, List<String> header, FindingCode code, String message) {
    Submission sub = new Submission(DATASET, src.relative(), null, header);
    return reject(src, sub, sub.finding(code, null, null, message));
  }

  private static PublishedFile reject(SourceFile src, Submission sub, Finding finding) {
    Validator.Result r = Validator.rejected(sub, finding);
    return new PublishedFile(Format.UNKNOWN, null, outcome(src, r), r);
  }

  private static FileOutcome outcome(SourceFile src, Validator.Result r) {
    long bytes = Intake.size(src.file());
    String sha = Files.isRegularFile(src.file()) ? Intake.sha256(src.file()) : null;
    return FileOutcome.of(src, DATASET, null, sha, bytes, r, List.of());
  }
}
