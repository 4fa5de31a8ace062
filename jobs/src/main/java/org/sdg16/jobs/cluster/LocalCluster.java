package org.sdg16.jobs.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sdg16.jobs.io.Trees;

/**
 * A Spark standalone cluster on 127.0.0.1 (contract §3, {@code sdg16 cluster}): one master and N
 * workers, each a detached JVM in its own process group, started from the program's own Spark jars
 * with the launcher's JVM flags. Everything it needs lives in one state folder:
 *
 * <pre>
 *   cluster.properties     master URL, ports, workers, cores, memory
 *   master.pid, worker-N.pid
 *   logs/master.log, logs/worker-N.log
 *   work/worker-N/         executors' folders (their stdout and stderr), removed by stop
 *   spark-home/            the SPARK_HOME the workers launch executors from (conf/ only; the jars
 *                          come from SPARK_DIST_CLASSPATH, the program's libraries)
 * </pre>
 *
 * The executors get Spark and the libraries but not the program's own modules: the driver ships
 * those ({@code spark.jars}, see {@link AppJars}), as it must on any cluster.
 *
 * <p>Why one file of about 440 lines: start, status and stop read and write the same state folder
 * and process groups above; apart, each would need its own copy of that layout.
 */
public final class LocalCluster {

  /** The loopback address every process binds to; nothing listens on other interfaces. */
  public static final String HOST = "127.0.0.1";

  static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
  static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
  private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[mMgG]");

  /** What to start: workers, cores and memory (Spark's notation, e.g. 1g or 512m) of each. */
  public record Options(int workers, int cores, String memory) {
    public Options {
      if (workers < 1 || workers > 16) {
        throw new IllegalArgumentException("--workers takes 1 to 16, not " + workers);
      }
      if (cores < 1 || cores > 64) {
        throw new IllegalArgumentException("--cores takes 1 to 64, not " + cores);
      }
      if (memory == null || !MEMORY.matcher(memory).matches()) {
        throw new IllegalArgumentException(
            "--memory takes a size such as 1g or 512m, not '" + memory + "'");
      }
      memory = memory.toLowerCase(Locale.ROOT);
    }

    /** Megabytes of {@link #memory()}. */
    public long megabytes() {
      long n = Long.parseLong(memory.substring(0, memory.length() - 1));
      return memory.endsWith("g") ? n * 1024 : n;
    }
  }

  /** One daemon of the cluster. */
  public record Daemon(String name, long pid, boolean alive, Path log) {}

  /** The cluster as its state folder describes it, with each daemon's liveness. */
  public record Status(
      String masterUrl,
      String webUi,
      Options options,
      List<Daemon> daemons,
      int workersRegistered) {

    /** Master and every worker alive, and every worker registered with the master. */
    public boolean running() {
      return !daemons.isEmpty()
          && daemons.stream().allMatch(Daemon::alive)
          && workersRegistered == options.workers();
    }
  }

  private final Path dir;

  public LocalCluster(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The state folder: {@code $SDG16_CLUSTER_DIR}, else {@code ~/.sdg16/cluster}. */
  public static Path defaultDir() {
    String env = System.getenv("SDG16_CLUSTER_DIR");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".sdg16", "cluster");
  }

  public Path dir() {
    return dir;
  }

