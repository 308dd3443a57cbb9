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
 * "Oblast"), the id itself where the knowledge base does not know it. Immutable and thread-safe.
 */
public final class Names {
  private final KnowledgeBase kb;

  public Names(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** The party's or person's name: {@code Russia}, {@code Vladimir Putin}. */
  public String actor(ActorId id) {
    return kb.actor(id)
        .map(Actor::name)
        .or(() -> kb.person(id).map(Person::name))
        .orElse(id.value());
  }

  /** {@code Russia (RUS)}. */
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

  private static String shorten(String name) {
    String n = name.startsWith("Autonomous Republic of ") ? name.substring(23) : name;
    return n.endsWith(" Oblast") ? n.substring(0, n.length() - 7) : n;
  }
}
