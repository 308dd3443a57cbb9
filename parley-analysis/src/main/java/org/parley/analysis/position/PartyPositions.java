package org.parley.analysis.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * A party's positions as a snapshot holds them: one thread per issue (its current stance and the
 * stances it superseded), read as of the recorded instant {@code asOf} and counting claims dated on
 * or before {@code validAt} (all when {@code null}).
 */
public record PartyPositions(
    ActorId party, Instant asOf, @Nullable LocalDate validAt, List<IssueThread> issues) {
  public PartyPositions {
    issues = List.copyOf(issues);
  }
}
