package org.parley.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.source.FieldMapping;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.ReadSettings;
import org.parley.ingest.source.SourceFormat;

/**
 * How to read: a format that overrides detection ({@code null} to detect), what readers need (field
 * mapping, fallback date and outlet), the near-duplicate threshold (estimated Jaccard similarity of
 * word shingles; 0 turns near-duplicate detection off), whether non-English documents are skipped,
 * whether documents without a usable date are skipped rather than read with an unknown date, and
 * (in {@code read}) the size limits of inputs, records and fetches ({@link ReadLimits}).
 */
public record IngestOptions(
    @Nullable SourceFormat format,
    ReadSettings read,
    double nearDuplicateThreshold,
    boolean englishOnly,
    boolean requireDate) {

  /** The near-duplicate threshold when none is given. */
  public static final double DEFAULT_NEAR_DUPLICATE = 0.9;

  public IngestOptions {
    Objects.requireNonNull(read, "read");
    if (nearDuplicateThreshold < 0 || nearDuplicateThreshold > 1) {
      throw new IllegalArgumentException(
          "near-duplicate threshold must lie in [0, 1], got " + nearDuplicateThreshold);
    }
  }

  /** Detect formats, default mapping, no fallback date, near duplicates at 0.9, English only. */
  public static IngestOptions defaults() {
    return new IngestOptions(null, ReadSettings.defaults(), DEFAULT_NEAR_DUPLICATE, true, false);
  }

  public IngestOptions withFormat(@Nullable SourceFormat newFormat) {
    return new IngestOptions(newFormat, read, nearDuplicateThreshold, englishOnly, requireDate);
  }

  public IngestOptions withMapping(FieldMapping mapping) {
    return withRead(read.withMapping(mapping));
  }

  public IngestOptions withDate(@Nullable LocalDate date) {
    return withRead(read.withDate(date));
  }

  public IngestOptions withOutlet(@Nullable String outlet) {
    return withRead(read.withOutlet(outlet));
  }

  /** The same options with {@code limits} on inputs, records and fetches. */
  public IngestOptions withLimits(ReadLimits limits) {
    return withRead(read.withLimits(limits));
  }

  public IngestOptions withNearDuplicateThreshold(double threshold) {
    return new IngestOptions(format, read, threshold, englishOnly, requireDate);
  }

  public IngestOptions withEnglishOnly(boolean only) {
    return new IngestOptions(format, read, nearDuplicateThreshold, only, requireDate);
  }

  public IngestOptions withRequireDate(boolean require) {
    return new IngestOptions(format, read, nearDuplicateThreshold, englishOnly, require);
  }

  private IngestOptions withRead(ReadSettings settings) {
    return new IngestOptions(format, settings, nearDuplicateThreshold, englishOnly, requireDate);
  }
}
