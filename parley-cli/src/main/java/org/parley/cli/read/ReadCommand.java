package org.parley.cli.read;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ExitCodes;
import org.parley.cli.limits.ReadLimitOptions;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.source.FieldMapping;
import org.parley.ingest.source.Source;
import org.parley.ingest.source.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley read SOURCE...}: lists the documents Parley reads from files, folders and URLs. */
@Command(
    name = "read",
    header = "Lists the documents a source holds, with duplicates and skipped inputs.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads article sources and lists the documents found: id, date, outlet,",
      "title, length and, for a duplicate, the document it copies (= exact,",
      "~ near). Formats are told by name or content: the seed format (first",
      "line ' date YYYY-MM-DD ...'), plain text, saved HTML pages, JSONL and",
      "CSV corpora, RSS/Atom feeds (file or URL), WARC archives, gzip of any,",
      "and folders (recursively, sorted; hidden files skipped). Documents not",
      "in English are skipped. Problems go to stderr, naming file and line;",
      "the summary comes last.",
      "Exit code: 0 every input read (documents skipped on purpose, e.g.",
      "not in English, are no failure), 4 some inputs failed, 2 every input",
      "failed."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley read samples/articles", "  parley read articles.jsonl --json"})
public final class ReadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReadLimitOptions readLimits;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "files, folders or http(s) URLs")
  List<String> sources = List.of();

  @Option(names = "--json", description = "one JSON object per line instead of a table")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "read every source as F instead of detecting: seed|text|html|jsonl|csv|rss|atom|warc")
  @Nullable String format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "date for documents whose source gives none (otherwise: unknown)")
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
      description =
          "JSONL/CSV field for an attribute (id, date, outlet, url, title, text),"
              + " e.g. --map text=body,date=published")
  List<String> map = List.of();

  @Option(
      names = "--near-dup",
      paramLabel = "T",
      description =
          "near-duplicate threshold, estimated Jaccard similarity of word shingles"
              + " (default: ${DEFAULT-VALUE}; 0 turns it off)",
      defaultValue = "0.9")
  double nearDup;

  @Option(names = "--require-date", description = "skip documents without a usable date")
  boolean requireDate;

  @Option(names = "--all-languages", description = "keep documents that are not in English")
  boolean allLanguages;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "show a progress bar on stderr (default: on long runs when stderr is a"
              + " terminal and stdout is not)")
  @Nullable Boolean progress;

  @Option(names = "--stats", description = "print throughput and peak heap to stderr at the end")
  boolean stats;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Source> parsed = sources.stream().map(Source::parse).toList();
    RunStats runStats = new RunStats();
    EventPrinter printer = json ? new JsonEventPrinter(out) : new TableEventPrinter(out);
    try (IngestRun run = Ingest.open(parsed, options());
        Progress bar = Progress.open(progress, parsed)) {
      printer.begin();
      while (run.hasNext()) {
        IngestEvent event = run.next();
        printer.print(event);
        Diagnostics.report(event, err);
        bar.update(run.bytesRead());
        runStats.sample();
      }
      IngestSummary summary = run.summary();
      printer.end(summary);
      if (stats) {
        err.println("parley read: " + runStats.finish(summary, run.bytesRead()));
      }
      return exitCode(summary, err);
    }
  }

  private IngestOptions options() {
    IngestOptions o =
        IngestOptions.defaults()
            .withLimits(readLimits.limits())
            .withDate(date)
            .withOutlet(outlet)
            .withNearDuplicateThreshold(nearDup)
            .withRequireDate(requireDate)
            .withEnglishOnly(!allLanguages)
            .withMapping(FieldMapping.parse(String.join(",", map)));
    return format == null ? o : o.withFormat(SourceFormat.parse(format));
  }

  private static int exitCode(IngestSummary summary, PrintWriter err) {
    if (summary.failures() == 0) {
      return 0;
    }
    if (summary.read() == 0) {
      err.println("parley read: nothing could be read");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.PARTIAL;
  }
}
