package org.sdg16.reports.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    try (OutputStream out = Files.newOutputStream(pdf)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, baseDir.toAbsolutePath().toUri().toString());
      if (fonts.isPresent()) {
        Path d = fonts.get();
        // PDF/UA draws no text in a font that is not embedded: DejaVu also stands in for the
        // generic families (openhtmltopdf names them Serif, SansSerif and Monospaced), so that text
        // the stylesheet gives no font, or a font the system lacks, still prints
        Path mono = d.resolve("DejaVuSansMono.ttf");
        for (String family : List.of("DejaVu Sans", "SansSerif", "Serif")) {
          builder.useFont(
              d.resolve("DejaVuSans.ttf").toFile(),
              family,
              400,
              PdfRendererBuilder.FontStyle.NORMAL,
              true);
          builder.useFont(
              d.resolve("DejaVuSans-Bold.ttf").toFile(),
              family,
              700,
              PdfRendererBuilder.FontStyle.NORMAL,
              true);
        }
        for (String family : List.of("DejaVu Sans Mono", "Monospaced")) {
          builder.useFont(
              (Files.isReadable(mono) ? mono : d.resolve("DejaVuSans.ttf")).toFile(),
              family,
              400,
              PdfRendererBuilder.FontStyle.NORMAL,
              true);
        }
        builder.usePdfUaAccessibility(true);
      }
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
