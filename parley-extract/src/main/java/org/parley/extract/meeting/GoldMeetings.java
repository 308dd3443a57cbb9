package org.parley.extract.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * The gold meetings of one document as labels for candidates. A candidate is a held meeting when a
 * gold meeting has the same participants by the contract's scoring rule (sets overlapping by half,
 * dates within a day when both are days) and an evidence span in the candidate's sentence (any
 * sentence, for the readout title's candidate). A candidate that matches a gold meeting only
 * elsewhere in the document is no example either way: its sentence may or may not report it.
 */
final class GoldMeetings {
  /** What the gold says of a candidate. */
  enum Label {
    HELD,
    NONE,
    UNSURE
  }

  private final List<Meeting> meetings;

  private GoldMeetings(List<Meeting> meetings) {
    this.meetings = List.copyOf(meetings);
  }

  static GoldMeetings of(List<Claim> gold) {
    return new GoldMeetings(
        gold.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList());
  }

  Label label(Candidate c) {
    boolean elsewhere = false;
    for (Meeting m : meetings) {
      if (!matches(
          m.participants(), m.provenance().validTime(), c.participants(), c.time().date())) {
        elsewhere |= isMisread(m, c);
        continue;
      }
      if (c.trigger() == null || overlaps(m, c.evidence())) {
        return Label.HELD;
      }
      elsewhere = true;
    }
    return elsewhere ? Label.UNSURE : Label.NONE;
  }

  /**
   * Whether {@code c} reads, with some participants or the date wrong, the held meeting {@code m}
   * that its sentence reports: no example that the passage reports no meeting.
   */
  private static boolean isMisread(Meeting m, Candidate c) {
    return c.trigger() != null
        && overlaps(m, c.evidence())
        && c.participants().stream().anyMatch(m.participants()::contains);
  }

  private static boolean overlaps(Meeting m, Span sentence) {
    return m.provenance().evidence().spans().stream().anyMatch(sentence::overlaps);
  }

  /** The contract's meeting match: participants with Jaccard >= 0.5, days within one. */
  static boolean matches(
      List<ActorId> a, @Nullable PartialDate da, List<ActorId> b, @Nullable PartialDate db) {
    Set<ActorId> union = new HashSet<>(a);
    union.addAll(b);
    Set<ActorId> both = new HashSet<>(a);
    both.retainAll(b);
    if (union.isEmpty() || 2 * both.size() < union.size()) {
      return false;
    }
    if (da == null
        || db == null
        || da.precision() != PartialDate.Precision.DAY
        || db.precision() != PartialDate.Precision.DAY) {
      return true;
    }
    LocalDate x = da.start();
    LocalDate y = db.start();
    return Math.abs(x.toEpochDay() - y.toEpochDay()) <= 1;
  }
}
