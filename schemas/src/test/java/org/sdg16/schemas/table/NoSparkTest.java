package org.sdg16.schemas.table;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The contract is Spark-free (issue #15): Spark is not on the schemas module's classpath, so no
 * class of it can use Spark, and the report, which depends on it, never loads Spark through it.
 */
class NoSparkTest {

  @Test
  void sparkIsNotOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.types.DataType"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("scala.collection.immutable.Seq"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
