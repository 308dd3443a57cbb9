package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much of a territory a party controls: the regions the measure applies to (sorted, never
 * aggregates; {@code UA} for the whole country) and the {@link Measure}.
 */
public record Control(
    Provenance provenance,
    ActorId holder,
    @Nullable String agent,
    List<RegionId> regions,
    Measure measure)
    implements Claim {

  public Control {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(measure, "measure");
    regions = regions.stream().distinct().sorted().toList();
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("a control claim needs at least one region");
    }
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.CONTROL;
  }

  @Override
  public Control withProvenance(Provenance newProvenance) {
    return new Control(newProvenance, holder, agent, regions, measure);
  }
}
