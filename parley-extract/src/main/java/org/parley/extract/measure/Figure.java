package org.parley.extract.measure;

import org.parley.model.Measure;

/**
 * A control figure found in normalised text: offsets [start, end) of the whole phrase (qualifier,
 * number, unit, and the "of" that introduces the territory, when present), and the measure it
 * states.
 */
public record Figure(int start, int end, Measure measure) {
  public Figure {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid figure [%d, %d)".formatted(start, end));
    }
  }

  /** Whether the figure is an area rather than a share or a degree. */
  public boolean isArea() {
    return measure.areaKm2() != null;
  }
}
