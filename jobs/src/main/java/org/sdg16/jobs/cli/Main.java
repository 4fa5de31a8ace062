package org.sdg16.jobs.cli;

import java.io.PrintWriter;
import org.sdg16.jobs.run.Pipeline;
import org.sdg16.jobs.run.Version;
import org.sdg16.jobs.warehouse.RunLock;
import org.sdg16.schemas.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line (contract §3). Exit codes: 0 done; 1 a stage failed (nothing published); 2 bad
 * command line or config; 3 another run holds the warehouse lock.
 */
@Command(
    name = "sdg16",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description =
        "SDG 16.4 statistical pipeline: national crime returns in, indicators, SDG files and reports out.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      ComputeCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      GenerateCommand.class,
      SnapshotsCommand.class,
      ReleaseCommand.class,
      DiffCommand.class,
      FeedbackCommand.class,
      ClusterCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 done (quarantined rows are not a failure), 1 a stage failed,",
      "2 bad command line or config, 3 another run holds the warehouse lock."
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int LOCKED = 3;

  /** A signal (SIGTERM) stopped the run: 128 + 15, as the shell reports it. */
  public static final int TERMINATED = 143;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'sdg16 run'");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command line with the given output and error writers and returns its exit code. */
  public static int execute(PrintWriter out, PrintWriter errWriter, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(errWriter);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof ConfigException ce) {
            err.println("sdg16: config error [" + ce.key() + "]: " + ce.getMessage());
            return USAGE;
          }
          if (ex instanceof RunLock.HeldException he) {
            err.println("sdg16: " + he.getMessage());
            return LOCKED;
          }
          if (Pipeline.terminated()) {
            return TERMINATED; // the run's shutdown hook said what happened and wrote the manifest
          }
          boolean trace =
              Boolean.getBoolean("sdg16.trace")
                  || java.util.Arrays.asList(args).contains("--verbose");
          if (ex instanceof Pipeline.AfterPublication ap) {
            err.println("sdg16: failed: " + ap.getMessage());
            if (trace) {
              ex.printStackTrace(err);
            }
            err.println(
                "sdg16: snapshot "
                    + ap.snapshot()
                    + " is published and current, with its exports and report");
            return FAILED;
          }
          err.println("sdg16: failed: " + Pipeline.describe(ex));
          if (trace) {
            ex.printStackTrace(err);
          }
          err.println("sdg16: nothing was published by this run");
          return FAILED;
        });
    return cl.execute(args);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sdg16 " + Version.get()};
    }
  }
}
