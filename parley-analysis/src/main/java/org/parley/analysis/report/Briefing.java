package org.parley.analysis.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.shift.Shift;

/**
 * Everything a briefing shows, computed from one snapshot: its scope, the main parties' positions,
 * the gap between the first two, recent shifts (newest first; {@code shiftsTotal} counts those not
 * listed too), disputes, control claims with their map check, and the timeline.
 */
public record Briefing(
    Instant asOf,
    @Nullable LocalDate validAt,
    Scope scope,
    List<PartyPositions> positions,
    @Nullable GapMatrix gap,
    @Nullable LocalDate shiftsSince,
    List<Shift> shifts,
    int shiftsTotal,
    Disputes disputes,
    List<ControlRow> controls,
    @Nullable String maps,
    Timeline timeline) {

  /** How many superseded stances per issue a briefing shows. */
  public static final int SUPERSEDED_SHOWN = 3;

  /** How many disputes of each family a briefing shows (the newest periods). */
  public static final int DISPUTES_SHOWN = 15;

  public Briefing {
    positions = List.copyOf(positions);
    shifts = List.copyOf(shifts);
    controls = List.copyOf(controls);
  }

  /** How much the briefing rests on: claims, documents, and the first and last claim dates. */
  public record Scope(int claims, int documents, @Nullable String first, @Nullable String last) {}
}
