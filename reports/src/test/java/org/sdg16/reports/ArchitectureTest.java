package org.sdg16.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The report runs without Spark (style guide: "reports/ ... no Spark"). The contract classes it
 * uses come from the schemas module, which has no Spark on its classpath at all.
 */
class ArchitectureTest {

  private static final JavaClasses REPORTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sdg16.reports");

  @Test
  void reportsDoNotUseSpark() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(REPORTS);
  }
}
