package org.parley.analysis.position;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Claim;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;

/**
 * When a claim counts for analysis: its valid time when the text gives one, else its document's
 * report date ({@code isValidTime} says which). Ordered by {@link PartialDate}'s order.
 */
public record ClaimDate(PartialDate date, boolean isValidTime) implements Comparable<ClaimDate> {
  public ClaimDate {
    Objects.requireNonNull(date, "date");
  }

  /** The claim's valid time, else its report date; empty when it has neither. */
  public static Optional<ClaimDate> of(Claim claim) {
    Provenance p = claim.provenance();
    if (p.validTime() != null) {
      return Optional.of(new ClaimDate(p.validTime(), true));
    }
    if (p.reported() != null) {
      return Optional.of(new ClaimDate(PartialDate.ofDay(p.reported()), false));
    }
    return Optional.empty();
  }

  /**
   * The date as printed: {@code 2025-08-15}, or {@code 2025-08-21 (reported)} for a report date.
   */
  public String label() {
    return isValidTime ? date.toString() : date + " (reported)";
  }

  @Override
  public int compareTo(ClaimDate o) {
    return date.compareTo(o.date);
  }

  @Override
  public String toString() {
    return label();
  }
}
