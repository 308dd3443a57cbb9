package org.parley.analysis.report;

import java.util.List;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.model.Control;

/**
 * Checks control claims against maps for a briefing (in practice {@link
 * org.parley.analysis.territory.check.ControlChecker} over the maps a user named), and says which
 * maps it uses.
 */
public interface MapCheck {
  /** The maps, for the reader: "2024-07-08..2025-08-22 (57 maps) in deepstate". */
  String describe();

  /** One check per claim, in the claims' order. */
  List<ControlCheck> check(List<Control> claims);
}
