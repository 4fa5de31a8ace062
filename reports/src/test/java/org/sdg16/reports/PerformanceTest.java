package org.sdg16.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.reports.model.ReportInput;

/** A sample-sized run (30 countries, 2015–2023, every series) renders in a few seconds. */
class PerformanceTest {

  @Test
  void sampleSizedInputRendersInAFewSeconds(@TempDir Path dir) {
    ReportInput in = TestInputs.large(30);
    ReportWriter.write(TestInputs.small(), dir.resolve("warm-up"));
    long t0 = System.nanoTime();
    ReportWriter.Result r = ReportWriter.write(in, dir.resolve("reports"));
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("30 countries: %,d observations, %d pages, %d charts in %.2f s%n", in.observations().size(),
        r.pages().size(), r.charts(), s);
    assertThat(r.pages()).hasSize(8 + 30);
    assertThat(s).as("seconds to render").isLessThan(30);
  }
}
