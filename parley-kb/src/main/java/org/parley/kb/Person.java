package org.parley.kb;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;

/**
 * A person who speaks for a party: a lower-case surname slug id, the name variants news text uses
 * (transliterations included), the party they speak for, their titles and, where the data gives it,
 * their {@link Gender} for pronoun agreement.
 */
public record Person(
    ActorId id,
    String name,
    List<String> aliases,
    ActorId party,
    List<String> titles,
    Gender gender)
    implements KbEntry {
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(gender, "gender");
    Entries.requireName(name, id.value());
    if (!id.isPerson()) {
      throw new IllegalArgumentException("a person id is a lower-case slug: " + id);
    }
    if (party.isPerson()) {
      throw new IllegalArgumentException(id + " speaks for a person, not a party: " + party);
    }
    aliases = List.copyOf(aliases);
    titles = List.copyOf(titles);
  }

  /** A person whose gender the data does not give ({@link Gender#UNKNOWN}). */
  public Person(ActorId id, String name, List<String> aliases, ActorId party, List<String> titles) {
    this(id, name, aliases, party, titles, Gender.UNKNOWN);
  }

  @Override
  public String key() {
    return id.value();
  }
}
