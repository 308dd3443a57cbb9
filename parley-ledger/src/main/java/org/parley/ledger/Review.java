package org.parley.ledger;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Claim;

/**
 * A reviewer's decision about one ledger entry, about to be recorded: {@code corrected} is the
 * claim as it should read (only for {@link ReviewDecision#CORRECT}, with {@code changes} saying
 * which fields were set, e.g. {@code provision.type=territory.freeze}); {@code why} is the
 * reviewer's reason (required to reject).
 */
public record Review(
    EntryId entry,
    ReviewDecision decision,
    @Nullable Claim corrected,
    @Nullable String changes,
    String reviewer,
    @Nullable String why) {
  public Review {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(decision, "decision");
    if (reviewer.isBlank()) {
      throw new IllegalArgumentException("a review names its reviewer");
    }
    if ((decision == ReviewDecision.CORRECT) != (corrected != null)) {
      throw new IllegalArgumentException("a correction, and only a correction, carries the claim");
    }
    if (decision == ReviewDecision.REJECT && (why == null || why.isBlank())) {
      throw new IllegalArgumentException("a rejection says why");
    }
  }
}
