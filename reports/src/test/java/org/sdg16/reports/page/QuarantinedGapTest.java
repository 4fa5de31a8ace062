package org.sdg16.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.sdg16.reports.TestInputs;
import org.sdg16.reports.chart.ChartRenderer;
import org.sdg16.reports.chart.ChartSpec;
import org.sdg16.reports.model.ReportInput;
import org.sdg16.reports.model.ReportingStatus;
import org.sdg16.reports.model.ReportingStatus.Status;
import org.sdg16.reports.model.RunInfo;
import org.sdg16.schemas.output.Observation;

/**
 * A year whose return was rejected leaves a gap in a country's line, marked on the chart and
 * footnoted, so that the gap is not read as a year the country did not report (issue #20: "Kenya
 * 2018 was quarantined, and nothing says so").
 */
class QuarantinedGapTest {

  /** The test input with Mexico's 2018 firearms return rejected: no value, status REJECTED. */
  private static ReportInput mexico2018Rejected() {
    ReportInput in = TestInputs.small();
    List<Observation> obs = new ArrayList<>();
    for (Observation o : in.observations()) {
      boolean firearms = o.series().startsWith("VC_ARM") || o.series().startsWith("FA_");
      if (!(firearms && o.refArea() == 484 && o.timePeriod() == 2018)) {
        obs.add(o);
      }
    }
    List<ReportingStatus> st = new ArrayList<>();
    for (ReportingStatus s : in.run().reporting()) {
      boolean hit = s.dataset().equals("firearms") && s.refArea() == 484 && s.year() == 2018;
      st.add(hit ? new ReportingStatus("firearms", 484, 2018, Status.REJECTED, null) : s);
    }
    RunInfo r = in.run();
    return TestInputs.with(
        in, obs, new RunInfo(r.runId(), r.snapshotId(), r.programVersion(), r.runDate(), st));
  }

  @Test
  void aRejectedYearIsMarkedAndFootnotedAndSaidInTheDataTable() {
    PageContext ctx = new PageContext(mexico2018Rejected());
    ChartSpec c = new Charts(ctx).countryTimeSeries("VC_ARM_SZTRACE", 484);
    assertThat(c.gaps()).extracting(ChartSpec.Gap::x).containsExactly("2018");
    String note = c.gaps().get(0).note();
    assertThat(note).startsWith("Mexico, 2018: no value, the year's return was rejected");
    assertThat(c.footnotes()).containsKey(note);
    // the line itself has no 2018 point
    assertThat(c.series().get(0).points()).extracting(ChartSpec.Point::x).doesNotContain("2018");
    // drawn: a marker at 2018 labelled with the footnote's number, which the image prints
    JFreeChart chart = ChartRenderer.build(c);
    XYPlot plot = (XYPlot) chart.getPlot();
    @SuppressWarnings("unchecked")
    java.util.Collection<ValueMarker> markers =
        (java.util.Collection<ValueMarker>)
            (java.util.Collection<?>) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    assertThat(markers).extracting(ValueMarker::getValue).containsExactly(2018.0);
    int n = c.footnotes().get(note);
    assertThat(markers.iterator().next().getLabel()).isEqualTo("[" + n + "]");
    // the data table beside the chart says it too
    View.TableView t = PageContext.dataTable(c);
    assertThat(t.rows())
        .anyMatch(
            row ->
                row.cells().get(0).text().equals("2018")
                    && row.cells().get(1).text().equals("no value [" + n + "]"));
    // the CSV of the data drawn has no computed value for 2018 (the published value and the
    // trend band may have one)
    assertThat(ChartRenderer.drawnData(chart, c))
        .noneMatch(row -> row.get(0).equals("sdg16 computed") && row.get(1).equals("2018"))
        .anyMatch(row -> row.get(0).equals("sdg16 computed") && row.get(1).equals("2019"));
  }

  /** A year a country did not report is a plain gap: nothing is marked. */
  @Test
  void aYearNotReportedIsNotMarked() {
    PageContext ctx = new PageContext(TestInputs.small());
    for (int a : ctx.countries()) {
      assertThat(new Charts(ctx).countryTimeSeries("VC_ARM_SZTRACE", a).gaps()).isEmpty();
    }
  }
}
