package org.sdg16.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SampleRuns;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.reports.model.PortSeizure;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The report's port tables, from {@code port_totals} or, in an older snapshot, from the returns.
 */
class ReportInputsTest extends SparkTestBase {

  private static final Comparator<PortSeizure> ORDER =
      Comparator.comparing(PortSeizure::port)
          .thenComparingInt(PortSeizure::refArea)
          .thenComparingInt(PortSeizure::year)
          .thenComparing(PortSeizure::commodity)
          .thenComparing(PortSeizure::unitMeasure);

  private static List<PortSeizure> ports(Path snapshot) {
    return ReportInputs.of(
            session(), SnapshotTables.read(session(), snapshot), "run", "000001", null)
        .ports()
        .stream()
        .sorted(ORDER)
        .toList();
  }

  @Test
  void aSnapshotWithoutPortTotalsGivesTheSamePortTables(@TempDir Path tmp) throws IOException {
    SampleRuns.local();
    Path current = SampleRuns.output().resolve("warehouse/current").toRealPath();
    Path older = tmp.resolve("older");
    try (Stream<Path> s = Files.walk(current)) {
      for (Path p : s.toList()) {
        Path rel = current.relativize(p);
        if (rel.startsWith(WarehouseTables.PORT_TOTALS.name())) {
          continue;
        }
        Path to = older.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    List<PortSeizure> fromTotals = ports(current);
    List<PortSeizure> fromReturns = ports(older);
    assertThat(fromTotals).isNotEmpty();
    assertThat(fromReturns).hasSameSizeAs(fromTotals);
    for (int i = 0; i < fromTotals.size(); i++) {
      PortSeizure a = fromTotals.get(i);
      PortSeizure b = fromReturns.get(i);
      assertThat(b.port() + b.refArea() + b.year() + b.commodity() + b.unitMeasure() + b.seizures())
          .isEqualTo(
              a.port() + a.refArea() + a.year() + a.commodity() + a.unitMeasure() + a.seizures());
      assertThat(b.quantity())
          .isCloseTo(
              a.quantity(), org.assertj.core.data.Offset.offset(1e-9 * Math.abs(a.quantity())));
    }
  }
}
