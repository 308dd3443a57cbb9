package org.parley.analysis.shift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.ClaimDate;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.IssueThreads;
import org.parley.analysis.position.PositionReader;
import org.parley.analysis.position.StanceRun;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;

/**
 * Finds how a party's positions changed: for every issue thread, the first stance is {@code new}
 * and each later stance is compared with the one before it by {@link ShiftRules}. A thread whose
 * latest claim is more than {@code staleMonths} older than the party's newest position on any issue
 * is {@code dropped}, dated at that newest position. Stateless and thread-safe.
 */
public final class ShiftFinder {
  /** The default number of months after which an unrepeated position counts as dropped. */
  public static final int DEFAULT_STALE_MONTHS = 12;

  private final PositionReader reader = new PositionReader();
  private final IssueThreads threads = new IssueThreads();
  private final ShiftRules rules = new ShiftRules();

  /** {@code party}'s shifts dated on or after {@code since} (all when {@code null}). */
  public PartyShifts find(
      LedgerSnapshot snapshot, ActorId party, @Nullable LocalDate since, int staleMonths) {
    return find(snapshot, party, reader.read(snapshot, party, null), since, staleMonths);
  }

  /** As {@link #find(LedgerSnapshot, ActorId, LocalDate, int)}, over positions already read. */
  public PartyShifts find(
      LedgerSnapshot snapshot,
      ActorId party,
      List<DatedPosition> positions,
      @Nullable LocalDate since,
      int staleMonths) {
    if (staleMonths < 1) {
      throw new IllegalArgumentException("stale months must be at least 1: " + staleMonths);
    }
    Optional<DatedPosition> newest =
        positions.stream().filter(p -> p.date() != null).max(DatedPosition.ORDER);
    List<Shift> out = new ArrayList<>();
    for (IssueThread t : threads.group(party, positions)) {
      shifts(t, newest.orElse(null), staleMonths).stream()
          .filter(
              s -> since == null || (s.date() != null && !s.date().date().end().isBefore(since)))
          .forEach(out::add);
    }
    return new PartyShifts(party, snapshot.asOf(), since, staleMonths, out);
  }

  private List<Shift> shifts(IssueThread t, @Nullable DatedPosition newest, int staleMonths) {
    List<Shift> out = new ArrayList<>();
    out.add(firstPosition(t));
    for (int i = 1; i < t.runs().size(); i++) {
      StanceRun a = t.runs().get(i - 1);
      StanceRun b = t.runs().get(i);
      rules
          .classify(a.stance(), b.stance())
          .ifPresent(
              c ->
                  out.add(
                      new Shift(
                          c.kind(),
                          t.holder(),
                          t.issue(),
                          a.stance(),
                          b.stance(),
                          b.since(),
                          a.newestFirst(),
                          b.newestFirst(),
                          c.rule())));
    }
    dropped(t, newest, staleMonths).ifPresent(out::add);
    return out;
  }

  private static Shift firstPosition(IssueThread t) {
    StanceRun first = t.runs().get(0);
    return new Shift(
        ShiftKind.NEW,
        t.holder(),
        t.issue(),
        null,
        first.stance(),
        first.since(),
        List.of(),
        first.newestFirst(),
        "first position on this issue");
  }

  private static Optional<Shift> dropped(
      IssueThread t, @Nullable DatedPosition newest, int staleMonths) {
    ClaimDate last = t.current().latest();
    if (newest == null || newest.date() == null || last == null) {
      return Optional.empty();
    }
    LocalDate cutoff = newest.date().date().start().minusMonths(staleMonths);
    if (!last.date().end().isBefore(cutoff)) {
      return Optional.empty();
    }
    return Optional.of(
        new Shift(
            ShiftKind.DROPPED,
            t.holder(),
            t.issue(),
            t.current().stance(),
            null,
            newest.date(),
            t.current().newestFirst(),
            List.of(newest),
            "not restated since %s, though the party stated positions up to %s"
                .formatted(last.date(), newest.date().date())));
  }
}
