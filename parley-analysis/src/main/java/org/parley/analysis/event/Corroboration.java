package org.parley.analysis.event;

import java.util.Collection;
import java.util.TreeSet;
import org.parley.ledger.LedgerEntry;

/**
 * How well a set of reports is corroborated: how many events they tell ({@code events}; the same
 * position voiced on two days is two events) and how many independent sources tell them ({@code
 * outlets}, copies of one wire report counted once).
 */
public record Corroboration(int events, int outlets) {
  public Corroboration {
    if (events < 0 || outlets < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** The corroboration of {@code reports}. */
  public static Corroboration of(Collection<LedgerEntry> reports) {
    TreeSet<String> sources = new TreeSet<>();
    reports.forEach(r -> sources.add(ReportSource.of(r)));
    return new Corroboration(new EventLinker().link(reports).size(), sources.size());
  }

  /** {@code 3 outlets}, or {@code 2 times, 3 outlets} when the reports tell several events. */
  public String label() {
    return (events > 1 ? events + " times, " : "") + Event.outlets(outlets);
  }
}
