package org.parley.language.mention;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Theatre;
import org.parley.model.ActorId;
import org.parley.model.RegionId;
import org.parley.model.Span;

/**
 * A region, place, aggregate or coordinated list of them. {@code regions} are ISO 3166-2 ids
 * (sorted, distinct; a group gives the union of its members); {@code entry} is the knowledge-base
 * key it resolved to (none for a group); {@code members} are the listed parts of a {@link
 * RegionReading#GROUP}, empty otherwise. A meeting venue abroad ("in Istanbul", "Alaska") is a
 * region mention whose regions lie outside the theatre: {@link #isAbroad(Theatre)}.
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

  /**
   * Whether every region it denotes lies outside the countries of {@code theatre}'s sides (Ukraine
   * and Russia, by {@link RegionId#country()}): a meeting venue abroad such as Istanbul (TR-34),
   * Geneva (CH-GE) or Anchorage (US-AK), never territory at stake. False when it denotes no region.
   */
  public boolean isAbroad(Theatre theatre) {
    return !regions.isEmpty() && regions.stream().noneMatch(theatre::isInTheatre);
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
