package org.parley.extract.position;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * A party that may voice a position in a sentence: the party, the person or source phrase that
 * speaks for it when known ({@code agent}), the cues that make it a candidate, and the normalised
 * offsets [at, end) of its first mention in the sentence (-1 when it is not named there).
 */
public record HolderCandidate(
    ActorId holder, @Nullable String agent, Set<HolderCue> cues, int at, int end) {
  public HolderCandidate {
    Objects.requireNonNull(holder, "holder");
    cues = cues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cues));
  }

  /** Whether {@code cue} is among this candidate's cues. */
  public boolean has(HolderCue cue) {
    return cues.contains(cue);
  }
}
