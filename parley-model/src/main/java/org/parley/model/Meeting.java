package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Talks, a summit, a call or a negotiation round: who took part (sorted) and where. */
public record Meeting(Provenance provenance, List<ActorId> participants, @Nullable String place)
    implements Claim {

  public Meeting {
    Objects.requireNonNull(provenance, "provenance");
    participants = participants.stream().distinct().sorted().toList();
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a meeting needs participants");
    }
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.MEETING;
  }

  @Override
  public @Nullable ActorId holder() {
    return null;
  }

  @Override
  public @Nullable String agent() {
    return null;
  }

  @Override
  public Meeting withProvenance(Provenance newProvenance) {
    return new Meeting(newProvenance, participants, place);
  }
}
