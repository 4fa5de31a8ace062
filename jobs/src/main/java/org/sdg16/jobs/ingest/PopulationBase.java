package org.sdg16.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sdg16.jobs.spark.SparkSchemas;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.dataset.DatasetSchema;
import org.sdg16.schemas.dataset.Datasets;
import org.sdg16.schemas.output.WarehouseTables;
import org.sdg16.schemas.reference.PopulationReference;
import org.sdg16.schemas.validation.Finding;
import org.sdg16.schemas.validation.FindingCode;

/**
 * The population base of methodology §5, as the ingest writes it to the {@code population} table:
 * every value of the shipped reference ({@link PopulationReference}, World Bank WDI {@code
 * SP.POP.TOTL}) overridden area-year by area-year by the configured population file, and the one
 * {@link FindingCode#POPULATION_MISSING} finding of a run for the area-years of the returns that
 * neither source holds.
 *
 * <p>Reference rows keep the table's lineage columns: {@code source_file} is {@value
 * #REFERENCE_FILE}, {@code source_row} the 1-based data row of the reference file.
 */
public final class PopulationBase {

  /** The {@code source_file} of the rows that come from the reference. */
  public static final String REFERENCE_FILE = "reference:" + PopulationReference.RESOURCE;

  /** The {@code file} of the finding when no population file is configured. */
  public static final String NO_FILE = "reference";

  /** The message lists area-years up to about this many characters, then says how many more. */
  static final int MESSAGE_LIST_CHARS = 200;

  private PopulationBase() {}

  /** An area and year of the returns. */
  public record AreaYear(int area, int year) implements Serializable {}

  /** The merged table and its number of rows. */
  record Merged(Dataset<Row> table, long rows) {}

  /**
   * The population base: {@code configured} (the accepted rows of the configured file in the
   * table's layout, {@code configuredRows} of them) and every row of the shipped reference ({@link
   * PopulationReference#worldBank()}) for an area-year that the file does not hold. The configured
   * file is small (one value per country and year): its keys are brought to the driver and sent to
   * the one task that reads the reference from the classpath (about 14,000 rows, which would make a
   * task of 2 MB if the driver sent them).
   */
  static Merged merge(
      SparkSession spark, Dataset<Row> configured, long configuredRows, String runId) {
    Set<AreaYear> overridden = new HashSet<>();
    if (configuredRows > 0) {
      for (Row r : configured.select("ref_area", "year").collectAsList()) {
        overridden.add(new AreaYear(r.getInt(0), r.getInt(1)));
      }
    }
    long rows =
        PopulationReference.worldBank().entries().stream()
            .filter(e -> !overridden.contains(new AreaYear(e.m49(), e.year())))
            .count();
    JavaRDD<Row> values =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(List.of(0), 1)
            .flatMap(new ReferenceRows(overridden));
    Dataset<Row> ref =
        spark
            .createDataFrame(values, REFERENCE_VALUES)
            .select(
                col("ref_area"),
                col("year"),
                col("population"),
                lit(REFERENCE_FILE).as("source_file"),
                lit(null).cast(DataTypes.StringType).as("source_sheet"),
                col("source_row"),
                lit(runId).as("ingest_run"),
                array().cast(DataTypes.createArrayType(DataTypes.StringType)).as("flags"));
    return new Merged(configured.unionByName(ref), configuredRows + rows);
  }

  /** Gives the shipped reference's rows in the task that reads them (one task, once per run). */
  private record ReferenceRows(Set<AreaYear> overridden) implements FlatMapFunction<Integer, Row> {
    @Override
    public Iterator<Row> call(Integer ignored) {
      return referenceRows(PopulationReference.worldBank(), overridden).iterator();
    }
  }

