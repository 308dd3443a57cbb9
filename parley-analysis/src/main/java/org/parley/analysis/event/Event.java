package org.parley.analysis.event;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.ClaimDate;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;

/**
 * One event and the reports of it: claims of one or more documents that tell the same meeting,
 * position, control figure or quotation ({@link EventLinker} says when). {@code reports} are in
 * entry order; the event's id is its first report's entry id, and its date its earliest report's.
 */
public record Event(EventKind kind, @Nullable ClaimDate date, List<LedgerEntry> reports) {
  public Event {
    Objects.requireNonNull(kind, "kind");
    reports = reports.stream().sorted(Comparator.comparing(LedgerEntry::id)).toList();
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("an event has at least one report");
    }
  }

  /** The entry id of its first report: stable while the reports stay recorded. */
  public EntryId id() {
    return reports.get(0).id();
  }

  /** The independent sources that report it ({@link ReportSource#of}), sorted. */
  public List<String> sources() {
    TreeSet<String> out = new TreeSet<>();
    reports.forEach(r -> out.add(ReportSource.of(r)));
    return List.copyOf(out);
  }

  /** How many independent sources report it. */
  public int sourceCount() {
    return sources().size();
  }

  /** {@code 1 outlet}, {@code 3 outlets}. */
  public String corroboration() {
    return outlets(sourceCount());
  }

  /** {@code 1 outlet}, {@code 3 outlets} for a count of independent sources. */
  public static String outlets(int n) {
    return n + (n == 1 ? " outlet" : " outlets");
  }
}
