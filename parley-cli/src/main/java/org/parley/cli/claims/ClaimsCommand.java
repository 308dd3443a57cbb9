package org.parley.cli.claims;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.cli.ledger.ClaimFilterOptions;
import org.parley.cli.ledger.EntryTable;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley claims}: the ledger's current claims that match the filters, newest first. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Lists claims from the ledger, newest valid time first: by party, kind, provision type,",
      "region, valid-time range, status, document or outlet. Superseded claims (replaced by a",
      "newer extractor or knowledge base) are left out unless --history; --as-of reproduces the",
      "answer the ledger gave at an earlier instant. A table by default; --json prints",
      "parley.claim/1 records, one per line."
    })
public final class ClaimsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ClaimFilterOptions filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "Show at most N claims (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print parley.claim/1 JSON lines instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    var query = filters.query().withLimit(limit);
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      List<LedgerEntry> entries = snapshot.claims(query);
      if (json) {
        ClaimWriter writer = new ClaimWriter();
        entries.forEach(e -> out.println(writer.write(e.claim())));
      } else {
        new EntryTable().print(entries, out);
        out.printf(
            "%d claim%s · as of %s · %s%s%n",
            entries.size(),
            entries.size() == 1 ? "" : "s",
            snapshot.asOf(),
            ledger.describe(),
            query.includeSuperseded() ? " · * superseded" : "");
      }
      spec.commandLine()
          .getErr()
          .printf(
              "parley claims: as of %s (--as-of %s reproduces it)%n",
              snapshot.asOf(), snapshot.asOf());
    }
    out.flush();
    return 0;
  }
}
