package org.parley.server.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * One page of a paged listing: the snapshot it reads (the cursor's, else the one {@code as_of}
 * names, else the latest) and how many items precede it. Immutable.
 */
public record Page(LedgerSnapshot snapshot, int offset) {
  /** The claims of one page, and whether more follow. */
  public record Slice(java.util.List<org.parley.ledger.LedgerEntry> entries, boolean hasMore) {
    public Slice {
      entries = java.util.List.copyOf(entries);
    }
  }

  /** The page {@code cursor} (or none: the first) asks for. */
  public static Page of(Params p, ClaimLedger ledger) {
    String token = p.text("cursor");
    if (token == null) {
      return new Page(Snapshots.read(ledger, p), 0);
    }
    if (p.text("as_of") != null) {
      throw ApiProblem.badParameter(
          "as_of", "give either 'cursor' or 'as_of': a cursor carries the instant of its listing");
    }
    Cursor c = Cursor.parse(token);
    return new Page(ledger.asOf(c.asOf()), c.offset());
  }

  /**
   * This page of the claims matching {@code query} (its limit ignored), at most {@code limit}, and
   * whether more follow.
   */
  public Slice claims(org.parley.ledger.ClaimQuery query, int limit) {
    java.util.List<org.parley.ledger.LedgerEntry> found =
        snapshot.claims(query.withLimit(offset + limit + 1));
    int from = Math.min(offset, found.size());
    int to = Math.min(found.size(), offset + limit);
    return new Slice(found.subList(from, to), found.size() > offset + limit);
  }

  /** Adds {@code count}, {@code has_more} and {@code next_cursor} (null on the last page). */
  public void finish(ObjectNode body, int count, boolean hasMore) {
    body.put("count", count);
    body.put("has_more", hasMore);
    body.put("next_cursor", hasMore ? new Cursor(snapshot.asOf(), offset + count).token() : null);
  }
}
