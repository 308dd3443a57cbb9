package org.parley.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Merges the {@code side} and {@code theatre} lines of every file (a later side with the same
 * principal, or a later theatre, replaces the earlier one and says so in a note), then resolves the
 * theatre: its sides must be side lines, and every actor and the contested country it names must be
 * entries of the knowledge base.
 */
final class TheatreAssembler {
  private final Map<ActorId, Sourced<TheatreSide>> sides = new LinkedHashMap<>();
  private final List<String> problems;
  private final List<String> notes = new ArrayList<>();
  private @Nullable TheatreLine theatre;

  TheatreAssembler(List<String> problems) {
    this.problems = problems;
  }

  private record Sourced<T>(T value, SourceLine at) {}

  void addSide(TheatreSide side, SourceLine at) {
    Sourced<TheatreSide> earlier = sides.put(side.principal(), new Sourced<>(side, at));
    if (earlier != null) {
      notes.add(
          at.problem("replaces side %s defined at %s".formatted(side.principal(), earlier.at())));
    }
  }

  void addTheatre(TheatreLine line) {
    if (theatre != null) {
      notes.add(
          line.at()
              .problem("replaces theatre %s defined at %s".formatted(theatre.id(), theatre.at())));
    }
    theatre = line;
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  /** The theatre, once every reference of its line and its sides is checked; empty on problems. */
  Optional<Theatre> resolve(List<Draft> drafts) {
    if (theatre == null) {
      problems.add("knowledge base: no theatre line (kind theatre) in any file");
      return Optional.empty();
    }
    Map<String, KbEntry> entries = new LinkedHashMap<>();
    drafts.forEach(d -> entries.put(d.entry().key(), d.entry()));
    int before = problems.size();
    List<TheatreSide> resolved = new ArrayList<>();
    for (ActorId id : theatre.sides()) {
      Sourced<TheatreSide> s = sides.get(id);
      if (s == null) {
        problem(theatre.at(), "side " + id + " has no side line");
        continue;
      }
      resolved.add(s.value());
      requireActor(entries, s.at(), s.value().principal());
      s.value().allies().forEach(a -> requireActor(entries, s.at(), a));
    }
    theatre.actors().forEach(a -> requireActor(entries, theatre.at(), a));
    if (!(entries.get(theatre.contested().value()) instanceof Region)) {
      problem(theatre.at(), "unknown contested region " + theatre.contested());
    }
    return problems.size() > before ? Optional.empty() : build(resolved);
  }

  private Optional<Theatre> build(List<TheatreSide> resolved) {
    try {
      return Optional.of(theatre.build().apply(resolved));
    } catch (IllegalArgumentException e) {
      problem(theatre.at(), e.getMessage());
      return Optional.empty();
    }
  }

  private void requireActor(Map<String, KbEntry> entries, SourceLine at, ActorId id) {
    if (!(entries.get(id.value()) instanceof Actor)) {
      problem(at, "unknown actor " + id + " (no state, org or entity with that id)");
    }
  }

  private void problem(SourceLine at, String message) {
    problems.add(at.problem("theatre " + theatre.id() + ": " + message));
  }
}
