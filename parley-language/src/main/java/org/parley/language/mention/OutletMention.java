package org.parley.language.mention;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Span;

/** A news outlet, agency or research institute; {@code name} is its canonical name for via. */
public record OutletMention(Span span, String text, String name) implements Mention {
  public OutletMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public MentionKind kind() {
    return MentionKind.OUTLET;
  }

  @Override
  public @Nullable ActorId holder() {
    return null;
  }

  @Override
  public boolean isPerson() {
    return false;
  }
}
