package org.parley.ledger;

/** The outcome of recording a review: recorded, or no such entry to review. */
public sealed interface ReviewResult {
  /** The review was recorded. */
  record Recorded(ReviewRecord review) implements ReviewResult {}

  /** The ledger holds no current claim with this entry id. */
  record UnknownEntry(EntryId entry) implements ReviewResult {}
}
