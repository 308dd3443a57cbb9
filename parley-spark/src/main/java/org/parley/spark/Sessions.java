package org.parley.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Opens the job's Spark session: on the master {@code spark-submit} names (the {@code spark.master}
 * property), else the one given, else {@code local[*]}. A local session binds to the loopback
 * interface and runs without its web UI unless told otherwise.
 */
public final class Sessions {
  private Sessions() {}

  /** A session on {@code master} (null: as submitted, or {@code local[*]}) with {@code conf}. */
  public static SparkSession open(@Nullable String master, Map<String, String> conf) {
    String submitted = System.getProperty("spark.master");
    String chosen = master != null ? master : submitted != null ? submitted : "local[*]";
    SparkSession.Builder b = SparkSession.builder().appName("parley extract").master(chosen);
    if (chosen.startsWith("local")) {
      b.config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.forEach(b::config);
    return b.getOrCreate();
  }
}
