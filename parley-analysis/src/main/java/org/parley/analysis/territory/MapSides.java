package org.parley.analysis.territory;

import java.util.List;
import java.util.Objects;
import org.parley.kb.Actor;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Theatre;
import org.parley.kb.TheatreSide;
import org.parley.model.ActorId;

/**
 * The two sides a line-of-control map tells apart, taken from the knowledge base's theatre: the
 * contested side, whose country the map covers and which holds the land outside the controlled area
 * ({@code UKR}), and the side that holds the controlled area, the theatre's other side with its
 * allies ({@code RUS}, {@code DPR}, {@code LPR}). Each side's adjective ("Russian") is the first
 * adjective of its principal's knowledge-base entry, else its name. Immutable.
 *
 * @param principals the theatre's principals in listing order: the parties of per-side totals
 * @param controlling the side that holds the map's controlled area
 * @param contested the side that holds the rest of the contested country's land
 * @param controllingAdjective how text qualifies what the controlling side holds ("Russian")
 * @param contestedAdjective how text qualifies what the contested side holds ("Ukrainian")
 */
public record MapSides(
    List<ActorId> principals,
    TheatreSide controlling,
    TheatreSide contested,
    String controllingAdjective,
    String contestedAdjective) {
  public MapSides {
    principals = List.copyOf(principals);
    Objects.requireNonNull(controlling, "controlling");
    Objects.requireNonNull(contested, "contested");
  }

  /**
   * The map sides of {@code kb}'s theatre.
   *
   * @throws IllegalArgumentException when the theatre has more than two sides, so that no single
   *     side holds what the contested side does not
   */
  public static MapSides of(KnowledgeBase kb) {
    Theatre theatre = kb.theatre();
    TheatreSide contested = theatre.contestedSide();
    List<TheatreSide> others = theatre.sides().stream().filter(s -> !s.equals(contested)).toList();
    if (others.size() != 1) {
      throw new IllegalArgumentException(
          "a map of %s tells two sides apart, but theatre %s has %d"
              .formatted(theatre.contested(), theatre.id(), theatre.sides().size()));
    }
    TheatreSide controlling = others.get(0);
    return new MapSides(
        theatre.principals(),
        controlling,
        contested,
        adjective(kb, controlling),
        adjective(kb, contested));
  }

  /** Whether the map's controlled area is {@code actor}'s: the controlling side or its ally. */
  public boolean holdsControlled(ActorId actor) {
    return controlling.includes(actor);
  }

  /** Whether the map shows what {@code actor} holds: either side, principal or ally. */
  public boolean isShown(ActorId actor) {
    return controlling.includes(actor) || contested.includes(actor);
  }

  /** Whether {@code actor} is the principal of one of the two sides. */
  public boolean isPrincipal(ActorId actor) {
    return controlling.principal().equals(actor) || contested.principal().equals(actor);
  }

  /** The principal of the side facing {@code principal}'s across the line. */
  public ActorId opposite(ActorId principal) {
    return controlling.principal().equals(principal)
        ? contested.principal()
        : controlling.principal();
  }

  private static String adjective(KnowledgeBase kb, TheatreSide side) {
    return kb.actor(side.principal())
        .map(Actor::adjectives)
        .filter(a -> !a.isEmpty())
        .map(a -> a.get(0))
        .orElse(side.name());
  }
}
