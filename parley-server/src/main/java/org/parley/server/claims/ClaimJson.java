package org.parley.server.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.LedgerEntry;
import org.parley.server.http.Json;

/**
 * A ledger entry as JSON: its entry id, recorded and superseded instants, outlet, run, and the
 * claim as its {@code parley.claim/1} record. Stateless and thread-safe.
 */
public final class ClaimJson {
  private static final ClaimWriter WRITER = new ClaimWriter();

  private ClaimJson() {}

  public static ObjectNode tree(LedgerEntry e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("entry", e.id().value());
    n.put("recorded_at", e.recordedAt().toString());
    n.put("superseded_at", e.supersededAt() == null ? null : e.supersededAt().toString());
    n.put("outlet", e.outlet());
    n.put("run", e.run().toString());
    n.set("claim", Json.read(WRITER.write(e.claim())));
    return n;
  }
}
