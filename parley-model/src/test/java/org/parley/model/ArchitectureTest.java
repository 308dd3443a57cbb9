package org.parley.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule model_depends_on_nothing_but_the_jdk_and_jspecify =
      classes()
          .that()
          .resideInAPackage("org.parley.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.parley.model..", "java..", "org.jspecify..");

  @ArchTest
  static final ArchRule model_does_not_know_other_modules =
      noClasses()
          .that()
          .resideInAPackage("org.parley.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.ingest..",
              "org.parley.extract..",
              "org.parley.ledger..",
              "org.parley.analysis..",
              "org.parley.cli..");

  @ArchTest
  static final ArchRule value_types_are_records_enums_or_sealed_interfaces =
      classes()
          .that()
          .resideInAPackage("org.parley.model")
          .and()
          .areTopLevelClasses()
          .and()
          .areNotInterfaces()
          .and()
          .areNotEnums()
          .should()
          .beRecords()
          .orShould()
          .haveSimpleName("package-info");
}
