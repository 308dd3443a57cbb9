package org.parley.analysis.contradiction;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Control figures for the same holder, regions and period that disagree: every figure of that
 * bucket (lowest first), and why they count as a dispute ("70 % vs 75 %: 5.0 pp apart, tolerance 5
 * pp"; or that a text itself reports the figure as disputed or denied).
 */
public record FigureDispute(
    ActorId holder, List<RegionId> regions, String period, List<DatedControl> figures, String why) {
  public FigureDispute {
    Objects.requireNonNull(holder, "holder");
    regions = List.copyOf(regions);
    figures = List.copyOf(figures);
  }
}
