package org.sdg16.jobs.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.jobs.ingest.FileOutcome;
import org.sdg16.schemas.validation.Finding;

/**
 * The run manifest {@code runs/<run_id>.json} (contract §4.4): inputs with SHA-256, per-file
 * reconciliation, per-stage counts and seconds, program version, config, snapshot id, exit status.
 */
public final class RunManifest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> doc = new LinkedHashMap<>();
  private final List<Map<String, Object>> stages = new ArrayList<>();
  private final List<Map<String, Object>> files = new ArrayList<>();
  private final List<Map<String, Object>> inputs = new ArrayList<>();

  public RunManifest(String runId, String command, Map<String, Object> config) {
    doc.put("run_id", runId);
    doc.put("command", command);
    doc.put("program_version", Version.get());
    doc.put("started", Instant.now().toString());
    doc.put("config", config);
    doc.put("inputs", inputs);
    doc.put("files", files);
    doc.put("stages", stages);
  }

  public void files(List<FileOutcome> outcomes) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (FileOutcome o : outcomes) {
      files.add(o.toJson());
      if (seen.add(o.source().relative())) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("path", o.source().relative());
        in.put("sha256", o.sha256());
        in.put("bytes", o.bytes());
        inputs.add(in);
      }
    }
  }

  /**
   * Findings about what the run computed rather than about one input file (scope OUTPUT, e.g.
   * {@code POPULATION_MISSING}): the list {@code output_findings}, in the objects of the per-file
   * findings plus their dataset and file.
   */
  public synchronized void outputFindings(List<Finding> findings) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> out =
        (List<Map<String, Object>>)
            doc.computeIfAbsent("output_findings", k -> new ArrayList<Map<String, Object>>());
    for (Finding f : findings) {
      out.add(FileOutcome.json(f, true));
    }
  }

  public synchronized void stage(String name, double seconds, Map<String, Object> counts) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("stage", name);
    s.put("seconds", Math.round(seconds * 1000) / 1000.0);
    s.put("counts", counts);
    stages.add(s);
  }

  public synchronized void put(String key, Object value) {
    doc.put(key, value);
  }

  /**
   * Set once a final status was written; later writes change nothing (a SIGTERM hook races the
   * run).
   */
  private boolean closed;

  /**
   * Writes the manifest (to a temporary file first, then renamed into place) with its final status;
   * the first final status wins, so a run stopped by SIGTERM keeps {@code terminated}.
   */
  public synchronized Path write(Path output, String status, int exitCode) {
    Path file = output.resolve("runs").resolve(doc.get("run_id") + ".json");
    if (closed) {
      return file;
    }
    closed = true;
    doc.put("finished", Instant.now().toString());
    doc.put("status", status);
    doc.put("exit_code", exitCode);
    try {
      Path dir = output.resolve("runs");
      Files.createDirectories(dir);
      Path tmp = dir.resolve("." + doc.get("run_id") + ".json.tmp");
      JSON.writeValue(tmp.toFile(), doc);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
