package org.sdg16.reports.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sdg16.reports.chart.ChartRenderer;
import org.sdg16.reports.chart.ChartTheme;
import org.sdg16.reports.chart.Palette;
import org.sdg16.reports.map.MapSpec.Area;
import org.sdg16.reports.map.MapSpec.Key;
import org.sdg16.reports.map.MapSpec.Kind;
import org.sdg16.reports.map.MapSpec.Route;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;

/**
 * Draws a {@link MapSpec} with the chart theme: title, subtitle, the world in the Equal Earth
 * projection (latitudes 58° S to 84° N: Antarctica is left out), the legend, the source, the
 * boundaries' source and their disclaimer; as PNG (2×), SVG and the CSV of what is drawn.
 */
public final class MapRenderer {

  private MapRenderer() {}

  private static final double LAT_TOP = 84;
  private static final double LAT_BOTTOM = -58;
  private static final double X_MAX = EqualEarth.project(180, 0)[0];
  private static final double Y_TOP = EqualEarth.project(0, LAT_TOP)[1];
  private static final double Y_BOTTOM = EqualEarth.project(0, LAT_BOTTOM)[1];
  private static final int PAD = 10;
  private static final Color BORDER = Color.WHITE;
  private static final Color ROUTE = Palette.VERMILLION;

  /** The CSV header of a map of areas. */
  public static final List<String> AREAS_CSV = List.of("m49", "area", "year", "value", "class");

  /** The CSV header of a route map. */
  public static final List<String> ROUTES_CSV =
      List.of("from_m49", "from", "to_m49", "to", "value");

  /** Where each part of a map goes, from the fonts' metrics. */
  private record Layout(
      List<String> subtitle,
      double mapTop,
      double mapWidth,
      double mapHeight,
      List<Key> legend,
      List<Point2D.Double> keyAt,
      List<String> notes,
      double notesTop,
      int height) {}

  private static final FontMetrics TITLE_FM;
  private static final FontMetrics SUB_FM;
  private static final FontMetrics LEGEND_FM;
  private static final FontMetrics NOTE_FM;

  static {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    TITLE_FM = g.getFontMetrics(ChartTheme.TITLE);
    SUB_FM = g.getFontMetrics(ChartTheme.SUBTITLE);
    LEGEND_FM = g.getFontMetrics(ChartTheme.LEGEND);
    NOTE_FM = g.getFontMetrics(ChartTheme.NOTE);
    g.dispose();
  }

  /** The display height of a map in CSS pixels, for its width. */
  public static int height(MapSpec spec) {
    return layout(spec).height();
  }

  /** The countries of a map that cannot be drawn: no boundary and no dot for their code. */
  public static Set<String> notDrawn(MapSpec spec) {
    Set<String> out = new LinkedHashSet<>();
    WorldMap w = WorldMap.WORLD;
    for (Area a : spec.areas()) {
      if (!w.has(a.m49())) {
        out.add(a.name());
      }
    }
    for (Route r : spec.routes()) {
      if (!w.has(r.from())) {
        out.add(r.fromName());
      }
      if (!w.has(r.to())) {
        out.add(r.toName());
      }
    }
    return out;
  }

  private static List<Key> legend(MapSpec spec) {
    List<Key> keys = new ArrayList<>(spec.legend());
    if (spec.kind() == Kind.ROUTES) {
      double max = spec.routes().stream().mapToDouble(Route::value).max().orElse(0);
      double min = spec.routes().stream().mapToDouble(Route::value).min().orElse(0);
      keys.add(
          new Key(
              "From departure (circle) to destination (arrow); line width: "
                  + spec.unit()
                  + ", "
                  + (min == max
                      ? Numbers.plain(max)
                      : Numbers.plain(min) + " to " + Numbers.plain(max)),
              ROUTE));
    } else {
      keys.add(
          new Key(
              spec.kind() == Kind.STATUS ? "Did not report it in this run" : "No data",
              MapSpec.NO_DATA));
    }
    return keys;
  }

