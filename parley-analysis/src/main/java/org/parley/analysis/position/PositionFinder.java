package org.parley.analysis.position;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;

/**
 * A party's current position per issue, with the stances it superseded: reads the party's positions
 * from a snapshot ({@link PositionReader}) and groups them into issue threads ({@link
 * IssueThreads}). Stateless and thread-safe.
 */
public final class PositionFinder {
  private final PositionReader reader = new PositionReader();
  private final IssueThreads threads = new IssueThreads();

  /** {@code party}'s positions in {@code snapshot}, counting claims dated up to {@code validAt}. */
  public PartyPositions find(LedgerSnapshot snapshot, ActorId party, @Nullable LocalDate validAt) {
    return new PartyPositions(
        party,
        snapshot.asOf(),
        validAt,
        threads.group(party, reader.read(snapshot, party, validAt)));
  }
}
