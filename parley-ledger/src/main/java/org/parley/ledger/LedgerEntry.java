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
 * then; {@code outlet} is its document's source outlet, when known.
 */
public record LedgerEntry(
    EntryId id,
    ExtractionId extraction,
    Claim claim,
    RunIdentity run,
    Instant recordedAt,
    @Nullable Instant supersededAt,
    @Nullable String outlet) {

  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(recordedAt, "recordedAt");
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