  private static Layout layout(MapSpec spec) {
    int w = spec.width();
    double inner = w - 2.0 * PAD;
    double y = PAD + TITLE_FM.getAscent() + TITLE_FM.getDescent();
    List<String> sub = spec.subtitle() == null ? List.of() : wrap(spec.subtitle(), SUB_FM, inner);
    y += sub.size() * SUB_FM.getHeight() + 6;
    double mapTop = y;
    double mapHeight = inner * (Y_TOP - Y_BOTTOM) / (2 * X_MAX);
    y += mapHeight + 8;
    // the legend's keys in rows, each at its place: a swatch, then its label
    List<Key> keys = legend(spec);
    List<Point2D.Double> keyAt = new ArrayList<>();
    double x = 0;
    double ky = y;
    for (Key k : keys) {
      double kw = 18 + LEGEND_FM.stringWidth(k.label()) + 14;
      if (x > 0 && x + kw > inner) {
        x = 0;
        ky += 18;
      }
      keyAt.add(new Point2D.Double(PAD + x, ky));
      x += kw;
    }
    y = ky + 18 + 4;
    List<String> notes = new ArrayList<>();
    Set<String> missing = notDrawn(spec);
    if (!missing.isEmpty()) {
      notes.add("Not on the map (no boundary at this scale): " + String.join(", ", missing) + ".");
    }
    if (spec.source() != null) {
      notes.add(spec.source());
    }
    notes.add(
        "Boundaries: "
            + WorldMap.WORLD.source()
            + "; small countries are drawn as dots. Equal Earth projection. "
            + WorldMap.WORLD.disclaimer());
    List<String> lines = new ArrayList<>();
    for (String n : notes) {
      lines.addAll(wrap(n, NOTE_FM, inner));
    }
    double notesTop = y;
    y += lines.size() * NOTE_FM.getHeight() + 6;
    return new Layout(
        sub, mapTop, inner, mapHeight, keys, keyAt, lines, notesTop, (int) Math.ceil(y));
  }

