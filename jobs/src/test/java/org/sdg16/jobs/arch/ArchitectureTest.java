package org.sdg16.jobs.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of style.md: pure rules apart from I/O and Spark. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sdg16");

  @Test
  void theContractDoesNotUseSpark() {
    // the schemas module (datasets, tables, validation, code lists) is plain Java; its tables
    // become Spark schemas in org.sdg16.jobs.spark.SparkSchemas only
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.schemas..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(CLASSES);
  }

  @Test
  void theCsvDialectDoesNotUseSpark() {
    // the report writes its chart data through it, and the report runs without Spark
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.schemas.csv..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(CLASSES);
  }

  @Test
  void readersAndIntakeDoNotUseSpark() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.jobs.io..")
        .or()
        .haveSimpleName("Intake")
        .or()
        .haveSimpleName("InboxScan")
        .or()
        .haveSimpleName("Refusals")
        .or()
        .haveSimpleName("WholeFiles")
        .or()
        .haveSimpleName("StreamedCsv")
        .or()
        .haveSimpleName("Checked")
        .or()
        .haveSimpleName("FileOutcome")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..")
        .check(CLASSES);
  }

  @Test
  void statisticalMethodsDoNotUseSpark() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.jobs.methods..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..")
        .check(CLASSES);
  }

  @Test
  void theSnapshotDiffDoesNotUseSpark() {
    // the diff is a record list a report page can draw from; Spark reads the snapshots elsewhere
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.jobs.diff..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(CLASSES);
  }

  @Test
  void schemasDoNotDependOnJobs() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.schemas..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sdg16.jobs..", "org.sdg16.reports..")
        .check(CLASSES);
  }
}
