package org.parley.server.http;

import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.RecordedInstant;

/** Picks the snapshot a request reads: the one {@code as_of} names, else the latest. Stateless. */
public final class Snapshots {
  private Snapshots() {}

  /** The snapshot {@code params}' {@code as_of} asks for, else the ledger's latest. */
  public static LedgerSnapshot read(ClaimLedger ledger, Params params) {
    String asOf = params.text("as_of");
    return asOf == null
        ? ledger.latest()
        : ledger.asOf(Params.parse("as_of", asOf, t -> RecordedInstant.parse("as_of", t)));
  }
}
