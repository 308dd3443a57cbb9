package org.parley.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.IngestOptions;
import org.parley.model.limit.ByteSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley spark extract}: a corpus on Spark into an extraction batch. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every --input (files, folders or globs on any Hadoop file system: local paths,",
      "hdfs://, s3a://; any format 'parley read' reads: WARC(.gz) of HTML pages, JSONL, CSV,",
      "seed text, HTML, feeds), drops duplicates corpus-wide as 'parley read' does, extracts",
      "the claims of every document (the claims 'parley extract' gives, byte for byte) and",
      "writes a batch into --output: documents/ and claims/ as JSONL in reading order,",
      "duplicates/, diagnostics/, parquet/{documents,claims}/ partitioned by reported_month,",
      "summary.json. 'parley ingest DIR' loads the batch into a ledger.",
      "Runs on local[*] unless --master or spark-submit names a cluster.",
      "Exit code: 0 all read, 4 some inputs or documents failed, 2 bad options."
    })
final class ExtractCommand implements Callable<Integer> {
  static final int PARTIAL = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH_OR_GLOB",
      description = "what to read (repeatable; read in the order given)")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "batch folder")
  String output = "";

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: as spark-submit set it, else local[*])")
  @Nullable String master;

  @Option(
      names = "--format",
      description = "force the source format: seed, text, html, jsonl, csv, rss, atom or warc")
  @Nullable String format;

  @Option(names = "--date", description = "date of documents without one (YYYY-MM-DD)")
  @Nullable String date;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "extra knowledge-base file (repeatable)")
  List<String> kb = new ArrayList<>();

  @Option(
      names = "--near-dup",
      paramLabel = "T",
      description =
          "near-duplicate threshold, estimated Jaccard of word shingles; 0 turns it off"
              + " (default: ${DEFAULT-VALUE})")
  double nearDuplicate = IngestOptions.DEFAULT_NEAR_DUPLICATE;

  @Option(
      names = "--partitions",
      description = "partitions for admission and extraction (default: automatic)")
  int partitions;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      description =
          "largest input file after decompression, e.g. 8g for Common Crawl WARCs"
              + " (default: 1g, as parley extract)")
  String maxFile = "1g";

  @Option(
      names = "--max-record-size",
      paramLabel = "SIZE",
      description =
          "largest record: a JSON line, CSV row, WARC page, whole page or text file"
              + " (default: 8m)")
  String maxRecord = "8m";

  @Option(names = "--overwrite", description = "replace --output if it exists")
  boolean overwrite;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable)")
  Map<String, String> conf = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    JobSettings settings =
        new JobSettings(
            inputs,
            output,
            format,
            date,
            kb,
            nearDuplicate,
            partitions,
            size("--max-file-size", maxFile),
            size("--max-record-size", maxRecord));
    PrintWriter err = spec.commandLine().getErr();
    try (SparkSession spark = Sessions.open(master, conf)) {
      prepareOutput(spark);
      JobSummary summary = ExtractJob.run(spark, settings);
      summary.describe().forEach(line -> err.println("parley spark: " + line));
      err.println(
          "parley spark: batch in " + output + " (load it with: parley ingest " + output + ")");
      return summary.failures() > 0 ? PARTIAL : 0;
    }
  }

  private static long size(String option, String value) {
    try {
      return ByteSize.parse(value).bytes();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private void prepareOutput(SparkSession spark) throws IOException {
    Path out = new Path(output);
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(out)) {
      return;
    }
    if (!overwrite) {
      throw new IllegalArgumentException(
          output + " exists: choose a new --output folder, or give --overwrite to replace it");
    }
    fs.delete(out, true);
  }
}
