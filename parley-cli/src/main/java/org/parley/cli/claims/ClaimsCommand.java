package org.parley.cli.claims;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ledger.ClaimFilterOptions;
import org.parley.cli.ledger.EntryTable;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.contract.ClaimWriter;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley claims}: the ledger's current claims that match the filters, newest first. */
@Command(
    name = "claims",
    header =
        "Lists the ledger's claims by party, kind, type, region, time, status, document or outlet.",
    mixinStandardHelpOptions = true,
    description = {
      "Lists claims from the ledger, newest valid time first: by party, kind, provision type,",
      "region, valid-time range, status, document or outlet. Superseded claims (replaced by a",
      "newer extractor or knowledge base) are left out unless --history; --as-of reproduces the",
      "answer the ledger gave at an earlier instant. A table by default (at most 100 rows; it",
      "says how many it left out); --json prints every matching parley.claim/1 record, one",
      "per line in recording order, unless --limit is given."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley claims --party RUS --kind demand --limit 3",
      "  parley claims --region UA-14 --from 2025-01 --to 2025-08",
      "  parley claims --type territory.cede --json > cede.jsonl"
    })
public final class ClaimsCommand implements Callable<Integer> {
  private static final int TABLE_ROWS = 100;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ClaimFilterOptions filters;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "Show at most N claims, newest first (default: 100 in the table, all with --json).")
  @Nullable Integer limit;

  @Option(names = "--json", description = "Print parley.claim/1 JSON lines instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    var query =
        filters.query(KnowledgeBase.loadDefault()).withLimit(limit == null ? TABLE_ROWS : limit);
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      if (json) {
        ClaimWriter writer = new ClaimWriter();
        if (limit == null) {
          snapshot.forEachClaim(query, e -> out.println(writer.write(e.claim())));
        } else {
          snapshot.claims(query).forEach(e -> out.println(writer.write(e.claim())));
        }
      } else {
        table(snapshot, query, ledger.describe(), out);
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

  private static void table(
      LedgerSnapshot snapshot, ClaimQuery query, String store, PrintWriter out) {
    List<LedgerEntry> entries = snapshot.claims(query);
    new EntryTable().print(entries, out);
    long all = entries.size() < query.limit() ? entries.size() : snapshot.count(query);
    out.printf(
        "%d claim%s%s · as of %s · %s%s%n",
        entries.size(),
        entries.size() == 1 ? "" : "s",
        all > entries.size()
            ? " of %d (%d left out: --limit N shows more, --json all)"
                .formatted(all, all - entries.size())
            : "",
        snapshot.asOf(),
        store,
        query.includeSuperseded() ? " · * superseded" : "");
  }
}
