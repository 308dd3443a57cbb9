package org.parley.language.mention;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;
import org.parley.model.RegionId;
import org.parley.model.Span;

/**
 * A state, organisation or entity: by name ("Russia's"), metonym ("the Kremlin", "Moscow",
 * "Washington"), or adjective before a group noun ("Russian forces", "Russian-controlled"). {@code
 * locative} is true after a place preposition ("in Moscow"); {@code regions} holds the territory
 * the same form also names, when it does ("Ukraine": UA, "Kyiv": UA-30).
 */
public record ActorMention(
    Span span,
    String text,
    ActorId holder,
    ActorForm form,
    boolean locative,
    List<RegionId> regions)
    implements Mention {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(form, "form");
    regions = List.copyOf(regions);
  }

  @Override
  public MentionKind kind() {
    return MentionKind.ACTOR;
  }

  @Override
  public boolean isPerson() {
    return false;
  }
}
