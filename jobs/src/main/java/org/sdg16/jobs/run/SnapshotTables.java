package org.sdg16.jobs.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.Observations;
import org.sdg16.schemas.output.TrendRow;

/**
 * The small tables of one published snapshot as plain Java values, for the writers and the report
 * (which have no Spark): observations, trends, findings, published series. These tables are
 * bounded by countries × years × breakdowns and by bad rows, not by the size of the input.
 */
public record SnapshotTables(Path dir, List<Observation> observations, List<TrendRow> trends,
    List<FindingRecord> findings, List<Row> published) {

  public static SnapshotTables read(SparkSession spark, Path dir) {
    List<Observation> obs = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("observations"))) {
      for (Row r : spark.read().schema(Observations.SCHEMA).parquet(dir.resolve("observations").toString())
          .collectAsList()) {
        obs.add(Observations.fromRow(r));
      }
    }
    List<TrendRow> trends = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("trends"))) {
      for (Row r : spark.read().schema(org.sdg16.schemas.output.TrendTable.SCHEMA).parquet(dir.resolve("trends").toString()).collectAsList()) {
        trends.add(org.sdg16.schemas.output.TrendTable.fromRow(r));
      }
    }
    List<FindingRecord> findings = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("findings"))) {
      for (Row r : spark.read().parquet(dir.resolve("findings").toString())
          .orderBy("dataset", "source_file", "source_sheet", "row").collectAsList()) {
        Map<String, String> raw = r.isNullAt(r.fieldIndex("raw")) ? Map.of()
            : new LinkedHashMap<>(r.<String, String>getJavaMap(r.fieldIndex("raw")));
        findings.add(new FindingRecord(r.getAs("dataset"), r.getAs("source_file"), r.getAs("source_sheet"),
            r.getAs("row"), r.getAs("column"), r.getAs("code"), r.getAs("severity"), r.getAs("message"), raw));
      }
    }
    List<Row> published = Files.isDirectory(dir.resolve("published"))
        ? spark.read().parquet(dir.resolve("published").toString()).collectAsList() : List.of();
    return new SnapshotTables(dir, obs, trends, findings, published);
  }
}
