package org.parley.cli.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ledger.EntryTable;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.ledger.search.SearchHit;
import org.parley.ledger.search.SearchHitJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley search}: the documents and claims whose text matches a query, best first. */
@Command(
    name = "search",
    header = "Full-text search over documents and claim evidence.",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the ledger's documents and claim evidence (Lucene; English stemming; all words",
      "must match; \"quoted phrases\", OR, NOT and wildcards work). The index lives beside a SQLite",
      "ledger (ledger.db -> ledger-search/) or under $PARLEY_HOME/search for PostgreSQL; it is",
      "brought up to date before each search, and --rebuild recreates it from the ledger."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley search \"security guarantees\"",
      "  parley search \"Donetsk AND withdraw\" --limit 5"
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for.")
  @Nullable String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object per hit.")
  boolean json;

  @Option(names = "--rebuild", description = "Recreate the index from the ledger first.")
  boolean rebuild;

  @Option(names = "--index", paramLabel = "DIR", description = "Keep the index in DIR.")
  @Nullable Path index;

  @Override
  public Integer call() {
    if (query == null && !rebuild) {
      throw new IllegalArgumentException("give a QUERY (or --rebuild)");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open();
        LuceneSearchIndex lucene = LuceneSearchIndex.open(folder(), ledger)) {
      if (lucene.isReadOnly()) {
        spec.commandLine()
            .getErr()
            .println(
                "parley search: another process is writing the index;"
                    + " searching its last commit");
      }
      if (rebuild) {
        lucene.rebuild();
        spec.commandLine().getErr().println("parley search: index rebuilt in " + folder());
      }
      if (query != null) {
        LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
        print(lucene.search(query, snapshot, limit), snapshot, out);
      }
    }
    out.flush();
    return 0;
  }

  private Path folder() {
    return index != null
        ? index
        : LuceneSearchIndex.defaultFolder(ledgerOptions.location(), ledgerOptions.environment());
  }

  private void print(List<SearchHit> hits, LedgerSnapshot snapshot, PrintWriter out) {
    for (SearchHit h : hits) {
      if (json) {
        out.println(json(h));
      } else if (h.entry() != null) {
        out.printf(
            "%.2f  claim %s in %s: %s %s — %s%n",
            h.score(),
            h.entry().id(),
            h.doc(),
            h.entry().claim().kind().code(),
            EntryTable.what(h.entry().claim()),
            h.snippet());
      } else {
        out.printf(
            "%.2f  document %s%s: %s%n",
            h.score(), h.doc(), h.title() == null ? "" : " (" + h.title() + ")", h.snippet());
      }
    }
    if (!json) {
      out.printf(
          "%d hit%s · as of %s%n", hits.size(), hits.size() == 1 ? "" : "s", snapshot.asOf());
    }
  }

  private static String json(SearchHit h) {
    return SearchHitJson.tree(h).toString();
  }
}
