package org.sdg16.jobs.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** style.md: the writers and the published-series import are plain Java, apart from Spark. */
class ExportBoundaryTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sdg16.jobs.export", "org.sdg16.jobs.published");

  @Test
  void writersAndPublishedImportDoNotUseSpark() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sdg16.jobs.export..", "org.sdg16.jobs.published..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..")
        .check(CLASSES);
  }
}
