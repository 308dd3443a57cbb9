package org.parley.cli.brief;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.analysis.report.BriefingOptions;
import org.parley.cli.ExitCodes;
import org.parley.cli.answer.AnswerOptions;
import org.parley.cli.ingest.IngestCommand;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.cli.report.ReportOptions;
import org.parley.cli.report.ReportWriter;
import org.parley.ledger.ClaimLedger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley brief [SOURCE...]}: ingest sources (the sample corpus by default), then brief. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Reads article sources into the ledger (as parley ingest does: new documents are",
      "extracted and appended, documents already recorded are skipped) and prints the briefing",
      "of parley report: positions, the Russia-Ukraine gap, shifts, disputes, control claims and",
      "a timeline. Without SOURCE it reads the sample corpus that ships with Parley",
      "(samples/articles: articles the Parley developers wrote, restating publicly reported",
      "facts). What ingest reports goes to stderr; the briefing to stdout (or --html FILE)."
    })
public final class BriefCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Mixin ReportOptions report;

  @Parameters(
      arity = "0..*",
      paramLabel = "SOURCE",
      description = "files, folders or http(s) URLs (default: the bundled sample corpus)")
  List<String> sources = new ArrayList<>();

  @Override
  public Integer call() {
    BriefingOptions options = report.briefing();
    PrintWriter err = spec.commandLine().getErr();
    int ingested = ingest(err);
    if (ingested == ExitCodes.BAD_INPUT) {
      return ingested;
    }
    try (ClaimLedger ledger = ledgerOptions.open()) {
      ReportWriter.write(
          ledgerOptions.snapshot(ledger),
          options,
          report.html(),
          answer.json(),
          answer.names(),
          spec.commandLine().getOut());
    }
    return ingested;
  }

  /** Runs {@code parley ingest} on the sources with this command's ledger; its output to stderr. */
  private int ingest(PrintWriter err) {
    List<String> args = new ArrayList<>();
    if (sources.isEmpty()) {
      Path corpus = SampleCorpus.locate(System.getenv(), Path.of(""));
      err.println("parley brief: reading the sample corpus " + corpus);
      args.add(corpus.toString());
    } else {
      args.addAll(sources);
    }
    String db = spec.commandLine().getParseResult().matchedOptionValue("--db", null);
    if (db != null) {
      args.add("--db");
      args.add(db);
    }
    for (Path file : answer.kbFiles()) {
      args.add("--kb");
      args.add(file.toString());
    }
    args.add("--no-progress");
    CommandLine ingest = new CommandLine(new IngestCommand());
    ingest.setOut(err);
    ingest.setErr(err);
    ingest.setExecutionExceptionHandler(new ExitCodes());
    int code = ingest.execute(args.toArray(String[]::new));
    err.flush();
    return code;
  }
}
