package org.parley.ledger.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.ReviewRecord;

/**
 * Writes claims as {@code parley.claim/1} JSONL, one record per line in recording order: the
 * contract itself, re-importable without loss. A reviewed claim is written as reviewed (a
 * correction's values) with a {@code review} object (decision, reviewer, at, why, changes), which
 * the contract's readers ignore, so reviewed claims can serve as new gold. Stateless.
 */
public final class JsonlExport {
  private static final ClaimWriter WRITER = new ClaimWriter();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Writes the claims of {@code snapshot} matching {@code query}; returns how many. */
  public long write(LedgerSnapshot snapshot, ClaimQuery query, Writer out) {
    long[] count = {0};
    snapshot.forEachClaim(
        query,
        e -> {
          try {
            out.write(line(e));
            out.write('\n');
            count[0]++;
          } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the export", ex);
          }
        });
    return count[0];
  }

  /** The entry's record, with its review when it has one. */
  public static String line(LedgerEntry e) {
    String line = WRITER.write(e.claim());
    ReviewRecord r = e.review();
    if (r == null) {
      return line;
    }
    ObjectNode review = MAPPER.createObjectNode();
    review.put("decision", r.decision().code());
    review.put("reviewer", r.reviewer());
    review.put("at", r.recordedAt().toString());
    review.put("why", r.why());
    review.put("changes", r.changes());
    review.put("entry", r.entry().value());
    return line.substring(0, line.length() - 1) + ",\"review\":" + review + "}";
  }
}
