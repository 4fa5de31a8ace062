package org.sdg16.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Turns one XHTML document (the report's PDF edition, {@link PdfEdition}) into a PDF with
 * openhtmltopdf. Images are read relative to the report folder; the charts are the 2× PNGs, placed
 * at print width so they stay sharp. DejaVu Sans (and DejaVu Sans Mono) is embedded when the system
 * has it, so that arrows, dashes and other symbols print, and the PDF is then tagged for
 * accessibility (PDF/UA: structure tree, reading order, alt text of the charts, document title);
 * PDF/UA requires every font embedded, so without DejaVu the PDF falls back to the built-in
 * Helvetica and is not tagged.
 */
public final class PdfRenderer {

  private PdfRenderer() {}

  /** Where the embedded fonts are looked for: folder, then regular, bold and monospace. */
  static final List<Path> FONT_DIRS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu"),
          Path.of("/usr/share/fonts/dejavu"),
          Path.of("/usr/share/fonts/TTF"));

  static {
    // openhtmltopdf logs every stylesheet and font at INFO; a batch run prints one line per stage
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(Boolean.getBoolean("sdg16.verbose"));
  }

  /** The folder that holds DejaVu Sans regular and bold, if any. */
  static Optional<Path> fontDir() {
    for (Path d : FONT_DIRS) {
      if (Files.isReadable(d.resolve("DejaVuSans.ttf"))
          && Files.isReadable(d.resolve("DejaVuSans-Bold.ttf"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Renders {@code xhtml} (resources relative to {@code baseDir}) to {@code pdf}. */
  public static void render(String xhtml, Path baseDir, Path pdf) {
    render(xhtml, baseDir, pdf, fontDir());
  }

  /**
   * As {@link #render(String, Path, Path)} with the fonts of {@code fonts} (empty: the built-in
   * fonts, untagged).
   */
  static void render(String xhtml, Path baseDir, Path pdf, Optional<Path> fonts) {
    List<TrueTypeFont> open = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(pdf);
        PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(doc);
      builder.withHtmlContent(xhtml, baseDir.toAbsolutePath().toUri().toString());
      if (fonts.isPresent()) {
        Path d = fonts.get();
        Path mono = d.resolve("DejaVuSansMono.ttf");
        PDFont regular = font(doc, d.resolve("DejaVuSans.ttf"), open);
        PDFont bold = font(doc, d.resolve("DejaVuSans-Bold.ttf"), open);
        PDFont fixed = Files.isReadable(mono) ? font(doc, mono, open) : regular;
        // PDF/UA draws no text in a font that is not embedded: DejaVu also stands in for the
        // generic families (openhtmltopdf names them Serif, SansSerif and Monospaced), so that text
        // the stylesheet gives no font, or a font the system lacks, still prints
        for (String family : List.of("DejaVu Sans", "SansSerif", "Serif")) {
          builder.useFont(new PDFontSupplier(regular), family, 400, FontStyle.NORMAL, true);
          builder.useFont(new PDFontSupplier(bold), family, 700, FontStyle.NORMAL, true);
        }
        for (String family : List.of("DejaVu Sans Mono", "Monospaced")) {
          builder.useFont(new PDFontSupplier(fixed), family, 400, FontStyle.NORMAL, true);
        }
        builder.usePdfUaAccessibility(true);
      }
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (TrueTypeFont f : open) {
        try {
          f.close();
        } catch (IOException e) {
          // the PDF is written; a font file that does not close changes nothing in it
        }
      }
    }
  }

  /**
   * {@code file} as an embedded (subset) font of {@code doc}, without the font's glyph
   * substitutions: PDFBox would otherwise set "fi" and "fl" as ligature glyphs, which text
   * extraction, search and screen readers read as U+FB01 and U+FB02 instead of the two letters.
   */
  private static PDFont font(PDDocument doc, Path file, List<TrueTypeFont> open)
      throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    open.add(ttf);
    ttf.setEnableGsub(false);
    return PDType0Font.load(doc, ttf, true);
  }
}
