package org.parley.ingest;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.ingest.source.SkipReason;
import org.parley.model.Diagnostic;
import org.parley.model.DocumentId;

/** Running counts behind {@link IngestSummary}. Not thread-safe. */
final class Tally {
  private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private final Set<DocumentId> exactCanonicals = new HashSet<>();
  private final Set<DocumentId> nearCanonicals = new HashSet<>();
  private long read;
  private long exact;
  private long near;
  private long warnings;

  void count(IngestEvent event) {
    switch (event) {
      case IngestEvent.Read r -> {
        read++;
        warnings +=
            r.notes().stream().filter(n -> n.severity() != Diagnostic.Severity.INFO).count();
      }
      case IngestEvent.Duplicate d when d.exact() -> {
        exact++;
        exactCanonicals.add(d.canonical());
      }
      case IngestEvent.Duplicate d -> {
        near++;
        nearCanonicals.add(d.canonical());
      }
      case IngestEvent.Skipped s -> skipped.merge(s.reason(), 1L, Long::sum);
    }
  }

  IngestSummary snapshot() {
    return new IngestSummary(
        read, exact, exactCanonicals.size(), near, nearCanonicals.size(), skipped, warnings);
  }
}
