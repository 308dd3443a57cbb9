package org.parley.cli.disputes;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DisputeFinder;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.Period;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.AnswerCsv;
import org.parley.analysis.report.DisputesText;
import org.parley.analysis.report.Names;
import org.parley.cli.answer.AnswerOptions;
import org.parley.cli.answer.AnswerPrinter;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley disputes}: control figures and positions that sources report differently. */
@Command(
    name = "disputes",
    header = "The same fact reported differently by two sources.",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the same fact reported differently by two sources (outlets, or voices inside one",
      "outlet; one outlet against itself is no dispute), side by side: control figures for the",
      "same holder and regions dated at most --figure-days apart (valid time, else report date)",
      "whose shares lie --tolerance percentage points or more apart, whose areas differ by",
      "--area-tolerance %% or more, or whose qualitative degree (nearly all, most, all) cannot",
      "match the other's share; and positions of one holder on one provision in one --period",
      "that one source reports as wanted and another as refused (a demand against a",
      "rejection), or that a text reports as denied or disputed. Figures that several outlets",
      "report alike are shown once, with how many outlets report them."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley disputes",
      "  parley disputes --tolerance 3 --figure-days 31",
      "  parley disputes --csv > disputes.csv"
    })
public final class DisputesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Option(
      names = "--tolerance",
      paramLabel = "PP",
      defaultValue = "5",
      description =
          "shares this many percentage points apart or more disagree (default: ${DEFAULT-VALUE})")
  double tolerance;

  @Option(
      names = "--area-tolerance",
      paramLabel = "PCT",
      defaultValue = "10",
      description = "areas this many per cent apart or more disagree (default: ${DEFAULT-VALUE})")
  double areaTolerance;

  @Option(
      names = "--period",
      paramLabel = "day|month|year",
      defaultValue = "month",
      description = "what counts as the same period (default: ${DEFAULT-VALUE})")
  String period;

  @Option(
      names = "--figure-days",
      paramLabel = "DAYS",
      defaultValue = "62",
      description =
          "control figures dated at most DAYS apart are compared (default: ${DEFAULT-VALUE})")
  int figureDays;

  @Option(
      names = "--valid-at",
      paramLabel = "DATE",
      description = "only claims dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
  @Nullable String validAt;

  @Override
  public Integer call() {
    DisputeTolerance t = disputeTolerance();
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      Disputes d =
          new DisputeFinder().find(snapshot, t, AnswerOptions.lastDay("--valid-at", validAt));
      Names names = answer.names();
      if (answer.csv()) {
        new AnswerCsv(names).disputes(d, answer.excel(), out);
        out.flush();
        return 0;
      }
      AnswerPrinter.answer(
          answer.json(),
          () -> new AnalysisJson(names).disputes(d),
          () ->
              "Disputes: %d about control figures, %d about positions"
                  .formatted(d.figures().size(), d.positions().size()),
          ledger,
          snapshot,
          (index, text) -> new DisputesText(names).append(d, index, text),
          out);
    }
    return 0;
  }

  private DisputeTolerance disputeTolerance() {
    try {
      return new DisputeTolerance(tolerance, areaTolerance, Period.fromCode(period), figureDays);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--tolerance/--area-tolerance/--period/--figure-days: " + e.getMessage(), e);
    }
  }
}
