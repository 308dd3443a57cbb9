package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A party wants a provision as a condition of a settlement ("demands", "insists", "must"). */
public record Demand(
    Provenance provenance,
    ActorId holder,
    @Nullable String agent,
    @Nullable ActorId addressee,
    Provision provision)
    implements Position {

  public Demand {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(provision, "provision");
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.DEMAND;
  }

  @Override
  public Demand withProvenance(Provenance newProvenance) {
    return new Demand(newProvenance, holder, agent, addressee, provision);
  }

  @Override
  public Demand withProvision(Provision newProvision) {
    return new Demand(provenance, holder, agent, addressee, newProvision);
  }
}
