package org.parley.ledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;

/**
 * Writes claims as {@code parley.claim/1} JSONL, one record per line in recording order: the
 * contract itself, re-importable without loss. Stateless.
 */
public final class JsonlExport {
  private static final ClaimWriter WRITER = new ClaimWriter();

  /** Writes the claims of {@code snapshot} matching {@code query}; returns how many. */
  public long write(LedgerSnapshot snapshot, ClaimQuery query, Writer out) {
    long[] count = {0};
    snapshot.forEachClaim(
        query,
        e -> {
          try {
            out.write(WRITER.write(e.claim()));
            out.write('\n');
            count[0]++;
          } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the export", ex);
          }
        });
    return count[0];
  }
}
