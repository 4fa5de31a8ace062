package org.sdg16.reports.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one XHTML document (the report's PDF edition) into a PDF with openhtmltopdf. Images are
 * read relative to the report folder; the charts are the 2× PNGs, placed at print width so they
 * stay sharp. DejaVu Sans is embedded when the system has it, so that arrows, dashes and other
 * symbols print; otherwise the PDF falls back to the built-in Helvetica.
 */
public final class PdfRenderer {

  private PdfRenderer() {}

  /** Where the embedded font is looked for, regular then bold. */
  static final List<Path[]> FONTS =
      List.of(
          new Path[] {
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
          },
          new Path[] {
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf")
          },
          new Path[] {
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf")
          });

  /** Renders {@code xhtml} (resources relative to {@code baseDir}) to {@code pdf}. */
  static {
    // openhtmltopdf logs every stylesheet and font at INFO; a batch run prints one line per stage
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(Boolean.getBoolean("sdg16.verbose"));
  }

  public static void render(String xhtml, Path baseDir, Path pdf) {
    try (OutputStream out = Files.newOutputStream(pdf)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, baseDir.toAbsolutePath().toUri().toString());
      for (Path[] f : FONTS) {
        if (Files.isReadable(f[0]) && Files.isReadable(f[1])) {
          builder.useFont(
              f[0].toFile(), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
          builder.useFont(
              f[1].toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
          break;
        }
      }
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
