package org.parley.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.source.SkipReason;
import org.parley.spark.admit.OutcomeRow;
import org.parley.spark.extract.ExtractedRow;
import org.parley.spark.read.NoteRow;

/**
 * The job's counts, from its outcomes and extracted rows: the reading summary as {@code parley
 * extract} counts it (documents read, exact and near duplicates with their groups, skips by reason,
 * warnings on documents read) and the extraction counts.
 */
final class Counting {
  private Counting() {}

  /** Mergeable counts of outcomes. */
  record Tally(long read, long exact, long near, long warnings, Map<SkipReason, Long> skipped)
      implements Serializable {
    static final Tally ZERO = new Tally(0, 0, 0, 0, Map.of());

    static Tally of(OutcomeRow o) {
      return switch (o) {
        case OutcomeRow.Read r -> new Tally(1, 0, 0, Counting.warnings(r.notes()), Map.of());
        case OutcomeRow.Duplicate d when d.exact() -> new Tally(0, 1, 0, 0, Map.of());
        case OutcomeRow.Duplicate d -> new Tally(0, 0, 1, 0, Map.of());
        case OutcomeRow.Skipped s ->
            new Tally(0, 0, 0, 0, Map.of(SkipReason.valueOf(s.reason()), 1L));
      };
    }

    Tally plus(Tally o) {
      Map<SkipReason, Long> merged = new EnumMap<>(SkipReason.class);
      merged.putAll(skipped);
      o.skipped.forEach((k, v) -> merged.merge(k, v, Long::sum));
      return new Tally(
          read + o.read, exact + o.exact, near + o.near, warnings + o.warnings, Map.copyOf(merged));
    }
  }

  /** Extraction counts: documents, failed documents, claims. */
  record Extracted(long documents, long failed, long claims) implements Serializable {
    static final Extracted ZERO = new Extracted(0, 0, 0);

    static Extracted of(ExtractedRow r) {
      return new Extracted(1, r.failed() ? 1 : 0, r.claims().size());
    }

    Extracted plus(Extracted o) {
      return new Extracted(documents + o.documents, failed + o.failed, claims + o.claims);
    }
  }

  /** The reading summary; {@code reusedIds} documents also carry an id warning. */
  static IngestSummary reading(JavaRDD<OutcomeRow> outcomes, long reusedIds) {
    Tally t = outcomes.map(Tally::of).fold(Tally.ZERO, Tally::plus);
    return new IngestSummary(
        t.read(),
        t.exact(),
        canonicals(outcomes, true),
        t.near(),
        canonicals(outcomes, false),
        t.skipped(),
        t.warnings() + reusedIds);
  }

  /** The extraction counts. */
  static Extracted extracted(JavaRDD<ExtractedRow> rows) {
    return rows.map(Extracted::of).fold(Extracted.ZERO, Extracted::plus);
  }

  private static long canonicals(JavaRDD<OutcomeRow> outcomes, boolean exact) {
    return outcomes
        .filter(o -> o instanceof OutcomeRow.Duplicate d && d.exact() == exact)
        .map(o -> ((OutcomeRow.Duplicate) o).canonical())
        .distinct()
        .count();
  }

  private static long warnings(List<NoteRow> notes) {
    return notes.stream().filter(n -> !n.severity().equals("INFO")).count();
  }
}
