package org.sdg16.schemas.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one CSV dialect of the project and its one writer (contract §4.4): RFC 4180 quoting, UTF-8
 * without byte order mark, LF line ends, {@code null} as an empty cell. Row order is the caller's:
 * every writer sorts its rows before it prints them.
 *
 * <p>A cell is quoted (a double quote in it doubled) when it holds a comma, a double quote or a
 * line break, and, to be safe with readers that trim or skip, when it starts with a character up to
 * {@code #} (white space, {@code !}, {@code "}, {@code #}), ends with white space or a control
 * character, or is the empty only cell of a record. These are the rules of Apache Commons CSV's
 * {@code CSVFormat.RFC4180} printer, which wrote the exports before; a test holds the two to the
 * same bytes. The writer is our own because that printer is eight times slower, which the
 * generator's millions of rows feel.
 *
 * <p>Two kinds of file, one rule each, chosen when the writer is made:
 *
 * <ul>
 *   <li>{@link #forSpreadsheets}: files a person opens in Excel, that is the exports and the
 *       report's chart data. Every cell passes {@link Escaping#text}: a text a spreadsheet would
 *       run as a formula gets a leading {@code '}. A number printed by {@link Numbers} is a plain
 *       decimal, which that rule leaves as it is, so numeric columns stay numbers without the
 *       caller telling text and number columns apart.
 *   <li>{@link #verbatim}: files the pipeline reads as input, that is the synthetic returns of
 *       {@code sdg16 generate}. Every cell is written exactly as given, so that a bad value put
 *       there on purpose (a negative number, a text that looks like a formula) reaches the
 *       validator unchanged.
 * </ul>
 */
public final class Csv implements Closeable, Flushable {

  private static final int BUFFER = 1 << 16;

  private final Writer out;
  private final boolean escape;

  /** The current record, written out whole at its end. */
  private final StringBuilder line = new StringBuilder(256);

  /** No cell of the current record written yet. */
  private boolean newRecord = true;

  private Csv(Writer out, boolean escape) {
    this.out = out;
    this.escape = escape;
  }

  /** A writer for a file people open in a spreadsheet: every cell escaped (class comment). */
  public static Csv forSpreadsheets(OutputStream out) {
    return new Csv(utf8(out), true);
  }

  /** As {@link #forSpreadsheets(OutputStream)}, into a new or truncated file. */
  public static Csv forSpreadsheets(Path file) throws IOException {
    return forSpreadsheets(Files.newOutputStream(file));
  }

  /** A writer for an input file: every cell exactly as given (class comment). */
  public static Csv verbatim(OutputStream out) {
    return new Csv(utf8(out), false);
  }

  /** As {@link #verbatim(OutputStream)}, into a new or truncated file. */
  public static Csv verbatim(Path file) throws IOException {
    return verbatim(Files.newOutputStream(file));
  }

  private static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }

  /** One record; a cell is printed as its {@link Object#toString()}, {@code null} as empty. */
  public void row(Object... cells) throws IOException {
    for (Object c : cells) {
      cell(c);
    }
    endRow();
  }

  /** One record of the cells in order, as {@link #row(Object...)}. */
  public void row(Iterable<?> cells) throws IOException {
    for (Object c : cells) {
      cell(c);
    }
    endRow();
  }

  private void cell(Object c) {
    String s = c == null ? "" : c.toString();
    if (escape) {
      s = Escaping.text(s);
    }
    if (!newRecord) {
      line.append(',');
    }
    if (needsQuotes(s, newRecord)) {
      line.append('"');
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '"') {
          line.append('"');
        }
        line.append(ch);
      }
      line.append('"');
    } else {
      line.append(s);
    }
    newRecord = false;
  }

  private void endRow() throws IOException {
    line.append('\n');
    out.append(line);
    line.setLength(0);
    newRecord = true;
  }

  /** Whether a cell is quoted (class comment). */
  static boolean needsQuotes(String s, boolean firstInRecord) {
    if (s.isEmpty()) {
      return firstInRecord;
    }
    if (s.charAt(0) <= '#') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return s.charAt(s.length() - 1) <= ' ';
  }

  /** Writes out what is buffered and leaves the stream open, for a stream the caller closes. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes out what is buffered and closes the stream. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
