package org.parley.analysis.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.analysis.position.Stance;
import org.parley.model.ClaimKind;
import org.parley.model.Polarity;
import org.parley.model.RegionId;

class ShiftRulesTest {
  private static final List<RegionId> FOUR =
      List.of(
          RegionId.of("UA-09"), RegionId.of("UA-14"), RegionId.of("UA-23"), RegionId.of("UA-65"));
  private static final List<RegionId> DONBAS = List.of(RegionId.of("UA-09"), RegionId.of("UA-14"));
  private static final List<RegionId> SOUTH = List.of(RegionId.of("UA-14"), RegionId.of("UA-23"));

  private final ShiftRules rules = new ShiftRules();

  private static Stance stance(ClaimKind kind, Polarity polarity, List<RegionId> regions) {
    return new Stance(kind, polarity, regions);
  }

  private Optional<ShiftKind> kind(Stance from, Stance to) {
    return rules.classify(from, to).map(ShiftRules.Change::kind);
  }

  @Test
  void aDemandForFewerRegionsIsNarrowed() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, FOUR),
                stance(ClaimKind.DEMAND, Polarity.FOR, DONBAS)))
        .contains(ShiftKind.NARROWED);
    assertThat(
            rules.classify(
                stance(ClaimKind.DEMAND, Polarity.FOR, FOUR),
                stance(ClaimKind.DEMAND, Polarity.FOR, DONBAS)))
        .hasValueSatisfying(c -> assertThat(c.rule()).isEqualTo("regions dropped: UA-23, UA-65"));
  }

  @Test
  void aDemandForMoreRegionsIsWidened() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, DONBAS),
                stance(ClaimKind.DEMAND, Polarity.FOR, FOUR)))
        .contains(ShiftKind.WIDENED);
  }

  @Test
  void regionsAddedAndDroppedAreRedrawn() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, DONBAS),
                stance(ClaimKind.DEMAND, Polarity.FOR, SOUTH)))
        .contains(ShiftKind.REDRAWN);
  }

  @Test
  void theSamePositionInOtherWordsIsNoShift() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.AGAINST, List.of()),
                stance(ClaimKind.REJECTION, Polarity.FOR, List.of())))
        .isEmpty();
  }

  @Test
  void anOfferBecomingADemandHardens() {
    assertThat(
            kind(
                stance(ClaimKind.OFFER, Polarity.FOR, List.of()),
                stance(ClaimKind.DEMAND, Polarity.FOR, List.of())))
        .contains(ShiftKind.HARDENED);
  }

  @Test
  void aDemandBecomingAnOfferSoftens() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, List.of()),
                stance(ClaimKind.OFFER, Polarity.FOR, List.of())))
        .contains(ShiftKind.SOFTENED);
  }

  @Test
  void anOfferWithdrawnForARejectionHardens() {
    assertThat(
            kind(
                stance(ClaimKind.OFFER, Polarity.FOR, List.of()),
                stance(ClaimKind.REJECTION, Polarity.FOR, List.of())))
        .contains(ShiftKind.HARDENED);
  }

  @Test
  void aRejectionGivingWayToAnOfferSoftens() {
    assertThat(
            kind(
                stance(ClaimKind.REJECTION, Polarity.FOR, List.of()),
                stance(ClaimKind.OFFER, Polarity.FOR, List.of())))
        .contains(ShiftKind.SOFTENED);
  }

  @Test
  void aDemandTurningIntoARejectionIsReversed() {
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, List.of()),
                stance(ClaimKind.REJECTION, Polarity.FOR, List.of())))
        .contains(ShiftKind.REVERSED);
    assertThat(
            kind(
                stance(ClaimKind.DEMAND, Polarity.FOR, List.of()),
                stance(ClaimKind.DEMAND, Polarity.AGAINST, List.of())))
        .contains(ShiftKind.REVERSED);
  }
}
