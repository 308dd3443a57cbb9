package org.parley.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule server_must_not_depend_on_the_cli_or_the_ledgers_jdbc =
      noClasses()
          .that()
          .resideInAPackage("org.parley.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.cli..", "org.parley.ledger.jdbc..");

  @ArchTest
  static final ArchRule resources_must_not_depend_on_each_other_but_through_http =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.parley.server.answers..",
              "org.parley.server.documents..",
              "org.parley.server.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.server.mcp..", "org.parley.server.territory..");

  @ArchTest
  static final ArchRule only_the_mcp_package_and_the_server_use_the_mcp_sdk =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.parley.server.answers..",
              "org.parley.server.claims..",
              "org.parley.server.documents..",
              "org.parley.server.http..",
              "org.parley.server.ingest..",
              "org.parley.server.territory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.modelcontextprotocol..");
}
