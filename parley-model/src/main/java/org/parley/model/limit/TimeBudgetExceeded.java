package org.parley.model.limit;

import java.time.Duration;

/**
 * A document took longer than its time budget; the message names the budget and the option that
 * changes it. Thrown by {@link Deadline#check()} and caught by the extractor, which reports the
 * document and goes on.
 */
public final class TimeBudgetExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TimeBudgetExceeded(Duration budget) {
    super(
        "took longer than the %s time budget per document (--time-budget); skipped"
            .formatted(words(budget)));
  }

  private static String words(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }
}
