package org.parley.cli.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ExitCodes;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.cli.limits.ReadLimitOptions;
import org.parley.cli.limits.TimeBudgetOption;
import org.parley.extract.ExtractionPipeline;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.source.FieldMapping;
import org.parley.ingest.source.Source;
import org.parley.ingest.source.SourceFormat;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.AppendTally;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.search.LuceneSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest SOURCE...}: read, de-duplicate, extract and append to the ledger. */
@Command(
    name = "ingest",
    header = "Reads sources, extracts new documents and appends them to the ledger.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads article sources (as parley read does), extracts the claims of each new document",
      "and appends them to the ledger, one transaction per document, keeping the search index",
      "in step. Ingesting the same sources again adds nothing (and extracts nothing); a newer",
      "extractor or knowledge base supersedes the claims recorded before, which stay readable",
      "with --history and --as-of. A killed ingest can simply be run again.",
      "A SOURCE that is a batch folder written by 'parley spark extract' is loaded as it is:",
      "its documents and claims, under the batch's extractor, with the same guarantees.",
      "Exit code: 0 every input read (documents skipped on purpose, e.g.",
      "not in English, are no failure), 4 some inputs failed (or a document's",
      "extraction failed or ran past --time-budget: not recorded, a re-run",
      "tries it again), 2 every input failed."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley ingest samples/articles",
      "  parley ingest articles.jsonl --threads 2 --json",
      "  parley ingest https://example.org/feed.xml"
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReadLimitOptions readLimits;

  @Mixin TimeBudgetOption timeBudget;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "files, folders or http(s) URLs")
  List<String> sources = List.of();

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "read every source as F: seed|text|html|jsonl|csv|rss|atom|warc")
  @Nullable String format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "date for documents whose source gives none")
  @Nullable LocalDate date;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "outlet for documents whose source names none")
  @Nullable String outlet;

  @Option(
      names = "--map",
      paramLabel = "ATTR=FIELD",
      split = ",",
      description = "JSONL/CSV field for an attribute, e.g. --map text=body,date=published")
  List<String> map = List.of();

  @Option(names = "--all-languages", description = "keep documents that are not in English")
  boolean allLanguages;

  @Option(names = "--index", paramLabel = "DIR", description = "the search index's folder")
  @Nullable Path index;

  @Option(names = "--no-index", description = "do not update the search index")
  boolean noIndex;

  @Option(
      names = "--progress",
      negatable = true,
      description = "show a progress bar on stderr (default: when stderr is a terminal)")
  @Nullable Boolean progress;

  @Option(names = "--json", description = "print the summary as one JSON object")
  boolean json;

  @Option(
      names = "--threads",
      description = "extraction threads (default: all cores); appends stay in reading order")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "extra knowledge-base file for extraction (repeatable; later wins)")
  List<Path> kb = new ArrayList<>();

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> batches = BatchIngest.batches(sources);
    if (!batches.isEmpty()) {
      return loadBatches(batches, out, err);
    }
    List<Source> parsed = sources.stream().map(Source::parse).toList();
    ExtractionPipeline extractor = ExtractionPipeline.load(KnowledgeBase.load(kb));
    try (ClaimLedger ledger = ledgerOptions.openOrCreate();
        LuceneSearchIndex search = noIndex ? null : LuceneSearchIndex.open(indexFolder(), ledger);
        IngestRun run = Ingest.open(parsed, options());
        IngestProgress bar = IngestProgress.open(progress, parsed)) {
      LedgerIngest ingest = new LedgerIngest(ledger, extractor, threads, timeBudget.budget(), err);
      try (ingest) {
        ingestAll(run, bar, ingest);
      }
      bar.close();
      IngestSummary summary = run.summary();
      printResult(out, summary, ingest, ledger);
      return exitCode(summary, ingest.failedExtractions(), err);
    }
  }

  private static void ingestAll(IngestRun run, IngestProgress bar, LedgerIngest ingest) {
    long events = 0;
    while (run.hasNext()) {
      ingest.accept(run.next());
      bar.update(run.bytesRead(), ++events);
    }
    ingest.finish();
  }

  private void printResult(
      PrintWriter out, IngestSummary summary, LedgerIngest ingest, ClaimLedger ledger) {
    AppendTally.Counts counts = ingest.counts();
    int failed = ingest.failedExtractions();
    if (json) {
      out.println(IngestJson.of(summary, counts, ingest.run().toString(), ledger));
    } else {
      out.printf(
          "read: %s%nledger: %s%s%nrun: %s · as of %s · %s%n",
          summary.describe(),
          counts.describe(),
          failed == 0 ? "" : "; %d documents not extracted (reported above)".formatted(failed),
          ingest.run(),
          ledger.latest().asOf(),
          ledger.describe());
    }
    out.flush();
  }

  private int loadBatches(List<Path> batches, PrintWriter out, PrintWriter err) {
    if (batches.size() != sources.size()) {
      throw new IllegalArgumentException(
          "give either batch folders (from parley spark extract) or article sources, not both");
    }
    try (ClaimLedger ledger = ledgerOptions.openOrCreate();
        LuceneSearchIndex search = noIndex ? null : LuceneSearchIndex.open(indexFolder(), ledger)) {
      BatchIngest load = new BatchIngest(ledger, err);
      load.load(batches);
      out.printf(
          "batch: %d documents, %d unreadable%nledger: %s%nas of %s · %s%n",
          load.documents(),
          load.invalid(),
          load.counts().describe(),
          ledger.latest().asOf(),
          ledger.describe());
      return load.invalid() > 0 ? ExitCodes.PARTIAL : 0;
    }
  }

  private Path indexFolder() {
    return index != null
        ? index
        : LuceneSearchIndex.defaultFolder(ledgerOptions.location(), ledgerOptions.environment());
  }

  private IngestOptions options() {
    IngestOptions o =
        IngestOptions.defaults()
            .withLimits(readLimits.limits())
            .withDate(date)
            .withOutlet(outlet)
            .withEnglishOnly(!allLanguages)
            .withMapping(FieldMapping.parse(String.join(",", map)));
    return format == null ? o : o.withFormat(SourceFormat.parse(format));
  }

  private static int exitCode(IngestSummary summary, int failedExtractions, PrintWriter err) {
    if (summary.failures() == 0 && failedExtractions == 0) {
      return 0;
    }
    if (summary.read() == failedExtractions) {
      err.println(
          summary.read() == 0
              ? "parley ingest: nothing could be read"
              : "parley ingest: no document could be extracted");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.PARTIAL;
  }
}
