package org.parley.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley.ledger",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule ledger_must_not_depend_on_extract_ingest_analysis_or_cli =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ledger..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.extract..",
              "org.parley.ingest..",
              "org.parley.analysis..",
              "org.parley.cli..");

  @ArchTest
  static final ArchRule jdbi_types_stay_in_the_jdbc_package =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ledger..")
          .and()
          .resideOutsideOfPackage("org.parley.ledger.jdbc..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jdbi..", "com.zaxxer..", "org.sqlite..", "org.postgresql..");

  @ArchTest
  static final ArchRule flyway_types_stay_in_the_migration_package =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ledger..")
          .and()
          .resideOutsideOfPackage("org.parley.ledger.migration..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.flywaydb..");

  @ArchTest
  static final ArchRule lucene_types_stay_in_the_search_package =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ledger..")
          .and()
          .resideOutsideOfPackage("org.parley.ledger.search..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  @ArchTest
  static final ArchRule the_ledger_api_does_not_depend_on_its_implementations =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ledger")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.ledger.jdbc..", "org.parley.ledger.search..",
              "org.parley.ledger.export..", "org.parley.ledger.migration..");
}
