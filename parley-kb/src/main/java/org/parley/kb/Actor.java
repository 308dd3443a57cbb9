package org.parley.kb;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * A party to the conflict or the talks: a state, an organisation or a self-proclaimed entity, with
 * its names, adjectives ("Russian"), metonyms ("the Kremlin") and, for entities, the regions it
 * claims.
 */
public record Actor(
    ActorId id,
    ActorType type,
    String name,
    List<String> aliases,
    List<String> adjectives,
    List<String> metonyms,
    List<RegionId> territory)
    implements KbEntry {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Entries.requireName(name, id.value());
    if (id.isPerson()) {
      throw new IllegalArgumentException("an actor id is upper-case, not a person slug: " + id);
    }
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    metonyms = List.copyOf(metonyms);
    territory = List.copyOf(territory);
  }

  @Override
  public String key() {
    return id.value();
  }
}
