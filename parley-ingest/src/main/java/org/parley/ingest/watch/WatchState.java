package org.parley.ingest.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The watch's memory between polls and between runs, in a small JSON file: per source its
 * validators, interval, due time, failures and the item links already read. {@link #save} writes a
 * temporary file and moves it over the old one, so a watch stopped at any moment leaves either the
 * old or the new state, never half of one. Not thread-safe.
 */
public final class WatchState {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<URI, WatchedSource> sources = new LinkedHashMap<>();

  private WatchState(Path file) {
    this.file = file;
  }

  /**
   * The state in {@code file} (empty when it does not exist yet).
   *
   * @throws IllegalArgumentException when the file is not a watch state, naming it
   */
  public static WatchState load(Path file) {
    WatchState s = new WatchState(file);
    if (!Files.exists(file)) {
      return s;
    }
    try {
      for (JsonNode n : JSON.readTree(file.toFile()).path("sources")) {
        WatchedSource w = read(n);
        s.sources.put(w.uri(), w);
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          file + ": not a readable watch state: " + e.getMessage(), e);
    }
    return s;
  }

  /** The source's state, or a fresh one due now. */
  public WatchedSource source(URI uri, Duration interval, Instant now) {
    return sources.computeIfAbsent(uri, u -> WatchedSource.fresh(u, interval, now));
  }

  public void put(WatchedSource s) {
    sources.put(s.uri(), s);
  }

  /** Writes the state atomically. */
  public void save() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("sources");
    sources.values().forEach(s -> list.add(write(s)));
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".watch-", ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the watch state " + file, e);
    }
  }

  private static ObjectNode write(WatchedSource s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("uri", s.uri().toString());
    n.put("etag", s.etag());
    n.put("last_modified", s.lastModified());
    n.put("interval_s", s.interval().toSeconds());
    n.put("due", s.due().toString());
    n.put("failures", s.failures());
    n.put("last_problem", s.lastProblem());
    ArrayNode seen = n.putArray("seen");
    s.seen().forEach(seen::add);
    return n;
  }

  private static WatchedSource read(JsonNode n) {
    List<String> seen = new ArrayList<>();
    n.path("seen").forEach(x -> seen.add(x.asText()));
    return new WatchedSource(
        URI.create(n.path("uri").asText()),
        text(n, "etag"),
        text(n, "last_modified"),
        Duration.ofSeconds(n.path("interval_s").asLong(900)),
        Instant.parse(n.path("due").asText()),
        n.path("failures").asInt(0),
        text(n, "last_problem"),
        seen);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
