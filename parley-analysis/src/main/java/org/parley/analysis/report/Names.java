package org.parley.analysis.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.kb.Actor;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Region;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Display names from the knowledge base: {@code Russia} for RUS, {@code Donetsk} for UA-14 (without
 * "Oblast"). Where the knowledge base does not know an id: a person's surname slug capitalised
 * ({@code Kumpilov} for kumpilov), any other id as it is. Immutable and thread-safe.
 */
public final class Names {
  private final KnowledgeBase kb;

  public Names(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /**
   * The party's or person's name: {@code Russia}, {@code Vladimir Putin}; {@code Kumpilov} for a
   * person the knowledge base lacks (the language layer names them by their surname slug).
   */
  public String actor(ActorId id) {
    return kb.actor(id)
        .map(Actor::name)
        .or(() -> kb.person(id).map(Person::name))
        .orElseGet(() -> id.isPerson() ? capitalised(id.value()) : id.value());
  }

  /** The principals of the theatre's sides, in the order reports list them (RUS, UKR). */
  public List<ActorId> sides() {
    return kb.theatre().principals();
  }

  /** {@code Russia (RUS)}, {@code Kumpilov (kumpilov)}; an unknown party's id alone. */
  public String party(ActorId id) {
    String name = actor(id);
    return name.equals(id.value()) ? name : name + " (" + id + ")";
  }

  /** The region's short name: {@code Donetsk}, {@code Crimea}, {@code Ukraine}. */
  public String region(RegionId id) {
    return kb.region(id).map(Region::name).map(Names::shorten).orElse(id.value());
  }

  /** Short names joined: {@code Luhansk, Donetsk}. */
  public String regions(List<RegionId> ids) {
    return ids.stream().map(this::region).collect(Collectors.joining(", "));
  }

  /** {@code kumpilov} → {@code Kumpilov}, {@code spoljaric-egger} → {@code Spoljaric-Egger}. */
  private static String capitalised(String slug) {
    StringBuilder out = new StringBuilder(slug.length());
    boolean start = true;
    for (char c : slug.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '_';
    }
    return out.toString();
  }

  private static String shorten(String name) {
    String n = name.startsWith("Autonomous Republic of ") ? name.substring(23) : name;
    return n.endsWith(" Oblast") ? n.substring(0, n.length() - 7) : n;
  }
}
