package org.parley.analysis.settlement;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * One term of a proposal: an action over some regions, the party it names (cede <em>to</em>,
 * withdraw <em>who</em>, return <em>by</em>; none for freeze), and optionally how much moves: a
 * {@code share} of what could move, a fixed {@code areaKm2}, or {@code partial} ("some territory",
 * unquantified, reported as an upper bound). With none of these, everything that could move moves.
 * A free-text {@code note} travels with it into the output.
 */
public record Term(
    TermAction action,
    List<RegionId> regions,
    @Nullable ActorId party,
    @Nullable Double share,
    @Nullable Double areaKm2,
    boolean partial,
    @Nullable String note) {
  public Term {
    Objects.requireNonNull(action, "action");
    regions = List.copyOf(regions);
    if (regions.isEmpty()) {
      throw new IllegalArgumentException(action.code() + " names no region");
    }
    if (action == TermAction.FREEZE) {
      if (party != null || share != null || areaKm2 != null || partial) {
        throw new IllegalArgumentException(
            "freeze moves nothing: it takes no party, share or area");
      }
    } else if (party == null) {
      throw new IllegalArgumentException(
          action.code() + " needs a party (" + partyKey(action) + ")");
    }
    if (share != null && (share.isNaN() || share <= 0 || share > 1)) {
      throw new IllegalArgumentException("share must lie in (0, 1]: " + share);
    }
    if (areaKm2 != null && (areaKm2.isNaN() || areaKm2 <= 0)) {
      throw new IllegalArgumentException("area_km2 must be > 0: " + areaKm2);
    }
    if ((share != null ? 1 : 0) + (areaKm2 != null ? 1 : 0) + (partial ? 1 : 0) > 1) {
      throw new IllegalArgumentException("give at most one of share, area_km2, extent: some");
    }
  }

  /** The YAML key of the party for an action: {@code to}, {@code who} or {@code by}. */
  public static String partyKey(TermAction action) {
    return switch (action) {
      case CEDE -> "to";
      case WITHDRAW -> "who";
      case RETURN -> "by";
      case FREEZE -> "-";
    };
  }
}
