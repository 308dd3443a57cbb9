package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A party proposes or agrees to provide a provision ("would agree to", "is ready to"). */
public record Offer(
    Provenance provenance,
    ActorId holder,
    @Nullable String agent,
    @Nullable ActorId addressee,
    Provision provision)
    implements Position {

  public Offer {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(provision, "provision");
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.OFFER;
  }

  @Override
  public Offer withProvenance(Provenance newProvenance) {
    return new Offer(newProvenance, holder, agent, addressee, provision);
  }

  @Override
  public Offer withProvision(Provision newProvision) {
    return new Offer(provenance, holder, agent, addressee, newProvision);
  }
}
