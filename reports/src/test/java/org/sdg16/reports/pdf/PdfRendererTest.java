package org.sdg16.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

  static final String XHTML =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"/><title>A test</title></head>
      <body><h1>Arms seized → traced</h1><p>61.9 % – provisional, identified in the official flows</p></body></html>
      """;

  @Test
  void withDejaVuTheFontsAreEmbeddedAndThePdfIsTagged(@TempDir Path dir) throws IOException {
    Optional<Path> fonts = PdfRenderer.fontDir();
    assumeTrue(fonts.isPresent(), "DejaVu Sans is not installed");
    Path pdf = dir.resolve("a.pdf");
    PdfRenderer.render(XHTML, dir, pdf, fonts);
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(d.getDocumentInformation().getTitle()).isEqualTo("A test");
      assertThat(new PDFTextStripper().getText(d)).contains("Arms seized → traced");
      // "fi" and "fl" are drawn as two letters, not as the ligatures U+FB01, U+FB02 that text
      // extraction (pdftotext) and screen readers would read instead
      StringBuilder raw = new StringBuilder();
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String text, java.util.List<org.apache.pdfbox.text.TextPosition> ps) {
              ps.forEach(p -> raw.append(p.getUnicode()));
            }
          };
      s.getText(d);
      assertThat(raw.toString())
          .contains("identified", "official", "flows")
          .doesNotContain("\uFB01", "\uFB02");
    }
  }

  @Test
  void withoutFontsThePdfStillRendersUntagged(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("b.pdf");
    PdfRenderer.render(XHTML, dir, pdf, Optional.empty());
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getNumberOfPages()).isEqualTo(1);
      assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNull();
      assertThat(new PDFTextStripper().getText(d)).contains("61.9");
    }
  }
}
