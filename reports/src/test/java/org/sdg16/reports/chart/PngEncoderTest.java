package org.sdg16.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  /** A chart-like picture: flat background, antialiased lines, text, and a patch of noise. */
  private static BufferedImage picture(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(0x1f77b4));
    g.setStroke(new BasicStroke(3f));
    g.drawLine(0, h - 1, w - 1, 0);
    g.setColor(Color.BLACK);
    g.drawString("16.4.2 seized arms traced", 10, 20);
    g.dispose();
    Random r = new Random(16);
    for (int y = h / 2; y < h / 2 + 10 && y < h; y++) {
      for (int x = 0; x < Math.min(w, 40); x++) {
        img.setRGB(x, y, r.nextInt(1 << 24));
      }
    }
    return img;
  }

  private static BufferedImage roundTrip(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(img, out);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).as("ImageIO decodes the file").isNotNull();
    return back;
  }

  private static void assertSamePixels(BufferedImage a, BufferedImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int want = a.getRGB(x, y);
        int got = b.getRGB(x, y);
        if (want != got) {
          throw new AssertionError("pixel (" + x + ", " + y + "): " + Integer.toHexString(got) + " instead of "
              + Integer.toHexString(want));
        }
      }
    }
  }

  @Test
  void anyReaderGetsBackEveryPixel() throws Exception {
    BufferedImage img = picture(333, 211);
    assertSamePixels(img, roundTrip(img));
  }

  @Test
  void aOnePixelImageAndASubimageAreWrittenFromTheirOwnPixels() throws Exception {
    BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    one.setRGB(0, 0, 0x123456);
    assertSamePixels(one, roundTrip(one));
    BufferedImage big = picture(200, 150);
    BufferedImage part = big.getSubimage(37, 21, 90, 60);
    assertSamePixels(part, roundTrip(part));
  }

  @Test
  void aFlatChartCompressesWell() throws Exception {
    BufferedImage img = picture(1600, 1290);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(img, out);
    // 6.2 MB of raw pixels; Up/Sub filtering turns the flat areas into runs of zeros
    assertThat(out.size()).isLessThan(100_000);
  }

  @Test
  void imagesWithAnAlphaChannelAreRefused() {
    BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngEncoder.write(argb, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
