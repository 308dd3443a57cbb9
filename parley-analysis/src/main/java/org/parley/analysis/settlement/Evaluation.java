package org.parley.analysis.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;

/**
 * A proposal evaluated on one map: one {@link Transfer} per term and region, in proposal order,
 * with notes (caps applied, regions moved twice) and the basis of the population figures.
 *
 * @param sides the theatre's principals in listing order, each with a total of what moves to it
 * @param controlling the side that holds the map's controlled area ({@code RUS})
 */
public record Evaluation(
    Proposal proposal,
    LocalDate mapDate,
    String mapName,
    String boundaries,
    List<Transfer> transfers,
    List<String> notes,
    String populationBasis,
    List<ActorId> sides,
    ActorId controlling) {
  public Evaluation {
    transfers = List.copyOf(transfers);
    notes = List.copyOf(notes);
    sides = List.copyOf(sides);
    Objects.requireNonNull(controlling, "controlling");
  }

  /**
   * Area moving to {@code side}, in km²; upper bounds included only when {@code withUpperBounds}.
   */
  public double km2To(ActorId side, boolean withUpperBounds) {
    return transfers.stream()
        .filter(t -> side.equals(t.to()) && (withUpperBounds || !t.upperBound()))
        .mapToDouble(Transfer::km2)
        .sum();
  }

  /** Estimated people moving to {@code side}; upper bounds included only when asked. */
  public long populationTo(ActorId side, boolean withUpperBounds) {
    return transfers.stream()
        .filter(t -> side.equals(t.to()) && (withUpperBounds || !t.upperBound()))
        .mapToLong(t -> t.populationEstimate() == null ? 0 : t.populationEstimate())
        .sum();
  }

  /** Whether any moving region lacks a population figure (so population totals are partial). */
  public boolean hasPopulationGaps() {
    return transfers.stream()
        .anyMatch(t -> t.from() != null && t.km2() > 0 && t.populationEstimate() == null);
  }
}
