package org.sdg16.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Contract §3, exit codes: a failure's message names its reason, whatever wraps it. */
class DescribeTest {

  @Test
  void aWrapperDoesNotHideTheReason() {
    // as ImageIO wraps a full disk: IIOException("I/O error writing PNG file!", ENOSPC)
    IOException enospc = new IOException("No space left on device");
    RuntimeException e =
        new UncheckedIOException(new IOException("I/O error writing PNG file!", enospc));
    assertThat(Pipeline.describe(e))
        .isEqualTo(
            "java.io.UncheckedIOException: java.io.IOException: I/O error writing PNG file!"
                + "; caused by: java.io.IOException: No space left on device");
  }

  @Test
  void aCauseAlreadyInTheMessageIsNotRepeated() {
    IOException cause = new IOException("disk gone");
    assertThat(Pipeline.describe(new IllegalStateException("failed: disk gone", cause)))
        .isEqualTo("java.lang.IllegalStateException: failed: disk gone");
  }
}
