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
 * that a later bare "Sahin" is the same person). Per-document working state.
 */
final class Introductions {
  private final Set<ActorId> known = new HashSet<>();
  private final Map<String, PersonMention> bySurname = new HashMap<>();

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
}
