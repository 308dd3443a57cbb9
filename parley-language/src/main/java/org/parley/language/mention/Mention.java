package org.parley.language.mention;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;
import org.parley.model.Span;

/**
 * A stretch of text that names or describes a party, a person, a source or a place, resolved
 * against the knowledge base. Spans are in original document coordinates; {@code text} is the
 * original text of the span.
 */
public sealed interface Mention
    permits PersonMention, ActorMention, SourceMention, OutletMention, RegionMention, RoleMention {
  Span span();

  String text();

  /** What kind of mention this is. */
  MentionKind kind();

  /** The party it stands for or speaks for, when known (RUS for "Moscow" and for Lavrov). */
  @Nullable ActorId holder();

  /** The person it names, when it names one. */
  default @Nullable ActorId person() {
    return null;
  }

  /** The regions it denotes (a region, its members, or the territory of a place). */
  default List<RegionId> regions() {
    return List.of();
  }

  /** Whether it refers to a person (named, unnamed or described). */
  boolean isPerson();
}
