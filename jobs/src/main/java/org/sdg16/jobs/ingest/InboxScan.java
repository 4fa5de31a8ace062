package org.sdg16.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;

/**
 * The first step of intake (contract §1): which entries of an inbox there are, the dataset each
 * one's folder stands for, and the one rule for the relative path that findings, lineage and the
 * manifest name a file by. Every entry that is not a folder is listed (files, links, FIFOs): each
 * is then read or refused by {@link Refusals}, none skipped here.
 */
final class InboxScan {

  private InboxScan() {}

  /**
   * Every entry below the inbox's dataset folders that is not a folder, sorted by path; {@code
   * published/} excluded ({@link #published} lists it).
   */
  static List<SourceFile> scan(Path inbox) {
    if (!Files.isDirectory(inbox)) {
      throw new IllegalArgumentException("inbox folder not found: " + inbox);
    }
    List<SourceFile> out = new ArrayList<>();
    for (Path p : entries(inbox)) {
      Path rel = inbox.relativize(p);
      String top =
          rel.getNameCount() > 1 ? rel.getName(0).toString().toLowerCase(Locale.ROOT) : null;
      if (!SourceFile.PUBLISHED.equals(top)) {
        out.add(new SourceFile(p, relative(inbox, p), datasetOfFolder(top)));
      }
    }
    return out;
  }

  /**
   * Every entry of the inbox's {@code published/} folder that is not a folder (contract §1.6),
   * sorted by path, as files of the {@code published} dataset; none if there is no such folder.
   */
  static List<SourceFile> published(Path inbox, String dataset) {
    Path dir = inbox.resolve(SourceFile.PUBLISHED);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    return entries(dir).stream().map(p -> new SourceFile(p, relative(inbox, p), dataset)).toList();
  }

  /** Every entry below a folder that is not a folder (files, links, FIFOs), sorted by path. */
  private static List<Path> entries(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A path relative to the inbox as lineage gives it: the names as they are, joined by {@code /}.
   */
  private static String relative(Path inbox, Path p) {
    List<String> names = new ArrayList<>();
    inbox.relativize(p).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  /** The dataset a folder name stands for, {@link SourceFile#WORKBOOK}, or null. */
  static String datasetOfFolder(String folder) {
    if (folder == null) {
      return null;
    }
    String f = folder.toLowerCase(Locale.ROOT);
    if (f.equals(SourceFile.WORKBOOK)) {
      return SourceFile.WORKBOOK;
    }
    return Datasets.INBOX.stream()
        .map(DatasetSchema::name)
        .filter(f::equals)
        .findFirst()
        .orElse(null);
  }
}
