package org.parley.kb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley.kb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule kb_depends_only_on_the_model_the_jdk_and_jspecify =
      classes()
          .that()
          .resideInAPackage("org.parley.kb..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.parley.kb..", "org.parley.model..", "java..", "org.jspecify..");
}
