package org.sdg16.jobs.spark;

import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.cluster.AppJars;
import org.sdg16.schemas.config.PipelineConfig;

/**
 * Creates the one SparkSession of a run: the configured master ({@code local[*]} by default), UI
 * off, few shuffle partitions, UTC, driver bound to 127.0.0.1 in local mode, local files written
 * without a forked {@code chmod} per file ({@link LocalFiles}). On a cluster master ({@code
 * spark://}, {@code yarn}, {@code k8s://}) the program's own jars are shipped to the executors
 * unless the config sets {@code spark.jars}. Spark's own logging stays at WARN unless verbose.
 */
public final class Sessions {

  private Sessions() {}

  /** The Hadoop setting that makes {@code file://} paths use {@link LocalFiles}. */
  public static final String LOCAL_FILES = "spark.hadoop.fs.file.impl";

  public static SparkSession create(PipelineConfig config, boolean verbose) {
    quietLogging(verbose);
    String master = config.spark().master();
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("sdg16")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", "zstd")
            .config("spark.sql.sources.partitionOverwriteMode", "static")
            // plans of the scratch records have about 40 columns: no "truncated plan" warning each
            // run
            .config("spark.sql.debug.maxToStringFields", "200")
            .config(LOCAL_FILES, LocalFiles.class.getName());
    if (master.startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    } else if (!config.spark().conf().containsKey("spark.jars")) {
      // a cluster's executors have Spark, not this program: ship its modules (spark.jars)
      b.config("spark.jars", AppJars.sparkJars());
    }
    for (Map.Entry<String, String> e : config.spark().conf().entrySet()) {
      b.config(e.getKey(), e.getValue());
    }
    SparkSession s = b.getOrCreate();
    s.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
    return s;
  }

  /**
   * The cores the driver's own work may use (the report's charts, the export beside the report):
   * those of a {@code local[n]} master, so that {@code local[1]} draws no charts on a second thread
   * (the JVM's compiler and GC threads are not bound by it); on a cluster, the driver machine's
   * processors.
   */
  public static int driverCores(String master) {
    int cpus = Runtime.getRuntime().availableProcessors();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?])?")
            .matcher(master.strip());
    if (!m.matches()) {
      return cpus;
    }
    if (m.group(1) == null) {
      return 1;
    }
    return m.group(1).equals("*")
        ? cpus
        : Math.max(1, Math.min(cpus, Integer.parseInt(m.group(1))));
  }

  /** Sets Spark's, Hadoop's and Parquet's loggers to WARN (INFO when verbose). */
  public static void quietLogging(boolean verbose) {
    System.setProperty("sdg16.verbose", Boolean.toString(verbose));
    Level level = verbose ? Level.INFO : Level.WARN;
    Configurator.setRootLevel(level);
    Configurator.setLevel("org.apache.spark", level);
    Configurator.setLevel("org.apache.hadoop", verbose ? Level.INFO : Level.ERROR);
    Configurator.setLevel("org.apache.parquet", level);
    // PDFBox says on every report that the PDF's Symbol and ZapfDingbats fonts map to a fallback
    Configurator.setLevel("org.apache.pdfbox.pdmodel.font", verbose ? Level.INFO : Level.ERROR);
  }
}
