package org.parley.analysis.contradiction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.PositionReader;
import org.parley.ledger.LedgerSnapshot;

/**
 * The disputes of a snapshot: control figures that disagree ({@link FigureDisputeFinder}) and
 * positions reported two ways ({@link PositionDisputeFinder}). Stateless and thread-safe.
 */
public final class DisputeFinder {
  private final ControlReader controls = new ControlReader();
  private final PositionReader positions = new PositionReader();
  private final FigureDisputeFinder figures = new FigureDisputeFinder();
  private final PositionDisputeFinder stances = new PositionDisputeFinder();

  /**
   * Every dispute in {@code snapshot} under {@code tolerance}, among claims dated on or before
   * {@code validAt} (all when {@code null}).
   */
  public Disputes find(
      LedgerSnapshot snapshot, DisputeTolerance tolerance, @Nullable LocalDate validAt) {
    return new Disputes(
        snapshot.asOf(),
        tolerance,
        figures.find(controls.read(snapshot, validAt), tolerance),
        stances.find(positions.readAll(snapshot, null, validAt), tolerance.period()));
  }

  /**
   * The disputes among claims already read (as of {@code asOf}): {@code controls} and {@code
   * positions}, denied positions included.
   */
  public Disputes find(
      Instant asOf,
      DisputeTolerance tolerance,
      List<DatedControl> controls,
      List<DatedPosition> positions) {
    return new Disputes(
        asOf,
        tolerance,
        figures.find(controls, tolerance),
        stances.find(positions, tolerance.period()));
  }
}
