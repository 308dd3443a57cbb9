package org.parley.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.ProvisionType;

/**
 * A child process for the kill tests: appends {@code count} synthetic documents of {@code
 * claimsPerDocument} claims each, one transaction per document, and prints how many it appended and
 * how many were already recorded. Arguments: location, schema ("-" for none), count, claims.
 */
public final class AppendingMain {
  private AppendingMain() {}

  public static void main(String[] args) {
    LedgerLocation location = LedgerLocation.parse(args[0]);
    if (!args[1].equals("-")) {
      location = ((LedgerLocation.Postgres) location).inSchema(args[1]);
    }
    int count = Integer.parseInt(args[2]);
    int claims = Integer.parseInt(args[3]);
    int appended = 0;
    int already = 0;
    try (ClaimLedger ledger = JdbiClaimLedger.open(location)) {
      for (int i = 0; i < count; i++) {
        switch (ledger.append(synthetic(i, claims))) {
          case AppendResult.Recorded r -> appended++;
          case AppendResult.AlreadyRecorded r -> already++;
          case AppendResult.ConflictsWithRecorded r -> throw new IllegalStateException(r.problem());
        }
      }
    }
    System.out.println("appended=" + appended + " already=" + already);
  }

  /** Document {@code i} of the synthetic series, with its claims. */
  public static Extraction synthetic(int i, int claims) {
    String id = "doc-%05d".formatted(i);
    Document d =
        LedgerFixture.document(
            id,
            LocalDate.of(2025, 1, 1).plusDays(i % 300).toString(),
            "Report %d: Moscow wants the line frozen; Kyiv asks for guarantees.".formatted(i));
    List<Claim> out = new ArrayList<>();
    ProvisionType[] types = ProvisionType.values();
    for (int c = 0; c < claims; c++) {
      out.add(
          LedgerFixture.demand(
              id,
              c % 2 == 0 ? "RUS" : "UKR",
              types[(i + c) % types.length],
              "2025-%02d".formatted(1 + (i + c) % 12),
              "UA-14"));
    }
    return new Extraction(d, LedgerFixture.V1, out);
  }
}
