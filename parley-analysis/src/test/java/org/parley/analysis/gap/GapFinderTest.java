package org.parley.analysis.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.PositionFinder;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;

class GapFinderTest {
  @TempDir static Path dir;

  private static ClaimLedger ledger;

  @BeforeAll
  static void fill() {
    ledger = LedgerFixtures.load(dir, "talks");
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  private static PartyPositions positions(String party) {
    return new PositionFinder().find(ledger.latest(), ActorId.of(party), null);
  }

  private static GapMatrix gap() {
    return new GapFinder().find(positions("RUS"), positions("UKR"));
  }

  private static GapRow row(ProvisionType type) {
    return gap().rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
  }

  @Test
  void aDemandAgainstARejectionOfTheSameCessionConflicts() {
    GapRow cede = row(ProvisionType.TERRITORY_CEDE);

    assertThat(cede.verdict()).isEqualTo(GapVerdict.CONFLICTING);
    assertThat(cede.why()).isEqualTo("RUS demands (wants it), UKR rejects (does not want it)");
    assertThat(cede.first().current().citations().get(0).doc().value()).isEqualTo("ec-2025-08-21");
    assertThat(cede.second().current().citations().get(0).doc().value()).isEqualTo("hp-2025-08-19");
  }

  @Test
  void twoOffersOfACeasefireAreCompatible() {
    assertThat(row(ProvisionType.CEASEFIRE).verdict()).isEqualTo(GapVerdict.COMPATIBLE);
    assertThat(row(ProvisionType.CEASEFIRE).why()).isEqualTo("RUS offers it, UKR offers it");
  }

  @Test
  void anIssueOnlyOneSideAddressesIsOneSided() {
    assertThat(row(ProvisionType.TERRITORY_FREEZE).verdict()).isEqualTo(GapVerdict.ONE_SIDED);
    assertThat(row(ProvisionType.ALLIANCE_NATO).second()).isNull();
  }

  @Test
  void everyOtherProvisionTypeIsUnaddressed() {
    GapMatrix g = gap();

    assertThat(g.count(GapVerdict.UNADDRESSED)).isEqualTo(ProvisionType.values().length - 1 - 4);
    assertThat(row(ProvisionType.NEUTRALITY).verdict()).isEqualTo(GapVerdict.UNADDRESSED);
  }

  @Test
  void withdrawalsMeetOnlyWhenTheSameSideWithdraws(@TempDir Path own) {
    GapMatrix g;
    try (ClaimLedger l = LedgerFixtures.open(own)) {
      LedgerFixtures.importClaims(
          l,
          List.of(
              ClaimFactory.demandOf(
                  "terms", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06", "UA-14")));
      LedgerFixtures.importClaims(
          l,
          List.of(
              ClaimFactory.demandOf(
                  "formula", "UKR", "RUS", ProvisionType.TERRITORY_WITHDRAW, "2022-11"),
              ClaimFactory.rejection(
                  "formula", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2022-11", "UA-14")));
      PositionFinder finder = new PositionFinder();
      g =
          new GapFinder()
              .find(
                  finder.find(l.latest(), ActorId.of("RUS"), null),
                  finder.find(l.latest(), ActorId.of("UKR"), null));
    }

    assertThat(g.rows())
        .filteredOn(r -> r.type() == ProvisionType.TERRITORY_WITHDRAW)
        .extracting(GapRow::verdict, GapRow::withdrawer)
        .containsExactlyInAnyOrder(
            tuple(GapVerdict.CONFLICTING, ActorId.of("UKR")),
            tuple(GapVerdict.ONE_SIDED, ActorId.of("RUS")));
  }

  @Test
  void positionsReadAtDifferentInstantsAreRefused() {
    PartyPositions rus = positions("RUS");
    PartyPositions other = new PartyPositions(ActorId.of("UKR"), Instant.EPOCH, null, List.of());

    assertThatThrownBy(() -> new GapFinder().find(rus, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different instants");
  }
}
