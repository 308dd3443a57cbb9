package org.parley.parquet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley.parquet")
class ArchitectureTest {
  @ArchTest
  static final ArchRule parquet_must_not_depend_on_other_parley_modules =
      noClasses()
          .that()
          .resideInAPackage("org.parley.parquet..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.ledger..",
              "org.parley.analysis..",
              "org.parley.cli..",
              "org.parley.extract..");
}
