package org.parley.cli.shifts;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.AnswerCsv;
import org.parley.analysis.report.Names;
import org.parley.analysis.report.ShiftsText;
import org.parley.analysis.shift.PartyShifts;
import org.parley.analysis.shift.ShiftFinder;
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

/** {@code parley shifts PARTY}: the changes in a party's positions, with both sides' evidence. */
@Command(
    name = "shifts",
    header = "How a party's positions changed over time.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how a party's positions changed, issue by issue, with the claims before and after:",
      "new (first position on an issue); widened / narrowed / redrawn (same stance, regions",
      "added / dropped / both); softened (a demand or rejection became an offer); hardened (an",
      "offer became a demand or rejection); reversed (it now requires, or offers, the opposite);",
      "dropped (not restated for --stale-months while the party stated other positions).",
      "PARTY is an actor id (RUS) or a name: Russia, the Kremlin, Kyiv, Zelensky."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley shifts RUS --since 2024-06", "  parley shifts Ukraine --csv > shifts.csv"})
public final class ShiftsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Parameters(index = "0", paramLabel = "PARTY", description = "RUS, Russia, Kremlin, UKR, Kyiv…")
  String party;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "only shifts dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
  @Nullable String since;

  @Option(
      names = "--stale-months",
      paramLabel = "N",
      defaultValue = "12",
      description =
          "months without a restatement after which a position counts as dropped (default: ${DEFAULT-VALUE})")
  int staleMonths;

  @Override
  public Integer call() {
    if (staleMonths < 1) {
      throw new IllegalArgumentException("--stale-months must be at least 1: " + staleMonths);
    }
    ActorId id = answer.party(party);
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      PartyShifts s =
          new ShiftFinder()
              .find(snapshot, id, AnswerOptions.firstDay("--since", since), staleMonths);
      print(s, id, ledger, snapshot, out);
    }
    return 0;
  }

  private void print(
      PartyShifts s, ActorId id, ClaimLedger ledger, LedgerSnapshot snapshot, PrintWriter out) {
    Names names = answer.names();
    if (answer.csv()) {
      new AnswerCsv(names).shifts(s.shifts(), answer.excel(), out);
      out.flush();
      return;
    }
    AnswerPrinter.answer(
        answer.json(),
        () -> new AnalysisJson(names).shifts(s),
        () ->
            "Shifts of %s: %d%s"
                .formatted(
                    names.party(id),
                    s.shifts().size(),
                    s.since() == null ? "" : " since " + s.since()),
        ledger,
        snapshot,
        (index, text) -> new ShiftsText(names).append(s.shifts(), false, index, text),
        out);
  }
}
