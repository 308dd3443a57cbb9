package org.parley.cli.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.ingest.IngestSummary;
import org.parley.ledger.AppendTally;
import org.parley.ledger.ClaimLedger;

/**
 * An ingest's summary as one JSON object, as {@code ingest --json} and {@code brief --json} give
 * it.
 */
final class IngestJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestJson() {}

  static ObjectNode of(IngestSummary s, AppendTally.Counts c, String run, ClaimLedger ledger) {
    ObjectNode n = JSON.createObjectNode();
    ObjectNode read = n.putObject("read");
    read.put("documents", s.read());
    read.put("exact_duplicates", s.exactDuplicates());
    read.put("near_duplicates", s.nearDuplicates());
    ObjectNode skipped = read.putObject("skipped");
    s.skipped()
        .forEach(
            (reason, count) ->
                skipped.put(reason.name().toLowerCase(java.util.Locale.ROOT), count));
    read.put("warnings", s.warnings());
    read.put("failures", s.failures());
    ObjectNode l = n.putObject("ledger");
    l.put("new", c.appended());
    l.put("re_extracted", c.superseded());
    l.put("already_recorded", c.alreadyRecorded());
    l.put("conflicting", c.conflicting());
    l.put("claims_added", c.claimsAdded());
    n.put("run", run);
    n.put("as_of", ledger.latest().asOf().toString());
    n.put("store", ledger.describe());
    return n;
  }
}
