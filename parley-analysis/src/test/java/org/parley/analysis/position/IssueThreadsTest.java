package org.parley.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

class IssueThreadsTest {
  private static final ActorId RUS = ActorId.of("RUS");

  @TempDir Path dir;

  private List<IssueThread> threads(Claim... claims) {
    try (ClaimLedger ledger = LedgerFixtures.open(dir)) {
      for (Claim c : claims) {
        LedgerFixtures.importClaims(ledger, List.of(c));
      }
      return new IssueThreads().group(RUS, new PositionReader().read(ledger.latest(), RUS, null));
    }
  }

  @Test
  void territorialClaimsOnDisjointRegionsAreSeparateIssues() {
    List<IssueThread> t =
        threads(
            ClaimFactory.demand("d1", "RUS", ProvisionType.TERRITORY_CEDE, "2024", "UA-43"),
            ClaimFactory.demand("d2", "RUS", ProvisionType.TERRITORY_CEDE, "2025", "UA-09"));

    assertThat(t).hasSize(2);
    assertThat(t).allSatisfy(thread -> assertThat(thread.runs()).hasSize(1));
  }

  @Test
  void aClaimOverlappingTwoThreadsMergesThem() {
    List<IssueThread> t =
        threads(
            ClaimFactory.rejection("d1", "RUS", ProvisionType.TERRITORY_RECOGNIZE, "2022", "UA-43"),
            ClaimFactory.rejection("d2", "RUS", ProvisionType.TERRITORY_RECOGNIZE, "2022", "UA-14"),
            ClaimFactory.rejection(
                "d3", "RUS", ProvisionType.TERRITORY_RECOGNIZE, "2025", "UA-14", "UA-43"));

    assertThat(t)
        .singleElement()
        .satisfies(thread -> assertThat(thread.current().stance().regions()).hasSize(2));
  }

  @Test
  void aClaimNamingNoRegionsJoinsTheTerritorialThread() {
    List<IssueThread> t =
        threads(
            ClaimFactory.demand("d1", "RUS", ProvisionType.TERRITORY_CEDE, "2024", "UA-43"),
            ClaimFactory.rejection("d2", "RUS", ProvisionType.TERRITORY_CEDE, "2025"));

    assertThat(t).singleElement().satisfies(thread -> assertThat(thread.runs()).hasSize(2));
  }

  @Test
  void equivalentStancesInOtherWordsShareOneRun() {
    List<IssueThread> t =
        threads(
            ClaimFactory.demand("d1", "RUS", ProvisionType.ALLIANCE_NATO, "2024-02")
                .withProvision(
                    ClaimFactory.provision(ProvisionType.ALLIANCE_NATO, Polarity.AGAINST)),
            ClaimFactory.rejection("d2", "RUS", ProvisionType.ALLIANCE_NATO, "2024-05"));

    assertThat(t)
        .singleElement()
        .satisfies(thread -> assertThat(thread.current().claims()).hasSize(2));
  }

  @Test
  void otherProvisionsAreToldApartByTheirDetail() {
    List<IssueThread> t =
        threads(
            ClaimFactory.demand("d1", "RUS", ProvisionType.OTHER, "2024")
                .withProvision(
                    ClaimFactory.provision(ProvisionType.OTHER, Polarity.FOR).withDetail("grain")),
            ClaimFactory.demand("d2", "RUS", ProvisionType.OTHER, "2024")
                .withProvision(
                    ClaimFactory.provision(ProvisionType.OTHER, Polarity.FOR).withDetail("swift")));

    assertThat(t).extracting(thread -> thread.issue().detail()).containsExactly("grain", "swift");
  }

  @Test
  void withdrawalsOfDifferentSidesForcesAreSeparateIssues() {
    List<IssueThread> t =
        threads(
            ClaimFactory.offer(
                "own-forces", "RUS", ProvisionType.TERRITORY_WITHDRAW, "2022-03", "UA-32", "UA-74"),
            ClaimFactory.demandOf(
                "four-regions",
                "RUS",
                "UKR",
                ProvisionType.TERRITORY_WITHDRAW,
                "2024-06-14",
                "UA-09",
                "UA-14",
                "UA-23",
                "UA-65"),
            ClaimFactory.demandOf(
                "units", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06-14"));

    assertThat(t)
        .extracting(
            thread ->
                thread.runs().stream()
                    .flatMap(r -> r.claims().stream())
                    .map(p -> p.claim().doc().value())
                    .sorted()
                    .toList())
        .containsExactlyInAnyOrder(List.of("own-forces"), List.of("four-regions", "units"));
  }

  @Test
  void aWithdrawalDemandOfNoStatedPartyIsAnIssueOfItsOwn() {
    List<IssueThread> t =
        threads(
            ClaimFactory.demand("d1", "RUS", ProvisionType.TERRITORY_WITHDRAW, "2021-12"),
            ClaimFactory.demandOf(
                "d2", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06", "UA-14"));

    assertThat(t).hasSize(2);
  }

  @Test
  void refusesClaimsOfAnotherHolder() {
    assertThatThrownBy(
            () -> {
              try (ClaimLedger ledger = LedgerFixtures.open(dir)) {
                LedgerFixtures.importClaims(
                    ledger,
                    List.of(ClaimFactory.demand("d1", "UKR", ProvisionType.CEASEFIRE, "2024")));
                new IssueThreads()
                    .group(RUS, new PositionReader().read(ledger.latest(), null, null));
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("held by UKR, not RUS");
  }
}
