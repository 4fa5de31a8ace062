package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.FindingCode;

/**
 * Reads returns from Excel {@code .xlsx} workbooks (contract §1), streaming: the workbook part
 * gives the sheets, their state and the date system, and the XML of each sheet asked for is parsed
 * as it is inflated, so that only the rows of that sheet are held, up to {@code
 * limits.max_sheet_rows} (contract §2). Numeric cells holding codes or years are read as their
 * plain digits ({@code 2017}, not {@code 2017.0}); date-formatted cells become ISO dates; formulas
 * give their cached value. Rows whose cells are all blank are not data. Row numbers are 1-based
 * below the header, as the sheet shows them less the header's. The package and its limits are
 * {@link XlsxBook}, the parse of a sheet {@link XlsxSheetHandler}, a cell's value {@link XlsxCell}.
 */
public final class XlsxTableReader {

  private XlsxTableReader() {}

  /** As {@link #read(Path, Predicate, boolean, int)} with the default row limit. */
  public static ReadOutcome read(
      Path file, Predicate<String> sheetWanted, boolean fallbackToFirst) {
    return read(file, sheetWanted, fallbackToFirst, PipelineConfig.Limits.DEFAULT.maxSheetRows());
  }

  /**
   * Reads the visible sheets a predicate selects; when {@code fallbackToFirst} is set and none
   * matches, the first visible sheet is read. Hidden and very hidden sheets are never read
   * (contract §2): their names come back in {@link ReadOutcome#hidden()} for a warning; the names
   * of the other visible sheets, not read either, in {@link ReadOutcome#skipped()}. A sheet read
   * with more than {@code maxRows} data rows, or whose header is wider than {@link
   * CsvTableReader#MAX_COLUMNS} or holds a cell that cannot be read, fails the file.
   */
  public static ReadOutcome read(
      Path file, Predicate<String> sheetWanted, boolean fallbackToFirst, int maxRows) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
        if (magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF) {
          return ReadOutcome.fail(
              FindingCode.UNREADABLE_FILE,
              "the workbook is encrypted or in the old .xls format; save it as an unprotected .xlsx");
        }
        return ReadOutcome.fail(
            FindingCode.UNSUPPORTED_FORMAT, "the file is not an .xlsx workbook");
      }
    } catch (IOException e) {
      return ReadOutcome.fail(
          FindingCode.UNREADABLE_FILE, "cannot open the file: " + e.getMessage());
    }
    try (XlsxBook book = XlsxBook.open(file)) {
      List<XlsxBook.SheetRef> visible = book.sheets.stream().filter(s -> !s.hidden()).toList();
      List<XlsxBook.SheetRef> matching =
          visible.stream().filter(s -> sheetWanted.test(s.name())).toList();
      List<XlsxBook.SheetRef> wanted =
          matching.isEmpty() && fallbackToFirst && !visible.isEmpty()
              ? List.of(visible.get(0))
              : matching;
      List<Sheet> out = new ArrayList<>();
      for (XlsxBook.SheetRef s : wanted) {
        out.add(book.read(s, maxRows));
      }
      List<String> hidden =
          book.sheets.stream()
              .filter(XlsxBook.SheetRef::hidden)
              .map(XlsxBook.SheetRef::name)
              .toList();
      List<String> skipped =
          visible.stream().filter(s -> !wanted.contains(s)).map(XlsxBook.SheetRef::name).toList();
      return ReadOutcome.ok(out, hidden, skipped);
    } catch (XlsxSheetHandler.Refused e) {
      return e.outcome;
    } catch (Exception | OutOfMemoryError e) {
      return ReadOutcome.fail(
          FindingCode.UNREADABLE_FILE,
          "the workbook cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Names of every sheet, or null when the workbook cannot be opened. */
  public static List<String> sheetNames(Path file) {
    try (XlsxBook book = XlsxBook.open(file)) {
      return book.sheets.stream().map(XlsxBook.SheetRef::name).toList();
    } catch (Exception e) {
      return null;
    }
  }
}
