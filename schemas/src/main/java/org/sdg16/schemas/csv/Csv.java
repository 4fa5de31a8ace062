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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of the project and its one writer (contract §4.4): RFC 4180 quoting (a cell
 * holding a comma, a double quote or a line break is quoted, a double quote in it doubled), UTF-8
 * without byte order mark, LF line ends, {@code null} as an empty cell. Built on Apache Commons
 * CSV. Row order is the caller's: every writer sorts its rows before it prints them.
 *
 * <p>Two kinds of file, one rule each, chosen when the writer is made:
 *
 * <ul>
 *   <li>{@link #forSpreadsheets}: files a person opens in Excel, that is the exports and the
 *       report's chart data. Every cell passes {@link Escaping#text}: a text a spreadsheet would run
 *       as a formula gets a leading {@code '}. A number printed by {@link Numbers} is a plain
 *       decimal, which that rule leaves as it is, so numeric columns stay numbers without the
 *       caller telling text and number columns apart.
 *   <li>{@link #verbatim}: files the pipeline reads as input, that is the synthetic returns of
 *       {@code sdg16 generate}. Every cell is written exactly as given, so that a bad value put
 *       there on purpose (a negative number, a text that looks like a formula) reaches the
 *       validator unchanged.
 * </ul>
 */
public final class Csv implements Closeable, Flushable {

  /** RFC 4180 with LF line ends. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private static final int BUFFER = 1 << 16;

  private final CSVPrinter printer;
  private final boolean escape;

  private Csv(Writer out, boolean escape) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
    this.escape = escape;
  }

  /** A writer for a file people open in a spreadsheet: every cell escaped (class comment). */
  public static Csv forSpreadsheets(OutputStream out) throws IOException {
    return new Csv(utf8(out), true);
  }

  /** As {@link #forSpreadsheets(OutputStream)}, into a new or truncated file. */
  public static Csv forSpreadsheets(Path file) throws IOException {
    return forSpreadsheets(Files.newOutputStream(file));
  }

  /** A writer for an input file: every cell exactly as given (class comment). */
  public static Csv verbatim(OutputStream out) throws IOException {
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
    printer.println();
  }

  /** One record of the cells in order, as {@link #row(Object...)}. */
  public void row(Iterable<?> cells) throws IOException {
    for (Object c : cells) {
      cell(c);
    }
    printer.println();
  }

  private void cell(Object c) throws IOException {
    String s = c == null ? "" : c.toString();
    printer.print(escape ? Escaping.text(s) : s);
  }

  /** Writes out what is buffered and leaves the stream open, for a stream the caller closes. */
  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  /** Writes out what is buffered and closes the stream. */
  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
