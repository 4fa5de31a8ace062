package org.sdg16.reports.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one chart shows, before it is drawn: its kind, titles, units and the exact points. The PNG,
 * SVG, CSV and the data table beside the chart are all made from one spec.
 *
 * @param id file name stem, unique in the report ({@code charts/<id>.png})
 * @param title chart title
 * @param subtitle a line under the title, or null
 * @param kind how it is drawn
 * @param xTitle axis title of the years or categories
 * @param yTitle axis title of the values, with the unit
 * @param unit unit code of the values, for number formats
 * @param categories categories in order (bar charts), empty for line charts
 * @param series the series drawn
 * @param source source line printed under the chart
 * @param width display width in CSS pixels (the PNG is twice as large)
 * @param height display height in CSS pixels
 * @param gaps years of a line chart without a value for a reason the reader must see (a return
 *     quarantined): marked on the chart and footnoted
 */
public record ChartSpec(
    String id,
    String title,
    String subtitle,
    Kind kind,
    String xTitle,
    String yTitle,
    String unit,
    List<String> categories,
    List<Line> series,
    String source,
    int width,
    int height,
    List<Gap> gaps) {

  /** A year without a value, and why (a footnote). */
  public record Gap(String x, String note) {
    public Gap {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(note, "note");
    }
  }

  /** A chart without marked gaps. */
  public ChartSpec(
      String id,
      String title,
      String subtitle,
      Kind kind,
      String xTitle,
      String yTitle,
      String unit,
      List<String> categories,
      List<Line> series,
      String source,
      int width,
      int height) {
    this(
        id,
        title,
        subtitle,
        kind,
        xTitle,
        yTitle,
        unit,
        categories,
        series,
        source,
        width,
        height,
        List.of());
  }

  /** Kinds of chart. */
  public enum Kind {
    /** Values over years; x is a year. */
    LINE,
    /** Vertical bars by category, series side by side. */
    BAR,
    /** Vertical bars by category, series stacked (shares adding up to 100). */
    STACKED_BAR,
    /** Horizontal bars by category (rankings). */
    HBAR
  }

  /** How a series is drawn on a line chart. */
  public enum Style {
    /** A line with round markers. */
    LINE,
    /** Markers only, diamonds (published values). */
    MARKERS,
    /** A dashed line without markers (trend lines). */
    DASHED,
    /**
     * One edge of a shaded band, drawn with the next series, its other edge, as one area without a
     * legend entry (the Theil–Sen interval); its points are in the data like any other.
     */
    BAND
  }

  /**
   * One series.
   *
   * @param colourKey key of its colour in {@link Palette}
   * @param label legend label
   * @param style line style (line charts)
   * @param points its points in drawing order
   */
  public record Line(String colourKey, String label, Style style, List<Point> points) {
    public Line {
      Objects.requireNonNull(label, "label");
      points = List.copyOf(points);
    }
  }

  /**
   * One point: a year (line charts) or category, its value, and a note when the value is flagged
   * (status other than A, or a comment).
   */
  public record Point(String x, double value, String note) {
    public Point {
      Objects.requireNonNull(x, "x");
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("a drawn value must be finite: " + value);
      }
    }
  }

  public ChartSpec {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("chart id must be a file-name stem: " + id);
    }
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    gaps = List.copyOf(gaps);
  }

  /** Every distinct note, numbered from 1 in order of appearance, the gaps' last. */
  public Map<String, Integer> footnotes() {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Line l : series) {
      for (Point p : l.points()) {
        if (p.note() != null && !n.containsKey(p.note())) {
          n.put(p.note(), n.size() + 1);
        }
      }
    }
    for (Gap g : gaps) {
      n.putIfAbsent(g.note(), n.size() + 1);
    }
    return n;
  }

  /** Whether anything is drawn. */
  public boolean isEmpty() {
    return series.stream().allMatch(l -> l.points().isEmpty());
  }

  /** The x values in drawing order (years or categories). */
  public List<String> xs() {
    if (kind != Kind.LINE) {
      return categories;
    }
    List<String> xs = new ArrayList<>();
    java.util.stream.Stream.concat(
            series.stream().flatMap(l -> l.points().stream()).map(Point::x),
            gaps.stream().map(Gap::x))
        .distinct()
        .sorted()
        .forEach(xs::add);
    return xs;
  }
}
