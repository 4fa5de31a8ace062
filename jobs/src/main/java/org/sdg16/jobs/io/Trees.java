package org.sdg16.jobs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder trees on the local file system. */
public final class Trees {

  private Trees() {}

  /**
   * Deletes a folder and everything below it; nothing when it does not exist. A file that another
   * process removes meanwhile (a Spark worker cleaning its own folder) is not an error.
   */
  public static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
