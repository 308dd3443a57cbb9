package org.parley.spark.output;

import java.io.IOException;
import java.io.Serializable;
import java.util.stream.IntStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parley.contract.batch.BatchLayout;
import org.parley.spark.admit.OutcomeRow;
import org.parley.spark.extract.ExtractedRow;
import scala.Tuple2;

/**
 * Writes a job's batch: documents and claims as JSONL in reading order (sorted by seq, so the part
 * files read in number order give the order {@code parley extract} writes), duplicates and
 * diagnostics likewise, and the Parquet copies partitioned by reported month.
 */
public final class BatchWriter {
  private static final long ROWS_PER_FILE = 20_000;

  private final SparkSession spark;
  private final String output;

  /** A writer into the folder {@code output}. */
  public BatchWriter(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
  }

  /**
   * Writes the documents and claims, as JSONL and Parquet; {@code count} documents in all. One sort
   * by seq serves all four: each task writes a range of reading order, so a Parquet file holds the
   * rows of one month in that range.
   */
  public void extracted(JavaRDD<ExtractedRow> extracted, long count) throws IOException {
    JavaRDD<ExtractedRow> sorted =
        extracted
            .sortBy(ExtractedRow::seq, true, parts(count))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    text(sorted.map(ExtractedRow::document), BatchLayout.DOCUMENTS);
    text(sorted.flatMap(r -> r.claims().iterator()), BatchLayout.CLAIMS);
    parquet(
        sorted.map(ParquetRows::document), ParquetRows.DOCUMENTS, BatchLayout.PARQUET_DOCUMENTS);
    parquet(
        sorted.flatMap(r -> ParquetRows.claims(r).iterator()),
        ParquetRows.CLAIMS,
        BatchLayout.PARQUET_CLAIMS);
    sorted.unpersist(false);
  }

  /** Writes the duplicates and the diagnostics (skips, reading notes, extraction findings). */
  public void reports(JavaRDD<OutcomeRow> outcomes, JavaRDD<ExtractedRow> extracted, long count)
      throws IOException {
    int parts = parts(count);
    text(
        outcomes
            .filter(o -> o instanceof OutcomeRow.Duplicate)
            .sortBy(OutcomeRow::seq, true, parts)
            .map(o -> JsonLines.duplicate((OutcomeRow.Duplicate) o)),
        BatchLayout.DUPLICATES);
    JavaPairRDD<Place, String> skips =
        outcomes
            .filter(o -> o instanceof OutcomeRow.Skipped)
            .mapToPair(
                o ->
                    new Tuple2<>(new Place(o.seq(), 0), JsonLines.skipped((OutcomeRow.Skipped) o)));
    JavaPairRDD<Place, String> notes =
        extracted.flatMapToPair(
            r ->
                IntStream.range(0, r.notes().size())
                    .mapToObj(
                        i ->
                            new Tuple2<>(
                                new Place(r.seq(), i), JsonLines.diagnostic(r.notes().get(i), "")))
                    .iterator());
    text(skips.union(notes).sortByKey(true, parts).values(), BatchLayout.DIAGNOSTICS);
  }

  /** A finding's place: its item's seq, then its index among the item's findings. */
  private record Place(long seq, int index) implements Comparable<Place>, Serializable {
    @Override
    public int compareTo(Place o) {
      int bySeq = Long.compare(seq, o.seq);
      return bySeq != 0 ? bySeq : Integer.compare(index, o.index);
    }
  }

  private void parquet(JavaRDD<Row> rows, StructType schema, String folder) {
    spark
        .createDataFrame(rows, schema)
        .write()
        .partitionBy(BatchLayout.PARTITION)
        .parquet(path(folder));
  }

  /** Writes lines as text part files, then names them {@code .jsonl}. */
  private void text(JavaRDD<String> lines, String folder) throws IOException {
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(path(folder));
    Path dir = new Path(path(folder));
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (name.startsWith("part-") && name.endsWith(".txt")) {
        Path renamed = new Path(dir, name.substring(0, name.length() - 4) + ".jsonl");
        if (!fs.rename(f.getPath(), renamed)) {
          throw new IOException("could not rename " + f.getPath() + " to " + renamed);
        }
      }
    }
  }

  private String path(String folder) {
    return output + "/" + folder;
  }

  private static int parts(long rows) {
    return (int) Math.max(1, Math.min(100_000, (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
  }
}
