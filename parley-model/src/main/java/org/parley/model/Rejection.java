package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A party refuses a provision ("rules out", "will never accept"); the polarity describes the
 * provision as rejected.
 */
public record Rejection(
    Provenance provenance,
    ActorId holder,
    @Nullable String agent,
    @Nullable ActorId addressee,
    Provision provision)
    implements Position {

  public Rejection {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(provision, "provision");
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.REJECTION;
  }

  @Override
  public Rejection withProvenance(Provenance newProvenance) {
    return new Rejection(newProvenance, holder, agent, addressee, provision);
  }

  @Override
  public Rejection withProvision(Provision newProvision) {
    return new Rejection(provenance, holder, agent, addressee, newProvision);
  }
}
