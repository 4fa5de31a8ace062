package org.sdg16.jobs.ops;

import java.nio.file.Path;
import org.sdg16.jobs.warehouse.RunLock;

/** Takes the warehouse lock of an output folder, says so, and holds it until killed. */
public final class LockHolder {
  public static void main(String[] args) throws Exception {
    RunLock lock = RunLock.acquire(Path.of(args[0]), "lock-holder");
    System.out.println("holding");
    System.out.flush();
    Thread.sleep(600_000);
    lock.close();
  }
}
