package org.parley.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Remembers the answers of the analyses (positions, shifts, gap, disputes, control shares), keyed
 * by their parameters and the recorded instant they read: a snapshot never changes, so an answer
 * for the same key is the same bytes, and a new append moves the latest instant on to a new key.
 * The first request for a key computes it while later ones wait for it (one computation per key);
 * at most {@code permits} computations run at once, so that analyses, which stream many claims,
 * leave the ledger's connections free for the cheap reads. Callers get their own copy. Thread-safe.
 */
public final class AnswerCache {
  private final ConcurrentHashMap<String, CompletableFuture<ObjectNode>> answers =
      new ConcurrentHashMap<>();
  private final Semaphore computing;
  private final int capacity;

  public AnswerCache(int capacity, int permits) {
    if (capacity < 1 || permits < 1) {
      throw new IllegalArgumentException("capacity and permits must be at least 1");
    }
    this.capacity = capacity;
    this.computing = new Semaphore(permits, true);
  }

  /** The answer for {@code key}, computed by {@code compute} unless already known. */
  public ObjectNode get(String key, Supplier<ObjectNode> compute) {
    CompletableFuture<ObjectNode> mine = new CompletableFuture<>();
    CompletableFuture<ObjectNode> known = answers.putIfAbsent(key, mine);
    if (known == null) {
      if (answers.size() > capacity) {
        // answers for old instants are never asked again in the common case: start afresh
        answers.clear();
        answers.put(key, mine);
      }
      complete(key, mine, compute);
      known = mine;
    }
    try {
      return known.get().deepCopy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an answer", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  private void complete(String key, CompletableFuture<ObjectNode> f, Supplier<ObjectNode> compute) {
    try {
      computing.acquire();
      try {
        f.complete(compute.get());
      } finally {
        computing.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answers.remove(key, f);
      f.completeExceptionally(e);
    } catch (RuntimeException e) {
      // a bad request is not remembered: the same key may succeed once the cause is gone
      answers.remove(key, f);
      f.completeExceptionally(e);
    }
  }
}
