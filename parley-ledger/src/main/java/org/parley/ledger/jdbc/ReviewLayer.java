package org.parley.ledger.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.ReviewDecision;
import org.parley.ledger.ReviewMatch;
import org.parley.ledger.ReviewRecord;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;

/**
 * The reviews recorded by a snapshot's instant, laid over the claims it reads: each entry gets the
 * latest review that applies to it ({@link ReviewMatch}); a correction replaces the claim, a
 * rejection hides the entry unless the query asks for history. Immutable and thread-safe.
 */
final class ReviewLayer {

  /** Newest valid time first, then latest entry: the order of {@code claims(query)}. */
  static final Comparator<LedgerEntry> NEWEST_FIRST =
      Comparator.comparingLong((LedgerEntry e) -> ClaimRow.of(e.claim(), "").validFrom())
          .thenComparing(LedgerEntry::id)
          .reversed();

  private static final ClaimWriter WRITER = new ClaimWriter();

  private final Map<DocumentId, List<ReviewRecord>> byDoc = new HashMap<>();
  private final boolean hasCorrections;

  ReviewLayer(List<ReviewRecord> reviews) {
    reviews.stream()
        .sorted(Comparator.comparing(ReviewRecord::recordedAt))
        .forEach(r -> byDoc.computeIfAbsent(r.doc(), d -> new ArrayList<>()).add(r));
    hasCorrections = reviews.stream().anyMatch(r -> r.decision() == ReviewDecision.CORRECT);
  }

  /** How many reviews in all. */
  long size() {
    return byDoc.values().stream().mapToLong(List::size).sum();
  }

  boolean isEmpty() {
    return byDoc.isEmpty();
  }

  boolean hasCorrections() {
    return hasCorrections;
  }

  /** The documents that have corrections. */
  List<DocumentId> correctedDocs() {
    return byDoc.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(r -> r.decision() == ReviewDecision.CORRECT))
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparing(DocumentId::value))
        .toList();
  }

  /** The reviews of one document, oldest first. */
  List<ReviewRecord> of(DocumentId doc) {
    return byDoc.getOrDefault(doc, List.of());
  }

  /** The entry with the latest review that applies to it, if any. */
  LedgerEntry apply(LedgerEntry e) {
    List<ReviewRecord> reviews = byDoc.get(e.claim().doc());
    if (reviews == null) {
      return e;
    }
    @Nullable ReviewRecord latest = null;
    for (ReviewRecord r : reviews) {
      if (ReviewMatch.applies(r, e)) {
        latest = r;
      }
    }
    return latest == null ? e : e.reviewed(latest);
  }

  /**
   * Whether a reviewed entry is shown for {@code query}: not when rejected (unless history is asked
   * for), nor when a correction moved it out of the query's filters.
   */
  static boolean shows(LedgerEntry e, ClaimQuery q) {
    if (e.review() == null) {
      return true;
    }
    if (e.isRejected() && !q.includeSuperseded()) {
      return false;
    }
    return e.review().decision() != ReviewDecision.CORRECT || matches(e, q);
  }

  /** Whether the (corrected) claim of {@code e} passes the query's filters, as SQL would judge. */
  static boolean matches(LedgerEntry e, ClaimQuery q) {
    ClaimRow row = ClaimRow.of(e.claim(), WRITER.write(e.claim()));
    ClaimKind kind = e.claim().kind();
    return (q.kinds().isEmpty() || q.kinds().contains(kind))
        && (q.party() == null || row.parties().containsKey(q.party().value()))
        && (q.region() == null || row.regions().contains(q.region().value()))
        && (q.provisionType() == null || q.provisionType().code().equals(row.provisionType()))
        && (q.status() == null || q.status().code().equals(row.status()))
        && (q.doc() == null || q.doc().equals(e.claim().doc()))
        && (q.outlet() == null || q.outlet().equals(e.outlet()))
        && (q.validFrom() == null || row.validTo() >= q.validFrom().toEpochDay())
        && (q.validTo() == null || row.validFrom() <= q.validTo().toEpochDay())
        && (q.recordedAfter() == null || e.recordedAt().isAfter(q.recordedAfter()));
  }
}
