package org.parley.server.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.ReviewRecord;
import org.parley.server.http.Json;

/**
 * A ledger entry as JSON: its entry id, recorded and superseded instants, outlet, run, the claim as
 * its {@code parley.claim/1} record (as corrected, when a reviewer corrected it), and the review
 * that applies ({@code null}: none), with the claim as extracted when it was corrected. Stateless
 * and thread-safe.
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
    ReviewRecord r = e.review();
    if (r == null) {
      n.putNull("review");
    } else {
      ObjectNode review = n.putObject("review");
      review.put("decision", r.decision().code()).put("reviewer", r.reviewer()).put("why", r.why());
      review.put("changes", r.changes()).put("recorded_at", r.recordedAt().toString());
      if (r.corrected() != null) {
        review.set("extracted", Json.read(WRITER.write(e.extracted())));
      }
    }
    return n;
  }
}
