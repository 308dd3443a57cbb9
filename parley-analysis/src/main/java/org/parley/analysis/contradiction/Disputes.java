package org.parley.analysis.contradiction;

import java.time.Instant;
import java.util.List;

/** The disputes of a snapshot: control figures and positions, as of a recorded instant. */
public record Disputes(
    Instant asOf,
    DisputeTolerance tolerance,
    List<FigureDispute> figures,
    List<PositionDispute> positions) {
  public Disputes {
    figures = List.copyOf(figures);
    positions = List.copyOf(positions);
  }

  public boolean isEmpty() {
    return figures.isEmpty() && positions.isEmpty();
  }
}
