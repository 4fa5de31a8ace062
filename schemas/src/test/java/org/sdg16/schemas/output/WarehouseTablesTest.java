package org.sdg16.schemas.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdg16.schemas.table.Column;
import org.sdg16.schemas.table.ColumnType;
import org.sdg16.schemas.table.Table;

class WarehouseTablesTest {

  @Test
  void everyTableOfASnapshotIsDeclaredOnceByName() {
    assertThat(WarehouseTables.names(WarehouseTables.ALL))
        .containsExactly(
            "returns_firearms",
            "returns_firearms_cases",
            "returns_ccp",
            "returns_tip",
            "returns_markets",
            "population",
            "published",
            "quarantine",
            "findings",
            "observations",
            "port_totals",
            "trends",
            "reconciliation")
        .doesNotHaveDuplicates();
  }

  @Test
  void theTrendColumnGroupsMakeTheTrendsTable() {
    assertThat(WarehouseTables.TRENDS.columnNames())
        .containsExactly(
            "series",
            "ref_area",
            "sex",
            "age",
            "exploitation",
            "arm_type",
            "justification",
            "commodity",
            "route",
            "unit_measure",
            "reporting_type",
            "n_points",
            "first_year",
            "last_year",
            "cagr",
            "loglinear_rate",
            "loglinear_rate_lo",
            "loglinear_rate_hi",
            "theil_sen_slope",
            "theil_sen_lo",
            "theil_sen_hi",
            "theil_sen_intercept",
            "mk_s",
            "mk_tau",
            "mk_var",
            "mk_p",
            "direction",
            "yoy_abs",
            "yoy_pct",
            "progress",
            "note",
            "slope_unit",
            "statcan_value",
            "statcan_unit",
            "statcan_category",
            "statcan_symbol",
            "statcan_years",
            "un_chart_value",
            "un_chart_unit",
            "un_chart_category",
            "un_chart_symbol",
            "un_chart_years",
            "eurostat_long_value",
            "eurostat_long_unit",
            "eurostat_long_category",
            "eurostat_long_symbol",
            "eurostat_long_years",
            "eurostat_short_value",
            "eurostat_short_unit",
            "eurostat_short_category",
            "eurostat_short_symbol",
            "eurostat_short_years",
            "escap_value",
            "escap_unit",
            "escap_category",
            "escap_symbol",
            "escap_years",
            "escap_csi_value",
            "escap_csi_unit",
            "escap_csi_category",
            "escap_csi_symbol",
            "escap_csi_years",
            "progress_sentence");
    assertThat(WarehouseTables.TREND_KEY).allMatch(c -> !c.nullable());
    assertThat(WarehouseTables.TREND_ESTIMATES)
        .allMatch(c -> c.nullable() && c.type() == ColumnType.DOUBLE);
    // the key of a trend is a key of the observations it is computed from
    for (Column c : WarehouseTables.TREND_KEY) {
      assertThat(WarehouseTables.OBSERVATIONS.column(c.name())).isEqualTo(c);
    }
  }

  @Test
  void quarantineHoldsTheRawCellsAndAListOfFindings() {
    Table q = WarehouseTables.QUARANTINE;
    assertThat(q.column("raw").type())
        .isEqualTo(ColumnType.mapOf(ColumnType.TEXT, ColumnType.TEXT, true));
    ColumnType.ListOf findings = (ColumnType.ListOf) q.column("findings").type();
    assertThat(findings.elementsNullable()).isFalse();
    assertThat(((ColumnType.StructOf) findings.element()).fields())
        .extracting(Column::name)
        .containsExactly("code", "severity", "column", "message");
    assertThat(WarehouseTables.FINDINGS.column("raw").nullable())
        .as("raw only for quarantined rows")
        .isTrue();
  }

  @Test
  void aColumnIsDeclaredOnceInItsTable() {
    assertThatThrownBy(
            () ->
                new Table(
                    "t",
                    List.of(
                        Column.notNull("a", ColumnType.INT),
                        Column.nullable("a", ColumnType.TEXT))))
        .hasMessageContaining("declared twice");
    assertThatThrownBy(() -> Column.notNull("Ref_Area", ColumnType.INT))
        .hasMessageContaining("lower case");
  }
}
