package org.sdg16.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.SparkTestBase;
import org.sdg16.jobs.generate.SyntheticData;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;

/**
 * A generated inbox far bigger than the sample (200,000 port seizures, in the test JVM's heap)
 * ingests with exactly the bad rows the generator put in: the quarantine per dataset and the
 * findings per code of {@link SyntheticData.Summary}.
 */
class SyntheticIngestTest extends SparkTestBase {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @TempDir Path dir;

  @Test
  void quarantineAndFindingsAreThoseTheGeneratorInjected() throws IOException {
    SyntheticData.Summary s =
        SyntheticData.generate(
            dir.resolve("gen"), new SyntheticData.Options(30, 2015, 2020, 200_000, 16), TODAY);
    Path staging = dir.resolve("out/snapshots/.staging-synthetic");
    Files.createDirectories(staging);
    IngestJob.Report r =
        new IngestJob(session(), "synthetic", TODAY)
            .run(dir.resolve("gen/inbox"), dir.resolve("gen/population.csv"), staging);

    Map<String, Long> quarantined = new LinkedHashMap<>();
    Map<String, Long> read = new LinkedHashMap<>();
    Map<FindingCode, Long> findings = new EnumMap<>(FindingCode.class);
    for (FileOutcome o : r.outcomes()) {
      assertThat(o.rejected()).as(o.path()).isFalse();
      assertThat(o.reconciles()).as(o.path()).isTrue();
      assertThat(o.findingsOmitted()).isZero();
      read.merge(o.dataset(), (long) o.rowsRead(), Long::sum);
      if (!o.dataset().equals("population")) {
        quarantined.merge(o.dataset(), (long) o.rowsQuarantined(), Long::sum);
      }
      for (Finding f : o.findings()) {
        findings.merge(f.code(), 1L, Long::sum);
      }
    }
    assertThat(quarantined).isEqualTo(s.quarantined());
    assertThat(findings).isEqualTo(s.findings());
    assertThat(findings.get(FindingCode.DUPLICATE_KEY)).isPositive();
    for (String d : read.keySet()) {
      assertThat(read.get(d)).as(d).isEqualTo(s.rows(d));
    }
    long bad = s.quarantined().values().stream().mapToLong(Long::longValue).sum();
    assertThat(r.rowsQuarantined()).isEqualTo(bad);
    assertThat(r.tableRows().get("quarantine")).isEqualTo(bad);
    assertThat(session().read().parquet(staging.resolve("quarantine").toString()).count())
        .isEqualTo(bad);
    assertThat(session().read().parquet(staging.resolve("returns_ccp").toString()).count())
        .isEqualTo(r.tableRows().get("returns_ccp"))
        .isEqualTo(s.rows("ccp") - s.quarantined().get("ccp"));
    assertThat(session().read().parquet(staging.resolve("findings").toString()).count())
        .isEqualTo(s.findings().values().stream().mapToLong(Long::longValue).sum());
  }
}
