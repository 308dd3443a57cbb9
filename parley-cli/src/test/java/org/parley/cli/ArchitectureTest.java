package org.parley.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule nothing_outside_the_cli_depends_on_it =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.parley.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.cli..");
}
