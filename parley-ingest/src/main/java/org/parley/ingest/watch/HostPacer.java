package org.parley.ingest.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A polite pause per host: no two requests to one host start less than {@code gap} apart, whatever
 * source they serve (feeds and their articles often share a host). Not thread-safe; the watch polls
 * from one thread.
 */
public final class HostPacer {
  /** Waits; a test may pass a sleeper that only records. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Duration gap;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> last = new HashMap<>();

  public HostPacer(Duration gap, Clock clock, Sleeper sleeper) {
    this.gap = Objects.requireNonNull(gap, "gap");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Waits until a request to {@code uri}'s host is polite, and notes it as made now. */
  public void await(URI uri) throws InterruptedException {
    String host =
        uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    Instant previous = last.get(host);
    if (previous != null) {
      Duration wait = Duration.between(clock.instant(), previous.plus(gap));
      if (!wait.isNegative() && !wait.isZero()) {
        sleeper.sleep(wait);
      }
    }
    last.put(host, clock.instant());
  }
}
