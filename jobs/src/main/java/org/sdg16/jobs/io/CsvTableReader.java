package org.sdg16.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
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

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  /**
   * The longest physical line read (contract §2): the reader stops there, before anything of a
   * larger line is held, so that 100 MB without a line break costs no more memory than this.
   */
  public static final int MAX_LINE_CHARS = 1 << 20;

  /** The most cells a header or row may have (contract §2); a return has a few dozen columns. */
  public static final int MAX_COLUMNS = 1_000;

  private CsvTableReader() {}

  /** A physical line over {@link #MAX_LINE_CHARS}. */
  static final class LineTooLong extends IOException {
    LineTooLong(long line) {
      super(
          String.format(
              Locale.ROOT, "line %,d is longer than %,d characters", line, MAX_LINE_CHARS));
    }
  }

  /** Counts the characters of each physical line and fails at {@link #MAX_LINE_CHARS}. */
  private static final class LineLimit extends java.io.FilterReader {
    private long line = 1;
    private int length;

    LineLimit(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + Math.max(n, 0); i++) {
        count(buf[i]);
      }
      return n;
    }

    private void count(char c) throws IOException {
      if (c == '\n' || c == '\r') {
        line += c == '\n' ? 1 : 0; // CR alone ends a line too (old Mac "CSV (Macintosh)")
        length = 0;
      } else if (++length > MAX_LINE_CHARS) {
        throw new LineTooLong(line);
      }
    }
  }

  /** Reads a whole file: its header and every row, or why it cannot be read. */
  public static ReadOutcome read(Path file) {
    try (Cursor c = open(file)) {
      List<RawRow> rows = new ArrayList<>();
      while (c.hasNext()) {
        rows.add(c.next());
      }
      return c.failed() ? c.failure() : ReadOutcome.ok(List.of(new Sheet(null, c.header(), rows)));
    }
  }

  /**
   * Opens a file to read it row by row, holding one row at a time: the ingest job streams big
   * returns this way. The cursor has failed when the file cannot be read at all; it can also fail
   * half-way (bytes that are not UTF-8, a broken quote), after it has given some rows: the file is
   * then rejected whole all the same (contract §2), and the caller must drop those rows.
   */
  public static Cursor open(Path file) {
    return open(file, null);
  }

  /**
   * As {@link #open(Path)}, with every byte of the file also fed to {@code digest} (when not null)
   * as it is read: {@link Cursor#close()} reads what the parser left, so that after it the digest
   * holds the whole file, read once.
   */
  public static Cursor open(Path file, MessageDigest digest) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8192);
      for (byte b : head) {
        if (b == 0) {
          return new Cursor(
              ReadOutcome.fail(
                  FindingCode.UNSUPPORTED_FORMAT,
                  "the file holds binary data (NUL bytes), not CSV text"));
        }
      }
    } catch (IOException e) {
      return new Cursor(
          ReadOutcome.fail(FindingCode.UNREADABLE_FILE, "cannot open the file: " + e.getMessage()));
    }
    Cursor c = new Cursor(null);
    try {
      c.bytes =
          digest == null
              ? Files.newInputStream(file)
              : new DigestInputStream(Files.newInputStream(file), digest);
      c.reader = strictUtf8(c.bytes);
      c.parser = FORMAT.parse(c.reader);
      c.records = c.parser.iterator();
    } catch (IOException e) {
      c.failOpen(e);
      return c;
    }
    CSVRecord first = c.record();
    if (first != null && first.size() > MAX_COLUMNS) {
      c.failure = tooManyColumns("the header", first.size());
    } else if (first != null) {
      c.header = new ArrayList<>();
      for (String h : first) {
        c.header.add(Validator.normaliseColumn(h));
      }
    } else if (!c.failed()) {
      c.failure = ReadOutcome.fail(FindingCode.EMPTY_FILE, "the file is empty (no header row)");
    }
    return c;
  }

  /**
   * The rows of one CSV file in file order, numbered from 1 below the header; blank lines are not
   * rows. {@link #hasNext()} turns false at the end of the file or when the file turns out to be
   * unreadable ({@link #failed()}).
   */
  public static final class Cursor implements Iterator<RawRow>, AutoCloseable {
    private InputStream bytes;
    private boolean digested;
    private Reader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private ReadOutcome failure;
    private long line;
    private int rows;
    private RawRow next;

    private Cursor(ReadOutcome failure) {
      this.failure = failure;
    }

    /** Whether the file cannot be read (now or half-way through). */
    public boolean failed() {
      return failure != null;
    }

    /** Why the file cannot be read, or null. */
    public ReadOutcome failure() {
      return failure;
    }

    /** The header, lower case and trimmed; null when the file failed before it. */
    public List<String> header() {
      return header;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !failed() && header != null) {
        CSVRecord rec = record();
        if (rec == null) {
          return false;
        }
        if (rec.size() == 1 && rec.get(0).isBlank()) {
          continue; // a line of white space only
        }
        if (rec.size() > MAX_COLUMNS) {
          failure = tooManyColumns("row " + (rows + 1), rec.size());
          return false;
        }
        next = new RawRow(++rows, cells(header, rec));
      }
      return next != null;
    }

    @Override
    public RawRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RawRow r = next;
      next = null;
      return r;
    }

    /** The next record, or null at the end or on failure. */
    private CSVRecord record() {
      try {
        if (!records.hasNext()) {
          return null;
        }
        CSVRecord rec = records.next();
        line = rec.getRecordNumber();
        return rec;
      } catch (UncheckedIOException | IllegalStateException e) {
        fail(e.getCause() != null ? e.getCause() : e);
        return null;
      }
    }

    /** A failure while reading records: bad bytes, a line over the limit, or broken CSV. */
    private void fail(Throwable cause) {
      failure =
          cause instanceof LineTooLong
              ? ReadOutcome.fail(
                  FindingCode.LINE_TOO_LONG,
                  "the file is refused: "
                      + cause.getMessage()
                      + " (a CSV return has short lines; is a line break missing?)")
              : cause instanceof CharacterCodingException
                  ? notUtf8(line)
                  : ReadOutcome.fail(
                      FindingCode.UNREADABLE_FILE,
                      String.format(
                          Locale.ROOT,
                          "the file is not valid CSV after record %d: %s",
                          line,
                          cause.getMessage()));
      next = null;
    }

    /** A failure while opening the file. */
    private void failOpen(IOException e) {
      failure =
          e instanceof CharacterCodingException
              ? notUtf8(line)
              : ReadOutcome.fail(
                  FindingCode.UNREADABLE_FILE, "cannot read the file: " + e.getMessage());
    }

    private static ReadOutcome notUtf8(long line) {
      return ReadOutcome.fail(
          FindingCode.NOT_UTF8,
          String.format(
              Locale.ROOT,
              "the file is not UTF-8 text (invalid bytes after record %d); save it as CSV UTF-8",
              line));
    }

    /** Whether, after {@link #close()}, the digest given to {@code open} holds every byte. */
    public boolean digested() {
      return digested;
    }

    @Override
    public void close() {
      try {
        if (bytes instanceof DigestInputStream && !digested) {
          bytes.transferTo(OutputStream.nullOutputStream());
          digested = true;
        }
      } catch (IOException e) {
        // the digest is then incomplete: digested() stays false
      }
      try {
        if (parser != null) {
          parser.close();
        } else if (reader != null) {
          reader.close();
        } else if (bytes != null) {
          bytes.close();
        }
      } catch (IOException e) {
        // read-only: nothing to lose
      }
    }
  }

  /**
   * The refusal of a file whose header or row ({@code where}) is wider than {@link #MAX_COLUMNS}.
   */
  static ReadOutcome tooManyColumns(String where, int cells) {
    return ReadOutcome.fail(
        FindingCode.TOO_MANY_COLUMNS,
        String.format(
            Locale.ROOT,
            "the file is refused: %s has %,d cells, more than the %,d a return may have",
            where,
            cells,
            MAX_COLUMNS));
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
  private static Reader strictUtf8(InputStream in) throws IOException {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader r = new InputStreamReader(in, dec);
    java.io.PushbackReader pr =
        new java.io.PushbackReader(new LineLimit(new java.io.BufferedReader(r, 65536)), 1);
    int first = pr.read();
    if (first != -1 && first != '\uFEFF') {
      pr.unread(first);
    }
    return pr;
  }
}
