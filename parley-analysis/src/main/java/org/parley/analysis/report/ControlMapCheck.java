package org.parley.analysis.report;

import java.util.List;
import java.util.Objects;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.analysis.territory.check.ControlChecker;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Control;

/**
 * The map check of a briefing done by {@link ControlChecker} on measured maps, a map counting for a
 * claim when it lies within {@code toleranceDays} before the claim's date, the maps telling apart
 * the theatre's {@code sides}.
 */
public record ControlMapCheck(MeasuredMaps maps, int toleranceDays, MapSides sides)
    implements MapCheck {
  public ControlMapCheck {
    Objects.requireNonNull(maps, "maps");
    Objects.requireNonNull(sides, "sides");
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("tolerance days must be ≥ 0: " + toleranceDays);
    }
  }

  /** The check for the theatre of the knowledge base that ships with Parley. */
  public ControlMapCheck(MeasuredMaps maps, int toleranceDays) {
    this(maps, toleranceDays, MapSides.of(KnowledgeBase.loadDefault()));
  }

  /** The dates the maps cover, e.g. "2024-07-08..2025-08-22 (57 maps)". */
  @Override
  public String describe() {
    return maps.catalog().span() + ", " + toleranceDays + " days' tolerance";
  }

  @Override
  public List<ControlCheck> check(List<Control> claims) {
    return new ControlChecker(sides).check(claims, maps, toleranceDays);
  }
}
