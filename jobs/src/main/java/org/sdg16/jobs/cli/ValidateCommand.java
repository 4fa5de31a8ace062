package org.sdg16.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.jobs.ingest.Intake;
import org.sdg16.jobs.ingest.SourceFile;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.config.ConfigException;
import org.sdg16.schemas.config.PipelineConfig;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sdg16 validate PATH…}: a dry run of the contract's checks. Prints every finding, writes
 * nothing, starts no Spark; exit 0 when no finding has severity ERROR, else 1.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check files or inbox folders against the data contract and print every finding.",
      "Writes nothing. Exit 0 when no finding is an ERROR, else 1."
    })
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Files, dataset folders (e.g. inbox/ccp) or whole inbox folders; default: the configured inbox and population file.")
  List<Path> paths;

  @picocli.CommandLine.Mixin CommonOptions options;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description =
          "Dataset of the files (firearms, firearms_cases, ccp, tip, markets, population); default: the file's folder name.")
  String dataset;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DatasetSchema forced = null;
    if (dataset != null) {
      forced =
          Datasets.byName(dataset)
              .filter(d -> d != Datasets.PUBLISHED)
              .orElseThrow(
                  () -> new ConfigException("--dataset", "unknown dataset '" + dataset + "'"));
    }
    Intake intake = new Intake(M49.standard(), LocalDate.now(ZoneOffset.UTC));
    List<FileOutcome> outcomes = new ArrayList<>();
    if (paths == null || paths.isEmpty()) {
      PipelineConfig c = options.load();
      paths = List.of(c.inbox());
      if (c.population() != null) {
        outcomes.addAll(
            intake.processAs(
                new SourceFile(
                    c.population(),
                    c.population().getFileName().toString(),
                    Datasets.POPULATION.name()),
                Datasets.POPULATION));
      }
    }
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!Files.exists(abs)) {
        throw new ConfigException("PATH", "no such file or folder: " + p);
      }
      for (SourceFile f : sources(abs)) {
        outcomes.addAll(forced == null ? intake.process(f) : intake.processAs(f, forced));
      }
    }
    boolean errors =
        outcomes.stream()
            .flatMap(o -> o.findings().stream())
            .anyMatch(f -> f.severity() == Severity.ERROR);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("files", outcomes.stream().map(FileOutcome::toJson).toList());
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } else {
      printText(out, outcomes);
    }
    out.flush();
    return errors ? Main.FAILED : Main.OK;
  }

  /** The files a path stands for, with their dataset from the folder they are in. */
  static List<SourceFile> sources(Path p) {
    if (Files.isRegularFile(p)) {
      Path parent = p.getParent();
      String folder =
          parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
      return List.of(new SourceFile(p, p.getFileName().toString(), Intake.datasetOfFolder(folder)));
    }
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    String ds = Intake.datasetOfFolder(name);
    if (ds != null) {
      // a dataset folder: its files belong to that dataset; report them as folder/file
      Path base = p.getParent() == null ? p : p.getParent();
      return Intake.scan(base).stream().filter(s -> s.file().startsWith(p)).toList();
    }
    return Intake.scan(p);
  }

  private static void printText(PrintWriter out, List<FileOutcome> outcomes) {
    long errors = 0;
    long warnings = 0;
    for (FileOutcome o : outcomes) {
      out.println(
          String.format(
              Locale.ROOT,
              "%s [%s]: %s — %d rows read, %d accepted, %d quarantined",
              o.path(),
              o.dataset(),
              o.status(),
              o.rowsRead(),
              o.rowsAccepted(),
              o.rowsQuarantined()));
      for (Finding f : o.findings()) {
        String where = f.row() == null ? "file" : "row " + f.row();
        if (f.column() != null) {
          where += ", " + f.column();
        }
        out.println(String.format(Locale.ROOT, "  %-7s %s: %s", f.severity(), where, f.text()));
        if (f.severity() == Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%d file(s) checked: %d error(s), %d warning(s)",
            outcomes.size(),
            errors,
            warnings));
  }
}
