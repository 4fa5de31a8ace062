package org.sdg16.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contract §2: a finding stays short whatever the input put into it. */
class FindingTest {

  @Test
  void longMessagesAndColumnsAreCutSayingHowMuchWasLeftOut() {
    String columns = "c,".repeat(100_000);
    Finding f =
        Finding.of(
            FindingCode.UNKNOWN_COLUMN,
            "firearms",
            "firearms/wide.csv",
            null,
            null,
            columns,
            "unknown columns: " + columns);
    assertThat(f.message()).hasSize(Finding.MAX_MESSAGE).endsWith("more characters)");
    assertThat(f.message()).contains("(199,0");
    assertThat(f.column()).hasSize(Finding.MAX_COLUMN);
    Finding small =
        Finding.of(
            FindingCode.UNKNOWN_COLUMN, "firearms", "f.csv", null, null, "x", "unknown column x");
    assertThat(small.message()).isEqualTo("unknown column x");
  }
}
