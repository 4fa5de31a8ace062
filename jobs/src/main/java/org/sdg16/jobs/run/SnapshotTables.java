package org.sdg16.jobs.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

/**
 * The small tables of one published snapshot as plain Java values, for the writers and the report
 * (which have no Spark): observations, trends, findings, published series and their reconciliation
 * with the computed values (methodology §8). These tables are bounded by countries × years ×
 * breakdowns and by bad rows, not by the size of the input.
 */
public record SnapshotTables(
    Path dir,
    List<Observation> observations,
    List<TrendRow> trends,
    List<FindingRecord> findings,
    List<Row> published,
    List<ReconciliationRow> reconciliation) {

  public static SnapshotTables read(SparkSession spark, Path dir) {
    List<Observation> obs = new ArrayList<>();
    Path observations = dir.resolve(WarehouseTables.OBSERVATIONS.name());
    if (Files.isDirectory(observations)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.OBSERVATIONS))
              .parquet(observations.toString())
              .collectAsList()) {
        obs.add(SparkSchemas.observation(r));
      }
    }
    List<TrendRow> trends = new ArrayList<>();
    Path trendTable = dir.resolve(WarehouseTables.TRENDS.name());
    if (Files.isDirectory(trendTable)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.TRENDS))
              .parquet(trendTable.toString())
              .collectAsList()) {
        trends.add(SparkSchemas.trend(r));
      }
    }
    List<FindingRecord> findings = new ArrayList<>();
    Path findingTable = dir.resolve(WarehouseTables.FINDINGS.name());
    if (Files.isDirectory(findingTable)) {
      for (Row r :
          spark
              .read()
              .parquet(findingTable.toString())
              .orderBy("dataset", "source_file", "source_sheet", "row")
              .collectAsList()) {
        Map<String, String> raw =
            r.isNullAt(r.fieldIndex("raw"))
                ? Map.of()
                : new LinkedHashMap<>(r.<String, String>getJavaMap(r.fieldIndex("raw")));
        findings.add(
            new FindingRecord(
                r.getAs("dataset"),
                r.getAs("source_file"),
                r.getAs("source_sheet"),
                r.getAs("row"),
                r.getAs("column"),
                r.getAs("code"),
                r.getAs("severity"),
                r.getAs("message"),
                raw));
      }
    }
    Path publishedTable = dir.resolve(WarehouseTables.PUBLISHED.name());
    List<Row> published =
        Files.isDirectory(publishedTable)
            ? spark.read().parquet(publishedTable.toString()).collectAsList()
            : List.of();
    List<ReconciliationRow> reconciliation = new ArrayList<>();
    Path reconciliationTable = dir.resolve(WarehouseTables.RECONCILIATION.name());
    if (Files.isDirectory(reconciliationTable)) {
      for (Row r :
          spark
              .read()
              .schema(SparkSchemas.of(WarehouseTables.RECONCILIATION))
              .parquet(reconciliationTable.toString())
              .collectAsList()) {
        Object[] cells = new Object[r.length()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = r.isNullAt(i) ? null : r.get(i);
        }
        reconciliation.add(ReconciliationRow.ofCells(cells));
      }
    }
    return new SnapshotTables(dir, obs, trends, findings, published, reconciliation);
  }
}
