package org.parley.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley.contract",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule contract_depends_only_on_model_and_jackson =
      classes()
          .that()
          .resideInAPackage("org.parley.contract..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.contract..",
              "org.parley.model..",
              "com.fasterxml.jackson..",
              "java..",
              "org.jspecify..");
}