  /**
   * Starts the master and the workers and waits until every worker has registered. A cluster that
   * is already running is left as it is; leftovers of one that died are stopped first.
   */
  public Status start(Options o, Duration timeout) {
    Optional<Status> now = status();
    if (now.isPresent() && now.get().running()) {
      return now.get();
    }
    if (now.isPresent()) {
      stop();
    }
    try {
      Files.createDirectories(dir.resolve("logs"));
      Path home = dir.resolve("spark-home");
      Files.createDirectories(
          home.resolve("jars")); // must exist; the jars come from SPARK_DIST_CLASSPATH
      Files.createDirectories(home.resolve("conf"));
      Files.writeString(
          home.resolve("conf/log4j2.properties"), EXECUTOR_LOGGING, StandardCharsets.UTF_8);
      // every port chosen at once, so that no two daemons are given the same one
      int[] ports = freePorts(2 + o.workers(), 7077, 8080);
      int port = ports[0];
      int webUi = ports[1];
      String url = "spark://" + HOST + ":" + port;
      Properties p = new Properties();
      p.setProperty("master.url", url);
      p.setProperty("master.webui", "http://" + HOST + ":" + webUi);
      p.setProperty("workers", Integer.toString(o.workers()));
      p.setProperty("cores", Integer.toString(o.cores()));
      p.setProperty("memory", o.memory());
      try (Writer w =
          Files.newBufferedWriter(dir.resolve("cluster.properties"), StandardCharsets.UTF_8)) {
        p.store(w, "sdg16 cluster");
      }
      launch(
          "master",
          MASTER_CLASS,
          List.of(
              "--host",
              HOST,
              "--port",
              Integer.toString(port),
              "--webui-port",
              Integer.toString(webUi)));
      for (int i = 1; i <= o.workers(); i++) {
        Path work = dir.resolve("work").resolve("worker-" + i);
        Files.createDirectories(work);
        launch(
            "worker-" + i,
            WORKER_CLASS,
            List.of(
                "--host",
                HOST,
                "--port",
                "0",
                "--webui-port",
                Integer.toString(ports[1 + i]),
                "--cores",
                Integer.toString(o.cores()),
                "--memory",
                o.memory(),
                "--work-dir",
                work.toString(),
                url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Status s = status().orElseThrow();
      if (s.running()) {
        return s;
      }
      Optional<Daemon> dead = s.daemons().stream().filter(d -> !d.alive()).findFirst();
      if (dead.isPresent() || System.nanoTime() > deadline) {
        String why =
            dead.map(d -> d.name() + " exited; see " + d.log())
                .orElse(
                    s.workersRegistered()
                        + " of "
                        + o.workers()
                        + " workers registered after "
                        + timeout.toSeconds()
                        + " s; see "
                        + dir.resolve("logs"));
        stop();
        throw new IllegalStateException("the cluster did not start: " + why);
      }
      sleep(250);
    }
  }

  /** The cluster of the state folder, or empty when none was started there. */
  public Optional<Status> status() {
    Path props = dir.resolve("cluster.properties");
    if (!Files.isRegularFile(props)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Options o =
        new Options(
            Integer.parseInt(p.getProperty("workers")),
            Integer.parseInt(p.getProperty("cores")),
            p.getProperty("memory"));
    List<Daemon> daemons = new ArrayList<>();
    daemons.add(daemon("master"));
    for (int i = 1; i <= o.workers(); i++) {
      daemons.add(daemon("worker-" + i));
    }
    String webUi = p.getProperty("master.webui");
    int registered = daemons.get(0).alive() ? aliveWorkers(webUi) : 0;
    return Optional.of(new Status(p.getProperty("master.url"), webUi, o, daemons, registered));
  }

  /**
   * Stops every daemon of the state folder (SIGTERM to its process group, which holds the executors
   * it launched; SIGKILL after 15 s) and removes the pid files, the state file and the executors'
   * folders. The logs stay until the next start. Returns the daemons that were alive.
   */
  public List<Daemon> stop() {
    List<Daemon> stopped = new ArrayList<>();
    List<Path> pidFiles;
    try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      // workers first, the master last
      pidFiles =
          s.filter(f -> f.getFileName().toString().endsWith(".pid"))
              .sorted(
                  Comparator.comparing((Path f) -> f.getFileName().toString().startsWith("master"))
                      .thenComparing(Path::toString))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : pidFiles) {
      String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
      Daemon d = daemon(name);
      if (d.alive()) {
        signalGroup(d.pid(), "TERM");
        stopped.add(d);
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    for (Daemon d : stopped) {
      Optional<ProcessHandle> h = ProcessHandle.of(d.pid());
      while (h.isPresent() && h.get().isAlive() && System.nanoTime() < deadline) {
        sleep(100);
      }
      // the group also holds the executors; make sure nothing of it is left
      signalGroup(d.pid(), "KILL");
      h.ifPresent(x -> x.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> x).join());
    }
    try {
      for (Path f : pidFiles) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir.resolve("cluster.properties"));
      Trees.delete(dir.resolve("work"));
      Trees.delete(dir.resolve("spark-home"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stopped;
  }

  // ------------------------------------------------------------------ processes

  /** Starts one daemon: {@code setsid java <flags> -cp <libraries> CLASS args}, detached. */
  private void launch(String name, String mainClass, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("setsid");
    cmd.add(ProgramClasspath.java().toString());
    cmd.add("-Xmx512m");
    // daemons do little work: the quick compiler and a small collector, as for a short batch
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.addAll(ProgramClasspath.sparkJvmFlags());
    cmd.add("-Dsdg16.cluster.daemon=" + name);
    cmd.add("-Dspark.master.rest.enabled=false"); // no REST submission server
    cmd.add("-cp");
    String classpath =
        String.join(
            File.pathSeparator, ProgramClasspath.libraries().stream().map(Path::toString).toList());
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(args);
    Path log = dir.resolve("logs").resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_LOCAL_IP", HOST); // every listening socket, web UIs included, on loopback
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
    env.put("SPARK_CONF_DIR", dir.resolve("spark-home/conf").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_DIST_CLASSPATH", classpath); // the executors' classpath: Spark and the libraries
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("SPARK_CLASSPATH");
    Process p = pb.start();
    Files.writeString(dir.resolve(name + ".pid"), Long.toString(p.pid()), StandardCharsets.UTF_8);
  }

  /**
   * The daemon of a pid file; alive only if its process runs the daemon's class (pids are reused).
   */
  private Daemon daemon(String name) {
    Path f = dir.resolve(name + ".pid");
    Path log = dir.resolve("logs").resolve(name + ".log");
    long pid = -1;
    try {
      if (Files.isRegularFile(f)) {
        pid = Long.parseLong(Files.readString(f, StandardCharsets.UTF_8).trim());
      }
    } catch (IOException | NumberFormatException e) {
      pid = -1;
    }
    String marker = "-Dsdg16.cluster.daemon=" + name;
    boolean alive =
        pid > 0
            && ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(h -> h.info().arguments().map(a -> List.of(a).contains(marker)).orElse(true))
                .orElse(false);
    return new Daemon(name, pid, alive, log);
  }

  private static void signalGroup(long pid, String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, "--", "-" + pid)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      ProcessHandle.of(pid)
          .ifPresent(
              h -> {
                if (signal.equals("KILL")) {
                  h.destroyForcibly();
                } else {
                  h.destroy();
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Workers the master counts as alive, from its web UI's JSON; 0 while it does not answer. */
  private static int aliveWorkers(String webUi) {
    try {
      URLConnection c = new URL(webUi + "/json/").openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(2000);
      try (InputStream in = c.getInputStream()) {
        JsonNode n = new ObjectMapper().readTree(in);
        return n.path("aliveworkers").asInt(0);
      }
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * {@code n} distinct free ports on 127.0.0.1: the preferred ones (e.g. Spark's usual 7077 and
   * 8080) where nothing listens there, else ports the system picks. All are held open until all are
   * chosen.
   */
  static int[] freePorts(int n, int... preferred) throws IOException {
    InetAddress lo = InetAddress.getByName(HOST);
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = null;
        if (i < preferred.length) {
          try {
            s = new ServerSocket(preferred[i], 1, lo);
          } catch (IOException busy) {
            s = null;
          }
        }
        if (s == null) {
          s = new ServerSocket(0, 1, lo);
        }
        held.add(s);
        out[i] = s.getLocalPort();
      }
      return out;
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Executors log at WARN to their stderr file in the worker's folder. */
  private static final String EXECUTOR_LOGGING =
      String.join(
          "\n",
          "rootLogger.level = warn",
          "rootLogger.appenderRef.stderr.ref = console",
          "appender.console.type = Console",
          "appender.console.name = console",
          "appender.console.target = SYSTEM_ERR",
          "appender.console.layout.type = PatternLayout",
          "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex",
          "logger.hadoop.name = org.apache.hadoop",
          "logger.hadoop.level = error",
          "");
}
