package org.parley.analysis.position;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Actor;
import org.parley.kb.Aggregate;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Place;
import org.parley.kb.Region;
import org.parley.model.ActorId;

/**
 * Reads a party as a user types it: an actor id ({@code RUS}) or any name the knowledge base knows
 * for a state, organisation or entity ({@code Russia}, {@code the Kremlin}, {@code Moscow}); a
 * person's name ({@code Putin}) stands for the party they speak for. Immutable and thread-safe.
 */
public final class PartyResolver {
  private final KnowledgeBase kb;

  public PartyResolver(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /**
   * The party {@code text} names.
   *
   * @throws IllegalArgumentException when it names no party, or several, with near matches
   */
  public ActorId resolve(String text) {
    String t = text.strip();
    if (ActorId.isValid(t) && !ActorId.of(t).isPerson() && kb.actor(ActorId.of(t)).isPresent()) {
      return ActorId.of(t);
    }
    List<ActorId> parties =
        kb.find(t).stream().map(PartyResolver::party).filter(Objects::nonNull).distinct().toList();
    if (parties.size() == 1) {
      return parties.get(0);
    }
    if (parties.isEmpty()) {
      List<String> near =
          kb.suggest(t, 12).stream()
              .flatMap(f -> kb.find(f).stream())
              .map(PartyResolver::party)
              .filter(Objects::nonNull)
              .distinct()
              .limit(3)
              .map(id -> id + kb.actor(id).map(a -> " (" + a.name() + ")").orElse(""))
              .toList();
      throw new IllegalArgumentException(
          "'%s' names no party the knowledge base knows%s"
              .formatted(t, near.isEmpty() ? "" : "; nearest: " + String.join(", ", near)));
    }
    throw new IllegalArgumentException(
        "'%s' may name several parties: %s; give an actor id".formatted(t, parties));
  }

  private static @Nullable ActorId party(KbEntry e) {
    return switch (e) {
      case Actor a -> a.id();
      case Person p -> p.party();
      case Region r -> null;
      case Aggregate g -> null;
      case Place p -> null;
    };
  }
}
