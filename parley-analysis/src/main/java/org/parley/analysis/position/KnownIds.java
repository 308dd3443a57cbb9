package org.parley.analysis.position;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.kb.Actor;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Region;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Checks the party, person and region ids a user types against the knowledge base: a known id or a
 * name that denotes exactly one entry of the right kind is accepted; anything else fails with the
 * nearest known ids ("'RUX' is no party or person the knowledge base knows; nearest: RUS (Russia),
 * …"). Immutable and thread-safe.
 */
public final class KnownIds {
  private static final int SUGGESTIONS = 3;

  private final KnowledgeBase kb;

  public KnownIds(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /**
   * The actor or person {@code text} names.
   *
   * @throws IllegalArgumentException naming the text and the nearest known ids
   */
  public ActorId actorOrPerson(String text) {
    String t = text.strip();
    Predicate<KbEntry> wanted = e -> e instanceof Actor || e instanceof Person;
    if (ActorId.isValid(t) && kb.entry(t).filter(wanted).isPresent()) {
      return ActorId.of(t);
    }
    List<KbEntry> named = kb.find(t).stream().filter(wanted).toList();
    if (named.size() == 1) {
      return ActorId.of(named.get(0).key());
    }
    throw unknown(t, "party or person", wanted);
  }

  /**
   * The region {@code text} names: an ISO 3166-2 id the knowledge base knows, or a name of one
   * region ("Donetsk" gives UA-14).
   *
   * @throws IllegalArgumentException naming the text and the nearest known ids
   */
  public RegionId region(String text) {
    String t = text.strip();
    Predicate<KbEntry> wanted = e -> e instanceof Region;
    if (RegionId.isValid(t) && kb.region(RegionId.of(t)).isPresent()) {
      return RegionId.of(t);
    }
    List<KbEntry> named = kb.find(t).stream().filter(wanted).toList();
    if (named.size() == 1) {
      return RegionId.of(named.get(0).key());
    }
    throw unknown(t, "region", wanted);
  }

  private IllegalArgumentException unknown(String t, String what, Predicate<KbEntry> wanted) {
    Set<String> near = new LinkedHashSet<>();
    for (String form : kb.suggest(t, SUGGESTIONS * 4)) {
      kb.entry(form).filter(wanted).ifPresent(e -> near.add(label(e)));
      kb.find(form).stream().filter(wanted).forEach(e -> near.add(label(e)));
    }
    List<String> best = new ArrayList<>(near).subList(0, Math.min(SUGGESTIONS, near.size()));
    return new IllegalArgumentException(
        "'%s' is no %s the knowledge base knows%s"
            .formatted(t, what, best.isEmpty() ? "" : "; nearest: " + String.join(", ", best)));
  }

  private static String label(KbEntry e) {
    return e.key() + " (" + e.name() + ")";
  }
}
