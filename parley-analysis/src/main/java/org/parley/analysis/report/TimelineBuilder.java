package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.analysis.event.Event;
import org.parley.analysis.event.EventLinker;
import org.parley.analysis.position.Citation;
import org.parley.analysis.position.ClaimDate;
import org.parley.ledger.LedgerEntry;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;

/**
 * Builds a {@link Timeline} from ledger entries: each dated claim with a holder counts for its
 * holder in its period (the month of its date, or the year for claims dated only to a year); the
 * {@code lanes} parties with the most claims get a lane (ties by id); meetings are listed once per
 * meeting ({@link EventLinker}: reports of one meeting linked), with how many outlets report it.
 * Stateless apart from its names; thread-safe.
 */
final class TimelineBuilder {
  private final Names names;

  TimelineBuilder(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  Timeline build(List<LedgerEntry> entries, int lanes) {
    Map<ActorId, Map<String, Integer>> counts = new TreeMap<>();
    TreeSet<String> periods = new TreeSet<>();
    List<LedgerEntry> meetingReports = new ArrayList<>();
    for (LedgerEntry e : entries) {
      Claim c = e.claim();
      ClaimDate date = ClaimDate.of(c).orElse(null);
      if (date == null) {
        continue;
      }
      String period = period(date.date());
      if (c instanceof Meeting) {
        meetingReports.add(e);
      } else if (c.holder() != null) {
        periods.add(period);
        counts.computeIfAbsent(c.holder(), h -> new TreeMap<>()).merge(period, 1, Integer::sum);
      }
    }
    List<Timeline.Event> meetings = meetings(meetingReports);
    meetings.sort(
        Comparator.comparing(Timeline.Event::period).thenComparing(ev -> ev.citation().entry()));
    List<String> order = List.copyOf(periods);
    return new Timeline(order, lanes(counts, order, lanes), meetings);
  }

  private static List<Timeline.Lane> lanes(
      Map<ActorId, Map<String, Integer>> counts, List<String> periods, int limit) {
    return counts.entrySet().stream()
        .map(en -> new Timeline.Lane(en.getKey(), aligned(periods, en.getValue())))
        .sorted(
            Comparator.comparingInt(Timeline.Lane::total)
                .reversed()
                .thenComparing(Timeline.Lane::party))
        .limit(limit)
        .toList();
  }

  /** The period of a date: {@code 2025-08}, or {@code 2014} for a year. */
  static String period(PartialDate d) {
    return d.precision() == PartialDate.Precision.YEAR
        ? d.toString()
        : PartialDate.ofMonth(d.year(), d.month()).toString();
  }

  /** One line per meeting event, however many documents report it, with its outlets. */
  private List<Timeline.Event> meetings(List<LedgerEntry> reports) {
    List<Timeline.Event> out = new ArrayList<>();
    for (Event ev : new EventLinker().link(reports)) {
      LedgerEntry first = ev.reports().get(0);
      String what = meeting((Meeting) first.claim());
      out.add(
          new Timeline.Event(
              period(Objects.requireNonNull(ev.date()).date()),
              ev.reports().size() > 1 ? what + " (" + ev.corroboration() + ")" : what,
              Citation.of(first)));
    }
    return out;
  }

  private String meeting(Meeting m) {
    String who = m.participants().stream().map(names::actor).collect(Collectors.joining(", "));
    return m.place() == null ? who : who + " in " + m.place();
  }

  private static List<Integer> aligned(List<String> periods, Map<String, Integer> counts) {
    return periods.stream().map(p -> counts.getOrDefault(p, 0)).toList();
  }
}
