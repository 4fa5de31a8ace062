package org.sdg16.jobs.ops;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM of the program (or of a test helper) in its own process group, as the launcher
 * would.
 */
public final class Child {

  public final Process process;

  private Child(Process p) {
    this.process = p;
  }

  /**
   * The JIT and GC flags the launcher {@code ./sdg16} gives a batch: the pom's property {@code
   * launcher.jvm.flags}, which Surefire passes as the system property {@code sdg16.launcher.flags}.
   */
  public static final List<String> LAUNCHER_FLAGS = launcherFlags();

  private static List<String> launcherFlags() {
    String flags = System.getProperty("sdg16.launcher.flags", "").trim();
    if (flags.isEmpty()) {
      throw new IllegalStateException(
          "no system property sdg16.launcher.flags: run the tests through Maven (pom.xml)");
    }
    return List.of(flags.split("\\s+"));
  }

  /**
   * {@code setsid java <Spark flags> <launcher flags> -cp <test classpath> mainClass args…}, output
   * to {@code log}.
   */
  public static Child start(String mainClass, Path log, String... args) throws IOException {
    return start(mainClass, log, List.of(), args);
  }

  /** As {@link #start(String, Path, String...)}, with more JVM options. */
  public static Child start(String mainClass, Path log, List<String> jvmOptions, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("setsid");
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.startsWith("-Djdk.reflect")
          || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Xmx1g");
    cmd.addAll(LAUNCHER_FLAGS);
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return new Child(pb.start());
  }

  /** kill -9 of the whole process group. */
  public void kill9() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-9", "--", "-" + process.pid())
        .start()
        .waitFor(10, TimeUnit.SECONDS);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("the child did not finish in " + seconds + " s");
    }
    return process.exitValue();
  }
}
