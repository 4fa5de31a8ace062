package org.sdg16.schemas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class DatasetsTest {

  @Test
  void everyDatasetOfTheContractIsDeclaredOnce() {
    assertThat(Datasets.ALL).extracting(DatasetSchema::name)
        .containsExactly("firearms", "firearms_cases", "ccp", "tip", "markets", "published", "population");
  }

  @Test
  void sparkSchemasComeFromTheDeclaration() {
    var t = Datasets.FIREARMS.tableSchema();
    assertThat(t.fieldNames()).startsWith("ref_area", "year", "measure", "arm_type", "justification",
        "value", "submitted_on").endsWith("source_file", "source_sheet", "source_row", "ingest_run", "flags");
    StructField value = Arrays.stream(t.fields()).filter(f -> f.name().equals("value")).findFirst().orElseThrow();
    assertThat(value.dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(value.nullable()).as("missing is not zero: value is nullable").isTrue();
    StructField area = Arrays.stream(t.fields()).filter(f -> f.name().equals("ref_area")).findFirst().orElseThrow();
    assertThat(area.dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(area.nullable()).isFalse();
    StructField arm = Arrays.stream(t.fields()).filter(f -> f.name().equals("arm_type")).findFirst().orElseThrow();
    assertThat(arm.nullable()).as("an empty dimension is _T, never null").isFalse();
    assertThat(Datasets.CCP.tableSchema().apply("seizure_date").dataType()).isEqualTo(DataTypes.DateType);
  }

  @Test
  void requiredColumnsExcludeOmittableOnes() {
    assertThat(Datasets.FIREARMS.requiredColumns())
        .containsExactly("ref_area", "year", "measure", "value", "submitted_on");
    assertThat(Datasets.MARKETS.requiredColumns()).doesNotContain("submitted_on");
  }
}
