package org.parley.spark.read;

import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.TaskCompletionListener;
import org.parley.spark.JobSettings;
import org.parley.spark.input.HadoopFiles;
import org.parley.spark.input.Listed;

/**
 * Reads the listed entries, one task per entry (a file is the unit of reading: a WARC is read front
 * to back), into items in reading order within each entry.
 */
public final class ReadStage {
  private ReadStage() {}

  /** The items of every listed entry; lazy, like every transformation. */
  public static JavaRDD<ItemRow> read(
      JavaSparkContext spark, List<Listed> listed, JobSettings settings, HadoopFiles files) {
    return spark
        .parallelize(listed, Math.max(1, listed.size()))
        .mapPartitions(
            entries -> {
              FileItems items = new FileItems(entries, files, settings.ingestOptions());
              TaskContext task = TaskContext.get();
              if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> items.close());
              }
              return items;
            });
  }
}
