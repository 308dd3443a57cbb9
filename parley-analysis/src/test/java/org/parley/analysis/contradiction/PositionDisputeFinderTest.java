package org.parley.analysis.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.analysis.position.PositionReader;
import org.parley.ledger.ClaimLedger;
import org.parley.model.Claim;
import org.parley.model.ProvisionType;

class PositionDisputeFinderTest {
  @TempDir Path dir;

  private List<PositionDispute> disputes(Claim... claims) {
    try (ClaimLedger ledger = LedgerFixtures.open(dir)) {
      for (Claim c : claims) {
        LedgerFixtures.importClaims(ledger, List.of(c));
      }
      return new PositionDisputeFinder()
          .find(new PositionReader().read(ledger.latest(), null, null), Period.MONTH);
    }
  }

  @Test
  void oppositeWishesOnOneIssueInOneMonthAreADispute() {
    assertThat(
            disputes(
                ClaimFactory.demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2024-06", "UA-14"),
                ClaimFactory.rejection(
                    "b", "RUS", ProvisionType.TERRITORY_CEDE, "2024-06", "UA-14")))
        .hasSize(1);
  }

  @Test
  void demandingThatTheOtherSideWithdrawsAndRefusingToWithdrawAreNoDispute() {
    assertThat(
            disputes(
                ClaimFactory.demandOf(
                    "a", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06", "UA-14"),
                ClaimFactory.rejection(
                    "b", "RUS", ProvisionType.TERRITORY_WITHDRAW, "2024-06", "UA-14")))
        .isEmpty();
  }
}
