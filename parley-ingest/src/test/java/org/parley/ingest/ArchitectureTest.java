package org.parley.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule ingest_must_not_depend_on_extract_ledger_analysis_or_cli =
      noClasses()
          .that()
          .resideInAPackage("org.parley.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.parley.extract..",
              "org.parley.language..",
              "org.parley.ledger..",
              "org.parley.analysis..",
              "org.parley.cli..",
              "org.parley.server..");

  @ArchTest
  static final ArchRule readers_html_dedup_language_and_text_do_not_know_the_run =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.parley.ingest.source..",
              "org.parley.ingest.html..",
              "org.parley.ingest.dedup..",
              "org.parley.ingest.language..",
              "org.parley.ingest.text..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.ingest");

  @ArchTest
  static final ArchRule ingest_packages_are_free_of_cycles =
      slices().matching("org.parley.ingest.(*)..").should().beFreeOfCycles();
}
