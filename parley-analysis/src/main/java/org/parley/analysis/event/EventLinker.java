package org.parley.analysis.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.ClaimDate;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Position;
import org.parley.model.ProvisionType;
import org.parley.model.Statement;

/**
 * Links reports into events. Claims tell the same event when they agree on what it is and on when:
 *
 * <ul>
 *   <li>a meeting: the same participants, dated within a day of each other;
 *   <li>a position: the same holder, kind, provision (type, polarity, regions; the detail of an
 *       {@code other}) on the same day;
 *   <li>a control figure: the same holder, regions and figure, dated within a week;
 *   <li>a quotation: the same speaker and words (letters and digits compared) on the same day.
 * </ul>
 *
 * The date is the claim's valid time, else its report date. Claims dated only to a month or a year
 * link only with claims dated to the same month or year; undated claims are events of their own.
 * The result is the same whatever the order of the input. Stateless and thread-safe.
 */
public final class EventLinker {
  /** The events of {@code entries}, ordered by first report. */
  public List<Event> link(Collection<LedgerEntry> entries) {
    Map<String, List<LedgerEntry>> byWhat = new TreeMap<>();
    List<Event> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      ClaimDate date = ClaimDate.of(e.claim()).orElse(null);
      if (date == null) {
        out.add(new Event(kind(e.claim()), null, List.of(e)));
      } else {
        String key = what(e.claim()) + "|" + coarse(date.date());
        byWhat.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    byWhat.values().forEach(group -> out.addAll(cluster(group)));
    out.sort(Comparator.comparing(Event::id));
    return out;
  }

  /**
   * Splits reports of one thing into events: each starts at its earliest date and spans the gap.
   */
  private static List<Event> cluster(List<LedgerEntry> group) {
    List<LedgerEntry> sorted =
        group.stream()
            .sorted(Comparator.comparing((LedgerEntry e) -> day(e)).thenComparing(LedgerEntry::id))
            .toList();
    int gap = maxDaysApart(sorted.get(0).claim());
    List<Event> out = new ArrayList<>();
    List<LedgerEntry> current = new ArrayList<>();
    for (LedgerEntry e : sorted) {
      if (!current.isEmpty() && ChronoUnit.DAYS.between(day(current.get(0)), day(e)) > gap) {
        out.add(event(current));
        current = new ArrayList<>();
      }
      current.add(e);
    }
    out.add(event(current));
    return out;
  }

  private static Event event(List<LedgerEntry> reports) {
    LedgerEntry first = reports.get(0);
    return new Event(kind(first.claim()), ClaimDate.of(first.claim()).orElseThrow(), reports);
  }

  private static java.time.LocalDate day(LedgerEntry e) {
    return ClaimDate.of(e.claim()).orElseThrow().date().start();
  }

  /** Day-precise claims share one key; coarser ones are keyed by their month or year. */
  private static String coarse(PartialDate d) {
    return d.precision() == PartialDate.Precision.DAY ? "day" : d.toString();
  }

  private static int maxDaysApart(Claim c) {
    return switch (c) {
      case Meeting m -> 1;
      case Control k -> 7;
      case Position p -> 0;
      case Statement s -> 0;
    };
  }

  private static EventKind kind(Claim c) {
    return switch (c) {
      case Meeting m -> EventKind.MEETING;
      case Control k -> EventKind.CONTROL;
      case Position p -> EventKind.POSITION;
      case Statement s -> EventKind.STATEMENT;
    };
  }

  /** What the claim tells, without its source and date. */
  static String what(Claim c) {
    return switch (c) {
      case Meeting m -> "meeting " + m.participants();
      case Control k ->
          "control %s %s %s %s %s"
              .formatted(
                  k.holder(),
                  k.regions(),
                  k.measure().approx().code(),
                  k.measure().share(),
                  k.measure().areaKm2());
      case Position p ->
          "position %s %s %s %s %s%s"
              .formatted(
                  p.holder(),
                  p.kind().code(),
                  p.provision().type().code(),
                  p.provision().polarity().code(),
                  p.provision().regions(),
                  detail(p));
      case Statement s ->
          "statement "
              + speaker(s)
              + " "
              + s.quote().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    };
  }

  private static String detail(Position p) {
    String d = p.provision().detail();
    return p.provision().type() == ProvisionType.OTHER && d != null
        ? " " + d.strip().toLowerCase(Locale.ROOT)
        : "";
  }

  private static @Nullable String speaker(Statement s) {
    return s.agent() != null ? s.agent() : s.holder() == null ? null : s.holder().value();
  }

  /** The events of {@code entries} by the entry ids of their reports. */
  public Map<org.parley.ledger.EntryId, Event> index(Collection<LedgerEntry> entries) {
    return link(entries).stream()
        .flatMap(ev -> ev.reports().stream().map(r -> Map.entry(r.id(), ev)))
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }
}
