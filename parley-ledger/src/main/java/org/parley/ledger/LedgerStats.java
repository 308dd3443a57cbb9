package org.parley.ledger;

import java.time.Instant;

/**
 * Counts of what a snapshot holds: documents, extractions (all, and those superseded), claims (all
 * recorded, and current), and the snapshot's instant.
 */
public record LedgerStats(
    Instant asOf,
    long documents,
    long extractions,
    long supersededExtractions,
    long claimsRecorded,
    long claimsCurrent) {}
