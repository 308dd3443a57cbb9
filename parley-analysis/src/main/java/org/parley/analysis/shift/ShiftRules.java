package org.parley.analysis.shift;

import java.util.List;
import java.util.Optional;
import org.parley.analysis.position.RegionSets;
import org.parley.analysis.position.Stance;
import org.parley.model.RegionId;

/**
 * Names the change between two consecutive stances of one party on one issue. A stance has a
 * {@linkplain Stance#wish() wish} (does the party want the provision to happen?) and a strength (a
 * condition — demand or rejection — or an offer). The rules, in order:
 *
 * <ol>
 *   <li>same wish, same strength: the regions decide — fewer is {@code narrowed}, more {@code
 *       widened}, some of each {@code redrawn}, the same is no shift (e.g. a demand of "no NATO"
 *       restated as a rejection of NATO membership);
 *   <li>same wish, condition → offer: {@code softened} (what it required it is now ready to
 *       accept);
 *   <li>same wish, offer → condition: {@code hardened} (what it offered it now requires);
 *   <li>wish flipped, offer → condition: {@code hardened} (it withdrew an offer and now opposes);
 *   <li>wish flipped, condition → offer: {@code softened} (it dropped its opposition and offers);
 *   <li>wish flipped, condition → condition or offer → offer: {@code reversed} (Parley does not
 *       judge which of two opposite requirements is the harder one).
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class ShiftRules {
  /** A named change and the rule that named it. */
  public record Change(ShiftKind kind, String rule) {}

  /** The change from {@code from} to {@code to}; empty when they hold the same position. */
  public Optional<Change> classify(Stance from, Stance to) {
    boolean sameWish = from.wish() == to.wish();
    if (sameWish && from.isCondition() == to.isCondition()) {
      return regions(from.regions(), to.regions());
    }
    if (sameWish) {
      return Optional.of(
          from.isCondition()
              ? new Change(ShiftKind.SOFTENED, "a condition became an offer")
              : new Change(ShiftKind.HARDENED, "an offer became a condition"));
    }
    if (from.isCondition() != to.isCondition()) {
      return Optional.of(
          from.isCondition()
              ? new Change(ShiftKind.SOFTENED, "opposition gave way to an offer")
              : new Change(ShiftKind.HARDENED, "an offer was withdrawn for opposition"));
    }
    return Optional.of(new Change(ShiftKind.REVERSED, "the party now wants the opposite"));
  }

  private static Optional<Change> regions(List<RegionId> from, List<RegionId> to) {
    List<RegionId> removed = RegionSets.minus(from, to);
    List<RegionId> added = RegionSets.minus(to, from);
    if (from.isEmpty() || to.isEmpty() || (removed.isEmpty() && added.isEmpty())) {
      return Optional.empty();
    }
    if (added.isEmpty()) {
      return Optional.of(new Change(ShiftKind.NARROWED, "regions dropped: " + join(removed)));
    }
    if (removed.isEmpty()) {
      return Optional.of(new Change(ShiftKind.WIDENED, "regions added: " + join(added)));
    }
    return Optional.of(
        new Change(
            ShiftKind.REDRAWN, "regions added: " + join(added) + "; dropped: " + join(removed)));
  }

  private static String join(List<RegionId> regions) {
    return String.join(", ", regions.stream().map(RegionId::value).toList());
  }
}
