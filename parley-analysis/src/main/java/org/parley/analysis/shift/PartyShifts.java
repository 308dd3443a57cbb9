package org.parley.analysis.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * The shifts of a party's positions found in a snapshot (as of the recorded instant {@code asOf}),
 * those dated on or after {@code since} (all when {@code null}), by issue and then in time order.
 */
public record PartyShifts(
    ActorId party, Instant asOf, @Nullable LocalDate since, int staleMonths, List<Shift> shifts) {
  public PartyShifts {
    shifts = List.copyOf(shifts);
  }
}
