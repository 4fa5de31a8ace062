package org.sdg16.jobs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.run.FeedbackRun;
import org.sdg16.jobs.spark.Sessions;
import org.sdg16.jobs.warehouse.Warehouse;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.ConfigException;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.validation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sdg16 feedback}: a validation feedback workbook per reporting country, of the current
 * snapshot (contract §3.1, §4.6).
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {
      "Write a feedback workbook per reporting country of the current snapshot: its files",
      "(SHA-256, dates, rows read, accepted, quarantined), every finding with the raw value and",
      "what would be accepted, its quarantined rows as received and its national values;",
      "OUTPUT/feedback/<M49>-<name>.xlsx and .pdf. Publishes nothing."
    })
public final class FeedbackCommand implements Callable<Integer> {

  @Mixin CommonOptions options;

  @Option(
      names = "--area",
      arity = "1..*",
      paramLabel = "CODE",
      description = "Only these countries (M49 or ISO3 codes); default: every country with a file.")
  List<String> areas = new ArrayList<>();

  @Option(
      names = "--lang",
      paramLabel = "en|fr|es",
      description = "Language of the labels and messages (default: en).")
  String lang = "en";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Messages.Lang l =
        Messages.Lang.of(lang)
            .orElseThrow(() -> new ConfigException("--lang", "'" + lang + "' is not en, fr or es"));
    List<Integer> codes = new ArrayList<>();
    for (String a : areas) {
      codes.add(
          M49.standard()
              .resolve(a)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "--area", "'" + a + "' is not an M49 or ISO3 country code"))
              .m49());
    }
    PipelineConfig config = options.load();
    Warehouse w = new Warehouse(config.output());
    Path dir;
    try {
      dir = w.resolve(null);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--output", e.getMessage());
    }
    SparkSession spark = Sessions.create(config, options.verbose);
    try {
      FeedbackRun.Result r = FeedbackRun.run(spark, config.output(), dir, codes, Messages.of(l));
      for (Path p : r.files()) {
        spec.commandLine().getErr().println("sdg16 feedback: wrote " + p);
      }
      spec.commandLine()
          .getOut()
          .println(
              "sdg16 feedback: snapshot "
                  + dir.getFileName()
                  + ": "
                  + r.countries()
                  + " pack(s) (workbook and PDF) in "
                  + config.output().resolve(FeedbackRun.FOLDER)
                  + (r.unattributed() == 0
                      ? ""
                      : "; "
                          + r.unattributed()
                          + " finding(s) name no country (see exports/csv/findings.csv)"));
      spec.commandLine().getOut().flush();
    } finally {
      spark.stop();
    }
    return Main.OK;
  }
}