  /** The numbers of a reference row: area, year, population and data row of the reference file. */
  private static final StructType REFERENCE_VALUES =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("ref_area", DataTypes.IntegerType, false),
              DataTypes.createStructField("year", DataTypes.IntegerType, false),
              DataTypes.createStructField("population", DataTypes.DoubleType, false),
              DataTypes.createStructField("source_row", DataTypes.IntegerType, false)));

  /**
   * The reference values ({@link #REFERENCE_VALUES}) except those of the area-years in {@code
   * overridden}.
   */
  static List<Row> referenceRows(PopulationReference reference, Set<AreaYear> overridden) {
    List<Row> out = new ArrayList<>(reference.entries().size());
    for (PopulationReference.Entry e : reference.entries()) {
      if (!overridden.contains(new AreaYear(e.m49(), e.year()))) {
        out.add(RowFactory.create(e.m49(), e.year(), e.population(), e.row()));
      }
    }
    return out;
  }

  /**
   * The area-years of the returns tables written under {@code staging} (the {@code year} of the
   * annual returns, the year of {@code seizure_date} of port seizures and firearms cases) that the
   * {@code population} table there does not hold, by area and year.
   */
  static List<AreaYear> missing(SparkSession spark, Path staging) {
    Dataset<Row> used = null;
    for (DatasetSchema s : Datasets.INBOX) {
      Dataset<Row> t =
          spark
              .read()
              .schema(SparkSchemas.of(s.table()))
              .parquet(staging.resolve(s.tableName()).toString());
      Column y = s.field("year").isPresent() ? col("year") : year(col("seizure_date"));
      Dataset<Row> ay = t.select(col("ref_area"), y.as("year"));
      used = used == null ? ay : used.unionByName(ay);
    }
    Dataset<Row> population =
        spark
            .read()
            .schema(SparkSchemas.of(WarehouseTables.POPULATION))
            .parquet(staging.resolve(WarehouseTables.POPULATION.name()).toString())
            .select("ref_area", "year");
    List<AreaYear> out = new ArrayList<>();
    for (Row r :
        used.distinct()
            .join(population, new String[] {"ref_area", "year"}, "left_anti")
            .orderBy("ref_area", "year")
            .collectAsList()) {
      out.add(new AreaYear(r.getInt(0), r.getInt(1)));
    }
    return out;
  }

  /**
   * The {@link FindingCode#POPULATION_MISSING} finding for {@code missing} (sorted by area and
   * year), or null when nothing is missing. The message lists each area (with its M49 name) and its
   * years, consecutive years as a range: {@code no population for 3 area-years: 831 (Guernsey)
   * 2019–2020; 404 (Kenya) 2025}, up to about {@value #MESSAGE_LIST_CHARS} characters, then {@code
   * … and N more}.
   */
  public static Finding finding(List<AreaYear> missing, String file) {
    if (missing.isEmpty()) {
      return null;
    }
    M49 m49 = M49.standard();
    StringBuilder list = new StringBuilder();
    int listed = 0;
    int i = 0;
    while (i < missing.size()) {
      int area = missing.get(i).area();
      StringBuilder part = new StringBuilder();
      String name = m49.nameOf(area);
      part.append(area);
      if (!name.equals(Integer.toString(area))) {
        part.append(" (").append(name).append(')');
      }
      int j = i;
      String sep = " ";
      while (j < missing.size() && missing.get(j).area() == area) {
        int from = missing.get(j).year();
        int to = from;
        while (j + 1 < missing.size()
            && missing.get(j + 1).area() == area
            && missing.get(j + 1).year() == to + 1) {
          j++;
          to++;
        }
        part.append(sep).append(from);
        if (to > from) {
          part.append('\u2013').append(to);
        }
        sep = ", ";
        j++;
      }
      if (listed > 0 && list.length() + 2 + part.length() > MESSAGE_LIST_CHARS) {
        break;
      }
      list.append(listed > 0 ? "; " : "").append(part);
      listed += j - i;
      i = j;
    }
    int more = missing.size() - listed;
    String message =
        "no population for "
            + missing.size()
            + (missing.size() == 1 ? " area-year: " : " area-years: ")
            + list
            + (more > 0 ? " \u2026 and " + more + " more" : "");
    return Finding.of(
        FindingCode.POPULATION_MISSING,
        Datasets.POPULATION.name(),
        file,
        null,
        null,
        null,
        message);
  }
}
