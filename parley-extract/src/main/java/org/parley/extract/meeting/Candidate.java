package org.parley.extract.meeting;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * A passage that may report a meeting: its sentence ({@code sentence}, -1 for a readout's title),
 * the meeting word (none for a title), who would have taken part and the parties they belong to
 * ({@code sides}), how they were read ({@code cues}: the frame and the way each participant was
 * found), where and when, and the original spans of its evidence (the sentence) and anchor (the
 * meeting word).
 */
record Candidate(
    int sentence,
    @Nullable Trigger trigger,
    List<ActorId> participants,
    List<ActorId> sides,
    Set<String> cues,
    @Nullable String place,
    MeetingTime time,
    Span evidence,
    Span anchor) {
  Candidate {
    participants = List.copyOf(participants);
    sides = List.copyOf(sides);
    cues = Set.copyOf(cues);
  }

  /** Whether the meeting word says it was a call (which has no place). */
  boolean isCall() {
    return trigger != null && trigger.kind() == ContactKind.CALL;
  }
}
