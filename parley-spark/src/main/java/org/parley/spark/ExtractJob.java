package org.parley.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.ingest.IngestSummary;
import org.parley.spark.admit.AdmitStage;
import org.parley.spark.admit.OutcomeRow;
import org.parley.spark.extract.ExtractStage;
import org.parley.spark.extract.ExtractedRow;
import org.parley.spark.extract.Extractors;
import org.parley.spark.input.HadoopFiles;
import org.parley.spark.input.InputListing;
import org.parley.spark.input.Listed;
import org.parley.spark.output.BatchWriter;
import org.parley.spark.output.SummaryFile;
import org.parley.spark.read.ItemRow;
import org.parley.spark.read.ReadStage;
import scala.Tuple2;

/**
 * The extraction job: list the inputs (driver), read them with Parley's readers (a task per file),
 * decide duplicates corpus-wide as one machine would, extract the documents read with one extractor
 * per executor, and write the batch. Each phase ends in an action, so its time is its own.
 */
public final class ExtractJob {
  private static final int ITEMS_PER_PARTITION = 5_000;
  private static final int PARTITIONS_PER_CORE = 3;

  private ExtractJob() {}

  /** Runs the job on {@code spark}; the output folder must not exist yet. */
  public static JobSummary run(SparkSession spark, JobSettings settings) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    settings.kbFiles().forEach(jsc::addFile);
    Clock clock = new Clock();

    List<Listed> listed = InputListing.list(settings.inputs(), conf);
    double list = clock.lap();

    JavaRDD<ItemRow> items =
        ReadStage.read(jsc, listed, settings, HadoopFiles.of(conf))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long itemCount = items.count();
    double read = clock.lap();

    int partitions = partitions(settings, jsc, itemCount);
    JavaRDD<OutcomeRow> outcomes =
        AdmitStage.admit(jsc, items, settings, partitions)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Set<Long> reused = reusedIds(outcomes);
    IngestSummary reading = Counting.reading(outcomes, reused.size());
    items.unpersist(false);
    double admit = clock.lap();

    ExtractStage.Reports reports =
        new ExtractStage.Reports(
            jsc.sc().longAccumulator("extractor loads"),
            jsc.sc().collectionAccumulator("extractor versions"));
    Broadcast<Set<Long>> reusedIds = jsc.broadcast(reused);
    JavaRDD<ExtractedRow> extracted =
        ExtractStage.extract(outcomes, settings, reusedIds, reports)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Counting.Extracted counts = Counting.extracted(extracted);
    double extract = clock.lap();

    BatchWriter writer = new BatchWriter(spark, settings.output());
    writer.extracted(extracted, counts.documents());
    writer.reports(outcomes, extracted, itemCount);
    JobSummary summary =
        new JobSummary(
            version(settings, reports),
            jsc.master(),
            jsc.defaultParallelism(),
            listed.size(),
            reading,
            counts.documents(),
            counts.failed(),
            counts.claims(),
            reports.loads().value(),
            new JobSummary.Timing(list, read, admit, extract, clock.lap()));
    SummaryFile.write(settings.output(), settings.inputs(), summary, conf);
    extracted.unpersist(false);
    outcomes.unpersist(false);
    return summary;
  }

  /** The seqs of documents read whose id an earlier document read already had. */
  private static Set<Long> reusedIds(JavaRDD<OutcomeRow> outcomes) {
    List<Long> later =
        outcomes
            .filter(o -> o instanceof OutcomeRow.Read)
            .mapToPair(o -> new Tuple2<>(((OutcomeRow.Read) o).id(), o.seq()))
            .groupByKey()
            .flatMap(
                g -> {
                  long[] seqs =
                      StreamSupport.stream(g._2().spliterator(), false)
                          .mapToLong(Long::longValue)
                          .sorted()
                          .toArray();
                  return Arrays.stream(seqs).skip(1).boxed().iterator();
                })
            .collect();
    return new HashSet<>(later);
  }

  private static int partitions(JobSettings settings, JavaSparkContext jsc, long items) {
    if (settings.partitions() > 0) {
      return settings.partitions();
    }
    long bySize = (items + ITEMS_PER_PARTITION - 1) / ITEMS_PER_PARTITION;
    return (int)
        Math.min(
            Integer.MAX_VALUE,
            Math.max(bySize, (long) jsc.defaultParallelism() * PARTITIONS_PER_CORE));
  }

  /** The extractor's version as the executors report it; loaded here if no executor loaded it. */
  private static String version(JobSettings settings, ExtractStage.Reports reports) {
    List<String> seen = reports.versions().value();
    if (!seen.isEmpty()) {
      return seen.getFirst();
    }
    List<String> names = settings.kbFileNames();
    return Extractors.get(
            names, name -> Path.of(settings.kbFiles().get(names.indexOf(name))), () -> {})
        .version();
  }

  /** Seconds since the last lap. */
  private static final class Clock {
    private long last = System.nanoTime();

    double lap() {
      long now = System.nanoTime();
      double seconds = (now - last) / 1e9;
      last = now;
      return seconds;
    }
  }
}
