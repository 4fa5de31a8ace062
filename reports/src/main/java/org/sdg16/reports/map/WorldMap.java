package org.sdg16.reports.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world's country boundaries the maps draw, projected with {@link EqualEarth}: Natural Earth
 * 1:110m countries, and a point for each country or territory only the 1:50m boundaries hold, read
 * from the resource {@code countries.json} that {@code tools/world-atlas/convert.mjs} made from the
 * npm package world-atlas 2.0.2. Country ids are ISO 3166-1 numeric, which are M49 codes.
 */
public final class WorldMap {

  /** The boundaries, read once. */
  public static final WorldMap WORLD = load();

  /** One country: its M49 code (null for land without one) and its outline, projected. */
  public record Shape(Integer m49, Path2D.Double outline, Point2D.Double centre) {}

  private final List<Shape> shapes;
  private final Map<Integer, Point2D.Double> dots;

  /** Each country's anchor: its largest polygon's centre, or its dot. */
  private final Map<Integer, Point2D.Double> anchors = new java.util.HashMap<>();

  private final String source;
  private final String disclaimer;

  private WorldMap(
      List<Shape> shapes, Map<Integer, Point2D.Double> dots, String source, String disclaimer) {
    this.shapes = List.copyOf(shapes);
    this.dots = Map.copyOf(dots);
    anchors.putAll(dots);
    for (Shape s : shapes) {
      if (s.m49() != null) {
        anchors.put(s.m49(), s.centre());
      }
    }
    this.source = source;
    this.disclaimer = disclaimer;
  }

  /** Every outline, in the resource's order. */
  public List<Shape> shapes() {
    return shapes;
  }

  /** Where a country is drawn as a dot (too small for the 1:110m outlines), projected. */
  public Map<Integer, Point2D.Double> dots() {
    return dots;
  }

  /** Where a route to or from a country starts: the centre of its largest polygon, or its dot. */
  public Point2D.Double anchor(int m49) {
    return anchors.get(m49);
  }

  /** Whether a country can be drawn, as an outline or a dot. */
  public boolean has(int m49) {
    return anchor(m49) != null;
  }

  /** Where the boundaries come from and their licence. */
  public String source() {
    return source;
  }

  /** That the boundaries imply no endorsement, as the United Nations' maps say. */
  public String disclaimer() {
    return disclaimer;
  }

  private static WorldMap load() {
    try (InputStream in = WorldMap.class.getResourceAsStream("countries.json")) {
      if (in == null) {
        throw new IllegalStateException("resource missing: org/sdg16/reports/map/countries.json");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Shape> shapes = new ArrayList<>();
      for (JsonNode c : root.get("countries")) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double bestArea = -1;
        Point2D.Double centre = null;
        for (JsonNode ring : c.get("rings")) {
          double[] lonLat = new double[ring.size()];
          double min = Double.MAX_VALUE;
          double max = -Double.MAX_VALUE;
          for (int i = 0; i < lonLat.length; i++) {
            lonLat[i] = ring.get(i).asDouble();
            if (i % 2 == 0) {
              min = Math.min(min, lonLat[i]);
              max = Math.max(max, lonLat[i]);
            }
          }
          double[] xy = ring(path, lonLat, 0);
          // a ring across the antimeridian goes beyond ±180°: drawn again from the other edge
          if (max > 180) {
            ring(path, lonLat, -360);
          }
          if (min < -180) {
            ring(path, lonLat, 360);
          }
          double[] ac = areaAndCentroid(xy);
          if (ac[0] > bestArea) {
            bestArea = ac[0];
            centre = new Point2D.Double(ac[1], ac[2]);
          }
        }
        JsonNode id = c.get("id");
        shapes.add(new Shape(id == null || id.isNull() ? null : id.asInt(), path, centre));
      }
      Map<Integer, Point2D.Double> dots = new LinkedHashMap<>();
      for (JsonNode d : root.get("dots")) {
        double[] p = EqualEarth.project(d.get("lon").asDouble(), d.get("lat").asDouble());
        dots.put(d.get("id").asInt(), new Point2D.Double(p[0], p[1]));
      }
      return new WorldMap(
          shapes, dots, root.get("source").asText(), root.get("disclaimer").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a ring of longitude/latitude pairs, shifted by {@code shift} degrees, to a path. */
  private static double[] ring(Path2D.Double path, double[] lonLat, double shift) {
    double[] xy = new double[lonLat.length];
    for (int i = 0; i + 1 < lonLat.length; i += 2) {
      double[] p = EqualEarth.project(lonLat[i] + shift, lonLat[i + 1]);
      xy[i] = p[0];
      xy[i + 1] = p[1];
      if (i == 0) {
        path.moveTo(p[0], p[1]);
      } else {
        path.lineTo(p[0], p[1]);
      }
    }
    path.closePath();
    return xy;
  }

  /** The absolute area and the centroid of a ring (x0, y0, x1, y1, …), by the shoelace formula. */
  static double[] areaAndCentroid(double[] xy) {
    double a = 0;
    double cx = 0;
    double cy = 0;
    int n = xy.length / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
      a += cross;
      cx += (xy[2 * i] + xy[2 * j]) * cross;
      cy += (xy[2 * i + 1] + xy[2 * j + 1]) * cross;
    }
    if (a == 0) {
      return new double[] {0, xy[0], xy[1]};
    }
    return new double[] {Math.abs(a / 2), cx / (3 * a), cy / (3 * a)};
  }
}
