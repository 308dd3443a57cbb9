package org.parley.analysis.position;

import java.util.List;
import java.util.Objects;
import org.parley.model.ClaimKind;
import org.parley.model.Polarity;
import org.parley.model.Position;
import org.parley.model.RegionId;

/**
 * What a party holds on an issue, independent of who reported it: the kind of position (demand,
 * offer, rejection), the provision's polarity and its regions. Two claims with equal stances
 * support the same position.
 *
 * <p>{@link #wish()} says whether the party wants the provision (as the contract states it,
 * polarity {@code for}) to happen: a demand or offer of a provision {@code for}, or a rejection of
 * one {@code against}, wish it; the other combinations wish it not to happen. {@link
 * #isCondition()} separates what a party requires or refuses (demands, rejections) from what it is
 * ready to give or accept (offers).
 */
public record Stance(ClaimKind kind, Polarity polarity, List<RegionId> regions) {
  public Stance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(polarity, "polarity");
    if (!kind.isPosition()) {
      throw new IllegalArgumentException("a stance is a demand, offer or rejection: " + kind);
    }
    regions = regions.stream().distinct().sorted().toList();
  }

  public static Stance of(Position p) {
    return new Stance(p.kind(), p.provision().polarity(), p.provision().regions());
  }

  /** {@code FOR} when the party wants the provision to happen, {@code AGAINST} when not. */
  public Polarity wish() {
    return kind == ClaimKind.REJECTION ? polarity.opposite() : polarity;
  }

  /** Whether this is a requirement or a refusal (demand, rejection) rather than an offer. */
  public boolean isCondition() {
    return kind != ClaimKind.OFFER;
  }

  /**
   * Whether {@code other} holds the same position in other words: the same wish, the same strength
   * and the same regions (a demand of "no NATO membership" and a rejection of NATO membership).
   */
  public boolean isEquivalent(Stance other) {
    return wish() == other.wish()
        && isCondition() == other.isCondition()
        && regions.equals(other.regions);
  }

  /** The verb for tables: {@code demands}, {@code offers}, {@code rejects}. */
  public String verb() {
    return switch (kind) {
      case DEMAND -> "demands";
      case OFFER -> "offers";
      case REJECTION -> "rejects";
      case CONTROL, STATEMENT, MEETING -> throw new IllegalStateException(kind.code());
    };
  }
}
