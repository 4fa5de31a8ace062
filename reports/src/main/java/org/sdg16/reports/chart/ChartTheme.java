package org.sdg16.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart of the report, as in UNODC's and UNSD's own publications: white
 * background, no plot border, light horizontal grid lines only, plain sans-serif text, legend under
 * the plot without a frame. Applied by {@link ChartRenderer} to every chart it builds.
 */
public final class ChartTheme {

  private ChartTheme() {}

  public static final String FONT = "SansSerif";
  public static final Font TITLE = new Font(FONT, Font.BOLD, 15);
  public static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 12);
  public static final Font AXIS_TITLE = new Font(FONT, Font.PLAIN, 12);
  public static final Font TICKS = new Font(FONT, Font.PLAIN, 11);
  public static final Font LEGEND = new Font(FONT, Font.PLAIN, 11);
  public static final Font NOTE = new Font(FONT, Font.PLAIN, 10);
  public static final Color TEXT = new Color(0x222222);
  public static final Color MUTED = new Color(0x555555);
  public static final Color GRID = new Color(0xDDDDDD);
  public static final Color AXIS_LINE = new Color(0x888888);

  /** Applies the theme to a chart and its plot. */
  public static void apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 6, 12));
    if (chart.getTitle() != null) {
      TextTitle t = chart.getTitle();
      t.setFont(TITLE);
      t.setPaint(TEXT);
      t.setHorizontalAlignment(HorizontalAlignment.LEFT);
      t.setPadding(new RectangleInsets(0, 4, 4, 4));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title s = chart.getSubtitle(i);
      if (s instanceof LegendTitle l) {
        l.setItemFont(LEGEND);
        l.setItemPaint(TEXT);
        l.setFrame(BlockBorder.NONE);
        l.setBackgroundPaint(Color.WHITE);
        l.setPosition(RectangleEdge.BOTTOM);
        l.setHorizontalAlignment(HorizontalAlignment.LEFT);
      }
    }
    Plot p = chart.getPlot();
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlineVisible(false);
    p.setInsets(new RectangleInsets(6, 4, 4, 8));
    if (p instanceof XYPlot xy) {
      xy.setDomainGridlinesVisible(false);
      xy.setDomainMinorGridlinesVisible(false);
      xy.setRangeGridlinesVisible(true);
      xy.setRangeGridlinePaint(GRID);
      xy.setRangeGridlineStroke(new BasicStroke(0.8f));
      xy.setRangeZeroBaselineVisible(false);
      axis(xy.getDomainAxis());
      axis(xy.getRangeAxis());
      xy.getRangeAxis().setAxisLineVisible(false);
    } else if (p instanceof CategoryPlot cp) {
      cp.setDomainGridlinesVisible(false);
      cp.setRangeGridlinesVisible(true);
      cp.setRangeGridlinePaint(GRID);
      cp.setRangeGridlineStroke(new BasicStroke(0.8f));
      CategoryAxis d = cp.getDomainAxis();
      axis(d);
      d.setCategoryMargin(0.15);
      d.setLowerMargin(0.02);
      d.setUpperMargin(0.02);
      ValueAxis r = cp.getRangeAxis();
      axis(r);
      r.setAxisLineVisible(false);
    }
  }

  /** A small left-aligned line of text under the plot (source, notes). */
  public static TextTitle note(String text) {
    TextTitle t = new TextTitle(text, NOTE);
    t.setPaint(MUTED);
    t.setPosition(RectangleEdge.BOTTOM);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setPadding(new RectangleInsets(1, 4, 0, 4));
    return t;
  }

  private static void axis(Axis a) {
    a.setLabelFont(AXIS_TITLE);
    a.setLabelPaint(TEXT);
    a.setTickLabelFont(TICKS);
    a.setTickLabelPaint(TEXT);
    a.setAxisLinePaint(AXIS_LINE);
    a.setTickMarkPaint(AXIS_LINE);
    a.setTickMarkOutsideLength(3f);
  }
}
