package org.parley.cli.claims;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.parley.cli.Parley;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.RunIdentity;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.DocumentFixture;
import picocli.CommandLine;

/** A small SQLite ledger for CLI tests, and a way to run the command line against it. */
public final class LedgerCliFixture {
  public static final RunIdentity RUN = new RunIdentity("test-extract", "test-kb");

  private LedgerCliFixture() {}

  /**
   * A ledger at {@code db} holding a demand, a control claim and a meeting, each in its document.
   */
  public static void fill(Path db) {
    try (ClaimLedger ledger = JdbiClaimLedger.open(new LedgerLocation.Sqlite(db))) {
      append(
          ledger,
          "doc-demand",
          "Moscow demands the whole Donbas as the price of a truce.",
          ClaimFixture.demandDonbas());
      append(
          ledger,
          "doc-control",
          "Russian forces hold about 75% of Donetsk, analysts estimate.",
          ClaimFixture.control("UA-14", 0.75, Approx.ABOUT));
      append(
          ledger,
          "doc-meeting",
          "The two leaders met in Alaska to talk about a settlement.",
          ClaimFixture.meeting("putin", "trump", "Anchorage"));
    }
  }

  private static void append(ClaimLedger ledger, String id, String text, Claim claim) {
    ledger.append(
        new Extraction(DocumentFixture.withText(id, "2025-08-21", text), RUN, List.of(claim)));
  }

  /** The outcome of one command line. */
  public record Run(int code, String out, String err) {}

  /** Runs {@code parley args...}. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
