package org.parley.cli.report;

import java.util.concurrent.Callable;
import org.parley.analysis.report.BriefingOptions;
import org.parley.cli.answer.AnswerOptions;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code parley report}: a briefing of the whole ledger for people who never used Parley. */
@Command(
    name = "report",
    header = "The briefing of the ledger as text, JSON or a standalone HTML page.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a briefing of the ledger: the main parties' positions, the gap between the first",
      "two (Russia and Ukraine when both hold positions), recent shifts, disputes, the control",
      "claims (checked against maps with --map), and a timeline, every line citing its sources.",
      "Text by default; --html FILE writes one standalone HTML file with charts; --json prints",
      "the same content for machines. The same ledger and --as-of give the same bytes."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley report",
      "  parley report --map ../shared/data/territory/deepstate --html report.html"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin AnswerOptions answer;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    BriefingOptions options = report.briefing(answer::knowledgeBase);
    try (ClaimLedger ledger = ledgerOptions.open()) {
      ReportWriter.write(
          ledgerOptions.snapshot(ledger),
          options,
          report.html(),
          answer.json(),
          answer.names(),
          spec.commandLine().getOut());
    }
    return 0;
  }
}
