package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.output.TrendRow;

/**
 * How the report words a series' trend and progress (methodology §6.2–6.3), in one place so that no
 * page contradicts another: the trend test with its p-value and the Theil–Sen slope with its unit;
 * the combined sentence of the progress methods, which says when the change is not statistically
 * significant; and the table of each configured method's category, symbol, measure and period.
 */
final class ProgressParts {

  private ProgressParts() {}

  /** Fewest observed years of a trend test (methodology §6). */
  private static final int TREND_MIN_YEARS = 3;

  /**
   * The trend test in words, e.g. "no significant trend (Mann–Kendall p = 0.92); Theil–Sen slope
   * −0.25 percentage points a year", or why there is none; null without a trend row.
   */
  static String trend(TrendRow t) {
    if (t == null) {
      return null;
    }
    if (t.direction() == null) {
      if (hasNote(t, "changing_panel")) {
        return "no trend: the reporting countries change from year to year";
      }
      if (hasNote(t, "insufficient_points")) {
        return "too few years for a trend test ("
            + t.nPoints()
            + "; it needs "
            + TREND_MIN_YEARS
            + ")";
      }
      return "no trend test";
    }
    String s = t.direction().replace('_', ' ');
    if (t.mkP() != null) {
      s += " (Mann\u2013Kendall p = " + Fmt.num(t.mkP(), 2) + ")";
    }
    String slope = slope(t);
    return slope == null ? s : s + "; Theil\u2013Sen slope " + slope;
  }

  /**
   * The trend test for a table cell: "▲ increasing (p = 0.01)", or why there is none; a dash
   * without a trend row.
   */
  static String direction(TrendRow t) {
    if (t == null) {
      return "\u2013";
    }
    if (t.direction() == null) {
      return trend(t);
    }
    return Fmt.arrow(t.direction())
        + " "
        + t.direction().replace('_', ' ')
        + (t.mkP() == null ? "" : " (p = " + Fmt.num(t.mkP(), 2) + ")");
  }

  /** The Theil–Sen slope with its unit, e.g. "+0.80 percentage points a year", or null. */
  static String slope(TrendRow t) {
    if (t == null || t.theilSenSlope() == null) {
      return null;
    }
    // money carries its unit already ("+US$ 1.2 million"): only "a year" follows it
    return "USD".equals(t.unitMeasure())
        ? Fmt.signed(t.theilSenSlope(), "USD") + " a year"
        : Fmt.signed(t.theilSenSlope(), t.unitMeasure()) + " " + slopeUnit(t);
  }

  /** The unit of the Theil–Sen slope ("percentage points a year", "kg a year"). */
  static String slopeUnit(TrendRow t) {
    return t.slopeUnit() != null
        ? t.slopeUnit()
        : "PT".equals(t.unitMeasure())
            ? "percentage points a year"
            : "RATIO".equals(t.unitMeasure())
                ? "ratio points a year"
                : Fmt.unitLabel(t.unitMeasure()) + " a year";
  }

  /**
   * What the progress methods say: the combined sentence of methodology §6.3, or why no method
   * could assess the series; null when no method is configured for it (no desired direction).
   */
  static String progress(TrendRow t) {
    if (t == null) {
      return null;
    }
    if (t.progressSentence() != null) {
      return t.progressSentence();
    }
    Map<TrendRow.Method, TrendRow.ProgressGroup> g = t.progressGroups();
    if (g.isEmpty()) {
      return null;
    }
    return "progress not assessed: "
        + g.values().iterator().next().category().replaceFirst("^not assessed: ", "");
  }

  /**
   * The trend and the progress in one line for a chart subtitle or headline. When the trend test
   * could not run and a method reports progress, the sentence already says so and stands alone.
   */
  static String summary(TrendRow t) {
    if (t == null) {
      return null;
    }
    String trend = trend(t);
    String progress = progress(t);
    if (progress == null) {
      return trend;
    }
    if (t.direction() == null && t.progressSentence() != null) {
      return progress;
    }
    return trend + " \u00B7 " + progress;
  }

  /** One row of a progress table: its label (a country, a disaggregation) and its trend. */
  record Labelled(String label, String href, TrendRow trend) {}

  /**
   * Each configured method's category (with its symbol), measure (with its unit) and years, one row
   * per row × method; rows without a configured method are left out. Null when none is left.
   */
  static TableView table(String caption, String rowHead, List<Labelled> rows) {
    List<RowView> out = new ArrayList<>();
    for (Labelled l : rows) {
      if (l.trend() == null) {
        continue;
      }
      for (Map.Entry<TrendRow.Method, TrendRow.ProgressGroup> e :
          l.trend().progressGroups().entrySet()) {
        TrendRow.ProgressGroup g = e.getValue();
        out.add(
            RowView.of(
                Cell.rowHeader(l.label(), l.href()),
                Cell.text(e.getKey().label()),
                category(g),
                Cell.num(measure(g)),
                Cell.num(g.years() == null ? "\u2013" : g.years()),
                Cell.text(test(l.trend()))));
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    return new TableView(
        caption,
        null,
        List.of(
            HeadCell.text(rowHead),
            HeadCell.text("Method"),
            HeadCell.text("Category"),
            HeadCell.num("Measure"),
            HeadCell.num("Years used"),
            HeadCell.text("Trend test (Mann\u2013Kendall, all years)")),
        out);
  }

  /**
   * The trend test in a few words: "significant increase (p = 0.01)", "not statistically
   * significant (p = 0.92)", or why it did not run.
   */
  static String test(TrendRow t) {
    if (t.direction() == null || t.mkP() == null) {
      return trend(t);
    }
    String p = " (p = " + Fmt.num(t.mkP(), 2) + ")";
    return switch (t.direction()) {
      case "increasing" -> "significant increase" + p;
      case "decreasing" -> "significant decrease" + p;
      default -> "not statistically significant" + p;
    };
  }

  /** The category with the method's symbol before it, coloured where the symbol is a colour. */
  static Cell category(TrendRow.ProgressGroup g) {
    String sym = g.symbol();
    String glyph =
        switch (sym == null ? "" : sym) {
          case "green", "yellow", "red", "blue", "grey" -> "\u25CF";
          case "\u2191", "\u2197", "\u2198", "\u2193" -> sym;
          case "target_achieved" -> "\u2713";
          case "substantial_progress" -> "\u2191";
          case "moderate_progress" -> "\u2197";
          case "limited_progress" -> "\u2192";
          case "deterioration" -> "\u2193";
          default -> "\u2013";
        };
    String cls =
        switch (sym == null ? "" : sym) {
          case "green", "yellow", "red", "blue", "grey" -> "sym sym-" + sym;
          default -> "sym";
        };
    return Cell.styled(glyph + " " + g.category(), cls, "symbol: " + sym);
  }

  /** The classified value with its unit, e.g. "+0.42 percentage points a year", or a dash. */
  static String measure(TrendRow.ProgressGroup g) {
    if (g.value() == null) {
      return "\u2013";
    }
    double v = g.value();
    if (!g.unit().contains(" a year")) {
      return Fmt.num(v, 2) + " (" + g.unit() + ")";
    }
    return (v > 0 ? "+" : "") + Fmt.num(v, 2) + " " + g.unit();
  }

  private static boolean hasNote(TrendRow t, String code) {
    if (t.note() == null) {
      return false;
    }
    for (String n : t.note().split(";")) {
      if (n.equals(code)) {
        return true;
      }
    }
    return false;
  }
}
