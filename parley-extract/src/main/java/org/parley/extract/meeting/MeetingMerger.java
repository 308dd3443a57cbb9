package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * Gives a meeting that several passages report one record: candidates kept by the decision join
 * when they have the same participants, dates that can be the same day (one is unknown, or one
 * covers the other) and no two different places. The record keeps every passage's evidence, the
 * most precise date, the first place and the highest probability. Stateless.
 */
final class MeetingMerger {
  /** A kept candidate with its probability. */
  record Kept(Candidate candidate, double probability) {}

  /** One meeting: its candidates' union, with the participants of the fullest reading. */
  record Merged(
      Candidate first,
      List<ActorId> participants,
      List<Span> evidence,
      @Nullable PartialDate date,
      @Nullable String place,
      double probability) {}

  List<Merged> merge(List<Kept> kept) {
    List<Merged> out = new ArrayList<>();
    for (Kept k : kept) {
      if (isPartOfAnother(kept, k.candidate())) {
        continue;
      }
      int at = indexOfSame(out, k.candidate());
      if (at < 0) {
        Candidate c = k.candidate();
        out.add(
            new Merged(
                c,
                c.participants(),
                List.of(c.evidence()),
                c.time().date(),
                c.place(),
                k.probability()));
      } else {
        out.set(at, join(out.get(at), k));
      }
    }
    return out;
  }

  /**
   * Whether another kept candidate of the same sentence and day has every participant of {@code c}
   * and more, or names the people of the parties {@code c} names ("the Russian-American summit" of
   * Putin and Biden): two readings of one contact, the fuller one wins.
   */
  private static boolean isPartOfAnother(List<Kept> kept, Candidate c) {
    Set<ActorId> mine = new HashSet<>(c.participants());
    for (Kept k : kept) {
      Candidate o = k.candidate();
      if (o == c
          || o.sentence() != c.sentence()
          || o.trigger() == null
          || c.trigger() == null
          || !isSameDay(o.time().date(), c.time().date())) {
        continue;
      }
      boolean fuller = o.participants().size() > mine.size() && o.participants().containsAll(mine);
      boolean coarser =
          !mine.equals(new HashSet<>(o.participants()))
              && mine.equals(new HashSet<>(o.sides()))
              && c.participants().stream().noneMatch(ActorId::isPerson);
      if (fuller || coarser) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfSame(List<Merged> out, Candidate c) {
    for (int i = 0; i < out.size(); i++) {
      Merged m = out.get(i);
      boolean same = new HashSet<>(m.participants()).equals(new HashSet<>(c.participants()));
      if ((same || isOtherReading(m, c))
          && !isCallAndVisit(m.first(), c)
          && isSameDay(m.date(), c.time().date())
          && (m.place() == null || c.place() == null || m.place().equals(c.place()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether one of two candidates is a call and the other a contact in person with a place (a visit
   * to Moscow and a later call of the same leaders are two meetings).
   */
  private static boolean isCallAndVisit(Candidate a, Candidate b) {
    boolean callA = a.isCall() || a.cues().contains("title:telephone");
    boolean callB = b.isCall() || b.cues().contains("title:telephone");
    return callA != callB && (callA ? b.place() : a.place()) != null;
  }

  /**
   * Whether {@code c} reads the same parties' meeting as {@code m} with a party where {@code m}
   * names its person, or the other way round ("the Ukrainian-Turkish talks" and "the meeting with
   * Erdogan").
   */
  private static boolean isOtherReading(Merged m, Candidate c) {
    boolean partial =
        m.participants().stream().anyMatch(a -> !a.isPerson())
            || c.participants().stream().anyMatch(a -> !a.isPerson());
    return partial && new HashSet<>(m.first().sides()).equals(new HashSet<>(c.sides()));
  }

  private static long persons(List<ActorId> ids) {
    return ids.stream().filter(ActorId::isPerson).count();
  }

  private static Merged join(Merged m, Kept k) {
    Candidate c = k.candidate();
    List<Span> evidence = new ArrayList<>(m.evidence());
    if (!evidence.contains(c.evidence())) {
      evidence.add(c.evidence());
    }
    PartialDate date = finer(m.date(), c.time().date());
    String place = m.place() != null ? m.place() : c.place();
    List<ActorId> who =
        persons(c.participants()) > persons(m.participants()) ? c.participants() : m.participants();
    return new Merged(
        m.first(), who, evidence, date, place, Math.max(m.probability(), k.probability()));
  }

  /**
   * Whether two dates may name the same day: one unknown, one covering the other, or days apart by
   * one.
   */
  static boolean isSameDay(@Nullable PartialDate a, @Nullable PartialDate b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY) {
      return Math.abs(a.start().toEpochDay() - b.start().toEpochDay()) <= 1;
    }
    return (a.covers(b.start()) && a.covers(b.end())) || (b.covers(a.start()) && b.covers(a.end()));
  }

  private static @Nullable PartialDate finer(@Nullable PartialDate a, @Nullable PartialDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.precision().compareTo(a.precision()) > 0 ? b : a;
  }
}
