package org.parley.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    clock.lap();

    JavaRDD<ItemRow> items = read(jsc, listed, settings, conf);
    long itemCount = items.count();
    clock.lap();

    Admitted admitted = admit(jsc, items, settings, itemCount);
    clock.lap();

    ExtractStage.Reports reports = reports(jsc);
    JavaRDD<ExtractedRow> extracted = extract(jsc, admitted, settings, reports);
    Counting.Extracted counts = Counting.extracted(extracted);
    clock.lap();

    BatchWriter writer = new BatchWriter(spark, settings.output());
    writer.extracted(extracted, counts.documents());
    writer.reports(admitted.outcomes(), extracted, itemCount);
    JobSummary summary = summary(jsc, settings, reports, listed.size(), admitted, counts, clock);
    SummaryFile.write(settings.output(), settings.inputs(), summary, conf);
    extracted.unpersist(false);
    admitted.outcomes().unpersist(false);
    return summary;
  }

  /** Reads the inputs listed with Parley's readers, a task per file, and keeps the items. */
  private static JavaRDD<ItemRow> read(
      JavaSparkContext jsc, List<Listed> listed, JobSettings settings, Configuration conf) {
    return ReadStage.read(jsc, listed, settings, HadoopFiles.of(conf))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
  }

  /** Decides duplicates corpus-wide; the items read are released once the outcomes are kept. */
  private static Admitted admit(
      JavaSparkContext jsc, JavaRDD<ItemRow> items, JobSettings settings, long itemCount) {
    int partitions = partitions(settings, jsc, itemCount);
    JavaRDD<OutcomeRow> outcomes =
        AdmitStage.admit(jsc, items, settings, partitions)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Set<Long> reused = reusedIds(outcomes);
    IngestSummary reading = Counting.reading(outcomes, reused.size());
    items.unpersist(false);
    return new Admitted(outcomes, reused, reading);
  }

  /** What the executors report back: how often an extractor was loaded, and its versions. */
  private static ExtractStage.Reports reports(JavaSparkContext jsc) {
    return new ExtractStage.Reports(
        jsc.sc().longAccumulator("extractor loads"),
        jsc.sc().collectionAccumulator("extractor versions"));
  }

  private static JavaRDD<ExtractedRow> extract(
      JavaSparkContext jsc, Admitted admitted, JobSettings settings, ExtractStage.Reports reports) {
    Broadcast<Set<Long>> reusedIds = jsc.broadcast(admitted.reused());
    return ExtractStage.extract(admitted.outcomes(), settings, reusedIds, reports)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
  }

  /** The job's summary; the write phase ends last, once the extractor's version is known. */
  private static JobSummary summary(
      JavaSparkContext jsc,
      JobSettings settings,
      ExtractStage.Reports reports,
      int listed,
      Admitted admitted,
      Counting.Extracted counts,
      Clock clock) {
    return new JobSummary(
        version(settings, reports),
        jsc.master(),
        jsc.defaultParallelism(),
        listed,
        admitted.reading(),
        counts.documents(),
        counts.failed(),
        counts.claims(),
        reports.loads().value(),
        clock.timing());
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

  /** The outcomes of admission, the seqs whose id was reused, and what reading counted. */
  private record Admitted(JavaRDD<OutcomeRow> outcomes, Set<Long> reused, IngestSummary reading) {}

  /** The seconds of each phase: list, read, admit, extract, then write. */
  private static final class Clock {
    private final List<Double> laps = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends a phase. */
    void lap() {
      long now = System.nanoTime();
      laps.add((now - last) / 1e9);
      last = now;
    }

    /** Ends the write phase and returns every phase's time. */
    JobSummary.Timing timing() {
      lap();
      return new JobSummary.Timing(laps.get(0), laps.get(1), laps.get(2), laps.get(3), laps.get(4));
    }
  }
}
