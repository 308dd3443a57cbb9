package org.parley.ledger;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Claim;
import org.parley.model.PartialDate;

/**
 * One recorded claim with its two times: the valid time (when the claim held, from the text; see
 * {@link #validTime()}) and the recorded time (when the ledger learned it). {@code supersededAt} is
 * set when the snapshot that read it includes superseded entries and this one was superseded by
 * then; {@code outlet} is its document's source outlet, when known. {@code review} is the latest
 * reviewer's decision that applies to it by the snapshot's instant; a corrected entry's {@code
 * claim} is the claim as corrected, {@code extracted} the claim as the extractor gave it.
 */
public record LedgerEntry(
    EntryId id,
    ExtractionId extraction,
    Claim claim,
    RunIdentity run,
    Instant recordedAt,
    @Nullable Instant supersededAt,
    @Nullable String outlet,
    @Nullable ReviewRecord review,
    Claim extracted) {

  /** An entry no reviewer has decided on. */
  public LedgerEntry(
      EntryId id,
      ExtractionId extraction,
      Claim claim,
      RunIdentity run,
      Instant recordedAt,
      @Nullable Instant supersededAt,
      @Nullable String outlet) {
    this(id, extraction, claim, run, recordedAt, supersededAt, outlet, null, claim);
  }

  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(extracted, "extracted");
  }

  /** This entry under {@code r}: a correction's claim replaces the extracted one. */
  public LedgerEntry reviewed(ReviewRecord r) {
    Claim shown = r.corrected() != null ? r.corrected() : extracted;
    return new LedgerEntry(
        id, extraction, shown, run, recordedAt, supersededAt, outlet, r, extracted);
  }

  /** Whether a reviewer rejected it. */
  public boolean isRejected() {
    return review != null && review.decision() == ReviewDecision.REJECT;
  }

  /** When the claim held, as the text gives it; absent when the text gives only the report date. */
  public @Nullable PartialDate validTime() {
    return claim.provenance().validTime();
  }

  /** Whether a later extraction had replaced this entry by the snapshot's instant. */
  public boolean isSuperseded() {
    return supersededAt != null;
  }
}