  /** Words of {@code text} in lines no wider than {@code width}. */
  static List<String> wrap(String text, FontMetrics fm, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && fm.stringWidth(next) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** From projected coordinates to the canvas (CSS pixels) of a map. */
  static AffineTransform transform(MapSpec spec) {
    return transform(layout(spec));
  }

  private static AffineTransform transform(Layout l) {
    double scale = l.mapWidth() / (2 * X_MAX);
    return new AffineTransform(
        scale, 0, 0, -scale, PAD + X_MAX * scale, l.mapTop() + Y_TOP * scale);
  }

  /** Draws the map on a canvas of its width and {@link #height}. */
  public static void draw(Graphics2D g, MapSpec spec) {
    Layout l = layout(spec);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, spec.width(), l.height());
    g.setColor(ChartTheme.TEXT);
    g.setFont(ChartTheme.TITLE);
    double y = PAD + TITLE_FM.getAscent();
    g.drawString(spec.title(), PAD, (float) y);
    y += TITLE_FM.getDescent();
    g.setFont(ChartTheme.SUBTITLE);
    g.setColor(ChartTheme.MUTED);
    for (String s : l.subtitle()) {
      y += SUB_FM.getHeight();
      g.drawString(s, PAD, (float) (y - SUB_FM.getDescent()));
    }

    double scale = l.mapWidth() / (2 * X_MAX);
    AffineTransform at =
        new AffineTransform(scale, 0, 0, -scale, PAD + X_MAX * scale, l.mapTop() + Y_TOP * scale);
    Shape clip = g.getClip();
    // the world's outline clips what crosses the antimeridian (and the latitudes not drawn)
    g.clip(at.createTransformedShape(frame()));
    // the outline of the world, so that the oceans have an edge
    g.setColor(new Color(0xF4F8FB));
    g.fill(at.createTransformedShape(frame()));
    Map<Integer, Color> fill = new HashMap<>();
    for (Area a : spec.areas()) {
      fill.put(a.m49(), spec.legend().get(a.key()).colour());
    }
    g.setStroke(new BasicStroke(0.5f));
    for (WorldMap.Shape s : WorldMap.WORLD.shapes()) {
      Shape p = at.createTransformedShape(s.outline());
      Color c = s.m49() == null ? null : fill.get(s.m49());
      g.setColor(c == null ? MapSpec.NO_DATA : c);
      g.fill(p);
      g.setColor(BORDER);
      g.draw(p);
    }
    for (Area a : spec.areas()) {
      Point2D.Double d = WorldMap.WORLD.dots().get(a.m49());
      if (d != null) {
        Point2D p = at.transform(d, null);
        Ellipse2D.Double dot = new Ellipse2D.Double(p.getX() - 3.5, p.getY() - 3.5, 7, 7);
        g.setColor(fill.get(a.m49()));
        g.fill(dot);
        g.setColor(ChartTheme.MUTED);
        g.draw(dot);
      }
    }
    if (spec.kind() == Kind.ROUTES) {
      drawRoutes(g, spec, at);
    }
    g.setClip(clip);
    g.setColor(ChartTheme.AXIS_LINE);
    g.setStroke(new BasicStroke(0.6f));
    g.draw(at.createTransformedShape(frame()));

    g.setFont(ChartTheme.LEGEND);
    for (int i = 0; i < l.legend().size(); i++) {
      Key k = l.legend().get(i);
      double kx = l.keyAt().get(i).x;
      double ly = l.keyAt().get(i).y;
      g.setColor(k.colour());
      if (spec.kind() == Kind.ROUTES && k.colour() == ROUTE) {
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine((int) kx, (int) (ly + 7), (int) (kx + 12), (int) (ly + 7));
      } else {
        g.fill(new java.awt.geom.Rectangle2D.Double(kx, ly + 1, 12, 12));
        g.setColor(ChartTheme.AXIS_LINE);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new java.awt.geom.Rectangle2D.Double(kx, ly + 1, 12, 12));
      }
      g.setColor(ChartTheme.TEXT);
      g.drawString(k.label(), (float) (kx + 18), (float) (ly + 11));
    }
    g.setFont(ChartTheme.NOTE);
    g.setColor(ChartTheme.MUTED);
    double ny = l.notesTop();
    for (String s : l.notes()) {
      ny += NOTE_FM.getHeight();
      g.drawString(s, PAD, (float) (ny - NOTE_FM.getDescent()));
    }
  }

  private static void drawRoutes(Graphics2D g, MapSpec spec, AffineTransform at) {
    double max = spec.routes().stream().mapToDouble(Route::value).max().orElse(1);
    double min = spec.routes().stream().mapToDouble(Route::value).min().orElse(1);
    for (Route r : spec.routes()) {
      Point2D.Double a0 = WorldMap.WORLD.anchor(r.from());
      Point2D.Double b0 = WorldMap.WORLD.anchor(r.to());
      if (a0 == null || b0 == null || r.from() == r.to()) {
        continue;
      }
      Point2D a = at.transform(a0, null);
      Point2D b = at.transform(b0, null);
      double dx = b.getX() - a.getX();
      double dy = b.getY() - a.getY();
      double len = Math.hypot(dx, dy);
      // bent to the left of the direction of travel, so that A→B and B→A are two lines
      double cx = (a.getX() + b.getX()) / 2 + dy * 0.2;
      double cy = (a.getY() + b.getY()) / 2 - dx * 0.2;
      float width = (float) (max == min ? 2 : 1.2 + 2.8 * (r.value() - min) / (max - min));
      g.setColor(new Color(ROUTE.getRed(), ROUTE.getGreen(), ROUTE.getBlue(), 210));
      g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new QuadCurve2D.Double(a.getX(), a.getY(), cx, cy, b.getX(), b.getY()));
      // the arrowhead, along the curve's tangent at its end
      double tx = b.getX() - cx;
      double ty = b.getY() - cy;
      double tl = Math.hypot(tx, ty);
      if (len > 0 && tl > 0) {
        tx /= tl;
        ty /= tl;
        double s = 5 + width;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(b.getX(), b.getY());
        head.lineTo(b.getX() - s * tx - s * 0.5 * ty, b.getY() - s * ty + s * 0.5 * tx);
        head.lineTo(b.getX() - s * tx + s * 0.5 * ty, b.getY() - s * ty - s * 0.5 * tx);
        head.closePath();
        g.fill(head);
      }
      g.setColor(ChartTheme.TEXT);
      g.setStroke(new BasicStroke(0.8f));
      g.draw(new Ellipse2D.Double(a.getX() - 2.5, a.getY() - 2.5, 5, 5));
    }
  }

  /** The edge of the projected world between the latitudes drawn. */
  private static Path2D.Double frame() {
    Path2D.Double p = new Path2D.Double();
    for (double lat = LAT_BOTTOM; lat <= LAT_TOP; lat += 2) {
      double[] q = EqualEarth.project(-180, lat);
      if (lat == LAT_BOTTOM) {
        p.moveTo(q[0], q[1]);
      } else {
        p.lineTo(q[0], q[1]);
      }
    }
    for (double lat = LAT_TOP; lat >= LAT_BOTTOM; lat -= 2) {
      double[] q = EqualEarth.project(180, lat);
      p.lineTo(q[0], q[1]);
    }
    p.closePath();
    return p;
  }

  /** Writes {@code <id>.png} (2×), {@code <id>.svg} and {@code <id>.csv} into a folder. */
  public static void write(MapSpec spec, Path dir) {
    try {
      ChartRenderer.writeImages(dir, spec.id(), spec.width(), height(spec), g -> draw(g, spec));
      try (Csv csv = Csv.forSpreadsheets(dir.resolve(spec.id() + ".csv"))) {
        if (spec.kind() == Kind.ROUTES) {
          csv.row(ROUTES_CSV);
          for (Route r : spec.routes()) {
            csv.row(
                List.of(
                    Integer.toString(r.from()),
                    r.fromName(),
                    Integer.toString(r.to()),
                    r.toName(),
                    Numbers.plain(r.value())));
          }
        } else {
          csv.row(AREAS_CSV);
          for (Area a : spec.areas()) {
            csv.row(
                List.of(
                    Integer.toString(a.m49()),
                    a.name(),
                    a.year() == null ? "" : Integer.toString(a.year()),
                    a.value() == null ? "" : Numbers.plain(a.value()),
                    spec.legend().get(a.key()).label()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
