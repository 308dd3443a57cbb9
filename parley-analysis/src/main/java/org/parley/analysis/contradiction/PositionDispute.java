package org.parley.analysis.contradiction;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.DatedPosition;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * One holder's position on one provision in one period, reported two ways: {@code first} and {@code
 * second} are the two sides (each newest first; {@code second} may be empty when a text reports a
 * claim as denied and no other source asserts it), named by {@code firstLabel} and {@code
 * secondLabel}; {@code why} says what makes it a dispute.
 */
public record PositionDispute(
    ActorId holder,
    ProvisionType type,
    @Nullable String detail,
    List<RegionId> regions,
    String period,
    String firstLabel,
    List<DatedPosition> first,
    String secondLabel,
    List<DatedPosition> second,
    String why) {
  public PositionDispute {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(type, "type");
    regions = List.copyOf(regions);
    first = List.copyOf(first);
    second = List.copyOf(second);
  }
}
