package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.SourceFormat;

/**
 * What one extraction job reads and how: the inputs (paths or globs on any Hadoop file system), the
 * output folder, a format that overrides detection, the date of documents without one, extra
 * knowledge-base files (local to the driver; shipped to the executors), the near-duplicate
 * threshold and the number of partitions for admission and extraction (0 for one per 5,000 items,
 * at least three per core). Checked when made; immutable.
 */
public record JobSettings(
    List<String> inputs,
    String output,
    @Nullable String format,
    @Nullable String date,
    List<String> kbFiles,
    double nearDuplicate,
    int partitions,
    long maxFileBytes,
    long maxRecordBytes)
    implements Serializable {
  public JobSettings {
    inputs = List.copyOf(inputs);
    kbFiles = List.copyOf(kbFiles);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one --input");
    }
    if (output.isBlank()) {
      throw new IllegalArgumentException("give an --output folder");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more");
    }
    if (format != null) {
      SourceFormat.parse(format);
    }
    parseDate(date);
    IngestOptions.defaults().withNearDuplicateThreshold(nearDuplicate);
    limits(maxFileBytes, maxRecordBytes);
    Set<String> names = new HashSet<>();
    for (String kb : kbFiles) {
      if (!names.add(fileName(kb))) {
        throw new IllegalArgumentException(
            "two --kb files are called "
                + fileName(kb)
                + ": rename one (executors see names only)");
      }
    }
  }

  /** Settings with the defaults for everything but inputs and output. */
  public static JobSettings of(List<String> inputs, String output) {
    return new JobSettings(
        inputs,
        output,
        null,
        null,
        List.of(),
        IngestOptions.DEFAULT_NEAR_DUPLICATE,
        0,
        ReadLimits.DEFAULT_MAX_FILE,
        ReadLimits.DEFAULT_MAX_RECORD);
  }

  /** The same settings with {@code n} partitions. */
  public JobSettings withPartitions(int n) {
    return new JobSettings(
        inputs, output, format, date, kbFiles, nearDuplicate, n, maxFileBytes, maxRecordBytes);
  }

  /** The ingest options these settings mean, as {@code parley extract} builds them. */
  public IngestOptions ingestOptions() {
    return IngestOptions.defaults()
        .withLimits(limits(maxFileBytes, maxRecordBytes))
        .withDate(parseDate(date))
        .withFormat(format == null ? null : SourceFormat.parse(format))
        .withNearDuplicateThreshold(nearDuplicate);
  }

  /** The knowledge-base files by the names executors find them under. */
  public List<String> kbFileNames() {
    return kbFiles.stream().map(JobSettings::fileName).toList();
  }

  private static ReadLimits limits(long maxFile, long maxRecord) {
    return ReadLimits.defaults().withMaxFileBytes(maxFile).withMaxRecordBytes(maxRecord);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static @Nullable LocalDate parseDate(@Nullable String date) {
    try {
      return date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date must be YYYY-MM-DD, not " + date, e);
    }
  }
}
