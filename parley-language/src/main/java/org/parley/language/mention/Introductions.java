package org.parley.language.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * The people a document has introduced so far: known people by id (so that a weak bare surname such
 * as "Price" counts only after the full name), and people the knowledge base lacks by surname (so
 * that a later bare "Sahin" is the same person); the bodies named with their party, by head noun
 * (so that a later "the ministry" is the same body); and the party named last. Per-document working
 * state.
 */
final class Introductions {
  private final Set<ActorId> known = new HashSet<>();
  private final Map<String, PersonMention> bySurname = new HashMap<>();
  private final Map<String, ActorMention> bodies = new HashMap<>();
  private @Nullable ActorMention lastActor;

  void introduce(PersonMention m, String surnameKey) {
    known.add(m.person());
    if (!m.known()) {
      bySurname.putIfAbsent(surnameKey, m);
    }
  }

  boolean has(ActorId person) {
    return known.contains(person);
  }

  @Nullable PersonMention bySurname(String key) {
    return bySurname.get(key);
  }

  /** Records a body named with its party, for a later "the ministry" with the same head. */
  void introduceBody(String head, ActorMention m) {
    bodies.put(head, m);
  }

  /** The body with head {@code head} named last, or null. */
  @Nullable ActorMention body(String head) {
    return bodies.get(head);
  }

  /** Records the party or body a sentence named last (not as a place). */
  void noteActor(ActorMention m) {
    if (!m.locative()) {
      lastActor = m;
    }
  }

  /** The party or body named last before the current sentence's word, or null. */
  @Nullable ActorMention lastActor() {
    return lastActor;
  }
}
