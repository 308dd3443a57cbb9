package org.parley.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

class PositionFinderTest {
  @TempDir static Path dir;

  private static final ActorId RUS = ActorId.of("RUS");

  private static ClaimLedger ledger;

  @BeforeAll
  static void fill() {
    ledger = LedgerFixtures.load(dir, "talks");
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  private static PartyPositions russia(LocalDate validAt) {
    return new PositionFinder().find(ledger.latest(), RUS, validAt);
  }

  private static IssueThread issue(PartyPositions p, ProvisionType type) {
    return p.issues().stream().filter(t -> t.issue().type() == type).findFirst().orElseThrow();
  }

  @Test
  void laterDemandOnOverlappingRegionsSupersedesTheEarlierOne() {
    IssueThread cede = issue(russia(null), ProvisionType.TERRITORY_CEDE);

    assertThat(cede.current().stance().regions())
        .extracting(RegionId::value)
        .containsExactly("UA-09", "UA-14");
    assertThat(cede.current().since().label()).isEqualTo("2025-08-15");
    assertThat(cede.current().citations().get(0).doc().value()).isEqualTo("ec-2025-08-21");
    assertThat(cede.current().citations().get(0).outlet()).isEqualTo("Evening Courier");
    assertThat(cede.superseded()).hasSize(1);
    assertThat(cede.superseded().get(0).stance().regions()).hasSize(4);
    assertThat(cede.superseded().get(0).citations().get(0).doc().value())
        .isEqualTo("nw-2024-06-14");
  }

  @Test
  void claimsItsHolderDeniesAreNotPositions() {
    IssueThread freeze = issue(russia(null), ProvisionType.TERRITORY_FREEZE);

    assertThat(freeze.runs()).hasSize(1);
    assertThat(freeze.current().claims())
        .singleElement()
        .satisfies(p -> assertThat(p.claim().doc().value()).isEqualTo("ec-2025-08-21"));
  }

  @Test
  void aLaterOfferSupersedesARejectionOfTheSameProvision() {
    IssueThread ceasefire = issue(russia(null), ProvisionType.CEASEFIRE);

    assertThat(ceasefire.current().stance().kind()).isEqualTo(ClaimKind.OFFER);
    assertThat(ceasefire.superseded())
        .singleElement()
        .satisfies(r -> assertThat(r.stance().kind()).isEqualTo(ClaimKind.REJECTION));
  }

  @Test
  void validAtLeavesOutClaimsDatedAfterIt() {
    PartyPositions then = russia(LocalDate.of(2024, 12, 31));

    assertThat(then.issues())
        .extracting(t -> t.issue().type())
        .containsExactly(ProvisionType.TERRITORY_CEDE, ProvisionType.ALLIANCE_NATO);
    assertThat(issue(then, ProvisionType.TERRITORY_CEDE).current().stance().regions()).hasSize(4);
    assertThat(issue(then, ProvisionType.TERRITORY_CEDE).superseded()).isEmpty();
  }

  @Test
  void issuesFollowTheProvisionTypesOrder() {
    assertThat(russia(null).issues())
        .extracting(t -> t.issue().type())
        .isEqualTo(
            List.of(
                ProvisionType.TERRITORY_CEDE,
                ProvisionType.TERRITORY_FREEZE,
                ProvisionType.CEASEFIRE,
                ProvisionType.ALLIANCE_NATO));
  }
}
