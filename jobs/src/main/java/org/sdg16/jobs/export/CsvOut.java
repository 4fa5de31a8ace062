package org.sdg16.jobs.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect of every export: RFC 4180 quoting, UTF-8 without BOM, LF line ends. */
final class CsvOut {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private CsvOut() {}

  /** A printer on a stream; closing it flushes the stream (the caller closes the stream). */
  static CSVPrinter printer(OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new CSVPrinter(w, FORMAT);
  }

  /** A text cell: escaped against formula injection, null as empty. */
  static String text(Object s) {
    return s == null ? "" : Escaping.text(s.toString());
  }
}
