package org.sdg16.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;
import org.sdg16.schemas.output.WarehouseTables;

class SparkSchemasTest {

  static Observation observation() {
    return new Observation(
        "VC_ARM_SZTRACE",
        484,
        2021,
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "PT",
        12.5,
        5.0,
        40.0,
        "A",
        "C",
        "G",
        3,
        0.71,
        "a comment",
        "national return",
        true);
  }

  static TrendRow trend() {
    return new TrendRow(
        "VC_ARM_SZTRACE",
        484,
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "_T",
        "PT",
        "N",
        5,
        2017,
        2021,
        0.1,
        0.2,
        0.15,
        0.25,
        1.0,
        0.5,
        1.5,
        -2000.0,
        6.0,
        0.6,
        16.7,
        0.04,
        "increasing",
        2.0,
        0.2,
        "on track",
        null);
  }

  @Test
  void anObservationBecomesARowOfItsTableAndBack() {
    Row r = SparkSchemas.row(observation());
    assertFits(r, SparkSchemas.of(WarehouseTables.OBSERVATIONS));
    assertThat(SparkSchemas.observation(r)).isEqualTo(observation());
  }

  @Test
  void aTrendBecomesARowOfItsTableAndBack() {
    Row r = SparkSchemas.row(trend());
    assertFits(r, SparkSchemas.of(WarehouseTables.TRENDS));
    assertThat(SparkSchemas.trend(r)).isEqualTo(trend());
  }

  @Test
  void theRecordComponentsAreTheColumnsInTableOrder() {
    assertThat(snake(Observation.class)).isEqualTo(WarehouseTables.OBSERVATIONS.columnNames());
    assertThat(snake(TrendRow.class)).isEqualTo(WarehouseTables.TRENDS.columnNames());
  }

  /** Every value of the row has the Java type Spark expects for its column. */
  private static void assertFits(Row r, StructType schema) {
    assertThat(r.length()).isEqualTo(schema.size());
    for (int i = 0; i < r.length(); i++) {
      Object v = r.get(i);
      if (v == null) {
        assertThat(schema.fields()[i].nullable()).as(schema.fields()[i].name()).isTrue();
        continue;
      }
      DataType t = schema.fields()[i].dataType();
      Class<?> expected =
          t.equals(DataTypes.StringType)
              ? String.class
              : t.equals(DataTypes.IntegerType)
                  ? Integer.class
                  : t.equals(DataTypes.DoubleType)
                      ? Double.class
                      : t.equals(DataTypes.BooleanType) ? Boolean.class : null;
      assertThat(v).as(schema.fields()[i].name()).isInstanceOf(expected);
    }
  }

  private static List<String> snake(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
        .toList();
  }
}
