package org.parley.language.mention;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * An unnamed source: {@code text} is the whole phrase, kept as the source description ("a senior
 * NATO defense official", "sources familiar with the Kremlin's negotiations"); {@code holder} is
 * the party its affiliation names (NATO; none for "western officials"); {@code about} the party a
 * post-modifier names ("familiar with the Kremlin's negotiations": RUS); {@code plural} for
 * "officials", "sources".
 */
public record SourceMention(
    Span span, String text, @Nullable ActorId holder, @Nullable ActorId about, boolean plural)
    implements Mention {
  public SourceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public MentionKind kind() {
    return MentionKind.SOURCE;
  }

  @Override
  public boolean isPerson() {
    return true;
  }
}
