package org.parley.bench;

import org.parley.model.Document;

/**
 * One unit of work measured by the harness: it processes a document and returns a number derived
 * from its output (a count of sentences, claims, bytes ...), which the harness sums so the work
 * cannot be optimised away. Implementations may hold loaded models; {@link #process} is called from
 * one thread.
 */
public interface BenchStage extends AutoCloseable {
  /** Processes one document; returns a number derived from the result. */
  long process(Document document);

  /** What the returned numbers count, for the report ("sentences", "claims"). */
  default String unit() {
    return "items";
  }

  @Override
  default void close() {}
}
