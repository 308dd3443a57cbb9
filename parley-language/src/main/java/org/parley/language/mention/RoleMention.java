package org.parley.language.mention;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * A definite description of a person that coreference resolves ("the official", "the Kremlin
 * leader", "the Head of State", "the President of the Republic of Turkey"): {@code role} is its
 * head noun phrase in lower case ("official", "leader", "head of state", "president"), {@code
 * holder} the party the phrase itself names (RUS for "the Kremlin leader"), when it names one.
 */
public record RoleMention(
    Span span, String text, String role, @Nullable ActorId holder, boolean plural)
    implements Mention {
  public RoleMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
  }

  @Override
  public MentionKind kind() {
    return MentionKind.ROLE;
  }

  @Override
  public boolean isPerson() {
    return true;
  }
}
