package org.parley.language.mention;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * A named person, with the role phrase or appositive that introduces them inside the span
 * ("Russia's Foreign Minister Sergey Lavrov", "the Luhansk regional governor, Serhiy Haidai").
 * {@code person} is the knowledge-base id, or a surname slug for a person the knowledge base lacks
 * ({@code known} false); {@code holder} is the party they speak for, when known; {@code name} is
 * the name part of the text; {@code role} the role phrase, when there is one.
 */
public record PersonMention(
    Span span,
    String text,
    ActorId person,
    @Nullable ActorId holder,
    String name,
    @Nullable String role,
    boolean known)
    implements Mention {
  public PersonMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(person, "person");
    if (!person.isPerson()) {
      throw new IllegalArgumentException("not a person id: " + person);
    }
  }

  @Override
  public MentionKind kind() {
    return MentionKind.PERSON;
  }

  @Override
  public boolean isPerson() {
    return true;
  }
}
