package org.parley.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test in the JVM, opened as the command opens it: Spark's
 * start-up is paid once.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = Sessions.open("local[2]", Map.of());
    }
    return session;
  }
}
