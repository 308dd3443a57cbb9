package org.parley.kb;

import java.util.List;
import java.util.function.Function;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * A parsed {@code theatre} line whose sides are still ids: {@code build} makes the theatre once
 * they are resolved against the {@code side} lines of every file; {@code actors} and {@code
 * contested} are the entries it names, checked first.
 */
record TheatreLine(
    SourceLine at,
    String id,
    List<ActorId> sides,
    List<ActorId> actors,
    RegionId contested,
    Function<List<TheatreSide>, Theatre> build) {
  TheatreLine {
    sides = List.copyOf(sides);
    actors = List.copyOf(actors);
  }
}
