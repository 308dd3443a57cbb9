package org.parley.cli.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    header = "Ingests sources (the sample corpus by default), then prints the briefing.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads article sources into the ledger (as parley ingest does: new documents are",
      "extracted and appended, documents already recorded are skipped) and prints the briefing",
      "of parley report: positions, the Russia-Ukraine gap, shifts, disputes, control claims and",
      "a timeline. Without SOURCE it reads the sample corpus that ships with Parley",
      "(samples/articles: articles the Parley developers wrote, restating publicly reported",
      "facts). The ingest summary (as parley ingest prints it) and then the briefing go to",
      "stdout (--html FILE: the briefing to the file); with --json one object holds both",
      "({\"ingest\": …, \"briefing\": …}); findings about single documents go to stderr."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley brief",
      "  parley brief --html briefing.html",
      "  parley brief articles/ --json"
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
    BriefingOptions options = report.briefing(answer::knowledgeBase);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    StringWriter summary = new StringWriter();
    int ingested = ingest(err, new PrintWriter(summary, true));
    if (ingested == ExitCodes.BAD_INPUT) {
      return ingested;
    }
    StringWriter briefing = new StringWriter();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      PrintWriter to = answer.json() ? new PrintWriter(briefing, true) : out;
      if (!answer.json()) {
        out.print(summary);
        out.println();
      }
      ReportWriter.write(
          ledgerOptions.snapshot(ledger),
          options,
          report.html(),
          answer.json(),
          answer.names(),
          to);
    }
    if (answer.json()) {
      out.println(combined(summary.toString(), briefing.toString()));
    }
    out.flush();
    return ingested;
  }

  /** {@code {"ingest": …, "briefing": …}}: both summaries in one JSON document. */
  private static String combined(String ingest, String briefing) {
    ObjectMapper json = new ObjectMapper();
    try {
      ObjectNode n = json.createObjectNode();
      n.set("ingest", json.readTree(ingest));
      n.set("briefing", json.readTree(briefing));
      return n.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the ingest or briefing JSON is unreadable", e);
    }
  }

  /**
   * Runs {@code parley ingest} on the sources with this command's ledger: its summary to {@code
   * summary} (as JSON with --json), its findings to stderr.
   */
  private int ingest(PrintWriter err, PrintWriter summary) {
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
    if (sources.isEmpty()) {
      args.add("--no-progress");
    }
    if (answer.json()) {
      args.add("--json");
    }
    return runIngest(args, err, summary);
  }

  private static int runIngest(List<String> args, PrintWriter err, PrintWriter summary) {
    CommandLine ingest = new CommandLine(new IngestCommand());
    ingest.setOut(summary);
    ingest.setErr(err);
    ingest.setExecutionExceptionHandler(new ExitCodes());
    int code = ingest.execute(args.toArray(String[]::new));
    err.flush();
    return code;
  }
}
