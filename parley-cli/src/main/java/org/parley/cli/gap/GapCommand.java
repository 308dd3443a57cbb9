package org.parley.cli.gap;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.gap.GapFinder;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.position.PositionFinder;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.AnswerCsv;
import org.parley.analysis.report.GapText;
import org.parley.analysis.report.Names;
import org.parley.cli.answer.AnswerOptions;
import org.parley.cli.answer.AnswerPrinter;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley gap PARTY PARTY}: where two parties' positions meet and where they clash. */
@Command(
    name = "gap",
    header = "Where two parties stand apart, issue by issue.",
    mixinStandardHelpOptions = true,
    description = {
      "Sets two parties' current positions side by side, issue by issue: compatible (both want",
      "the same thing: one offers what the other demands, or both demand it), conflicting (one",
      "wants what the other refuses), one-sided (only one of them holds a position), or",
      "unaddressed (neither does); each cell cites its claims. PARTY is an actor id or a name."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley gap Russia Ukraine", "  parley gap RUS UKR --csv > gap.csv"})
public final class GapCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Parameters(index = "0", paramLabel = "PARTY", description = "the first party: RUS, Russia…")
  String first;

  @Parameters(index = "1", paramLabel = "PARTY", description = "the second party: UKR, Kyiv…")
  String second;

  @Option(
      names = "--valid-at",
      paramLabel = "DATE",
      description = "positions as they stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
  @Nullable String validAt;

  @Override
  public Integer call() {
    ActorId a = answer.party(first);
    ActorId b = answer.party(second);
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "'%s' and '%s' are both %s: give two parties".formatted(first, second, a));
    }
    LocalDate date = AnswerOptions.lastDay("--valid-at", validAt);
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      PositionFinder finder = new PositionFinder();
      GapMatrix gap =
          new GapFinder().find(finder.find(snapshot, a, date), finder.find(snapshot, b, date));
      print(gap, a, b, date, ledger, snapshot, out);
    }
    return 0;
  }

  private void print(
      GapMatrix gap,
      ActorId a,
      ActorId b,
      @Nullable LocalDate date,
      ClaimLedger ledger,
      LedgerSnapshot snapshot,
      PrintWriter out) {
    Names names = answer.names();
    if (answer.csv()) {
      new AnswerCsv(names).gap(gap, answer.excel(), out);
      out.flush();
      return;
    }
    AnswerPrinter.answer(
        answer.json(),
        () -> new AnalysisJson(names).gap(gap),
        () ->
            "Gap between %s and %s%s"
                .formatted(names.party(a), names.party(b), date == null ? "" : " as of " + date),
        ledger,
        snapshot,
        (index, text) -> new GapText(names).append(gap, index, text),
        out);
  }
}
