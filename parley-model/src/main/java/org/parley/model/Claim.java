package org.parley.model;

import org.jspecify.annotations.Nullable;

/**
 * One record of the ledger: who demands, offers or rejects what, who controls how much of which
 * territory, who said what, who met whom — always with its {@link Provenance}. The family is
 * closed: a {@code switch} over it has no {@code default}.
 */
public sealed interface Claim permits Position, Control, Statement, Meeting {
  ClaimKind kind();

  Provenance provenance();

  /**
   * The party whose claim it is; absent only on a statement known by its agent alone, or a meeting.
   */
  @Nullable ActorId holder();

  /** Who voiced it: a person id or a short description of an unnamed source. */
  @Nullable String agent();

  /** The same claim with other provenance (evidence merged, status revised, …). */
  Claim withProvenance(Provenance provenance);

  default DocumentId doc() {
    return provenance().doc();
  }
}
