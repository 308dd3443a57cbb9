package org.parley.ledger;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * A recorded review: the decision about entry {@code entry} of document {@code doc}, the claim as
 * the reviewer saw it ({@code target}), the corrected claim (corrections only), who decided, why,
 * and when it was recorded. Reviews apply to the claim however often the document is re-extracted
 * (see {@link ReviewMatch}).
 */
public record ReviewRecord(
    long id,
    EntryId entry,
    DocumentId doc,
    ReviewDecision decision,
    Claim target,
    @Nullable Claim corrected,
    @Nullable String changes,
    String reviewer,
    @Nullable String why,
    Instant recordedAt) {
  public ReviewRecord {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** {@code rejected by alice 2026-12-07T…: wrong speaker}, for tables and histories. */
  public String describe() {
    String verb =
        switch (decision) {
          case ACCEPT -> "accepted";
          case REJECT -> "rejected";
          case CORRECT -> "corrected (" + changes + ")";
        };
    return verb + " by " + reviewer + " at " + recordedAt + (why == null ? "" : ": " + why);
  }
}
