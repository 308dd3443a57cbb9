package org.parley.analysis.territory.check;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.model.Control;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;

/**
 * The days a control claim is about: its {@code valid_time} when it has one, else the day it was
 * reported. A day is a window of one day; a month or a year spans its first to its last day, and
 * the newest map inside it (or shortly before, within the tolerance) is the one to check against.
 */
public record ClaimWindow(LocalDate from, LocalDate to, String basis) {
  public ClaimWindow {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "window ends before it starts: %s..%s".formatted(from, to));
    }
  }

  /** The claim's window, or empty when the claim has neither a valid time nor a report date. */
  public static Optional<ClaimWindow> of(Control claim) {
    Provenance p = claim.provenance();
    PartialDate valid = p.validTime();
    if (valid != null) {
      return Optional.of(new ClaimWindow(valid.start(), valid.end(), "valid_time " + valid));
    }
    LocalDate reported = p.reported();
    return reported == null
        ? Optional.empty()
        : Optional.of(new ClaimWindow(reported, reported, "reported " + reported));
  }
}
