package org.parley.language.mention;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;
import org.parley.model.Span;

/**
 * A region, place, aggregate or coordinated list of them. {@code regions} are ISO 3166-2 ids
 * (sorted, distinct; a group gives the union of its members); {@code entry} is the knowledge-base
 * key it resolved to (none for a group); {@code members} are the listed parts of a {@link
 * RegionReading#GROUP}, empty otherwise.
 */
public record RegionMention(
    Span span,
    String text,
    List<RegionId> regions,
    RegionReading reading,
    @Nullable String entry,
    List<RegionMention> members)
    implements Mention {
  public RegionMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reading, "reading");
    regions = regions.stream().distinct().sorted().toList();
    members = List.copyOf(members);
  }

  @Override
  public MentionKind kind() {
    return MentionKind.REGION;
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
