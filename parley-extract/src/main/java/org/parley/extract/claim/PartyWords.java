package org.parley.extract.claim;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Actor;
import org.parley.kb.ActorType;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Reading;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Reads a single word as a party the way the knowledge base names it, where the language layer
 * keeps no mention because no group noun follows ("in Russian hands", "under Ukrainian control",
 * "of Ukrainian territory"): a state's name or adjective, with or without a possessive. Also gives
 * a state's own territory as region ids. Immutable; thread-safe.
 */
final class PartyWords {
  private final KnowledgeBase kb;

  PartyWords(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The state {@code word} names or qualifies ("Russian", "Ukraine's"), or null. */
  @Nullable Actor state(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    String w = word.replaceFirst("(?:'s|')$", "");
    for (Alias a : kb.readings(w)) {
      if (a.entry() instanceof Actor actor
          && actor.type() == ActorType.STATE
          && (a.reading() == Reading.ADJECTIVE
              || a.reading() == Reading.NAME
              || a.reading() == Reading.ALIAS)) {
        return actor;
      }
    }
    return null;
  }

  /** The party {@code word} names or qualifies, or null. */
  @Nullable ActorId party(String word) {
    Actor a = state(word);
    return a == null ? null : a.id();
  }

  /** The state's own territory ("Ukrainian territory": UA); empty when the kb has none. */
  List<RegionId> country(Actor state) {
    return kb.expand(state.name()).stream().filter(RegionId::isCountry).toList();
  }
}
