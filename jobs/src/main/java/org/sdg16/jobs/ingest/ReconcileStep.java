package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Severity;

/**
 * The last step of the ingest job: the per-file reconciliation of the run manifest (contract §2,
 * rows read = accepted + quarantined). Each outcome head, with the rows of duplicate keys found in
 * Spark moved from accepted to quarantined, and its findings in the validator's order (file-level
 * first, then by row), at most {@link IngestJob#MANIFEST_FINDINGS_PER_FILE} of them; the driver
 * collects no more than that per file.
 */
final class ReconcileStep {

  private ReconcileStep() {}

  /** One {@link FileOutcome} per head of {@code read}, in their order. */
  static List<FileOutcome> outcomes(ReadStep.Read read, TableStep.Tables tables) {
    Dataset<Row> f = ReadStep.rowFindings(read.flagged(), "task", "part", "source_file");
    f = tables.withDuplicateKeys(f);
    WindowSpec outcome = Window.partitionBy("task", "part");
    Map<String, List<Finding>> byOutcome = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    for (Row r :
        f.withColumn("_i", row_number().over(outcome.orderBy("row", "_pos")))
            .withColumn("_n", count(lit(1)).over(outcome))
            .filter(col("_i").leq(IngestJob.MANIFEST_FINDINGS_PER_FILE))
            .orderBy("task", "part", "_i")
            .select(
                "task",
                "part",
                "source_file",
                "code",
                "severity",
                "dataset",
                "sheet",
                "row",
                "column",
                "message",
                "_n")
            .collectAsList()) {
      String id = OutcomeHead.id(r.getInt(0), r.getInt(1));
      byOutcome
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(
              new Finding(
                  FindingCode.valueOf(r.getString(3)),
                  Severity.valueOf(r.getString(4)),
                  r.getString(5),
                  r.getString(2),
                  r.getString(6),
                  r.isNullAt(7) ? null : r.getInt(7),
                  r.getString(8),
                  r.getString(9)));
      total.put(id, r.getLong(10));
    }
    List<FileOutcome> out = new ArrayList<>();
    for (OutcomeHead h : read.heads()) {
      List<Finding> all = new ArrayList<>(h.fileFindings());
      List<Finding> mine = byOutcome.getOrDefault(h.id(), List.of());
      all.addAll(mine);
      long dups = tables.duplicated().getOrDefault(h.id(), 0L);
      out.add(
          new FileOutcome(
              read.files().get(h.task()).source(),
              h.dataset(),
              h.sheet(),
              h.sha256(),
              h.bytes(),
              h.rowsRead(),
              (int) (h.rowsAccepted() - dups),
              (int) (h.rowsQuarantined() + dups),
              h.rejection(),
              all,
              total.getOrDefault(h.id(), 0L) - mine.size()));
    }
    return out;
  }
}
