package org.sdg16.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.cli.Main;

/** {@code sdg16 cluster} on the command line, where it needs no running cluster (contract §3). */
class ClusterCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void statusOfNoClusterSaysSoAndExitsOne() {
    Run r = run("cluster", "status", "--dir", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("no cluster in " + dir);
  }

  @Test
  void stopOfNoClusterIsNotAnError() {
    Run r = run("cluster", "stop", "--dir", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("nothing was running");
  }

  @Test
  void badSizesAreUsageErrorsNamingTheOption() {
    assertThat(run("cluster", "start", "--dir", dir.toString(), "--workers", "0").err())
        .contains("--workers");
    assertThat(run("cluster", "start", "--dir", dir.toString(), "--workers", "0").code())
        .isEqualTo(2);
    Run mem = run("cluster", "start", "--dir", dir.toString(), "--memory", "lots");
    assertThat(mem.code()).isEqualTo(2);
    assertThat(mem.err()).contains("--memory");
    assertThat(run("cluster").code()).isEqualTo(2);
  }
}
