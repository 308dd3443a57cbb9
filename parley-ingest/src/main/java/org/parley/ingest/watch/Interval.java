package org.parley.ingest.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * The adaptive interval of a source: it halves (down to {@code min}) when a poll brought something
 * new, grows by half (up to {@code max}) when nothing changed, and doubles (up to {@code max})
 * after a failure, so busy feeds are read often, quiet ones seldom and broken ones politely.
 */
public record Interval(Duration base, Duration min, Duration max) {
  public Interval {
    Objects.requireNonNull(base, "base");
    if (min.isNegative() || min.isZero() || min.compareTo(base) > 0 || max.compareTo(base) < 0) {
      throw new IllegalArgumentException(
          "intervals must satisfy 0 < min <= base <= max: %s, %s, %s".formatted(min, base, max));
    }
  }

  /** Around {@code base}: from a quarter of it (at least a second) to eight times it. */
  public static Interval around(Duration base) {
    Duration quarter = base.dividedBy(4);
    return new Interval(
        base, quarter.compareTo(Duration.ofSeconds(1)) < 0 ? base : quarter, base.multipliedBy(8));
  }

  /** The interval after a poll that brought {@code news} new documents. */
  public Duration afterPoll(Duration current, int news) {
    return news > 0 ? clamp(current.dividedBy(2)) : clamp(current.plus(current.dividedBy(2)));
  }

  /** The interval after a failed poll. */
  public Duration afterFailure(Duration current) {
    return clamp(current.multipliedBy(2));
  }

  private Duration clamp(Duration d) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }
}
