package org.sdg16.schemas.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObsStatusTest {

  @Test
  void theLeastReliableStatusWins() {
    assertThat(ObsStatus.leastReliable(List.of("A", "P", "A"))).isEqualTo("P");
    assertThat(ObsStatus.leastReliable(List.of("P", "E"))).isEqualTo("E");
    assertThat(ObsStatus.leastReliable(List.of("E", "U", "P"))).isEqualTo("U");
    assertThat(ObsStatus.leastReliable(List.of("B", "A"))).isEqualTo("B");
    // a code outside the order (N, not significant) ranks before normal
    assertThat(ObsStatus.leastReliable(List.of("A", "N"))).isEqualTo("N");
  }

  @Test
  void missingStatusesCountAsNormal() {
    assertThat(ObsStatus.leastReliable(Arrays.asList(null, "", "A"))).isEqualTo("A");
    assertThat(ObsStatus.leastReliable(List.of())).isEqualTo("A");
  }
}
