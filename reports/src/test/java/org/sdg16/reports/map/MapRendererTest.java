package org.sdg16.reports.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.reports.map.MapSpec.Kind;
import org.sdg16.reports.map.MapSpec.Route;
import org.sdg16.reports.map.MapSpec.Value;

class MapRendererTest {

  @TempDir Path dir;

  private static MapSpec choropleth() {
    return MapSpec.choropleth(
        "test-map",
        "Seized arms traced, latest year",
        "Latest year reported by each country",
        "%",
        List.of(
            new Value(484, "Mexico", 2023, 30.5),
            new Value(76, "Brazil", 2022, 10.0),
            new Value(702, "Singapore", 2023, 55.0),
            new Value(999, "Atlantis", 2023, 20.0)),
        v -> String.format(Locale.ROOT, "%.1f", v),
        "4 countries with a value. Source: test.");
  }

  /**
   * The PNG is twice the display size; Mexico's centre has its class's colour, the sea does not.
   */
  @Test
  void aChoroplethColoursEachCountryByItsClass() throws Exception {
    MapSpec m = choropleth();
    MapRenderer.write(m, dir);
    BufferedImage img = ImageIO.read(dir.resolve("test-map.png").toFile());
    assertThat(img.getWidth()).isEqualTo(2 * m.width());
    assertThat(img.getHeight()).isEqualTo(2 * MapRenderer.height(m));
    int mexicoKey = m.areas().stream().filter(a -> a.m49() == 484).findFirst().get().key();
    int brazilKey = m.areas().stream().filter(a -> a.m49() == 76).findFirst().get().key();
    assertThat(pixel(img, m, WorldMap.WORLD.anchor(484)))
        .isEqualTo(m.legend().get(mexicoKey).colour().getRGB() & 0xFFFFFF);
    assertThat(pixel(img, m, WorldMap.WORLD.anchor(76)))
        .isEqualTo(m.legend().get(brazilKey).colour().getRGB() & 0xFFFFFF);
    // Kazakhstan has no value: the grey of no data
    assertThat(pixel(img, m, WorldMap.WORLD.anchor(398)))
        .isEqualTo(MapSpec.NO_DATA.getRGB() & 0xFFFFFF);
  }

  /** What cannot be drawn is named under the map; the CSV holds every value drawn. */
  @Test
  void aCountryWithoutBoundaryIsNamedAndTheCsvHoldsTheValues() throws Exception {
    MapSpec m = choropleth();
    assertThat(MapRenderer.notDrawn(m)).containsExactly("Atlantis");
    MapRenderer.write(m, dir);
    String svg = Files.readString(dir.resolve("test-map.svg"), StandardCharsets.UTF_8);
    assertThat(svg).contains("Not on the map (no boundary at this scale): Atlantis.");
    assertThat(svg).contains("do not imply official endorsement");
    assertThat(svg).contains("Seized arms traced, latest year");
    List<String> csv = Files.readAllLines(dir.resolve("test-map.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).contains("m49,area,year,value,class");
    assertThat(csv).anyMatch(l -> l.equals("484,Mexico,2023,30.5,30.5"));
    assertThat(csv).hasSize(5);
  }

  /** A route is drawn from departure to destination in the route colour; its CSV holds it. */
  @Test
  void aRouteMapDrawsItsLines() throws Exception {
    MapSpec m =
        new MapSpec(
            "test-routes",
            "Routes of significant cases",
            null,
            Kind.ROUTES,
            "arms",
            List.of(),
            List.of(),
            List.of(new Route(840, "United States", 320, "Guatemala", 12)),
            "Source: test.",
            800);
    MapRenderer.write(m, dir);
    String svg = Files.readString(dir.resolve("test-routes.svg"), StandardCharsets.UTF_8);
    assertThat(svg).contains("line width: arms, 12");
    assertThat(Files.readAllLines(dir.resolve("test-routes.csv"), StandardCharsets.UTF_8))
        .containsExactly("from_m49,from,to_m49,to,value", "840,United States,320,Guatemala,12");
  }

  /** The colour (RGB) of the PNG at a projected point. */
  private static int pixel(BufferedImage img, MapSpec m, Point2D.Double p) {
    AffineTransform at = MapRenderer.transform(m);
    Point2D q = at.transform(p, null);
    return img.getRGB((int) Math.round(2 * q.getX()), (int) Math.round(2 * q.getY())) & 0xFFFFFF;
  }
}
