package org.parley.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule nothing_depends_on_the_benchmarks =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.parley.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.bench..");
}
