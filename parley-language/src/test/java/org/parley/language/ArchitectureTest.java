package org.parley.language;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley.language",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule language_depends_only_on_model_kb_opennlp_and_the_jdk =
      classes()
          .that()
          .resideInAPackage("org.parley.language..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.language..",
              "org.parley.model..",
              "org.parley.kb..",
              "opennlp.tools..",
              "java..",
              "org.jspecify..");

  @ArchTest
  static final ArchRule language_must_not_depend_on_extract_ledger_ingest_or_cli =
      noClasses()
          .that()
          .resideInAPackage("org.parley.language..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.extract..",
              "org.parley.ledger..",
              "org.parley.ingest..",
              "org.parley.cli..",
              "org.parley.server..",
              "org.parley.analysis..");

  @ArchTest
  static final ArchRule only_the_internal_package_is_shared_as_helpers =
      classes()
          .that()
          .resideInAPackage("org.parley.language.internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAPackage("org.parley.language..");
}
