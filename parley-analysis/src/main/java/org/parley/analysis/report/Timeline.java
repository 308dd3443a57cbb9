package org.parley.analysis.report;

import java.util.List;
import org.parley.analysis.position.Citation;
import org.parley.model.ActorId;

/**
 * Claims per party over time: the periods that hold claims ({@code 2025-08}, or {@code 2014} for
 * claims dated only to a year), in order; one lane per party with its count in each period; and the
 * meetings, in time order.
 */
public record Timeline(List<String> periods, List<Lane> lanes, List<Event> meetings) {
  public Timeline {
    periods = List.copyOf(periods);
    lanes = List.copyOf(lanes);
    meetings = List.copyOf(meetings);
  }

  /** One party's claim counts, aligned with {@link #periods()}. */
  public record Lane(ActorId party, List<Integer> counts) {
    public Lane {
      counts = List.copyOf(counts);
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A dated event: what happened and its citation. */
  public record Event(String period, String what, Citation citation) {}
}
