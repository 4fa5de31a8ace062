package org.sdg16.jobs;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.sdg16.jobs.spark.Sessions;

/**
 * One SparkSession for the whole test JVM (as Iceberg's TestBase): local[2], UI off, two shuffle
 * partitions. It is stopped when the JVM exits. Its tests carry the tag {@code spark} (inherited),
 * which the quick layer of the README leaves out.
 */
@org.junit.jupiter.api.Tag("spark")
public abstract class SparkTestBase {

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    session();
  }

  public static synchronized SparkSession session() {
    if (spark == null) {
      Sessions.quietLogging(false);
      spark =
          SparkSession.builder()
              .appName("sdg16-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config(Sessions.LOCAL_FILES, org.sdg16.jobs.spark.LocalFiles.class.getName())
              .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
