package org.parley.analysis.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.event.Corroboration;
import org.parley.analysis.territory.check.ControlCheck;

/**
 * One line of a briefing's control section: the latest claim about one holder and region set, how
 * often and by how many outlets the ledger has them reported (claims linked into events), and the
 * map check of the latest ({@code null} without maps).
 */
public record ControlRow(
    DatedControl latest, Corroboration reported, @Nullable ControlCheck check) {
  public ControlRow {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(reported, "reported");
    if (reported.events() < 1) {
      throw new IllegalArgumentException("a control row stands for at least one claim");
    }
  }
}
