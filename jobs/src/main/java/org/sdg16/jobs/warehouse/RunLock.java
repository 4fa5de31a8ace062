package org.sdg16.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The warehouse lock (contract §4.3): one writing run at a time. It is an operating-system file
 * lock, so a lock left by a dead process is released with it; the file names the holder.
 */
public final class RunLock implements AutoCloseable {

  /** Another run holds the lock; the command line exits 3. */
  public static final class HeldException extends RuntimeException {
    public HeldException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static RunLock acquire(Path output, String runId) {
    try {
      Files.createDirectories(output);
      Path file = output.resolve(".sdg16.lock");
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l = ch.tryLock();
      if (l == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        ch.close();
        throw new HeldException(
            "another run holds the warehouse lock "
                + file
                + (holder.isEmpty() ? "" : " (" + holder + ")"));
      }
      ch.truncate(0);
      ch.write(
          ByteBuffer.wrap(
              ("pid "
                      + ProcessHandle.current().pid()
                      + ", run "
                      + runId
                      + ", since "
                      + Instant.now())
                  .getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
      return new RunLock(ch, l);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.nio.channels.OverlappingFileLockException e) {
      throw new HeldException("this process already holds the warehouse lock in " + output);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
