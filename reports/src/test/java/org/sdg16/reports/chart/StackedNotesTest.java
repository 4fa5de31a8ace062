package org.sdg16.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.chart.ChartSpec.Kind;
import org.sdg16.reports.chart.ChartSpec.Line;
import org.sdg16.reports.chart.ChartSpec.Point;
import org.sdg16.reports.chart.ChartSpec.Style;

/** A stack's footnote marks are written once, above the whole stack, not on every segment. */
class StackedNotesTest {

  @Test
  void aStacksNotesAreMarkedOnceAboveIt() {
    String a = "Mexico, 2023: provisional value";
    String b = "Mexico, 2023: corrected return";
    ChartSpec spec =
        new ChartSpec(
            "s",
            "Types",
            null,
            Kind.STACKED_BAR,
            "Area",
            "Percent (%)",
            "PT",
            List.of("Mexico (2023)", "Peru (2022)"),
            List.of(
                new Line(
                    "cat:PISTOL",
                    "Pistol",
                    Style.LINE,
                    List.of(new Point("Mexico (2023)", 60, a), new Point("Peru (2022)", 50, null))),
                new Line(
                    "cat:RIFLE",
                    "Rifle",
                    Style.LINE,
                    List.of(new Point("Mexico (2023)", 30, a), new Point("Peru (2022)", 50, null))),
                new Line(
                    "cat:OTHER", "Other", Style.LINE, List.of(new Point("Mexico (2023)", 10, b)))),
            "Source: test.",
            800,
            450);
    CategoryPlot plot = (CategoryPlot) ChartRenderer.build(spec).getPlot();
    @SuppressWarnings("unchecked")
    List<CategoryAnnotation> marks = plot.getAnnotations();
    assertThat(marks).hasSize(1);
    CategoryTextAnnotation m = (CategoryTextAnnotation) marks.get(0);
    assertThat(m.getText()).isEqualTo("[1][2]");
    assertThat(m.getCategory()).isEqualTo("Mexico (2023)");
    // above the stack: 60 + 30 + 10
    assertThat(m.getValue()).isEqualTo(100.0);
  }
}
