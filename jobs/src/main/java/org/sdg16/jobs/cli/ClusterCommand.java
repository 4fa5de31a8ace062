package org.sdg16.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sdg16.jobs.cluster.LocalCluster;
import org.sdg16.schemas.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sdg16 cluster start|stop|status} (contract §3): a Spark standalone cluster on 127.0.0.1,
 * started from the program's own Spark jars, to try and test cluster mode ({@code sdg16 run
 * --master spark://127.0.0.1:PORT}). See docs/cluster.md.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "A Spark standalone cluster (a master and N workers, 127.0.0.1 only)",
      "from the program's own Spark jars, for 'sdg16 run --master spark://...'.",
      "State, pid files and logs in --dir (default $SDG16_CLUSTER_DIR, else",
      "~/.sdg16/cluster). See docs/cluster.md."
    },
    subcommands = {
      ClusterCommand.Start.class,
      ClusterCommand.Stop.class,
      ClusterCommand.Status.class
    },
    footer = {
      "",
      "Exit codes: 0 done (status: the cluster is running), 1 failed (status:",
      "not running or degraded), 2 bad command line."
    })
public final class ClusterCommand implements Callable<Integer> {

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "State folder: cluster.properties, pid files, logs/ (default $SDG16_CLUSTER_DIR, else ~/.sdg16/cluster).")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: start, stop or status");
  }

  LocalCluster cluster() {
    return new LocalCluster(dir == null ? LocalCluster.defaultDir() : dir);
  }

  /** {@code sdg16 cluster start}. */
  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = {
        "Start a master and N workers on 127.0.0.1; print the master URL.",
        "Waits until every worker has registered, then prints the master URL",
        "(alone, on stdout) for --master. A running cluster is left as it is."
      })
  static final class Start implements Callable<Integer> {

    @ParentCommand ClusterCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--workers",
        paramLabel = "N",
        description = "Workers (default ${DEFAULT-VALUE}).")
    int workers = 2;

    @Option(
        names = "--cores",
        paramLabel = "C",
        description = "Cores of each worker (default ${DEFAULT-VALUE}).")
    int cores = 1;

    @Option(
        names = "--memory",
        paramLabel = "M",
        description = {
          "Memory each worker gives its executors, e.g. 1g or 512m (default ${DEFAULT-VALUE}).",
          "An executor asks for spark.executor.memory (Spark's default 1g): below 1g, set it in the "
              + "config's spark.conf to at most this size, or the run waits for resources forever."
        })
    String memory = "1g";

    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        description = "How long to wait for the workers to register (default ${DEFAULT-VALUE}).")
    int timeout = 90;

    @Override
    public Integer call() {
      LocalCluster.Options o;
      try {
        o = new LocalCluster.Options(workers, cores, memory);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("cluster start", e.getMessage());
      }
      LocalCluster c = parent.cluster();
      PrintWriter err = spec.commandLine().getErr();
      Optional<LocalCluster.Status> before = c.status().filter(LocalCluster.Status::running);
      long t0 = System.nanoTime();
      LocalCluster.Status s = c.start(o, Duration.ofSeconds(timeout));
      if (before.isPresent()) {
        err.println(
            "sdg16 cluster: already running (" + describe(s) + "); stop it first to change it");
      } else {
        err.println(
            String.format(
                Locale.ROOT,
                "sdg16 cluster: started %s in %.1f s; web UI %s; state in %s",
                describe(s),
                (System.nanoTime() - t0) / 1e9,
                s.webUi(),
                c.dir()));
        if (s.options().megabytes() < 1024) {
          err.println(
              "sdg16 cluster: workers have "
                  + s.options().memory()
                  + ": set spark.conf spark.executor.memory"
                  + " to at most "
                  + s.options().memory()
                  + " in the config of the runs");
        }
      }
      err.println("sdg16 cluster: run with: sdg16 run --master " + s.masterUrl());
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      out.println(s.masterUrl());
      out.flush();
      return Main.OK;
    }
  }

  /** {@code sdg16 cluster stop}. */
  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = {
        "Stop the master, the workers and their executors.",
        "Removes the pid files and work folders; the logs stay until the next start."
      })
  static final class Stop implements Callable<Integer> {

    @ParentCommand ClusterCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      LocalCluster c = parent.cluster();
      List<LocalCluster.Daemon> stopped = c.stop();
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          stopped.isEmpty()
              ? "sdg16 cluster: nothing was running in " + c.dir()
              : "sdg16 cluster: stopped "
                  + String.join(
                      ", ",
                      stopped.stream().map(d -> d.name() + " (pid " + d.pid() + ")").toList()));
      err.flush();
      return Main.OK;
    }
  }

  /** {@code sdg16 cluster status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Print the master URL and whether each process is alive.",
        "Exit 0 when the master and every worker run and are registered, else 1."
      })
  static final class Status implements Callable<Integer> {

    @ParentCommand ClusterCommand parent;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      LocalCluster c = parent.cluster();
      PrintWriter out = spec.commandLine().getOut();
      Optional<LocalCluster.Status> s = c.status();
      if (s.isEmpty()) {
        out.println("no cluster in " + c.dir() + " (start one with: sdg16 cluster start)");
        out.flush();
        return Main.FAILED;
      }
      LocalCluster.Status st = s.get();
      out.println("master URL  " + st.masterUrl());
      out.println("web UI      " + st.webUi());
      out.println(
          String.format(
              Locale.ROOT,
              "workers     %d registered of %d (%d core(s), %s each)",
              st.workersRegistered(),
              st.options().workers(),
              st.options().cores(),
              st.options().memory()));
      for (LocalCluster.Daemon d : st.daemons()) {
        out.println(
            String.format(
                Locale.ROOT,
                "%-10s  pid %-8s %-6s %s",
                d.name(),
                d.pid() < 0 ? "-" : d.pid(),
                d.alive() ? "alive" : "dead",
                d.log()));
      }
      out.println(st.running() ? "running" : "not running (stop it and start again)");
      out.flush();
      return st.running() ? Main.OK : Main.FAILED;
    }
  }

  static String describe(LocalCluster.Status s) {
    return String.format(
        Locale.ROOT,
        "%s with %d worker(s) of %d core(s) and %s",
        s.masterUrl(),
        s.options().workers(),
        s.options().cores(),
        s.options().memory());
  }
}
