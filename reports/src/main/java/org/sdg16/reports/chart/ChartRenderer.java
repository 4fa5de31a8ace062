package org.sdg16.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.schemas.csv.Csv;
import org.sdg16.schemas.csv.Numbers;

/**
 * Draws a {@link ChartSpec} with JFreeChart in the {@link ChartTheme}, and writes the chart as a
 * PNG at twice its display size, as an SVG, and as a CSV of exactly the points drawn (read back
 * from the chart's own datasets), in the dialect and with the formula escaping of the exports
 * ({@link Csv#forSpreadsheets}).
 */
public final class ChartRenderer {

  private ChartRenderer() {}

  /** CSV header of every chart's data file. */
  /** From this many categories, bars are drawn horizontally. */
  public static final int HORIZONTAL_FROM = 9;

  public static final List<String> CSV_HEADER = List.of("series", "x", "value", "note");

  /** Builds the chart of a spec, themed. */
  public static JFreeChart build(ChartSpec spec) {
    JFreeChart chart = spec.kind() == ChartSpec.Kind.LINE ? line(spec) : bars(spec);
    String subtitle = spec.subtitle();
    if (spec.kind() == ChartSpec.Kind.LINE && spec.xs().size() == 1) {
      String one = "one year only, " + spec.xs().get(0);
      subtitle = subtitle == null || subtitle.isBlank() ? one : subtitle + " (" + one + ")";
    }
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle sub = new TextTitle(subtitle, ChartTheme.SUBTITLE);
      sub.setPaint(ChartTheme.MUTED);
      sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      sub.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 4, 6, 4));
      chart.addSubtitle(0, sub);
    }
    ChartTheme.apply(chart);
    // titles on the bottom edge are laid out from the outside in: the source line last under
    // everything, the footnotes above it, the legend right under the plot
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      chart.removeLegend();
    }
    if (spec.source() != null) {
      chart.addSubtitle(ChartTheme.note(spec.source()));
    }
    List<Map.Entry<String, Integer>> notes = new ArrayList<>(spec.footnotes().entrySet());
    for (int i = notes.size() - 1; i >= 0; i--) {
      chart.addSubtitle(
          ChartTheme.note(
              "[" + notes.get(i).getValue() + "] " + shorten(notes.get(i).getKey(), 150)));
    }
    // a line chart names its one line too (a region, say, that the title does not name)
    if (legend != null && (spec.series().size() > 1 || spec.kind() == ChartSpec.Kind.LINE)) {
      chart.addSubtitle(legend);
    }
    return chart;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static JFreeChart line(ChartSpec spec) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Line l : spec.series()) {
      XYSeries s = new XYSeries(l.label(), true, false);
      Integer last = null;
      for (Point p : l.points()) {
        int year = Integer.parseInt(p.x());
        if (l.style() == ChartSpec.Style.LINE && last != null && year > last + 1) {
          // a year without a value: the line breaks there instead of joining the years around it
          s.add(last + 1, null);
        }
        s.add(year, p.value());
        last = year;
      }
      data.addSeries(s);
    }
    // the axis spans the marked gaps too (an empty item draws nothing and is not in the CSV)
    if (data.getSeriesCount() > 0) {
      XYSeries first = data.getSeries(0);
      for (ChartSpec.Gap g : spec.gaps()) {
        int year = Integer.parseInt(g.x());
        if (first.indexOf(year) < 0) {
          first.add(year, null);
        }
      }
    }
    NumberAxis x = new NumberAxis(spec.xTitle());
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setNumberFormatOverride(org.sdg16.reports.page.Fmt.yearFormat());
    x.setAutoRangeIncludesZero(false);
    x.setLowerMargin(0.04);
    x.setUpperMargin(0.04);
    List<String> xs = spec.xs();
    if (xs.size() == 1) {
      int y = Integer.parseInt(xs.get(0));
      x.setRange(y - 1, y + 1);
    }
    if (xs.size() > 1
        && Integer.parseInt(xs.get(xs.size() - 1)) - Integer.parseInt(xs.get(0)) <= 12) {
      x.setTickUnit(new NumberTickUnit(1, org.sdg16.reports.page.Fmt.yearFormat()));
    }
    NumberAxis y = valueAxis(spec);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    for (int i = 0; i < spec.series().size(); i++) {
      Line l = spec.series().get(i);
      Color c = Palette.of(l.colourKey());
      r.setSeriesPaint(i, c);
      r.setSeriesFillPaint(i, c);
      switch (l.style()) {
        case LINE -> {
          r.setSeriesLinesVisible(i, true);
          r.setSeriesShapesVisible(i, true);
          r.setSeriesStroke(
              i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        case MARKERS -> {
          r.setSeriesLinesVisible(i, false);
          r.setSeriesShapesVisible(i, true);
          r.setSeriesShape(i, diamond(5.5));
        }
        case DASHED -> {
          r.setSeriesLinesVisible(i, true);
          r.setSeriesShapesVisible(i, false);
          r.setSeriesStroke(
              i,
              new BasicStroke(
                  1.6f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {6f, 4f},
                  0f));
        }
        case BAND -> {
          r.setSeriesLinesVisible(i, false);
          r.setSeriesShapesVisible(i, false);
          r.setSeriesVisibleInLegend(i, false);
        }
        default -> throw new IllegalStateException();
      }
    }
    // a chart of one year is a labelled value, not a lone dot to read off the axis
    if (xs.size() == 1) {
      r.setDefaultItemLabelGenerator(
          new org.jfree.chart.labels.StandardXYItemLabelGenerator(
              "{2}",
              org.sdg16.reports.page.Fmt.yearFormat(), org.sdg16.reports.page.Fmt.axisFormat()));
      r.setDefaultItemLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 11));
      r.setDefaultItemLabelPaint(ChartTheme.TEXT);
      r.setDefaultPositiveItemLabelPosition(
          new org.jfree.chart.labels.ItemLabelPosition(
              ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      r.setDefaultItemLabelsVisible(true);
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setOrientation(PlotOrientation.VERTICAL);
    for (int i = 0; i + 1 < spec.series().size(); i++) {
      Line lo = spec.series().get(i);
      Line hi = spec.series().get(i + 1);
      if (lo.style() == ChartSpec.Style.BAND && hi.style() == ChartSpec.Style.BAND) {
        double[] poly = new double[2 * (lo.points().size() + hi.points().size())];
        int k = 0;
        for (Point p : lo.points()) {
          poly[k++] = Integer.parseInt(p.x());
          poly[k++] = p.value();
        }
        for (int j = hi.points().size() - 1; j >= 0; j--) {
          poly[k++] = Integer.parseInt(hi.points().get(j).x());
          poly[k++] = hi.points().get(j).value();
        }
        Color c = Palette.of(lo.colourKey());
        plot.getRenderer()
            .addAnnotation(
                new org.jfree.chart.annotations.XYPolygonAnnotation(
                    poly, null, null, new Color(c.getRed(), c.getGreen(), c.getBlue(), 56)),
                org.jfree.chart.ui.Layer.BACKGROUND);
        i++;
      }
    }
    Map<String, Integer> notes = spec.footnotes();
    for (Line l : spec.series()) {
      for (Point p : l.points()) {
        if (p.note() != null) {
          XYPointerAnnotation a =
              new XYPointerAnnotation(
                  "[" + notes.get(p.note()) + "]",
                  Integer.parseInt(p.x()),
                  p.value(),
                  -Math.PI / 2);
          a.setTipRadius(6);
          a.setBaseRadius(8);
          a.setArrowLength(0);
          a.setArrowWidth(0);
          a.setArrowPaint(new Color(0, 0, 0, 0));
          a.setFont(new Font(ChartTheme.FONT, Font.BOLD, 10));
          a.setPaint(ChartTheme.TEXT);
          a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
          plot.addAnnotation(a);
        }
      }
    }
    // a year without a value for a reason: a dashed line across the plot, its footnote on top
    for (ChartSpec.Gap g : spec.gaps()) {
      org.jfree.chart.plot.ValueMarker m =
          new org.jfree.chart.plot.ValueMarker(
              Integer.parseInt(g.x()),
              Palette.VERMILLION,
              new BasicStroke(
                  1.2f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {3f, 3f},
                  0f));
      m.setLabel("[" + notes.get(g.note()) + "]");
      m.setLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 10));
      m.setLabelPaint(Palette.VERMILLION);
      m.setLabelBackgroundColor(Color.WHITE);
      m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP);
      m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 2));
      plot.addDomainMarker(m);
    }
    JFreeChart chart = new JFreeChart(spec.title(), ChartTheme.TITLE, plot, true);
    return chart;
  }

  private static Shape diamond(double s) {
    Path2D.Double d = new Path2D.Double();
    d.moveTo(0, -s);
    d.lineTo(s, 0);
    d.lineTo(0, s);
    d.lineTo(-s, 0);
    d.closePath();
    return d;
  }

  private static NumberAxis valueAxis(ChartSpec spec) {
    NumberAxis y = new NumberAxis(spec.yTitle());
    y.setNumberFormatOverride(org.sdg16.reports.page.Fmt.axisFormat());
    if ("USD".equals(spec.unit())) {
      // dollars are labelled in millions; the data table and CSV keep whole dollars
      y.setNumberFormatOverride(org.sdg16.reports.page.Fmt.millionsFormat());
      y.setLabel(spec.yTitle() + " (millions)");
    }
    // room between tick labels, so that an axis shows about six to ten ticks, not twenty
    y.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(7, 4, 7, 4));
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.10);
    if (spec.kind() == ChartSpec.Kind.STACKED_BAR && "PT".equals(spec.unit())) {
      y.setRange(0, 100);
      y.setTickUnit(new NumberTickUnit(20, org.sdg16.reports.page.Fmt.axisFormat()));
    }
    return y;
  }

  private static JFreeChart bars(ChartSpec spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Line l : spec.series()) {
      Map<String, Double> byX = new HashMap<>();
      l.points().forEach(p -> byX.put(p.x(), p.value()));
      for (String c : spec.categories()) {
        Double v = byX.get(c);
        if (v != null) {
          data.addValue(v, l.label(), c);
        }
      }
    }
    CategoryAxis x = new CategoryAxis(spec.xTitle());
    x.setMaximumCategoryLabelLines(2);
    NumberAxis y = valueAxis(spec);
    BarRenderer r =
        spec.kind() == ChartSpec.Kind.STACKED_BAR ? new StackedBarRenderer() : new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0.04);
    r.setMaximumBarWidth(spec.kind() == ChartSpec.Kind.HBAR ? 0.9 : 0.12);
    for (int i = 0; i < spec.series().size(); i++) {
      r.setSeriesPaint(i, Palette.of(spec.series().get(i).colourKey()));
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    // more categories than a row of labels holds: horizontal bars, whose labels read level,
    // rather than labels turned 45 degrees
    boolean horizontal =
        spec.kind() == ChartSpec.Kind.HBAR || spec.categories().size() >= HORIZONTAL_FROM;
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);

    Map<String, Integer> notes = spec.footnotes();
    // a stack's notes once, above the whole stack: its segments share their area and year
    Map<String, java.util.TreeSet<Integer>> stackNotes = new java.util.LinkedHashMap<>();
    for (Line l : spec.series()) {
      for (Point p : l.points()) {
        if (p.note() != null && spec.categories().contains(p.x())) {
          if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
            stackNotes
                .computeIfAbsent(p.x(), k -> new java.util.TreeSet<>())
                .add(notes.get(p.note()));
            continue;
          }
          plot.addAnnotation(
              noteMark("[" + notes.get(p.note()) + "]", p.x(), p.value(), horizontal));
        }
      }
    }
    Line top = spec.series().isEmpty() ? null : spec.series().get(spec.series().size() - 1);
    stackNotes.forEach(
        (cat, ns) -> {
          StringBuilder t = new StringBuilder();
          ns.forEach(n -> t.append("[").append(n).append("]"));
          plot.addAnnotation(noteMark(t.toString(), cat, stackedTop(spec, top, cat), horizontal));
        });
    boolean legend = spec.series().size() > 1;
    JFreeChart chart = new JFreeChart(spec.title(), ChartTheme.TITLE, plot, legend);
    if (!legend) {
      r.setDefaultItemLabelsVisible(false);
    }
    r.setDefaultPositiveItemLabelPosition(
        new org.jfree.chart.labels.ItemLabelPosition(
            ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    return chart;
  }

  private static CategoryTextAnnotation noteMark(
      String text, String category, double at, boolean horizontal) {
    CategoryTextAnnotation a = new CategoryTextAnnotation(text, category, at);
    a.setFont(new Font(ChartTheme.FONT, Font.BOLD, 10));
    a.setPaint(ChartTheme.TEXT);
    a.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
    return a;
  }

  private static double stackedTop(ChartSpec spec, Line upTo, String category) {
    double sum = 0;
    for (Line l : spec.series()) {
      for (Point p : l.points()) {
        if (p.x().equals(category)) {
          sum += p.value();
        }
      }
      if (l == upTo) {
        break;
      }
    }
    return sum;
  }

  /**
   * The points a chart draws, read from its datasets: one row per series and x, in drawing order,
   * with the note of a flagged point.
   */
  public static List<List<String>> drawnData(JFreeChart chart, ChartSpec spec) {
    Map<String, String> notes = new HashMap<>();
    for (Line l : spec.series()) {
      for (Point p : l.points()) {
        if (p.note() != null) {
          notes.put(l.label() + "\u0000" + p.x(), p.note());
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    if (chart.getPlot() instanceof XYPlot xy) {
      XYSeriesCollection d = (XYSeriesCollection) xy.getDataset();
      for (int s = 0; s < d.getSeriesCount(); s++) {
        XYSeries series = d.getSeries(s);
        String label = series.getKey().toString();
        for (int i = 0; i < series.getItemCount(); i++) {
          if (series.getY(i) == null) {
            continue; // the break of a line at a year without a value: nothing is drawn there
          }
          String x = Long.toString(Math.round(series.getX(i).doubleValue()));
          rows.add(
              List.of(
                  label,
                  x,
                  Numbers.plain(series.getY(i).doubleValue()),
                  notes.getOrDefault(label + "\u0000" + x, "")));
        }
      }
    } else if (chart.getPlot() instanceof CategoryPlot cp) {
      CategoryDataset d = cp.getDataset();
      for (int r = 0; r < d.getRowCount(); r++) {
        String label = d.getRowKey(r).toString();
        for (int c = 0; c < d.getColumnCount(); c++) {
          Number v = d.getValue(r, c);
          if (v != null) {
            String x = d.getColumnKey(c).toString();
            rows.add(
                List.of(
                    label,
                    x,
                    Numbers.plain(v.doubleValue()),
                    notes.getOrDefault(label + "\u0000" + x, "")));
          }
        }
      }
    }
    return rows;
  }

  /** Writes {@code <id>.png} (2×), {@code <id>.svg} and {@code <id>.csv} into a folder. */
  public static void write(ChartSpec spec, Path dir) {
    JFreeChart chart = build(spec);
    int w = spec.width();
    int h = spec.height();
    try {
      writeImages(dir, spec.id(), w, h, g -> chart.draw(g, new Rectangle2D.Double(0, 0, w, h)));
      try (Csv csv = Csv.forSpreadsheets(dir.resolve(spec.id() + ".csv"))) {
        csv.row(CSV_HEADER);
        for (List<String> row : drawnData(chart, spec)) {
          csv.row(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes what {@code draw} draws on a {@code w} × {@code h} canvas (CSS pixels) as {@code
   * <id>.png}, at twice that size on white, and as {@code <id>.svg}: the one place where a figure
   * of the report becomes files.
   */
  public static void writeImages(
      Path dir, String id, int w, int h, java.util.function.Consumer<Graphics2D> draw)
      throws IOException {
    BufferedImage img = new BufferedImage(2 * w, 2 * h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 2 * w, 2 * h);
    g.scale(2, 2);
    draw.accept(g);
    g.dispose();
    writePng(img, dir.resolve(id + ".png"));
    SVGGraphics2D svg = new SVGGraphics2D(w, h);
    svg.setDefsKeyPrefix(id.replace('-', '_'));
    draw.accept(svg);
    Files.writeString(dir.resolve(id + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
  }

  /** The PNG file of a chart, through ImageIO's PNG writer. */
  private static void writePng(BufferedImage img, Path file) throws IOException {
    if (!javax.imageio.ImageIO.write(img, "png", file.toFile())) {
      throw new IOException("no PNG writer in this JVM");
    }
  }
}
