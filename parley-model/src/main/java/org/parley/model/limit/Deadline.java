package org.parley.model.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * A per-document time budget that long-running stages check cooperatively between steps: {@link
 * #check()} throws {@link TimeBudgetExceeded} once the budget is spent, and the extractor turns
 * that into a reported, skipped document. {@link #none()} never expires. Immutable and thread-safe.
 */
public record Deadline(Duration budget, long expiresAtNanos, boolean bounded) {
  public Deadline {
    Objects.requireNonNull(budget, "budget");
  }

  /** A deadline {@code budget} from now; zero or negative means none. */
  public static Deadline after(Duration budget) {
    if (budget.isZero() || budget.isNegative()) {
      return none();
    }
    return new Deadline(budget, System.nanoTime() + budget.toNanos(), true);
  }

  /** A deadline that never expires. */
  public static Deadline none() {
    return new Deadline(Duration.ZERO, 0, false);
  }

  /** Whether the budget is spent. */
  public boolean isPast() {
    return bounded && System.nanoTime() - expiresAtNanos > 0;
  }

  /** Throws {@link TimeBudgetExceeded} when the budget is spent; cheap enough for any loop. */
  public void check() {
    if (isPast()) {
      throw new TimeBudgetExceeded(budget);
    }
  }
}
