package org.parley.cli.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ExitCodes;
import org.parley.cli.ingest.IngestProgress;
import org.parley.cli.limits.ReadLimitOptions;
import org.parley.cli.limits.TimeBudgetOption;
import org.parley.contract.ClaimWriter;
import org.parley.extract.Extraction;
import org.parley.extract.ExtractionPipeline;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.source.Source;
import org.parley.ingest.source.SourceFormat;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley extract SOURCE...}: the claims of every document, as {@code parley.claim/1} JSONL.
 */
@Command(
    name = "extract",
    header = "Writes the claims of every document as parley.claim/1 JSONL.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads SOURCEs (files, folders, URLs of feeds; any format 'parley read' reads) and writes the",
      "claims of every document as parley.claim/1 JSONL: to standard output, or with --out DIR one",
      "file <doc>.jsonl per document (empty for a document without claims; an id that is not a",
      "plain file name gets '~' and a hash, so no document's file overwrites another's). Output is",
      "the same byte for byte whatever --threads is. Duplicates are not extracted twice.",
      "Exit code: 0 all read and extracted, 4 some inputs or documents failed, 2 all failed."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley extract ../shared/seeds/000_1765a6ab7ed27385.txt",
      "  parley extract samples/articles --out /tmp/claims --threads 2"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReadLimitOptions readLimits;

  @Mixin TimeBudgetOption timeBudget;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "files, folders or URLs to read")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "write one <doc>.jsonl per document into DIR")
  @Nullable Path out;

  @Option(names = "--threads", description = "extraction threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--format",
      description = "force the source format: seed, text, html, jsonl, csv, rss, atom or warc")
  @Nullable String format;

  @Option(names = "--date", description = "date of plain-text documents without one (YYYY-MM-DD)")
  @Nullable LocalDate date;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "extra knowledge-base file (repeatable)")
  List<Path> kb = new ArrayList<>();

  private final OutNames names = new OutNames();

  @Override
  public Integer call() throws IOException {
    requireThreads();
    PrintWriter err = spec.commandLine().getErr();
    ExtractionPipeline pipeline = ExtractionPipeline.load(KnowledgeBase.load(kb));
    if (out != null) {
      Files.createDirectories(out);
    }
    Writer stdout = spec.commandLine().getOut();
    ClaimWriter writer = new ClaimWriter();
    int[] counts = new int[3];
    IngestOptions options = ingestOptions();
    List<Source> parsed = sources.stream().map(Source::parse).toList();
    IngestSummary summary;
    try (IngestRun run = Ingest.open(parsed, options);
        IngestProgress bar = IngestProgress.open("extract", null, parsed);
        OrderedExtraction extraction =
            new OrderedExtraction(
                pipeline,
                threads,
                timeBudget.budget(),
                x -> write(x, writer, stdout, err, counts))) {
      submitAll(run, bar, extraction, err);
      extraction.finish();
      bar.close();
      summary = run.summary();
    }
    stdout.flush();
    printTotals(err, counts, summary);
    return exitCode(summary, counts[0], counts[2], err);
  }

  private void requireThreads() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
  }

  private IngestOptions ingestOptions() {
    return IngestOptions.defaults()
        .withLimits(readLimits.limits())
        .withDate(date)
        .withFormat(format == null ? null : SourceFormat.parse(format));
  }

  /** Hands every document read to the extraction, in order, and reports what was not read. */
  private static void submitAll(
      IngestRun run, IngestProgress bar, OrderedExtraction extraction, PrintWriter err) {
    long read = 0;
    while (run.hasNext()) {
      IngestEvent e = run.next();
      bar.update(run.bytesRead(), ++read);
      switch (e) {
        case IngestEvent.Read r -> {
          r.notes().forEach(n -> err.println("parley extract: " + n));
          extraction.submit(r.document());
        }
        case IngestEvent.Duplicate d -> {}
        case IngestEvent.Skipped s -> err.println("parley extract: " + s.diagnostic());
      }
    }
  }

  private static void printTotals(PrintWriter err, int[] counts, IngestSummary summary) {
    err.printf(
        "parley extract: %d documents, %d claims%s; %s%n",
        counts[0],
        counts[1],
        counts[2] == 0 ? "" : ", %d documents failed".formatted(counts[2]),
        summary.describe());
  }

  /**
   * 0 when every input was read and extracted; 2 when every input failed (nothing read, or every
   * document read failed to extract), as {@code read} and {@code ingest} do; 4 when some failed.
   */
  static int exitCode(IngestSummary summary, int documents, int failed, PrintWriter err) {
    if (summary.failures() == 0 && failed == 0) {
      return 0;
    }
    if (documents == failed) {
      err.println("parley extract: nothing could be extracted");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.PARTIAL;
  }

  private void write(
      Extraction x, ClaimWriter writer, Writer stdout, PrintWriter err, int[] counts) {
    counts[0]++;
    counts[1] += x.claims().size();
    x.diagnostics().forEach(d -> err.println("parley extract: " + d));
    if (x.isFailed()) {
      counts[2]++;
      return; // no file: an empty one would say the document has no claims
    }
    try {
      if (out != null) {
        Path file = out.resolve(names.nameFor(x.document()) + ".jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          writeClaims(x, writer, w);
        }
      } else {
        writeClaims(x, writer, stdout);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the claims of " + x.document().id(), e);
    }
  }

  private static void writeClaims(Extraction x, ClaimWriter writer, Writer to) throws IOException {
    for (Claim c : x.claims()) {
      to.write(writer.write(c));
      to.write('\n');
    }
  }
}
