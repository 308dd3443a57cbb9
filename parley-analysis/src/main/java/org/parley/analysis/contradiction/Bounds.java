package org.parley.analysis.contradiction;

import java.util.Optional;
import org.parley.model.Measure;

/**
 * The range a control measure allows: for shares in 0..1, for areas in km². An exact or "about"
 * figure is a point (the tolerance supplies the slack); "at least" and "at most" are half-open;
 * qualitative degrees allow "nearly all" 0.9..1, "most" 0.5..1, "all" 1; "part" constrains nothing.
 */
public record Bounds(double lo, double hi) {
  public Bounds {
    if (Double.isNaN(lo) || Double.isNaN(hi) || hi < lo) {
      throw new IllegalArgumentException("bad bounds [%s, %s]".formatted(lo, hi));
    }
  }

  /** The shares {@code m} allows, if it says anything about the share. */
  public static Optional<Bounds> share(Measure m) {
    if (m.share() != null) {
      return Optional.of(around(m, m.share(), 1));
    }
    return switch (m.approx()) {
      case NEARLY_ALL -> Optional.of(new Bounds(0.9, 1));
      case MOST -> Optional.of(new Bounds(0.5, 1));
      case ALL -> Optional.of(new Bounds(1, 1));
      case EXACT, ABOUT, AT_LEAST, AT_MOST, PART -> Optional.empty();
    };
  }

  /** The areas {@code m} allows, if it gives an area. */
  public static Optional<Bounds> area(Measure m) {
    return m.areaKm2() == null
        ? Optional.empty()
        : Optional.of(around(m, m.areaKm2(), Double.POSITIVE_INFINITY));
  }

  private static Bounds around(Measure m, double figure, double max) {
    return switch (m.approx()) {
      case AT_LEAST -> new Bounds(figure, max);
      case AT_MOST -> new Bounds(0, figure);
      case EXACT, ABOUT, NEARLY_ALL, MOST, PART, ALL -> new Bounds(figure, figure);
    };
  }
}
