package org.parley.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.ingest.source.SkipReason;

/**
 * Counts of a run so far: documents read, duplicates (exact and near, with the number of distinct
 * canonicals each links to, i.e. duplicate groups), skipped inputs by reason, and warnings on
 * documents that were read (an unknown date, say).
 */
public record IngestSummary(
    long read,
    long exactDuplicates,
    long exactGroups,
    long nearDuplicates,
    long nearGroups,
    Map<SkipReason, Long> skipped,
    long warnings) {

  public IngestSummary {
    skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  /** Skips that lost input to a fault (everything but deliberate skips such as non-English). */
  public long failures() {
    return skipped.entrySet().stream()
        .filter(e -> e.getKey().isFailure())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** All skips, deliberate or not. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line for people, e.g. {@code read 2191, duplicates 12 exact (12 groups) ...}. */
  public String describe() {
    String reasons =
        skipped.entrySet().stream()
            .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return "read %d; duplicates: %d exact (%d groups), %d near (%d groups); skipped %d%s; warnings %d"
        .formatted(
            read,
            exactDuplicates,
            exactGroups,
            nearDuplicates,
            nearGroups,
            skippedTotal(),
            reasons.isEmpty() ? "" : " (" + reasons + ")",
            warnings);
  }
}
