package org.parley.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A direct quotation with its speaker: the quoted words without their quotation marks, the party
 * the speaker stands for ({@code holder}) and the speaker ({@code agent}); at least one of the two
 * is known.
 */
public record Statement(
    Provenance provenance, @Nullable ActorId holder, @Nullable String agent, String quote)
    implements Claim {

  public Statement {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(quote, "quote");
    if (holder == null && (agent == null || agent.isBlank())) {
      throw new IllegalArgumentException("a statement needs a holder or an agent");
    }
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.STATEMENT;
  }

  @Override
  public Statement withProvenance(Provenance newProvenance) {
    return new Statement(newProvenance, holder, agent, quote);
  }
}
