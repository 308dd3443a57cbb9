package org.parley.analysis.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Two parties' positions issue by issue, as of a recorded instant and counting claims dated up to
 * {@code validAt} (all when {@code null}): rows for the issues at least one party addresses (by
 * provision type, then regions), then one {@link GapVerdict#UNADDRESSED} row per provision type
 * neither addresses.
 */
public record GapMatrix(
    ActorId first, ActorId second, Instant asOf, @Nullable LocalDate validAt, List<GapRow> rows) {
  public GapMatrix {
    rows = List.copyOf(rows);
  }

  /** How many rows carry {@code verdict}. */
  public long count(GapVerdict verdict) {
    return rows.stream().filter(r -> r.verdict() == verdict).count();
  }
}
