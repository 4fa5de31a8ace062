package org.sdg16.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The driver's own threads follow the cores a local master names. */
class DriverCoresTest {

  private static final int CPUS = Runtime.getRuntime().availableProcessors();

  @Test
  void aLocalMasterNamesTheCores() {
    assertThat(Sessions.driverCores("local")).isEqualTo(1);
    assertThat(Sessions.driverCores("local[1]")).isEqualTo(1);
    assertThat(Sessions.driverCores("local[2]")).isEqualTo(Math.min(2, CPUS));
    assertThat(Sessions.driverCores("local[1, 3]")).as("with retries").isEqualTo(1);
    assertThat(Sessions.driverCores("local[*]")).isEqualTo(CPUS);
    assertThat(Sessions.driverCores("local[64]"))
        .as("never more than the machine has")
        .isEqualTo(CPUS);
  }

  @Test
  void onAClusterTheDriverUsesItsMachine() {
    assertThat(Sessions.driverCores("spark://127.0.0.1:7077")).isEqualTo(CPUS);
    assertThat(Sessions.driverCores("yarn")).isEqualTo(CPUS);
    assertThat(Sessions.driverCores("local-cluster[2,1,1024]")).isEqualTo(CPUS);
  }
}
