package org.parley.analysis.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.territory.check.ControlCheck;

/**
 * One line of a briefing's control section: the latest claim about one holder and region set, how
 * many claims the ledger holds about them, and the map check of the latest ({@code null} without
 * maps).
 */
public record ControlRow(DatedControl latest, int reports, @Nullable ControlCheck check) {
  public ControlRow {
    Objects.requireNonNull(latest, "latest");
    if (reports < 1) {
      throw new IllegalArgumentException("a control row stands for at least one claim");
    }
  }
}
