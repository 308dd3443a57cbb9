package org.parley.cli.positions;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.PositionFinder;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.AnswerCsv;
import org.parley.analysis.report.Names;
import org.parley.analysis.report.PositionsText;
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

/** {@code parley positions PARTY}: the party's current position per issue, with evidence. */
@Command(
    name = "positions",
    header = "A party's current position on every issue, with superseded stances.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a party's current position on each issue (provision type; for territorial types",
      "also the regions): what it demands, offers or rejects, since when, the latest supporting",
      "claims with their dates (valid time, else the report date), sources and status. An earlier",
      "stance on the same issue that a later one replaced is shown as superseded. Claims the text",
      "reports as denied by their holder do not count (parley disputes lists them).",
      "PARTY is an actor id (RUS) or a name: Russia, the Kremlin, Moscow, Putin."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley positions Russia",
      "  parley positions UKR --valid-at 2024-12 --csv > ukr.csv"
    })
public final class PositionsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Parameters(index = "0", paramLabel = "PARTY", description = "RUS, Russia, Kremlin, UKR, Kyiv…")
  String party;

  @Option(
      names = "--valid-at",
      paramLabel = "DATE",
      description = {
        "Positions as they stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): only claims dated on or",
        "before it count. Default: every claim. (--as-of instead picks the recorded instant.)"
      })
  @Nullable String validAt;

  @Override
  public Integer call() {
    ActorId id = answer.party(party);
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      PartyPositions p =
          new PositionFinder().find(snapshot, id, AnswerOptions.lastDay("--valid-at", validAt));
      Names names = answer.names();
      if (answer.csv()) {
        new AnswerCsv(names).positions(p, answer.excel(), out);
        out.flush();
        return 0;
      }
      AnswerPrinter.answer(
          answer.json(),
          () -> new AnalysisJson(names).positions(p),
          () ->
              "Positions of %s: %d issue%s%s"
                  .formatted(
                      names.party(id),
                      p.issues().size(),
                      p.issues().size() == 1 ? "" : "s",
                      p.validAt() == null ? "" : ", as they stood on " + p.validAt()),
          ledger,
          snapshot,
          (index, text) -> new PositionsText(names).append(p, index, text),
          out);
    }
    return 0;
  }
}
