package org.parley.extract.context;

import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Who voices a stance: the party it belongs to ({@code holder}), the person or source phrase that
 * voiced it ({@code agent}), and to whom it was addressed, when the text says.
 */
public record Voice(ActorId holder, @Nullable String agent, @Nullable ActorId addressee) {
  public Voice withAddressee(@Nullable ActorId other) {
    return new Voice(holder, agent, other);
  }
}
