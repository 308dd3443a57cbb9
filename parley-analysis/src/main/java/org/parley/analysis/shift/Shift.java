package org.parley.analysis.shift;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.ClaimDate;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.Issue;
import org.parley.analysis.position.Stance;
import org.parley.model.ActorId;

/**
 * One change in a party's position on an issue: its kind, the stance before and after ({@code from}
 * is absent for a new position, {@code to} for a dropped one), the date the change shows ({@code
 * null} when undated), the claims on each side (newest first; for a dropped position, {@code after}
 * holds the party's latest claim on another issue), and the rule that named it.
 */
public record Shift(
    ShiftKind kind,
    ActorId holder,
    Issue issue,
    @Nullable Stance from,
    @Nullable Stance to,
    @Nullable ClaimDate date,
    List<DatedPosition> before,
    List<DatedPosition> after,
    String rule) {

  public Shift {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issue, "issue");
    before = List.copyOf(before);
    after = List.copyOf(after);
    if (from == null && to == null) {
      throw new IllegalArgumentException("a shift has a stance before or after it");
    }
  }
}
