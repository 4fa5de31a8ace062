package org.sdg16.schemas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.table.Table;

class DatasetsTest {

  @Test
  void everyDatasetOfTheContractIsDeclaredOnce() {
    assertThat(Datasets.ALL)
        .extracting(DatasetSchema::name)
        .containsExactly(
            "firearms", "firearms_cases", "ccp", "tip", "markets", "published", "population");
  }

  @Test
  void theTablesOfAcceptedRowsComeFromTheDeclaration() {
    Table t = Datasets.FIREARMS.table();
    assertThat(t.name()).isEqualTo("returns_firearms");
    assertThat(t.columnNames())
        .startsWith(
            "ref_area", "year", "measure", "arm_type", "justification", "value", "submitted_on")
        .endsWith("source_file", "source_sheet", "source_row", "ingest_run", "flags");
    Column value = t.column("value");
    assertThat(value.type()).isEqualTo(ColumnType.DOUBLE);
    assertThat(value.nullable()).as("missing is not zero: value is nullable").isTrue();
    Column area = t.column("ref_area");
    assertThat(area.type()).isEqualTo(ColumnType.INT);
    assertThat(area.nullable()).isFalse();
    assertThat(t.column("arm_type").nullable())
        .as("an empty dimension is _T, never null")
        .isFalse();
    assertThat(Datasets.CCP.table().column("seizure_date").type()).isEqualTo(ColumnType.DATE);
    assertThat(t.column("flags").type()).isEqualTo(ColumnType.listOf(ColumnType.TEXT, true));
  }

  @Test
  void theReturnsAreReturnsTablesAndTheOthersKeepTheirName() {
    for (DatasetSchema d : Datasets.INBOX) {
      assertThat(d.tableName()).isEqualTo("returns_" + d.name());
    }
    assertThat(Datasets.PUBLISHED.tableName()).isEqualTo("published");
    assertThat(Datasets.POPULATION.tableName()).isEqualTo("population");
  }

  @Test
  void requiredColumnsExcludeOmittableOnes() {
    assertThat(Datasets.FIREARMS.requiredColumns())
        .containsExactly("ref_area", "year", "measure", "value", "submitted_on");
    assertThat(Datasets.MARKETS.requiredColumns()).doesNotContain("submitted_on");
  }
}
