package org.parley.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley.analysis",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule analysis_must_not_depend_on_cli_ingest_extract_or_the_ledgers_jdbc =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.cli..",
              "org.parley.ingest..",
              "org.parley.extract..",
              "org.parley.ledger.jdbc..");

  @ArchTest
  static final ArchRule geometry_must_not_depend_on_territory_or_settlement =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis.geo..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.analysis.territory..", "org.parley.analysis.settlement..");

  @ArchTest
  static final ArchRule territory_must_not_depend_on_settlement =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis.territory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.analysis.settlement..");

  @ArchTest
  static final ArchRule positions_must_not_depend_on_shifts_disputes_gap_or_the_report =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis.position..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.analysis.shift..",
              "org.parley.analysis.contradiction..",
              "org.parley.analysis.gap..",
              "org.parley.analysis.report..");

  @ArchTest
  static final ArchRule events_must_not_depend_on_the_answers_built_on_them =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis.event..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.analysis.shift..",
              "org.parley.analysis.contradiction..",
              "org.parley.analysis.gap..",
              "org.parley.analysis.report..");

  @ArchTest
  static final ArchRule shifts_disputes_and_gap_must_not_depend_on_the_report =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.parley.analysis.shift..",
              "org.parley.analysis.contradiction..",
              "org.parley.analysis.gap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.analysis.report..");

  @ArchTest
  static final ArchRule shifts_disputes_and_gap_must_not_depend_on_each_other =
      noClasses()
          .that()
          .resideInAPackage("org.parley.analysis.shift..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.analysis.contradiction..", "org.parley.analysis.gap..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.analysis.settlement..");

  @ArchTest
  static final ArchRule the_geometry_territory_and_settlement_must_not_depend_on_the_answers =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.parley.analysis.geo..",
              "org.parley.analysis.territory..",
              "org.parley.analysis.settlement..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.analysis.position..",
              "org.parley.analysis.shift..",
              "org.parley.analysis.contradiction..",
              "org.parley.analysis.gap..",
              "org.parley.analysis.report..");
}
