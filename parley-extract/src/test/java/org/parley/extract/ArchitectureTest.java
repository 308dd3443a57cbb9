package org.parley.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule extract_must_not_depend_on_ledger_ingest_analysis_or_cli =
      noClasses()
          .that()
          .resideInAPackage("org.parley.extract..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.ledger..",
              "org.parley.ingest..",
              "org.parley.analysis..",
              "org.parley.cli..");

  @ArchTest
  static final ArchRule claim_rules_do_not_reach_into_the_language_layers_internals =
      noClasses()
          .that()
          .resideInAPackage("org.parley.extract..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.language.internal..");

  @ArchTest
  static final ArchRule lexicons_know_nothing_of_the_rules =
      noClasses()
          .that()
          .resideInAPackage("org.parley.extract.lexicon..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.extract.claim..", "org.parley.extract.context..");
}
