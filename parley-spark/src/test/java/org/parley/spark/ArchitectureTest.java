package org.parley.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.parley",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ParleyOnly.class})
class ArchitectureTest {
  /** Parley's own modules (folders or jars), not the 200 jars of Spark's class path. */
  static final class ParleyOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return location.contains("/parley-");
    }
  }

  @ArchTest
  static final ArchRule nothing_outside_the_spark_module_depends_on_it =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.parley.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parley.spark..");

  /**
   * Spark, Scala and Hadoop types stay in this module; the one exception is parley-parquet, whose
   * writer implements parquet-hadoop's WriteSupport (its signatures name Hadoop's Configuration,
   * though no Hadoop class runs when it writes: see parley-parquet/README.md).
   */
  @ArchTest
  static final ArchRule no_spark_scala_or_hadoop_type_outside_the_spark_module =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.parley.spark..", "org.parley.parquet..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..");

  @ArchTest
  static final ArchRule no_spark_or_scala_type_in_the_parquet_writer =
      noClasses()
          .that()
          .resideInAPackage("org.parley.parquet..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.spark..", "scala..");

  @ArchTest
  static final ArchRule the_job_does_not_reach_into_the_ledger_or_the_cli =
      noClasses()
          .that()
          .resideInAPackage("org.parley.spark..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.parley.ledger..", "org.parley.cli..", "org.parley.analysis..");
}
