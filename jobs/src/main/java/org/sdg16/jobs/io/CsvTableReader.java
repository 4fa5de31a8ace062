package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.RawRow;
import org.sdg16.schemas.validation.Validator;

/**
 * Reads a return in CSV (contract §1): UTF-8 with or without BOM (anything else is refused, not
 * guessed), comma-separated, header row, RFC 4180 quoting, LF or CRLF. Blank lines are not rows.
 */
public final class CsvTableReader {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(true)
      .setTrim(false)
      .get();

  private CsvTableReader() {}

  public static ReadOutcome read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8192);
      for (byte b : head) {
        if (b == 0) {
          return ReadOutcome.fail(FindingCode.UNSUPPORTED_FORMAT,
              "the file holds binary data (NUL bytes), not CSV text");
        }
      }
    } catch (IOException e) {
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE, "cannot open the file: " + e.getMessage());
    }
    CsvCounter lines = new CsvCounter();
    try (Reader reader = strictUtf8(file); CSVParser parser = FORMAT.parse(reader)) {
      List<String> header = null;
      List<RawRow> rows = new ArrayList<>();
      for (CSVRecord rec : parser) {
        lines.line = rec.getRecordNumber();
        if (header == null) {
          header = new ArrayList<>();
          for (String h : rec) {
            header.add(Validator.normaliseColumn(h));
          }
          continue;
        }
        if (rec.size() == 1 && rec.get(0).isBlank()) {
          continue; // a line of white space only
        }
        rows.add(new RawRow(rows.size() + 1, cells(header, rec)));
      }
      if (header == null) {
        return ReadOutcome.fail(FindingCode.EMPTY_FILE, "the file is empty (no header row)");
      }
      return ReadOutcome.ok(List.of(new Sheet(null, header, rows)));
    } catch (CharacterCodingException e) {
      return ReadOutcome.fail(FindingCode.NOT_UTF8, String.format(Locale.ROOT,
          "the file is not UTF-8 text (invalid bytes after record %d); save it as CSV UTF-8", lines.line));
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof CharacterCodingException) {
        return ReadOutcome.fail(FindingCode.NOT_UTF8, String.format(Locale.ROOT,
            "the file is not UTF-8 text (invalid bytes after record %d); save it as CSV UTF-8", lines.line));
      }
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE, String.format(Locale.ROOT,
          "the file is not valid CSV after record %d: %s", lines.line, cause.getMessage()));
    } catch (IOException e) {
      return ReadOutcome.fail(FindingCode.UNREADABLE_FILE, "cannot read the file: " + e.getMessage());
    }
  }

  private static final class CsvCounter {
    long line;
  }

  /** Cells by column; cells beyond the header get positional names so the width check sees them. */
  private static Map<String, String> cells(List<String> header, CSVRecord rec) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < rec.size(); i++) {
      String col = i < header.size() ? header.get(i) : "#" + (i + 1);
      m.put(col, rec.get(i));
    }
    return m;
  }

  /** A reader that fails on malformed UTF-8 and drops a leading byte order mark. */
  static Reader strictUtf8(Path file) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader r = new InputStreamReader(Files.newInputStream(file), dec);
    java.io.PushbackReader pr = new java.io.PushbackReader(new java.io.BufferedReader(r, 65536), 1);
    int first = pr.read();
    if (first != -1 && first != '\uFEFF') {
      pr.unread(first);
    }
    return pr;
  }
}
