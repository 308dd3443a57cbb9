package org.parley.ingest.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a watch knows about one source between polls: the validators of its last response ({@code
 * etag}, {@code lastModified}) for a conditional GET, its current interval and when it is due next,
 * how many polls in a row failed and why the last one did, and the item links already read (newest
 * last, at most {@link #MAX_SEEN}).
 */
public record WatchedSource(
    URI uri,
    @Nullable String etag,
    @Nullable String lastModified,
    Duration interval,
    Instant due,
    int failures,
    @Nullable String lastProblem,
    List<String> seen) {
  /** The most item links remembered per source (a feed lists far fewer). */
  public static final int MAX_SEEN = 5_000;

  public WatchedSource {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(due, "due");
    seen =
        List.copyOf(
            seen.size() > MAX_SEEN ? seen.subList(seen.size() - MAX_SEEN, seen.size()) : seen);
  }

  /** A source never polled, due at {@code now}. */
  public static WatchedSource fresh(URI uri, Duration interval, Instant now) {
    return new WatchedSource(uri, null, null, interval, now, 0, null, List.of());
  }

  public WatchedSource withValidators(@Nullable String newEtag, @Nullable String newLastModified) {
    return new WatchedSource(
        uri, newEtag, newLastModified, interval, due, failures, lastProblem, seen);
  }

  public WatchedSource withSeen(List<String> newSeen) {
    return new WatchedSource(
        uri, etag, lastModified, interval, due, failures, lastProblem, newSeen);
  }

  /** Next poll after {@code next} from {@code now}; {@code problem} null for a good poll. */
  public WatchedSource scheduled(Duration next, Instant now, @Nullable String problem) {
    return new WatchedSource(
        uri,
        etag,
        lastModified,
        next,
        now.plus(next),
        problem == null ? 0 : failures + 1,
        problem,
        seen);
  }
}
