package org.parley.analysis.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;

class ShiftFinderTest {
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

  private static List<Shift> shifts(String party, LocalDate since) {
    return new ShiftFinder().find(ledger.latest(), ActorId.of(party), since, 12).shifts();
  }

  private static Shift only(List<Shift> shifts, ShiftKind kind, ProvisionType type) {
    return shifts.stream()
        .filter(s -> s.kind() == kind && s.issue().type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + type + " in " + shifts));
  }

  @Test
  void demandFromFourRegionsToTheDonbasIsNarrowedWithEvidenceOnBothSides() {
    Shift s = only(shifts("RUS", null), ShiftKind.NARROWED, ProvisionType.TERRITORY_CEDE);

    assertThat(s.date().label()).isEqualTo("2025-08-15");
    assertThat(s.rule()).isEqualTo("regions dropped: UA-23, UA-65");
    assertThat(s.before())
        .extracting(p -> p.claim().doc().value())
        .containsExactly("nw-2024-06-14");
    assertThat(s.after()).extracting(p -> p.claim().doc().value()).containsExactly("ec-2025-08-21");
  }

  @Test
  void rejectionFollowedByAnOfferSoftened() {
    Shift s = only(shifts("RUS", null), ShiftKind.SOFTENED, ProvisionType.CEASEFIRE);

    assertThat(s.date().label()).isEqualTo("2025-03-13");
    assertThat(s.before())
        .extracting(p -> p.claim().doc().value())
        .containsExactly("hp-2025-03-12");
  }

  @Test
  void aPositionNotRestatedForAYearIsDropped() {
    Shift s = only(shifts("RUS", null), ShiftKind.DROPPED, ProvisionType.ALLIANCE_NATO);

    assertThat(s.to()).isNull();
    assertThat(s.date().label()).isEqualTo("2025-08-15");
    assertThat(s.rule()).startsWith("not restated since 2024-06-14");
    assertThat(s.after())
        .singleElement()
        .satisfies(p -> assertThat(p.claim().provenance().validTime()).hasToString("2025-08-15"));
  }

  @Test
  void eachIssueStartsWithANewPosition() {
    assertThat(shifts("UKR", null))
        .filteredOn(s -> s.kind() == ShiftKind.NEW)
        .extracting(s -> s.issue().type())
        .containsExactly(ProvisionType.TERRITORY_CEDE, ProvisionType.CEASEFIRE);
  }

  @Test
  void sinceLeavesOutEarlierShifts() {
    assertThat(shifts("RUS", LocalDate.of(2025, 6, 1)))
        .extracting(Shift::kind)
        .containsExactly(ShiftKind.NARROWED, ShiftKind.NEW, ShiftKind.DROPPED);
  }

  @Test
  void anOfferToWithdrawOwnForcesAndADemandThatTheOtherSideWithdrawsAreNoShift(@TempDir Path own) {
    List<Shift> shifts;
    try (ClaimLedger l = LedgerFixtures.open(own)) {
      LedgerFixtures.importClaims(
          l,
          List.of(
              ClaimFactory.offer(
                  "istanbul", "RUS", ProvisionType.TERRITORY_WITHDRAW, "2022-03", "UA-32")));
      LedgerFixtures.importClaims(
          l,
          List.of(
              ClaimFactory.demandOf(
                  "terms", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06-14", "UA-14"),
              ClaimFactory.demandOf(
                  "terms", "RUS", "UKR", ProvisionType.TERRITORY_WITHDRAW, "2024-06-14")));
      shifts = new ShiftFinder().find(l.latest(), ActorId.of("RUS"), null, 12).shifts();
    }

    assertThat(shifts)
        .extracting(Shift::kind)
        .doesNotContain(ShiftKind.HARDENED, ShiftKind.SOFTENED, ShiftKind.REVERSED);
    assertThat(shifts).filteredOn(s -> s.kind() == ShiftKind.NEW).hasSize(2);
  }

  @Test
  void staleMonthsMustBePositive() {
    assertThatThrownBy(() -> new ShiftFinder().find(ledger.latest(), ActorId.of("RUS"), null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stale months");
  }
}
